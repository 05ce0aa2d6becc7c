// Duplicates: claims of one bucket gathered into groups that each state one fact. A claim joins
// a group only if it agrees with every member (complete linkage), so "more than 1,000" can sit
// with "up to 1,100" and "1,100", while "2,000" and "3,000" end up in two groups, which the
// conflict step then sets against each other.
import { periodsClash } from './context';
import type { Fact } from './facts';
import { placeRelation } from './places';
import { valuesAgree } from './values';

// Precise figures first, so groups form around them and vaguer ones join the right group.
const SPECIFICITY: Record<string, number> = { exact: 0, range: 1, about: 2, nearly: 2, average: 3, over: 4, at_least: 4, up_to: 5 };

export function agree(a: Fact, b: Fact): boolean {
  if (a.bucket !== b.bucket || !a.subject) return false;
  if (periodsClash(a.claim.period, b.claim.period)) return false;
  // Different countries are different facts. Two towns of one country are not enough to part
  // claims that agree in everything else: articles place one plant "near Lyon" or "in
  // Saint-Fons", and extracted places are the least reliable field. Conflicts are stricter.
  if (placeRelation(a.place, b.place) === 'other') return false;
  return valuesAgree(a.claim, b.claim, a.date ?? b.date);
}

/** Every fact in exactly one group (singletons included), groups in order of first mention. */
export function groupFacts(facts: Fact[]): Fact[][] {
  const groups: Fact[][] = [];
  const byBucket = new Map<string, Fact[]>();
  for (const f of facts) {
    const list = byBucket.get(f.bucket) ?? [];
    list.push(f);
    byBucket.set(f.bucket, list);
  }
  for (const members of byBucket.values()) {
    const ordered = [...members].sort((p, q) => (SPECIFICITY[p.claim.qualifier] ?? 9) - (SPECIFICITY[q.claim.qualifier] ?? 9) || p.order - q.order);
    const local: Fact[][] = [];
    for (const f of ordered) {
      const fits = local.filter((g) => g.every((m) => agree(f, m)));
      fits.sort((p, q) => q.length - p.length);
      if (fits.length) fits[0].push(f);
      else local.push([f]);
    }
    groups.push(...local);
  }
  for (const g of groups) g.sort((p, q) => p.order - q.order);
  return groups.sort((p, q) => p[0].order - q[0].order);
}
