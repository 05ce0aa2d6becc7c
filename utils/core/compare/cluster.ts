// Duplicates: claims of one bucket gathered into groups that each state one fact. A claim joins
// a group only if it agrees with every member (complete linkage), so "more than 1,000" can sit
// with "up to 1,100" and "1,100", while "2,000" and "3,000" end up in two groups, which the
// conflict step then sets against each other.
//
// Speed: a page can hold thousands of claims of one company. Groups are found through bins
// of their figures' magnitude, and a member is checked once per distinct signature (claims
// repeating one figure at one place compare alike), so the work stays near-linear.
import { yearsClash } from './context';
import { type Fact, signatureOf } from './facts';
import { placeRelation } from './places';
import { valuesAgree } from './values';

// Precise figures first, so groups form around them and vaguer ones join the right group.
const SPECIFICITY: Record<string, number> = { exact: 0, range: 1, about: 2, nearly: 2, average: 3, over: 4, at_least: 4, up_to: 5 };
/** `SPECIFICITY[qualifier]` from a Map for the qualifiers it names (an object read with eight
 * keys is a megamorphic read); any other word is read from the object, as before. */
const SPECIFICITY_OF = new Map(Object.entries(SPECIFICITY));
function specificityOf(qualifier: string): number | undefined {
  return SPECIFICITY_OF.get(qualifier) ?? SPECIFICITY[qualifier];
}

// Rough ranges convert at any recent rate; a month can stray a little beyond them.
const ROUGH_SLACK = 1.15;

export function agree(a: Fact, b: Fact): boolean {
  if (a.bucket !== b.bucket || !a.subject) return false;
  if (a.rough.low > b.rough.high * ROUGH_SLACK || b.rough.low > a.rough.high * ROUGH_SLACK) return false;
  if (yearsClash(a.years, b.years)) return false;
  // Different countries are different facts. Two towns of one country are not enough to part
  // claims that agree in everything else: articles place one plant "near Lyon" or "in
  // Saint-Fons", and extracted places are the least reliable field. Conflicts are stricter.
  if (placeRelation(a.place, b.place) === 'other') return false;
  return valuesAgree(a.claim, b.claim, a.date ?? b.date);
}

export interface Group {
  members: Fact[];
  /** One member per distinct signature, in the order they joined (a list: most groups hold one). */
  distinct: Fact[];
}

// Bins of magnitude: a factor of 1.5 each; currencies and dates are settled by `agree` itself.
const BIN = Math.log(1.5);
const MAX_BINS = 24;
const MAX_CANDIDATES = 64;

/** The bins of a fact are `first` to `last` (none when its range is not a number). */
function firstBin(f: Fact): number {
  return Math.floor(Math.log(Math.max(f.rough.low, 1)) / BIN) - 1;
}

function lastBin(f: Fact, first: number): number {
  const high = Number.isFinite(f.rough.high) ? Math.floor(Math.log(Math.max(f.rough.high, 1)) / BIN) + 1 : first + MAX_BINS;
  return Math.min(high, first + MAX_BINS);
}

function agreesWithAll(f: Fact, g: Group): boolean {
  for (const m of g.distinct) if (!agree(f, m)) return false;
  return true;
}

/** `visit`: the last fact (its index in the bucket) that took the group as a candidate, so each
 * candidate is listed once without building a Set per fact. `low`/`high`: the highest low and the
 * lowest high of its members' rough ranges. `bins`: the bins that list it. */
interface BinnedGroup extends Group {
  visit: number;
  /** The last fact (its index in the bucket) whose signature is among the group's distinct ones. */
  sameVisit: number;
  low: number;
  high: number;
  bins: number[];
}

/**
 * False when some member's rough range is too far from the fact's for `agree`: its test
 * `f.low > m.high * SLACK || m.low > f.high * SLACK` fails for some member exactly when it
 * fails against the lowest high and the highest low (multiplying by SLACK keeps the order), so
 * most candidates are turned down without a call per member.
 */
