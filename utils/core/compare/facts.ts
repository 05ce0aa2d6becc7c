// Claims made comparable: each gets a bucket (company, metric, status, kind of jobs) so that
// only claims that could state the same fact are ever set side by side, and a folded place.
import type { Claim } from '../report';
import { countsOneTradeFolded, foldedSurroundings, type JobKind, jobKindFolded, periodYears, surroundings } from './context';
import { rateRange } from './rates';
import { type Range, valueRange } from './values';
import type { ComparableDocument } from './index';
import { completePlace, dropDisputedCountries, type Place, placeParents, readPlace } from './places';
import { subjectIndex, subjectKey } from './subjects';

export interface Fact {
  claim: Claim;
  /** Index of the claim's document in the call. */
  doc: number;
  /** The document's id, for readers ("d2"). */
  docId: string;
  date?: string;
  /** One name per company ("" when unknown). */
  subject: string;
  /** The claim named no company; `subject` is its article's (or call's) main one. */
  guessed: boolean;
  kind: JobKind;
  /** Jobs of one trade ("60 apprentices"): see countsOneTradeFolded. */
  oneTrade: boolean;
  place: Place | null;
  /** Claims in one bucket may state the same fact; claims in different buckets never do. */
  bucket: string;
  /** Position in the call, for stable output. */
  order: number;
  /** The figure's close range in a common unit, to find candidates fast. */
  rough: Range;
  /** Years its period names. */
  years: number[];
  /** See signatureOf: '' until the grouping first needs it (most buckets hold one fact and never do). */
  signature: string;
}

/**
 * The company claims mostly speak of: stands in for claims whose subject was not found (first
 * the article's, then the call's). Good enough to group mentions; never enough for a conflict.
 */
