import { describe, expect, it } from 'vitest';
import { compareDocuments, type ComparableDocument, type Comparison } from '../../utils/core/compare';
import { describeConflict, describeDuplicate, matchArticle, matchStatements } from '../../utils/memory/match';
import type { ArticleRecord } from '../../utils/memory/schema';
import { summarise } from '../../utils/memory/schema';
import type { RelatedStatement } from '../../utils/memory/store';
import { article, claim, NOW, openStore } from './helpers';

/**
 * Stands in for the engine while its comparison is being written: equal amounts are one
 * group, different amounts conflict. It records what it was asked to compare.
 */
function stubComparator() {
  const seen: ComparableDocument[][] = [];
  const compare = (docs: ComparableDocument[]): Comparison => {
    seen.push(docs);
    const claims = docs.flatMap((d) => d.claims);
    const byAmount = new Map<number, string[]>();
    for (const c of claims) byAmount.set(c.amount, [...(byAmount.get(c.amount) ?? []), c.id]);
    const conflicts = [];
    for (const a of claims) for (const b of claims) if (a.id < b.id && a.amount !== b.amount && a.metric === b.metric) conflicts.push({ a: a.id, b: b.id, reason: `${Math.max(a.amount, b.amount)} vs ${Math.min(a.amount, b.amount)}` });
    return { duplicates: [...byAmount.values()].filter((g) => g.length > 1), conflicts };
  };
  return { compare, seen };
}

function stored(url: string, fields: Partial<ArticleRecord> = {}): ArticleRecord {
  return { ...article({ url }), id: url, ...fields };
}

function statements(...records: ArticleRecord[]): RelatedStatement[] {
  return records.flatMap((r) => r.claims.map((c) => ({ article: summarise(r), claim: c })));
}

const incoming = article({ url: 'https://wed.example/b', published: '2026-11-25', claims: [claim({ amount: 2000, sentence: 'Amazon is to create 2,000 jobs in France.' })] });

describe('matchStatements', () => {
  it('reports a conflict with outlet, date, quote and link, and a duplicate as also reported', () => {
    const reuters = stored('https://reuters.example/a', { outlet: 'Reuters', published: '2026-11-23' });
    const echos = stored('https://echos.example/c', { outlet: 'Les Echos', published: '2026-11-24', claims: [claim({ amount: 2000 })] });
    const { compare } = stubComparator();
    const [memory] = matchStatements(incoming, statements(reuters, echos), { compare });
    expect(memory.claimId).toBe('c1');
    expect(memory.alsoReportedBy.map((s) => s.article.url)).toEqual(['https://echos.example/c']);
    expect(memory.conflictsWith.map((s) => [s.article.url, s.reason])).toEqual([['https://reuters.example/a', '3000 vs 2000']]);
    expect(describeDuplicate(memory.alsoReportedBy[0])).toBe('also reported by Les Echos on 2026-11-24');
    expect(describeConflict(memory.conflictsWith[0])).toBe("conflicts with Reuters, 2026-11-23: 'Amazon will hire more than 3,000 people in France.'");
  });

  it('compares only candidates: same company, metric, status, place, within the window, another URL', () => {
    const candidates = [
      stored('https://ok.example/1', { claims: [claim({ subject: 'Amazon Inc.', amount: 1 })] }),
      stored('https://ok.example/unknown-place', { claims: [claim({ location: null, amount: 2 })] }),
    ];
    const others = [
      stored('https://no.example/company', { claims: [claim({ subject: 'Google', amount: 3 })] }),
      stored('https://no.example/metric', { claims: [claim({ metric: 'investment', currency: 'EUR', amount: 4 })] }),
      stored('https://no.example/status', { claims: [claim({ status: 'cumulative', amount: 5 })] }),
      stored('https://no.example/place', { claims: [claim({ location: 'Germany', amount: 6 })] }),
      stored('https://no.example/old', { published: '2026-10-25', claims: [claim({ amount: 7 })] }),
      stored('https://wed.example/b', { claims: [claim({ amount: 8 })] }), // the same article, saved before
    ];
    const { compare, seen } = stubComparator();
    const result = matchStatements(incoming, statements(...candidates, ...others), { compare });
    expect(seen).toHaveLength(1);
    expect(seen[0].map((d) => d.claims.map((c) => c.amount))).toEqual([[2000], [1], [2]]);
    expect(seen[0][0].claims[0]).toMatchObject({ id: 'new.c1', reasons: [] });
    expect(result[0].conflictsWith.map((s) => s.article.url)).toEqual(candidates.map((r) => r.url));
    // 31 days apart is outside the default window, inside a wider one
    const wide = matchStatements(incoming, statements(others[4]), { compare, windowDays: 31 });
    expect(wide[0].conflictsWith).toHaveLength(1);
  });

  it('ignores what the comparison says about pairs that are not candidates of a new claim', () => {
    const a = stored('https://x.example/a', { claims: [claim({ amount: 5 })] });
    const b = stored('https://x.example/b', { claims: [claim({ amount: 5 })] });
    const { compare } = stubComparator();
    const result = matchStatements(incoming, statements(a, b), { compare });
    // a and b duplicate each other; neither repeats the new claim, both conflict with it
    expect(result[0].alsoReportedBy).toEqual([]);
    expect(result[0].conflictsWith).toHaveLength(2);
  });

  it('says nothing and does not call the comparison when nothing is related', () => {
    const { compare, seen } = stubComparator();
    expect(matchStatements(incoming, [], { compare })).toEqual([]);
    expect(matchStatements({ ...incoming, claims: [claim({ subject: null })] }, statements(stored('https://x.example/a')), { compare })).toEqual([]);
    expect(seen).toHaveLength(0);
  });

  it('runs on the engine comparison by default', () => {
    // the engine is being rewritten: compare with it called explicitly, not with fixed output
    const related = statements(stored('https://x.example/a', { claims: [claim({ amount: 2000 })] }), stored('https://x.example/b'));
    expect(matchStatements(incoming, related)).toEqual(matchStatements(incoming, related, { compare: compareDocuments }));
  });
});

describe('matchArticle', () => {
  it('reads candidates from the store and matches them', async () => {
    const store = await openStore();
    await store.put(article({ url: 'https://reuters.example/a', outlet: 'Reuters', published: '2026-11-23' }));
    await store.put(article({ url: 'https://far.example/a', published: '2026-06-01' }));
    await store.put(article({ url: 'https://fr.example/a', analysedAt: NOW, published: '2026-11-24', claims: [claim({ amount: 2000 })] }));
    const { compare } = stubComparator();
    const [memory] = await matchArticle(store, incoming, { compare });
    expect(memory.conflictsWith.map((s) => s.article.url)).toEqual(['https://reuters.example/a']);
    expect(memory.alsoReportedBy.map((s) => s.article.url)).toEqual(['https://fr.example/a']);
  });
});
