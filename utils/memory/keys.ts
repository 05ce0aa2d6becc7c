// Normalised keys that let the store find "the same statement" without scanning: a company
// key, a claim key (company + metric), a place key, and calendar-day arithmetic on YYYY-MM-DD.
import type { Claim } from '../core/report';

const DAY_MS = 86_400_000;

/** Legal-form words dropped from company names, so "Amazon Inc." and "Amazon" share a key. */
const LEGAL_FORMS = new Set([
  'inc', 'incorporated', 'corp', 'corporation', 'co', 'company', 'ltd', 'limited', 'llc', 'plc',
  'sa', 'sas', 'sarl', 'se', 'ag', 'gmbh', 'kg', 'nv', 'bv', 'spa', 'sl', 'group', 'groupe', 'gruppe', 'holding', 'holdings',
]);

/** Lower case, accents stripped, punctuation turned into spaces, spaces collapsed. */
export function foldText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Names repeat across thousands of claims; folding each once keeps grouping and matching cheap. */
function memoised(fold: (text: string) => string | null): (text: string) => string | null {
  const cache = new Map<string, string | null>();
  return (text) => {
    let key = cache.get(text);
    if (key === undefined) {
      if (cache.size >= 20_000) cache.clear();
      key = fold(text);
      cache.set(text, key);
    }
    return key;
  };
}

/** "Amazon.com, Inc." → "amazon com", "Siemens AG" → "siemens"; null for an empty name. */
export function companyKey(subject: string | null | undefined): string | null {
  return subject ? foldCompany(subject) : null;
}

const foldCompany = memoised((subject) => {
  const words = foldText(subject).split(' ').filter(Boolean);
  // only trailing legal forms: "Co 3" and "Groupe PSA" keep their first word
  while (words.length > 1 && LEGAL_FORMS.has(words[words.length - 1])) words.pop();
  return words.join(' ') || null;
});

/** Places compare after folding ("Île-de-France" = "ile de france"); null stays unknown. */
export function placeKey(location: string | null | undefined): string | null {
  return location ? foldPlace(location) : null;
}

const foldPlace = memoised((location) => foldText(location) || null);

/**
 * Can two places name the same site? Unknown places do not disagree, and a place written more
 * precisely by one outlet ("Porto, Portugal") agrees with the wider one another wrote
 * ("Portugal"): every word of the shorter is in the longer. The engine's comparison then judges.
 */
export function placesAgree(a: string | null | undefined, b: string | null | undefined): boolean {
  const keyA = placeKey(a);
  const keyB = placeKey(b);
  if (!keyA || !keyB || keyA === keyB) return true;
  const [short, long] = keyA.length <= keyB.length ? [keyA, keyB] : [keyB, keyA];
  const words = new Set(long.split(' '));
  return short.split(' ').every((word) => words.has(word));
}

/** The key of a statement: company and metric. Null for claims without a company. */
export function claimKey(claim: Pick<Claim, 'subject' | 'metric'>): string | null {
  const company = companyKey(claim.subject);
  return company ? `${company}|${claim.metric}` : null;
}

/**
 * Index entry "company|metric|YYYY-MM-DD". The day last, so one key range per claim key
 * selects a window of days; folded keys hold no "|", so a range never spills into another key.
 */
export function datedClaimKey(key: string, day: string): string {
  return `${key}|${day}`;
}

const DAY_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar day written YYYY-MM-DD (no 2026-02-30). */
export function isDay(value: string): boolean {
  const m = DAY_RE.exec(value);
  if (!m) return false;
  const date = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  return date.toISOString().slice(0, 10) === value;
}

export function dayOf(epochMs: number): string {
  return new Date(epochMs).toISOString().slice(0, 10);
}

export function addDays(day: string, days: number): string {
  return dayOf(Date.parse(day) + days * DAY_MS);
}

/** Whole days between two YYYY-MM-DD dates, always ≥ 0. */
export function daysApart(a: string, b: string): number {
  return Math.round(Math.abs(Date.parse(a) - Date.parse(b)) / DAY_MS);
}

/**
 * A publication date from page metadata ("2026-11-20T08:00:00+01:00", "2026-11-20") as
 * YYYY-MM-DD, or null. The date part is kept as written: the outlet's own calendar day.
 */
export function toDay(raw: string | null | undefined): string | null {
  const head = raw?.trim().slice(0, 10) ?? '';
  return isDay(head) ? head : null;
}

/** Query-string parameters that only track the reader; dropped so one article has one URL. */
const TRACKING = /^(utm_.*|fbclid|gclid|mc_cid|mc_eid|ocid|cmpid|xtor|at_medium|at_campaign)$/i;

/** The URL an article is stored under: no fragment, no tracking parameters. */
export function normaliseUrl(url: string): string {
  const parsed = new URL(url);
  parsed.hash = '';
  for (const name of [...parsed.searchParams.keys()]) if (TRACKING.test(name)) parsed.searchParams.delete(name);
  return parsed.toString();
}

/** "https://www.reuters.com/x" → "reuters.com": the outlet when the page names none. */
export function outletFromUrl(url: string): string {
  return new URL(url).hostname.replace(/^www\./, '');
}
