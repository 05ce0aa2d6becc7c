// Conflicts: two groups of one bucket (same company, metric, kind of jobs; announced now)
// whose figures cannot both be true. One pair per pair of groups, so a wrong figure repeated
// in a headline, the body and a quote is reported once, not once per mention.
import type { Conflict } from '../report';
import { yearsClash } from './context';
import type { Group } from './cluster';
import type { Fact } from './facts';
import { isWide, type Place, placeRelation } from './places';
import { type Range, rangesOf, valuesClash } from './values';
import { difference, figureText, moneyText, rateText } from './wording';
import { rateRange } from './rates';

// Figures further apart than this are not one statement told wrongly but two different
// things (a market size taken for an investment, a group-wide total for one plant).
const MAX_RATIO = 3;
const MAX_GROUPS = 40;

function clash(a: Fact, b: Fact): boolean {
  return (
    a.oneTrade === b.oneTrade &&
    placeRelation(a.place, b.place) !== 'other' &&
    !yearsClash(a.years, b.years) &&
    valuesClash(a.claim, b.claim, a.date ?? b.date)
  );
}

function middle(r: Range): number {
  return Number.isFinite(r.high) ? (r.low + r.high) / 2 : r.low;
}

function comparable(a: Fact, b: Fact): boolean {
  const r = rangesOf(a.claim, b.claim, 'close', a.date ?? b.date);
  if (!r) return false;
  const [x, y] = [middle(r.a), middle(r.b)];
  return Math.max(x, y) <= MAX_RATIO * Math.min(x, y);
}

/** The place most members of a group name (its most specific part), with one way it is written. */
function groupPlace(group: Fact[]): { place: Place | null; written: string | null } {
  const counts = new Map<string, { n: number; fact: Fact }>();
  for (const f of group) {
    if (!f.place) continue;
    const key = f.place.parts[0];
    const seen = counts.get(key);
    counts.set(key, { n: (seen?.n ?? 0) + 1, fact: seen?.fact ?? f });
  }
  // the first of the sort by count (descending), then order: the smallest under that comparison
  let best: { n: number; fact: Fact } | undefined;
  for (const c of counts.values()) if (!best || (best.n - c.n || c.fact.order - best.fact.order) < 0) best = c;
  return best ? { place: best.fact.place, written: best.fact.claim.location } : { place: null, written: null };
}

function spokesmanScore(f: Fact): number {
  return (f.guessed ? 4 : 0) + (f.place ? 0 : 2) + (f.claim.qualifier === 'exact' || f.claim.qualifier === 'range' ? 0 : 1);
}

/** The mention that speaks for its group: a named company and place, a plain figure, the earliest. */
function spokesman(group: Fact[]): Fact {
  // the first of the sort by score, then order: the smallest under that comparison
  let best = group[0];
  for (let i = 1; i < group.length; i++) if ((spokesmanScore(group[i]) - spokesmanScore(best) || group[i].order - best.order) < 0) best = group[i];
  return best;
}

// No closures made per call (callbacks, comparators, helpers): a full GC drops the optimized
// code of closures that no longer exist, and the first call after it would run them unoptimized.

/** What a qualified figure allows at its widest honest reading, in words. */
function boundText(f: Fact, range: Range, unit: string): string {
  switch (f.claim.qualifier) {
    case 'over':
    case 'at_least':
      return `means ${amountIn(f.claim.amount, unit)} or more`;
    case 'up_to':
      return `means ${amountIn(f.claim.amount, unit)} at most`;
    case 'nearly':
      return `means a little under ${amountIn(f.claim.amount, unit)}`;
    case 'range':
      return `means between ${amountIn(f.claim.amount, unit)} and ${amountIn(f.claim.amount_max ?? f.claim.amount, unit)}`;
    default:
      return `allows ${amountIn(range.low, unit)} to ${amountIn(range.high, unit)} at the widest`;
  }
}

/** An amount in words with its unit (' EUR', or '' for jobs). */
function amountIn(x: number, unit: string): string {
  return `${moneyText(x, null)}${unit}`;
}

function whereText(f: Fact, place: string | null): string {
  const kind = f.kind === 'permanent' ? '' : ` (${f.kind})`;
  return `${f.subject}, ${f.claim.metric}${kind}${place ? ` in ${place}` : ''}`;
}

