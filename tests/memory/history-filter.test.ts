import { describe, expect, it } from 'vitest';
import { groupAnnouncements } from '../../utils/memory/history';
import { filterAnnouncements, isFiltering, languagesOf, NO_FILTER } from '../../utils/memory/history-filter';
import type { ArticleRecord } from '../../utils/memory/schema';
import { article, claim, NOW } from './helpers';

const noCompare = () => ({ duplicates: [], conflicts: [] });
let n = 0;
function stored(fields: Partial<ArticleRecord>): ArticleRecord {
  n++;
  return { ...article({ url: `https://site${n}.example/a` }), id: `id${n}`, ...fields };
}

const records = [
  stored({ published: '2026-11-20', claims: [claim({ subject: 'Société Générale SA' })] }),
  stored({ published: '2026-10-01', lang: 'de', claims: [claim({ subject: 'Siemens', metric: 'investment', amount: 1e9, currency: 'EUR' })] }),
  stored({ published: '2026-11-25', lang: 'es', claims: [claim({ subject: 'Inditex', location: 'Spain' })] }),
];
const rows = groupAnnouncements(records, { compare: noCompare });
const companies = (list: typeof rows) => list.map((a) => a.company);

describe('filterAnnouncements', () => {
  it('finds a company by any folded part of its name', () => {
    expect(companies(filterAnnouncements(rows, { ...NO_FILTER, company: 'GENERALE' }))).toEqual(['Société Générale SA']);
    expect(companies(filterAnnouncements(rows, { ...NO_FILTER, company: '  ' }))).toHaveLength(3);
    expect(filterAnnouncements(rows, { ...NO_FILTER, company: 'apple' })).toEqual([]);
  });

  it('keeps announcements whose days overlap the range, bounds included', () => {
    expect(companies(filterAnnouncements(rows, { ...NO_FILTER, from: '2026-11-20' }))).toEqual(['Inditex', 'Société Générale SA']);
    expect(companies(filterAnnouncements(rows, { ...NO_FILTER, to: '2026-10-01' }))).toEqual(['Siemens']);
    expect(companies(filterAnnouncements(rows, { ...NO_FILTER, from: '2026-10-02', to: '2026-11-19' }))).toEqual([]);
  });

  it('filters by language and by conflicts, and lists the languages present', () => {
    expect(companies(filterAnnouncements(rows, { ...NO_FILTER, lang: 'es' }))).toEqual(['Inditex']);
    expect(filterAnnouncements(rows, { ...NO_FILTER, conflictsOnly: true })).toEqual([]);
    expect(languagesOf(rows)).toEqual(['de', 'en', 'es']);
    expect(isFiltering(NO_FILTER)).toBe(false);
    expect(filterAnnouncements(rows, NO_FILTER)).toBe(rows);
  });
});

it('orders announcements of the same day by when they were last read', () => {
  const sameDay = [0, 1, 2].map((i) => stored({ published: '2026-11-26', analysedAt: NOW - i * 1000, claims: [claim({ subject: `Firm ${i}` })] }));
  expect(companies(groupAnnouncements([...sameDay].reverse(), { compare: noCompare }))).toEqual(['Firm 0', 'Firm 1', 'Firm 2']);
});
