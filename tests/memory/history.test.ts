import { describe, expect, it } from 'vitest';
import type { ComparableDocument, Comparison } from '../../utils/core/compare';
import { groupAnnouncements } from '../../utils/memory/history';
import type { ArticleRecord } from '../../utils/memory/schema';
import { article, claim } from './helpers';

function stored(url: string, fields: Partial<ArticleRecord> = {}): ArticleRecord {
  return { ...article({ url }), id: url.replace(/\W+/g, '-'), outlet: new URL(url).hostname, ...fields };
}

/** Stand-in for the engine: different amounts of the same metric conflict. */
function differentAmountsConflict(docs: ComparableDocument[]): Comparison {
  const claims = docs.flatMap((d) => d.claims);
  const conflicts = claims.flatMap((a) => claims.filter((b) => a.id < b.id && a.amount !== b.amount).map((b) => ({ a: a.id, b: b.id, reason: 'figures differ' })));
  return { duplicates: [], conflicts };
}

describe('groupAnnouncements', () => {
  const records = [
    stored('https://reuters.example/a', { published: '2026-11-23' }),
    stored('https://wed.example/b', { published: '2026-11-25', claims: [claim({ amount: 2000, subject: 'Amazon Inc.', location: null })] }),
    stored('https://echos.example/c', { published: '2026-11-24', lang: 'fr' }),
    stored('https://spring.example/d', { published: '2026-04-01' }), // months earlier: another announcement
    stored('https://de.example/e', { published: '2026-11-24', claims: [claim({ location: 'Germany' })] }),
    stored('https://total.example/f', { published: '2026-11-24', claims: [claim({ status: 'cumulative' })] }),
    stored('https://nobody.example/g', { claims: [claim({ subject: null })] }),
  ];

  it('makes one row per announcement with every outlet that reported it, and marks conflicts', () => {
    const rows = groupAnnouncements(records, { compare: differentAmountsConflict });
    const france = rows.find((r) => r.reports.length === 3)!;
    expect(france).toMatchObject({ company: 'Amazon', metric: 'jobs', status: 'new', place: 'France', from: '2026-11-23', to: '2026-11-25' });
    expect(france.reports.map((r) => r.article.outlet)).toEqual(['reuters.example', 'echos.example', 'wed.example']);
    expect(france.conflicts.map((c) => [c.a.article.outlet, c.b.article.outlet].sort())).toEqual([
      ['reuters.example', 'wed.example'],
      ['echos.example', 'wed.example'],
    ].map((pair) => pair.sort()));
    expect(france.conflicts.every((c) => c.reason === 'figures differ')).toBe(true);
  });

  it('keeps apart what differs in place, status or time, and skips claims without a company', () => {
    const rows = groupAnnouncements(records, { compare: differentAmountsConflict });
    expect(rows.map((r) => r.reports.map((s) => s.article.url.split('/')[2]).join(' ')).sort()).toEqual([
      'de.example',
      'reuters.example echos.example wed.example',
      'spring.example',
      'total.example',
    ]);
    expect(rows.map((r) => r.to)).toEqual([...rows.map((r) => r.to)].sort().reverse());
  });

  it('runs the comparison only where two articles share an announcement', () => {
    let calls = 0;
    groupAnnouncements(records, { compare: (docs) => (calls++, differentAmountsConflict(docs)) });
    expect(calls).toBe(1);
  });

  it('puts a town one outlet names and the country another writes in one row, but keeps two towns apart', () => {
    const rows = groupAnnouncements(
      [
        stored('https://a.example/a', { published: '2026-11-23', claims: [claim({ location: 'Porto, Portugal' })] }),
        stored('https://b.example/b', { published: '2026-11-24', claims: [claim({ amount: 2000, location: 'Portugal' })] }),
        stored('https://c.example/c', { published: '2026-11-24', claims: [claim({ location: 'Lyon, France' })] }),
        stored('https://d.example/d', { published: '2026-11-24', claims: [claim({ location: 'Lille, France' })] }),
      ],
      { compare: differentAmountsConflict },
    );
    const outlets = rows.map((r) => r.reports.map((s) => s.article.outlet).sort().join(' ')).sort();
    expect(outlets).toEqual(['a.example b.example', 'c.example', 'd.example']);
    expect(rows.find((r) => r.reports.length === 2)!.conflicts).toHaveLength(1);
  });
});