function conflictReason(a: Fact, b: Fact, place: string | null = a.claim.location): string {
  // Inside one article, name the two places in it; across articles, name the documents.
  const says = a.docId === b.docId
    ? `the article says ${figureText(a.claim)} in one place and ${figureText(b.claim)} in another`
    : `${a.docId} says ${figureText(a.claim)}, ${b.docId} says ${figureText(b.claim)}`;
  const head = `${whereText(a, place)}: ${says}`;
  const r = rangesOf(a.claim, b.claim, 'loose', a.date ?? b.date);
  if (!r) return head;
  const [lower, upper] = r.a.high < r.b.low ? [a, b] : [b, a];
  let arithmetic: string;
  if (r.converted && a.claim.currency && b.claim.currency) {
    const rate = rateRange(b.claim.currency, a.claim.currency, a.date ?? b.date);
    const value = b.claim.amount * (rate?.rate ?? 1);
    arithmetic = `${moneyText(b.claim.amount, b.claim.currency)} is about ${moneyText(value, a.claim.currency)} at ${rateText(rate?.rate ?? 1, b.claim.currency, a.claim.currency)} (${rate?.basis}), ${difference(value, a.claim.amount)} than ${figureText(a.claim)}`;
  } else if (lower.claim.qualifier === 'exact' && upper.claim.qualifier === 'exact') {
    arithmetic = `${figureText(upper.claim)} is ${difference(upper.claim.amount, lower.claim.amount)} than ${figureText(lower.claim)}`;
  } else {
    const unit = a.claim.metric === 'jobs' ? '' : ` ${r.currency}`;
    arithmetic = `${reach(lower, lower === a ? r.a : r.b, unit)}, while ${reach(upper, upper === a ? r.a : r.b, unit)}`;
  }
  return `${head}; ${arithmetic}. Both cannot be true.`;
}

/** A figure and what it allows: '"more than 1,000 jobs" means 1,000 or more'. */
function reach(f: Fact, range: Range, unit: string): string {
  return `"${figureText(f.claim)}" ${boundText(f, range, unit)}`;
}

// Words that make one figure a part or a sum of another: an expansion adding 3,000 jobs to a
// site expected to employ 5,000 is not a contradiction.
const PART_OR_TOTAL =
  /\b(add(s|ed|ing)?|additional|further|extra|expan\w*|another|total\w*|employ\w*|headcount|workforce|supplémentaires?|emploiera|effectifs?|au total|zusätzlich\w*|weitere\w*|insgesamt|gesamt\w*|beschäftig\w*|adicional\w*|ampliaci[oó]n|emplear\w*|plantilla)\b/i;

/**
 * One article giving two figures may describe two things (a site and a total, a first phase
 * and the whole). Where the two groups share an article, they conflict only when every mention
 * of both in that article is tied to the same named place and none reads as a part or a total.
 */
function selfContradiction(g: Group, h: Group, gDocs: Set<Fact['doc']>, partOrTotal: Map<Fact, boolean>): boolean {
  const shared: Fact[] = [];
  const sharedDocs = new Set<Fact['doc']>();
  for (const f of h.members) {
    if (!gDocs.has(f.doc)) continue;
    shared.push(f);
    sharedDocs.add(f.doc);
  }
  if (shared.length === 0) return true;
  // g's mentions in the shared articles, then h's
  const inShared: Fact[] = [];
  for (const f of g.members) if (sharedDocs.has(f.doc)) inShared.push(f);
  for (const f of shared) inShared.push(f);
  const town = inShared[0].place?.parts[0];
  if (!town) return false;
  for (const f of inShared) if (f.place?.parts[0] !== town || readsAsPartOrTotal(f, partOrTotal)) return false;
  return true;
}

/** PART_OR_TOTAL on the fact's sentence, read once per fact in a call (`known`: the answers so far). */
function readsAsPartOrTotal(f: Fact, known: Map<Fact, boolean>): boolean {
  let answer = known.get(f);
  if (answer === undefined) known.set(f, (answer = PART_OR_TOTAL.test(f.claim.sentence)));
  return answer;
}

/** Every distinct member of one group clashes with every one of the other. */
function allClash(g: Group, h: Group): boolean {
  for (const x of g.distinct) for (const y of h.distinct) if (!clash(x, y)) return false;
  return true;
}

function allGuessed(members: Fact[]): boolean {
  for (const f of members) if (!f.guessed) return false;
  return true;
}