function roughFits(f: Fact, g: BinnedGroup): boolean {
  return !(f.rough.low > g.high * ROUGH_SLACK || g.low > f.rough.high * ROUGH_SLACK);
}

/**
 * `holders`: per signature, the groups that have it among their distinct members (null for a fact
 * no other of the bucket can share it with); `holding`, its list for f's signature, read before the
 * candidates were marked: `g.sameVisit === visit` then says that g holds it already.
 */
function addMember(g: BinnedGroup, f: Fact, visit: number, holders: Map<string, BinnedGroup[]> | null, holding: BinnedGroup[] | undefined): void {
  g.members.push(f);
  if (g.sameVisit === visit) return;
  g.distinct.push(f);
  if (holding) holding.push(g);
  else if (holders) holders.set(signatureOf(f), [g]);
  if (f.rough.low > g.low) g.low = f.rough.low;
  if (f.rough.high < g.high) g.high = f.rough.high;
}

// Comparators made once: a full GC drops the optimized code of closures made per call.
const byOrder = (p: Fact, q: Fact) => p.order - q.order;
const byFirstOrder = (p: Group, q: Group) => p.members[0].order - q.members[0].order;
const bySpecificityThenOrder = (p: Fact, q: Fact) => (SPECIFICITY[p.claim.qualifier] ?? 9) - (SPECIFICITY[q.claim.qualifier] ?? 9) || p.order - q.order;

/**
 * The members sorted by specificity, then order. They come in order (facts are listed in their
 * order), so one stable pass per specificity gives that sort without a comparator call per pair;
 * anything else (an order out of sequence, an unknown rank) takes the sort itself.
 */
function bySpecificity(members: Fact[]): Fact[] {
  const perRank: Fact[][] = [];
  for (let i = 0; i < members.length; i++) {
    const f = members[i];
    const rank = specificityOf(f.claim.qualifier) ?? 9;
    if (!(rank >= 0 && rank <= 9 && rank % 1 === 0) || (i > 0 && !(members[i - 1].order < f.order))) return [...members].sort(bySpecificityThenOrder);
    (perRank[rank] ??= []).push(f);
  }
  const out: Fact[] = [];
  for (const list of perRank) if (list) for (const f of list) out.push(f);
  return out;
}

/** groups.sort by the order of their first member, placed by that order when it is a distinct index below `size`. */
function byFirstMember(groups: Group[], size: number): Group[] {
  const slots: (Group | undefined)[] = new Array(size);
  for (const g of groups) {
    const k = g.members[0].order;
    if (!(k >= 0 && k < size && k % 1 === 0) || slots[k]) return groups.sort(byFirstOrder);
    slots[k] = g;
  }
  const out: Group[] = [];
  for (let k = 0; k < size; k++) if (slots[k]) out.push(slots[k]!);
  return out;
}

/** Buckets up to this size compare their amounts pairwise; larger ones count them in a Map. */
const FEW_AMOUNTS = 24;

/**
 * Per fact, whether another fact of the list has the same amount (equal as Map keys are:
 * SameValueZero). A few facts (most buckets) are compared pair by pair: a Map of numbers
 * above 2^31 hashes each as a heap number, dearer than the comparisons.
 */
function amountShared(facts: Fact[]): boolean[] {
  const n = facts.length;
  const shared: boolean[] = [];
  for (let i = 0; i < n; i++) shared.push(false);
  if (n <= FEW_AMOUNTS) {
    for (let i = 0; i < n; i++) {
      // (an amount met before marked every later fact with it)
      if (shared[i]) continue;
      const a = facts[i].claim.amount;
      for (let j = i + 1; j < n; j++) {
        const b = facts[j].claim.amount;
        if (a === b || (a !== a && b !== b)) shared[i] = shared[j] = true;
      }
    }
    return shared;
  }
  const perAmount = new Map<number, number>();
  for (const f of facts) perAmount.set(f.claim.amount, (perAmount.get(f.claim.amount) ?? 0) + 1);
  for (let i = 0; i < n; i++) shared[i] = perAmount.get(facts[i].claim.amount)! > 1;
  return shared;
}