function mainSubject(claims: Claim[], names: Map<string, string>): string {
  const counts = new Map<string, number>();
  for (const c of claims) {
    const name = c.subject ? names.get(c.subject) : undefined;
    if (name) counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  let best = '';
  let most = 0;
  for (const [name, n] of counts) if (n > most) [best, most] = [name, n];
  return best;
}

/**
 * The close reading of a figure in one unit for all (jobs; money in euros at any recent rate),
 * only to find candidates quickly: the real comparison converts at the article's date.
 */
function roughRange(c: Claim): Range {
  const r = valueRange(c.amount, c.amount_max, c.qualifier, 'close');
  if (c.metric === 'jobs' || !c.currency || c.currency === 'EUR') return r;
  const rate = rateRange(c.currency, 'EUR');
  return rate ? { low: r.low * rate.low, high: r.high * rate.high } : { low: 0, high: Infinity };
}

/** A value as Array.join would write it (null and undefined as ''). */
function v(x: string | number | null | undefined): string | number {
  return x == null ? '' : x;
}

/** Everything `agree` and `clash` read from a fact, as one string: equal signatures compare alike.
 * Written once per fact, when first asked for (never '': it holds separators). */
export function signatureOf(f: Fact): string {
  if (f.signature !== '') return f.signature;
  const c = f.claim;
  return (f.signature = `${f.place?.parts.join('/') ?? ''}|${f.years.join('/')}|${c.amount}|${v(c.amount_max)}|${c.qualifier}|${v(c.currency)}|${v(c.alt?.amount)}|${v(c.alt?.currency)}|${v(f.date)}`);
}

/** Bucket names of one call: subject → metric → status → kind → name. */
type BucketNames = Map<string, Map<string, Map<string, Map<JobKind, string>>>>;

/**
 * One string per bucket of the call, found through its parts: the maps and comparisons keyed by
 * buckets then meet the same string again (its hash known, equal at a glance), not a fresh copy
 * of the same text per fact.
 */
function bucketName(names: BucketNames, subject: string, metric: string, status: string, kind: JobKind): string {
  let byMetric = names.get(subject);
  if (!byMetric) names.set(subject, (byMetric = new Map()));
  let byStatus = byMetric.get(metric);
  if (!byStatus) byMetric.set(metric, (byStatus = new Map()));
  let byKind = byStatus.get(status);
  if (!byKind) byStatus.set(status, (byKind = new Map()));
  let name = byKind.get(kind);
  if (name === undefined) byKind.set(kind, (name = [subject, metric, status, kind].join('|')));
  return name;
}

const byStart = (p: Claim, q: Claim) => p.start - q.start;

// No closure is made per call below (callbacks, comparators): a full GC drops the optimized code
// of closures that no longer exist, so the first call after one would run them unoptimized.
export function factsOf(docs: ComparableDocument[]): Fact[] {
  const buckets: BucketNames = new Map();
  const claims: Claim[] = [];
  const subjects: (string | null)[] = [];
  for (const d of docs) {
    for (const c of d.claims) {
      claims.push(c);
      subjects.push(c.subject);
    }
  }
  const names = subjectIndex(subjects);
  const facts: Fact[] = [];
  // a "company" that is also a place of the call ("Lima" taken for the subject of a sentence
  // about Lima) is no company: such claims are treated as naming none
  // (each claim's place is read once here and kept for its fact, in the same order)
  const placeNames = new Set<string>();
  const placesRead: (Place | null)[] = [];
  let previous: Place | null = null;
  for (const c of claims) {
    const place = readPlace(c.location);
    placesRead.push(place);
    // (readPlace gives one object per written place: claims in a row often share it)
    if (place && place !== previous) for (const part of place.parts) placeNames.add(part);
    previous = place;
  }
  for (const [name, head] of names) if (placeNames.has(subjectKey(name)) || placeNames.has(subjectKey(head))) names.delete(name);
  const callSubject = mainSubject(claims, names);
  // the neighbours of one claim at a time (surroundings reads them, keeps none)
  const neighbours: Claim[] = [];
  for (let doc = 0; doc < docs.length; doc++) {
    const d = docs[doc];
    // (one document: its claims are the call's, and so is its main subject)
    const fallback = docs.length === 1 ? callSubject : mainSubject(d.claims, names) || callSubject;
    // neighbours in text order bound the words read around each figure; facts keep the
    // document's own order of claims (report order)
    // extraction lists claims in text order already: then the sort (stable) would change nothing
    let inText = true;
    for (let j = 1; j < d.claims.length && inText; j++) inText = d.claims[j - 1].start <= d.claims[j].start;
    const inOrder = inText ? d.claims : [...d.claims].sort(byStart);
    let rank: Map<Claim, number> | null = null;
    if (!inText) {
      rank = new Map();
      for (let i = 0; i < inOrder.length; i++) rank.set(inOrder[i], i);
    }
    let next = 0;
    for (const claim of d.claims) {
      const i = rank ? rank.get(claim)! : next++;
      const named = claim.subject ? names.get(claim.subject) : undefined;
      const subject = named ?? fallback;
      // the claim and its neighbours in text order, those that exist
      neighbours.length = 0;
      // (never read at index -1: that read would turn megamorphic)
      if (i > 0 && inOrder[i - 1]) neighbours.push(inOrder[i - 1]);
      neighbours.push(claim);
      if (i + 1 < inOrder.length && inOrder[i + 1]) neighbours.push(inOrder[i + 1]);
      const around = surroundings(claim, neighbours, d.text);
      // (the words around are folded once for both readings)
      const folded = foldedSurroundings(claim, around);
      const kind = jobKindFolded(claim, folded, d.text !== undefined);
      facts.push({
        claim,
        doc,
        docId: d.id,
        date: d.published,
        subject,
        guessed: !named,
        kind,
        oneTrade: d.text !== undefined && countsOneTradeFolded(claim, folded),
        place: placesRead[facts.length],
        bucket: bucketName(buckets, subject, claim.metric ?? '', claim.status ?? '', kind),
        order: facts.length,
        rough: roughRange(claim),
        years: periodYears(claim.period),
        signature: '',
      });
    }
  }
  // bare places ("Lima") completed from fuller ones of the same call ("Lima, Ohio, United States")
  const places: (Place | null)[] = [];
  for (const f of facts) places.push(f.place);
  const settled = dropDisputedCountries(places);
  const parents = placeParents(settled);
  for (let i = 0; i < facts.length; i++) {
    const f = facts[i];
    f.place = completePlace(parents, settled[i]);
  }
  return facts;
}