/** A group with the mention that speaks for it, its figure's middle and its articles. */
interface Speaking {
  g: Group;
  speaker: Fact;
  mid: number;
  /** The group's documents, gathered when a pair first needs them (docsOf). */
  docs: Set<Fact['doc']> | null;
  /** groupPlace of the group, worked out when a pair first needs it. */
  where: { place: Place | null; written: string | null } | null;
}

function docsOf(s: Speaking): Set<Fact['doc']> {
  if (s.docs === null) {
    s.docs = new Set();
    for (const f of s.g.members) s.docs.add(f.doc);
  }
  return s.docs;
}

function whereOf(s: Speaking): { place: Place | null; written: string | null } {
  return (s.where ??= groupPlace(s.g.members));
}

const byMiddle = (p: { mid: number }, q: { mid: number }) => p.mid - q.mid;

/**
 * `list.sort(byMiddle)` for the short lists of one bucket (at most MAX_GROUPS): an insertion
 * sort, stable like Array.prototype.sort, skips the set-up a sort call costs. With finite
 * middles the comparison is a consistent order, so any stable sort gives the same list; were
 * one not finite (two infinite ones compare as NaN), the built-in sort decides as before.
 */
export function sortByMiddle<T extends { mid: number }>(list: T[]): void {
  for (const x of list) if (!Number.isFinite(x.mid)) return void list.sort(byMiddle);
  for (let i = 1; i < list.length; i++) {
    const x = list[i];
    let j = i - 1;
    while (j >= 0 && list[j].mid > x.mid) {
      list[j + 1] = list[j];
      j--;
    }
    list[j + 1] = x;
  }
}
const byFoundOrder = (x: { order: number }, y: { order: number }) => x.order - y.order;

export function findConflicts(groups: Group[]): Conflict[] {
  // Only fresh announcements can contradict each other: totals and earlier pledges of one
  // company differ for good reasons (other years, other sites).
  const byBucket = new Map<string, Group[]>();
  for (const g of groups) {
    const first = g.members[0];
    if (first.claim.status !== 'new' || !first.subject) continue;
    // a company guessed for every mention is too weak a ground to call anything a conflict
    if (allGuessed(g.members)) continue;
    const list = byBucket.get(first.bucket);
    if (list) list.push(g);
    else byBucket.set(first.bucket, [g]);
  }
  const found: { order: number; conflict: Conflict }[] = [];
  const partOrTotal = new Map<Fact, boolean>();
  for (const list of byBucket.values()) {
    // Dozens of different fresh figures for one company and metric (a long listing page, a
    // generated corpus) are not one statement told in several ways: no conflict is sought there,
    // which also keeps the search linear on such pages.
    if (list.length > MAX_GROUPS) continue;
    // (a bucket of one group, most of them, has no pair to set side by side)
    if (list.length < 2) continue;
    const sorted: Speaking[] = [];
    for (const g of list) {
      const speaker = spokesman(g.members);
      sorted.push({ g, speaker, mid: middle(speaker.rough), docs: null, where: null });
    }
    sortByMiddle(sorted);
    for (let i = 0; i < sorted.length; i++) {
      // sorted by size: past MAX_RATIO (with slack for the rough conversion) nothing can clash
      for (let j = i + 1; j < sorted.length && sorted[j].mid <= sorted[i].mid * MAX_RATIO * 1.2; j++) {
        const g = sorted[i];
        const h = sorted[j];
        if (!allClash(g.g, h.g)) continue;
        // Two towns of one country may be two sites: a conflict needs the groups to point at
        // one place (or leave it open). (Each group's place is worked out once, for all its pairs.)
        const here = whereOf(g);
        const there = whereOf(h);
        const where = placeRelation(here.place, there.place);
        if (where === 'other' || (where === 'unsure' && !isWide(here.place) && !isWide(there.place))) continue;
        if (!selfContradiction(g.g, h.g, docsOf(g), partOrTotal)) continue;
        // the two speakers, the earlier first
        const [p, q] = h.speaker.order < g.speaker.order ? [h.speaker, g.speaker] : [g.speaker, h.speaker];
        if (!comparable(p, q)) continue;
        found.push({ order: p.order, conflict: { a: p.claim.id, b: q.claim.id, reason: conflictReason(p, q, here.written ?? there.written) } });
      }
    }
  }
  found.sort(byFoundOrder);
  const out: Conflict[] = [];
  for (const x of found) out.push(x.conflict);
  return out;
}