function groupBucket(members: Fact[]): Group[] {
  // one fact is its own group (most buckets): no bins, no signature (the group has the shape of
  // every other, so the steps that read groups see one kind of object)
  if (members.length === 1) {
    const f = members[0];
    const alone: BinnedGroup = { members: [f], distinct: [f], visit: 0, sameVisit: -1, low: f.rough.low, high: f.rough.high, bins: [] };
    return [alone];
  }
  const ordered = bySpecificity(members);
  const groups: BinnedGroup[] = [];
  // each bin lists its groups once, in the order they first came (arrays: faster to walk than Sets)
  // (indexed by bin + 1: a fact's first bin is -1 at the lowest, for amounts below 1.5; an array
  // read per bin is cheaper than a Map's hashing of the number)
  const byBin: (BinnedGroup[] | undefined)[] = [];
  const candidates: BinnedGroup[] = [];
  // a candidate that already holds the fact's signature takes it without a question: the groups
  // holding it are marked once per fact, instead of a look-up in each candidate's map
  const holders = new Map<string, BinnedGroup[]>();
  // a fact alone in the bucket with its amount has a signature no other fact has (the signature
  // writes the amount): it is neither looked up nor filed, and never written
  const shares = amountShared(ordered);
  for (let visit = 0; visit < ordered.length; visit++) {
    const f = ordered[visit];
    // without a company nothing agrees: a singleton, kept out of the bins
    if (!f.subject) {
      groups.push({ members: [f], distinct: [f], visit, sameVisit: -1, low: f.rough.low, high: f.rough.high, bins: [] });
      continue;
    }
    const shared = shares[visit];
    const holding = shared ? holders.get(signatureOf(f)) : undefined;
    if (holding) for (const g of holding) g.sameVisit = visit;
    const first = firstBin(f);
    const last = lastBin(f, first);
    // only the first MAX_CANDIDATES are ever tried (below): collecting more made a bucket with
    // many different figures quadratic
    candidates.length = 0;
    collect: for (let b = first; b <= last; b++) {
      const inBin = byBin[b + 1];
      if (!inBin) continue;
      for (const g of inBin) {
        if (g.visit === visit) continue;
        g.visit = visit;
        candidates.push(g);
        if (candidates.length >= MAX_CANDIDATES) break collect;
      }
    }
    let best: BinnedGroup | undefined;
    let tried = 0;
    for (const g of candidates) {
      // a bin crowded with groups that would not merge (a listing of many sites) is sampled,
      // not searched: the first groups formed are the likeliest homes
      if (++tried > MAX_CANDIDATES) break;
      if (best && g.members.length <= best.members.length) continue;
      if (g.sameVisit === visit || (roughFits(f, g) && agreesWithAll(f, g))) best = g;
    }
    const home: BinnedGroup = best ?? { members: [], distinct: [], visit, sameVisit: -1, low: -Infinity, high: Infinity, bins: [] };
    if (!best) groups.push(home);
    addMember(home, f, visit, shared ? holders : null, holding);
    for (let b = first; b <= last; b++) {
      if (home.bins.includes(b)) continue;
      home.bins.push(b);
      const list = byBin[b + 1];
      if (list) list.push(home);
      else byBin[b + 1] = [home];
    }
  }
  return groups;
}

/** Every fact in exactly one group (singletons included), groups in order of first mention. */
export function groupFacts(facts: Fact[]): Group[] {
  const byBucket = new Map<string, Fact[]>();
  for (const f of facts) {
    const list = byBucket.get(f.bucket);
    if (list) list.push(f);
    else byBucket.set(f.bucket, [f]);
  }
  // a loop, not flatMap: flattening copies each group through the generic element path
  const groups: Group[] = [];
  for (const members of byBucket.values()) for (const g of groupBucket(members)) groups.push(g);
  for (const g of groups) if (g.members.length > 1) g.members.sort(byOrder);
  return byFirstMember(groups, facts.length);
}
