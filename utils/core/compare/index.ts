// Stage 6: comparison across all documents of one call. First pass only (finds nothing);
// the claim-engine work replaces the internals.
import type { Claim, Conflict } from '../report';

export interface ComparableDocument {
  id: string;
  lang: string;
  /** YYYY-MM-DD when known: picks the exchange rates for conversion checks. */
  published?: string;
  claims: Claim[];
}

export interface Comparison {
  /** Groups of claim ids stating the same fact (each group ≥ 2 ids, each id in one group at most). */
  duplicates: string[][];
  /** Pairs that cannot both be true; a === b for a conversion that does not add up. */
  conflicts: Conflict[];
}

export function compareDocuments(_docs: ComparableDocument[]): Comparison {
  return { duplicates: [], conflicts: [] };
}
