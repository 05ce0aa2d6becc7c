// Stage 6: comparison across all documents of one call.
//   facts       each claim with its company, kind of jobs and place, in a bucket
//   cluster     duplicates: groups of one bucket whose figures agree
//   conflicts   groups of one bucket whose figures cannot both be true
//   conversions a written conversion that the exchange rate of the day does not support
import type { Claim, Conflict } from '../report';
import { groupFacts } from './cluster';
import { findConflicts } from './conflicts';
import { conversionConflicts } from './conversions';
import { factsOf } from './facts';

export interface ComparableDocument {
  id: string;
  lang: string;
  /** YYYY-MM-DD when known: picks the exchange rates for conversion checks. */
  published?: string;
  claims: Claim[];
  /** The document's text, when given: the words around each figure tell construction jobs from permanent ones. */
  text?: string;
}

export interface Comparison {
  /** Groups of claim ids stating the same fact (each group ≥ 2 ids, each id in one group at most). */
  duplicates: string[][];
  /** Pairs that cannot both be true; a === b for a conversion that does not add up. */
  conflicts: Conflict[];
}

export function compareDocuments(docs: ComparableDocument[]): Comparison {
  const facts = factsOf(docs);
  const groups = groupFacts(facts);
  // loops, not callbacks: a full GC drops the optimized code of closures made per call
  const duplicates: string[][] = [];
  for (const g of groups) {
    if (g.members.length < 2) continue;
    const ids: string[] = [];
    for (const f of g.members) ids.push(f.claim.id);
    duplicates.push(ids);
  }
  const conflicts = findConflicts(groups);
  // the facts are every claim with its document's date, in document then claim order
  for (const c of conversionConflicts(facts)) conflicts.push(c);
  return { duplicates, conflicts };
}
