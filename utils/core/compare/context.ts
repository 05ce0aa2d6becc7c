// What the words around a figure say about the kind of statement: construction or temporary
// jobs are not the permanent jobs of the same plant, indirect jobs are not direct ones; and
// which years a period names ("by 2028", "d'ici 2028", "bis Ende 2029").
import type { Claim } from '../report';
import { foldCues as fold } from './fold';

/** Read through the prototype: a `text.slice` site meeting the many kinds of string a page
 * yields (flat, sliced, joined, one or two bytes) turns megamorphic. */
const slice = String.prototype.slice;

/** 'partial' applies to money too: a phase or part of a larger figure. */
export type JobKind = 'permanent' | 'construction' | 'indirect' | 'partial';

// Phrases in English, French, German and Spanish, on text without accents, any case (the
// patterns ignore case: the text is not lower-cased, see fold.ts). A bare
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
  'i',
);
const INDIRECT = /\b(?:indirect\w*|indirekte?n?|induced|induits?|inducidos?|supply chain|chaine d'approvisionnement|sous-traitan\w*|zuliefer\w*|cadena de suministro)\b/i;

// Jobs of one trade ("60 apprentices", "200 ingénieurs", "50 Auszubildende", "30 ingenieros"):
// in a story of 220 jobs they are most often a part told on its own, so they never conflict
// with a figure for jobs in general (they still group with an equal one).
const ONE_TRADE = /^[^.;:]{0,30}?\b(?:apprentices?|apprenticeships|trainees?|graduates|interns|engineers|researchers|scientists|developers|drivers|nurses|doctors|technicians|pilots|apprentis|alternants|stagiaires|ingenieurs|chercheurs|techniciens|developpeurs|chauffeurs|conducteurs|infirmier\w*|auszubildende\w*|azubis|lehrlinge\w*|ingenieur\w+|forscher\w*|entwickler\w*|techniker\w*|fahrer\w*|aprendices|becarios|ingenieros|investigadores|tecnicos|desarrolladores|conductores|enfermer[oa]s|medicos)\b/i;

/** The figure counts jobs of one trade, read from the figure and the words after it, folded already (foldedSurroundings). */
export function countsOneTradeFolded(c: Claim, folded: Surroundings): boolean {
  if (c.metric !== 'jobs') return false;
  return ONE_TRADE.test(`${folded.figure}${folded.after}`);
}

// A part of a larger figure (PART_AFTER reads from the figure's end, behind an "x" for it): "€1.2bn, of which €500m in the first phase", "dont 500 emplois",
// "davon 300 Millionen", "una primera fase de 200 millones". Read only right next to the figure,
// so "the first phase of the €1.2bn plant will create 2,000 jobs" keeps its 2,000 jobs whole.
const PART_BEFORE = /(?:\b(?:of which|including|dont|y compris|davon|darunter|de los cuales|de las cuales|incluidos?)\s+(?:\S+\s*)?|\b(?:first|initial|opening|premiere|erste[nr]?|primera) (?:phase|stage|tranche|etape|stufe|fase)\s+(?:\S+\s*){0,2})$/i;
const PART_AFTER = /^\S*\s+(?:\S+\s+){0,3}?(?:(?:in|for|of|during|dans|pour|en|fur|in der|para|en la) (?:the |a |an |la |une |une |der |einer |el |una )?(?:first|initial|premiere|ersten?|primera) (?:phase|stage|tranche|etape|stufe|fase))/i;

// Every match of CONSTRUCTION holds one of these (each alternative ends on or is one of them:
// "construction", "build", "travaux", "chantier", "obras", "bau…", "tempora…", "befrist…"), and
// every match of PART_AFTER one of the ordinals: most stretches hold none, and these plain
// patterns say so in about half the time the full ones take to fail.
const CONSTRUCTION_WORDS = /constru|build|travaux|chantier|obra|bau|tempora|befrist/i;
const PART_AFTER_WORDS = /first|initial|premiere|erste|primera/i;
// Likewise every match of PART_BEFORE holds one of its keywords, and every match of INDIRECT one
// of its words ("indirec", "indirek", "induc", "induit", "supply", "approvision", "traitan",
// "zuliefer", "suministro"): CONSTRUCTION_OR_INDIRECT reads a job claim's words once for both
// patterns. (A word added to INDIRECT or PART_BEFORE goes here too; the fast-check test of
// job-kind-case.test.ts draws them.)
const PART_BEFORE_WORDS = /which|including|dont|compris|davon|darunter|cuales|incluido|first|initial|opening|premiere|erste|primera/i;
const CONSTRUCTION_OR_INDIRECT = /constru|build|travaux|chantier|obra|bau|tempora|befrist|indirec|indirek|induc|induit|supply|approvision|traitan|zuliefer|suministro/i;

/** The patterns above, for the property test that reads them without the i flag on lower-cased text. */
export const JOB_KIND_PATTERNS = { CONSTRUCTION, INDIRECT, PART_BEFORE, PART_AFTER } as const;

export interface Surroundings {
  before: string;
  figure: string;
  after: string;
}

/**
 * The kind of statement a claim makes, read from the words right around its figure, never past
 * a neighbouring claim's figure: in "300 to 500 jobs, with up to 1,200 more during construction"
 * only the second figure is construction work. A figure introduced as a part ("of which",
 * "in a first phase") is 'partial', money or jobs. Without the document text (`withText`
 * false, `around.figure` is then the whole sentence or empty) the claim's period
 * ("construction phase") is read too.
 */
export function jobKind(c: Claim, around: Surroundings, withText = true): JobKind {
  return jobKindFolded(c, foldedSurroundings(c, around), withText);
}

/**
 * The parts of the surroundings as jobKind and countsOneTradeFolded read them (foldCues), each folded
 * once for both. The figure is read for jobs only: a money claim's is left as it is.
 */
export function foldedSurroundings(c: Claim, around: Surroundings): Surroundings {
  return { before: fold(around.before), figure: c.metric === 'jobs' ? fold(around.figure) : around.figure, after: fold(around.after) };
}

/** jobKind on surroundings folded already (foldedSurroundings). */
export function jobKindFolded(c: Claim, folded: Surroundings, withText = true): JobKind {
  const { before, after } = folded;
  const tail = slice.call(before, -40);
  if (PART_BEFORE_WORDS.test(tail) && PART_BEFORE.test(tail)) return 'partial';
  const head = slice.call(after, 0, 70);
  if (PART_AFTER_WORDS.test(head) && PART_AFTER.test(`x${head}`)) return 'partial';
  if (c.metric !== 'jobs') return 'permanent';
  const words = `${before}${folded.figure}${after}`;
  // (most job claims hold no construction or indirect word at all: one scan says so)
  const either = CONSTRUCTION_OR_INDIRECT.test(words);
  if ((either && CONSTRUCTION_WORDS.test(words) && CONSTRUCTION.test(words)) || (!withText && CONSTRUCTION.test(fold(c.period ?? '')))) return 'construction';
  if (either && INDIRECT.test(words)) return 'indirect';
  return 'permanent';
}

/**
 * The stretch of text that belongs to a claim's figure: up to 60 characters on each side,
 * stopping at the neighbouring claims' figures and at sentence ends. Without the document text,
 * the claim's sentence when it carries no other figure of the same metric.
 */
export function surroundings(c: Claim, others: Claim[], text: string | undefined): Surroundings {
  if (text === undefined) {
    let shared = false;
    for (const o of others) if (o !== c && o.metric === c.metric && o.sentence === c.sentence) shared = true;
    return { before: '', figure: shared ? '' : c.sentence, after: '' };
  }
  let from = Math.max(0, c.start - 60);
  let to = Math.min(text.length, c.end + 60);
  for (const o of others) {
    if (o === c) continue;
    if (o.end <= c.start && o.end > from) from = o.end;
    if (o.start >= c.end && o.start < to) to = o.start;
  }
  // the same cuts as `before.lastIndexOf('. ')`, `before.lastIndexOf('\n')` and
  // `after.search(/\.\s|\n/)` on the slices text[from, c.start) and text[c.end, to), read on
  // the text itself: lastIndexOf is a call into the runtime, dearer than these few char reads
  return {
    before: text.slice(sentenceStartIn(text, from, c.start), c.start),
    figure: text.slice(c.start, c.end),
    after: text.slice(c.end, sentenceEndIn(text, c.end, to)),
  };
}

/** Where text[from, end) starts once cut after its last ". " or line break (`from` when it has neither). */
function sentenceStartIn(text: string, from: number, end: number): number {
  end = Math.min(end, text.length);
  for (let k = end - 1; k >= from; k--) {
    const code = text.charCodeAt(k);
    // a line break at k, or ". " at k - 1 (both chars inside the stretch)
    if (code === 10) return k + 1;
    if (code === 32 && k - 1 >= from && text.charCodeAt(k - 1) === 46) return k;
  }
  return from;
}

/** Where text[from, to) ends once cut at its first line break or "." followed by a space of `\s` (`to` when it has neither). */
function sentenceEndIn(text: string, from: number, to: number): number {
  const end = Math.min(to, text.length);
  for (let k = from; k < end; k++) {
    const code = text.charCodeAt(k);
    if (code === 10 || (code === 46 && k + 1 < end && isRegExpSpace(text.charCodeAt(k + 1)))) return k;
  }
  return to;
}

/** What `\s` matches in a regex without the u flag: white space and line terminators. */
function isRegExpSpace(code: number): boolean {
  if (code < 0x80) return code === 32 || (code >= 9 && code <= 13);
  return (
    code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 ||
    code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff
  );
}

// A story repeats a few periods ("by 2028"): each is read once. The lists are shared: read only.
const yearsOf = new Map<string, number[]>();
const NO_YEARS: number[] = [];

/** Four-digit years named in a period (a list to read, not to change). */
export function periodYears(period: string | null | undefined): number[] {
  if (!period) return NO_YEARS;
  let years = yearsOf.get(period);
  if (!years) {
    if (yearsOf.size > 10_000) yearsOf.clear();
    years = [...period.matchAll(/\b(?:19|20)\d{2}\b/g)].map((m) => Number(m[0]));
    yearsOf.set(period, years);
  }
  return years;
}

/** Periods clash when both name years and none is shared ("by 2028" vs "by 2030"). */
export function periodsClash(a: string | null | undefined, b: string | null | undefined): boolean {
  return yearsClash(periodYears(a), periodYears(b));
}

export function yearsClash(x: number[], y: number[]): boolean {
  if (x.length === 0 || y.length === 0) return false;
  // a loop, not x.some(callback): this runs per comparison, and a callback is a closure made per call
  for (const year of x) if (y.includes(year)) return false;
  return true;
}
