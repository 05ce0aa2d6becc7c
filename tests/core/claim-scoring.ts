// The shared scorer's matching rules (../shared/eval/score.mjs), for labelled fixture articles:
// a reported claim is right when metric, amount (within 0.5 %), upper bound, currency agree
// and its span overlaps the labelled quote; matching is one-to-one. Subject, status,
// qualifier and location are then scored as accuracy over the claims found.
import type { Claim } from '../../utils/core/report';

export interface GoldClaim {
  metric: 'investment' | 'jobs';
  amount: number;
  amount_max: number | null;
  currency: string | null;
  qualifier: string;
  status: string;
  subject: string;
  location: string | null;
  quote: string;
}

/** "metric|amount or min-max|currency or -|qualifier|status|subject|location or -|quote" */
export function parseGold(line: string): GoldClaim {
  const [metric, amount, currency, qualifier, status, subject, location, ...quote] = line.split('|');
  const [min, max] = amount.split('-').map(Number);
  return {
    metric: metric as GoldClaim['metric'], amount: min, amount_max: max ?? null, currency: currency === '-' ? null : currency,
    qualifier, status, subject, location: location === '-' ? null : location, quote: quote.join('|'),
  };
}

// (legal forms, and the group and company words of the four languages with the articles: "Groupe Alpestra SA",
// "Compañía Minera Vilcabamba" and "Les Conserveries du Cayor SA" are the companies "Alpestra", "Minera Vilcabamba"
// and "Conserveries du Cayor", as "Acme Group" is "Acme")
export const normName = (s: string | null | undefined) => (s ?? '').toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '')
  .replace(/\b(inc|corp|corporation|ltd|plc|sa|se|ag|gmbh|llc|co|group|groupe|grupo|gruppe|compania|compagnie|the|les|la|el|los)\b\.?/g, '')
  .replace(/[^a-z0-9]+/g, ' ').trim();
const near = (x: number | null, y: number, tol: number) => typeof x === 'number' && Math.abs(x - y) <= tol * Math.max(Math.abs(y), 1);
const QUALIFIER_SYNONYMS: Record<string, string> = { more_than: 'over', almost: 'nearly' };
const sameQualifier = (a: string, b: string) => (QUALIFIER_SYNONYMS[a] ?? a) === (QUALIFIER_SYNONYMS[b] ?? b);
const sameName = (a: string | null, b: string) => {
  const x = normName(a), y = normName(b);
  return !!x && !!y && (x === y || x.startsWith(y + ' ') || y.startsWith(x + ' '));
};
/** A label may give the short form in brackets ("Energías del Sur (Enersur)"): either form counts. */
const sameSubject = (a: string | null, b: string) => {
  const short = /^(.+?)\s*\(([^()]+)\)\s*$/.exec(b);
  return sameName(a, b) || (!!short && (sameName(a, short[1]) || sameName(a, short[2])));
};
/**
 * A reported place counts when it equals the labelled one or is a part of it ("France" for "Saint-Fons, France"), or
 * when its parts are among the label's in the same order: the report writes a town with its country and leaves out
 * the region between ("Bécancour, Canada" for "Bécancour, Québec, Canada"; see formatPlace).
 */
const samePlace = (a: string | null, b: string) =>
  normName(a) === normName(b) || (!!normName(a) && normName(b).includes(normName(a))) || (a !== null && partsInOrder(a, b));
function partsInOrder(reported: string, labelled: string): boolean {
  const want = reported.split(',').map(normName);
  const have = labelled.split(',').map(normName);
  let k = 0;
  for (const part of have) if (k < want.length && part === want[k]) k++;
  return want.length >= 2 && k === want.length;
}

function spansOf(text: string, quote: string): [number, number][] {
  const out: [number, number][] = [];
  for (let i = text.indexOf(quote); i >= 0; i = text.indexOf(quote, i + 1)) out.push([i, i + quote.length]);
  return out;
}

function fits(c: Claim, g: GoldClaim, spans: [number, number][]): boolean {
  if (c.metric !== g.metric || !near(c.amount, g.amount, 0.005)) return false;
  if (g.amount_max != null && !near(c.amount_max, g.amount_max, 0.005)) return false;
  if (g.metric === 'investment' && (c.currency ?? null) !== g.currency) return false;
  return spans.some(([s, e]) => c.start < e && c.end > s);
}

export interface Tally {
  found: number; reported: number; gold: number;
  subject: number; status: number; qualifier: number; location: number; located: number;
  misses: string[];
}

export const emptyTally = (): Tally => ({ found: 0, reported: 0, gold: 0, subject: 0, status: 0, qualifier: 0, location: 0, located: 0, misses: [] });

/** Adds one article's result to a tally; `misses` says what went wrong, for the failure message. */
export function scoreArticle(name: string, text: string, claims: Claim[], gold: GoldClaim[], t: Tally): void {
  t.reported += claims.length;
  t.gold += gold.length;
  const taken = new Set<GoldClaim>();
  const spans = new Map(gold.map((g) => [g, spansOf(text, g.quote)]));
  for (const c of claims) {
    const g = gold.find((x) => !taken.has(x) && fits(c, x, spans.get(x)!));
    const shown = `${name} «${text.slice(c.start, c.end)}»`;
    if (!g) {
      t.misses.push(`${shown}: reported, not labelled (${c.metric} ${c.amount} ${c.currency ?? ''})`);
      continue;
    }
    taken.add(g);
    t.found++;
    const wrong: string[] = [];
    if (sameSubject(c.subject, g.subject)) t.subject++; else wrong.push(`subject ${c.subject} ≠ ${g.subject}`);
    if (c.status === g.status) t.status++; else wrong.push(`status ${c.status} ≠ ${g.status}`);
    if (sameQualifier(c.qualifier, g.qualifier)) t.qualifier++; else wrong.push(`qualifier ${c.qualifier} ≠ ${g.qualifier}`);
    if (g.location != null) {
      t.located++;
      if (samePlace(c.location, g.location)) t.location++; else wrong.push(`location ${c.location} ≠ ${g.location}`);
    }
    if (wrong.length) t.misses.push(`${shown}: ${wrong.join(', ')}`);
  }
  for (const g of gold) if (!taken.has(g)) t.misses.push(`${name} «${g.quote}»: labelled, not found (${g.metric} ${g.amount})`);
}

export function f1(t: Tally): number {
  const p = t.reported ? t.found / t.reported : t.gold ? 0 : 1;
  const r = t.gold ? t.found / t.gold : 1;
  return p + r ? (2 * p * r) / (p + r) : 0;
}
