// Claims made comparable: each gets a bucket (company, metric, status, kind of jobs) so that
// only claims that could state the same fact are ever set side by side, and a folded place.
import type { Claim } from '../report';
import { type JobKind, jobKind, surroundings } from './context';
import type { ComparableDocument } from './index';
import { dropDisputedCountries, type Place, placeCompleter, readPlace } from './places';
import { subjectIndex } from './subjects';

export interface Fact {
  claim: Claim;
  /** Index of the claim's document in the call. */
  doc: number;
  date?: string;
  /** One name per company ("" when unknown). */
  subject: string;
  kind: JobKind;
  place: Place | null;
  /** Claims in one bucket may state the same fact; claims in different buckets never do. */
  bucket: string;
  /** Position in the call, for stable output. */
  order: number;
}

/**
 * The company the documents of a call mostly speak of: stands in for claims whose subject was
 * not found (a call gathers articles on one story; within one article the main company is
 * not always the one named most, a rival may be named twice in one paragraph).
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

export function factsOf(docs: ComparableDocument[]): Fact[] {
  const names = subjectIndex(docs.flatMap((d) => d.claims.map((c) => c.subject)));
  const facts: Fact[] = [];
  const fallback = mainSubject(docs.flatMap((d) => d.claims), names);
  docs.forEach((d, doc) => {
    for (const claim of d.claims) {
      const subject = (claim.subject ? names.get(claim.subject) : undefined) ?? fallback;
      const kind = jobKind(claim, surroundings(claim, d.claims, d.text), d.text !== undefined);
      const written = claim.location;
      facts.push({
        claim,
        doc,
        date: d.published,
        subject,
        kind,
        place: readPlace(written),
        bucket: [subject, claim.metric, claim.status, kind].join('|'),
        order: facts.length,
      });
    }
  });
  // bare places ("Lima") completed from fuller ones of the same call ("Lima, Ohio, United States")
  const settled = dropDisputedCountries(facts.map((f) => f.place));
  const complete = placeCompleter(settled);
  facts.forEach((f, i) => (f.place = complete(settled[i])));
  return facts;
}
