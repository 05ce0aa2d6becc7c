// groupFacts finds each fact's group through bins of magnitude, listed in arrays, and turns a
// candidate down at once when its members' rough ranges (highest low, lowest high) rule out
// `agree`. Whatever the claims, it must form the groups of the plain search below: Sets per
// bin, every candidate asked through `agree` with each distinct member.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { agree, groupFacts } from '../../utils/core/compare/cluster';
import { type Fact, factsOf, signatureOf } from '../../utils/core/compare/facts';
import { doc, type Row } from '../fixtures/core/compare/claims';

const SPECIFICITY: Record<string, number> = { exact: 0, range: 1, about: 2, nearly: 2, average: 3, over: 4, at_least: 4, up_to: 5 };
const BIN = Math.log(1.5);

function plainGroups(facts: Fact[]): string[][] {
  const byBucket = new Map<string, Fact[]>();
  for (const f of facts) byBucket.set(f.bucket, [...(byBucket.get(f.bucket) ?? []), f]);
  const all: Fact[][] = [];
  for (const members of byBucket.values()) {
    const ordered = [...members].sort((p, q) => (SPECIFICITY[p.claim.qualifier] ?? 9) - (SPECIFICITY[q.claim.qualifier] ?? 9) || p.order - q.order);
    type G = { members: Fact[]; distinct: Map<string, Fact>; visit: number };
    const byBin = new Map<number, Set<G>>();
    ordered.forEach((f, visit) => {
      if (!f.subject) return all.push([f]);
      const low = Math.floor(Math.log(Math.max(f.rough.low, 1)) / BIN) - 1;
      const high = Number.isFinite(f.rough.high) ? Math.floor(Math.log(Math.max(f.rough.high, 1)) / BIN) + 1 : low + 24;
      const bins: number[] = [];
      for (let b = low; b <= Math.min(high, low + 24); b++) bins.push(b);
      const candidates: G[] = [];
      for (const b of bins) for (const g of byBin.get(b) ?? []) if (g.visit !== visit && candidates.length < 64) candidates.push(Object.assign(g, { visit }));
      let best: G | undefined;
      for (const g of candidates) {
        if (best && g.members.length <= best.members.length) continue;
        if (g.distinct.has(signatureOf(f)) || [...g.distinct.values()].every((m) => agree(f, m))) best = g;
      }
      const home = best ?? { members: [], distinct: new Map<string, Fact>(), visit };
      if (!best) all.push(home.members);
      home.members.push(f);
      if (!home.distinct.has(signatureOf(f))) home.distinct.set(signatureOf(f), f);
      for (const b of bins) byBin.set(b, (byBin.get(b) ?? new Set()).add(home));
    });
  }
  return all.map((g) => [...g].sort((p, q) => p.order - q.order)).sort((p, q) => p[0].order - q[0].order).map((g) => g.map((f) => f.claim.id));
}

// Few values of each field, so that many claims agree, clash or tie: figures around 1,000 and
// 3,000 (a 1.5 bin apart and less), all qualifiers, two currencies, places in two countries.
const row = fc.record({
  metric: fc.constantFrom('jobs', 'investment') as fc.Arbitrary<Row['metric']>,
  amount: fc.constantFrom(600, 900, 950, 1000, 1040, 1100, 1200, 1300, 1400, 1500, 2000, 2900, 3000, 3100, 4500),
  qualifier: fc.constantFrom(...(Object.keys(SPECIFICITY) as Row['qualifier'][])),
  currency: fc.constantFrom('EUR', 'USD'),
  subject: fc.constantFrom('Orvell Cables', 'Tessaro Foods', null),
  location: fc.constantFrom('Ghent, Belgium', 'Lyon, France', 'Saint-Fons', null),
  period: fc.constantFrom(null, 'by 2027', 'by 2028'),
}).map((r): Row => ({ ...r, currency: r.metric === 'jobs' ? null : r.currency, amount_max: r.qualifier === 'range' ? r.amount * 1.2 : null }));
// 2011: a dollar rate outside the recent years' range that rough ranges use, so only their slack lets
// a dollar figure meet its euro twin
const DATES = ['2011-05-02', '2024-06-01', '2025-03-11'];
const documents = fc.array(fc.array(row, { maxLength: 40 }), { minLength: 1, maxLength: 4 }).map((docs) => docs.map((rows, i) => doc(i + 1, rows, DATES[i % 3])));

describe('groupFacts', () => {
  it('forms the groups of the plain search (Sets per bin, agree asked of every distinct member)', () => {
    fc.assert(
      fc.property(documents, (docs) => {
        const facts = factsOf(docs);
        expect(groupFacts(facts).map((g) => g.members.map((f) => f.claim.id))).toEqual(plainGroups(facts));
      }),
      { numRuns: 1500 },
    );
  });
});
