// What the words around a figure say about the kind of statement: construction or temporary
// jobs are not the permanent jobs of the same plant, indirect jobs are not direct ones; and
// which years a period names ("by 2028", "d'ici 2028", "bis Ende 2029").
import type { Claim } from '../report';

export type JobKind = 'permanent' | 'construction' | 'indirect';

// Phrases in English, French, German and Spanish, on lower-case text without accents. A bare
// "construction" is not enough: "will invest in the construction of a plant, creating 2,000
// jobs" counts permanent jobs.
const CONSTRUCTION = new RegExp(
  [
    '\\b(?:during|throughout|pendant|durant|durante|wahrend) (?:the |la |les |le |der |des |du |del |el |las |los )?(?:(?:phase|periode|fase) de (?:la )?)?(?:construction|build|building|travaux|chantier|construccion|obras|bau\\w*)',
    '\\b(?:construction|build|building) (?:phase|period|peak|stage|jobs|workers|roles|staff|work)',
    '\\b(?:phase|periode|fase) de (?:la )?(?:construction|construccion|chantier|obras)',
    '\\b(?:emplois|postes|empleos|puestos|trabajos) (?:de |en )?(?:la )?(?:construction|chantier|construccion|obra)',
    '\\b(?:bauphase|bauzeit|bauarbeiter\\w*|baustelle\\w*)',
    '\\b(?:temporary|temporaires?|temporales?|temporar\\w*|befristete?n?)\\b',
  ].join('|'),
);
const INDIRECT = /\b(?:indirect\w*|indirekte?n?|induced|induits?|inducidos?)\b/;

function fold(text: string): string {
  return text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[-‐–]/g, ' ');
}

/**
 * The kind of jobs a claim counts, read from the words right around its figure, never past a
 * neighbouring claim's figure: in "300 to 500 jobs, with up to 1,200 more during construction"
 * only the second figure is construction work. `around` is that stretch of text; when the
 * document text is not at hand (`around` is then the sentence or empty), the claim's period
 * ("construction phase") is read too.
 */
export function jobKind(c: Claim, around: string, withText = true): JobKind {
  if (c.metric !== 'jobs') return 'permanent';
  const words = fold(around);
  if (CONSTRUCTION.test(words) || (!withText && CONSTRUCTION.test(fold(c.period ?? '')))) return 'construction';
  if (INDIRECT.test(words)) return 'indirect';
  return 'permanent';
}

/**
 * The stretch of text that belongs to a claim's figure: up to 60 characters on each side,
 * stopping at the neighbouring claims' figures and at sentence ends. Without the document text,
 * the claim's sentence when it carries no other figure of the same metric.
 */
export function surroundings(c: Claim, others: Claim[], text: string | undefined): string {
  if (text === undefined) {
    const shared = others.some((o) => o !== c && o.metric === c.metric && o.sentence === c.sentence);
    return shared ? '' : c.sentence;
  }
  let from = Math.max(0, c.start - 60);
  let to = Math.min(text.length, c.end + 60);
  for (const o of others) {
    if (o === c) continue;
    if (o.end <= c.start && o.end > from) from = o.end;
    if (o.start >= c.end && o.start < to) to = o.start;
  }
  const before = text.slice(from, c.start);
  const after = text.slice(c.end, to);
  const cutBefore = Math.max(before.lastIndexOf('. '), before.lastIndexOf('\n'));
  const endAfter = after.search(/\.\s|\n/);
  return (cutBefore >= 0 ? before.slice(cutBefore + 1) : before) + text.slice(c.start, c.end) + (endAfter >= 0 ? after.slice(0, endAfter) : after);
}

/** Four-digit years named in a period. */
export function periodYears(period: string | null | undefined): number[] {
  return [...(period ?? '').matchAll(/\b(?:19|20)\d{2}\b/g)].map((m) => Number(m[0]));
}

/** Periods clash when both name years and none is shared ("by 2028" vs "by 2030"). */
export function periodsClash(a: string | null | undefined, b: string | null | undefined): boolean {
  return yearsClash(periodYears(a), periodYears(b));
}

export function yearsClash(x: number[], y: number[]): boolean {
  return x.length > 0 && y.length > 0 && !x.some((year) => y.includes(year));
}
