import { describe, expect, it } from 'vitest';
import type { DocumentReport } from '../../utils/core/report';
import { articleFromReport, toStored } from '../../utils/memory/record';
import { ArticleRecordSchema } from '../../utils/memory/schema';

const text = 'Paris. Amazon will invest €1.2bn and hire 3,000 people in France.';
const doc: DocumentReport = {
  id: 'd1',
  source: 'page',
  lang: 'en',
  entities: [],
  claims: [
    { id: 'd1.c1', metric: 'investment', subject: 'Amazon', amount: 1.2e9, amount_max: null, currency: 'EUR', qualifier: 'exact', location: 'France', period: null, status: 'new', alt: null, start: text.indexOf('€'), end: text.indexOf('€') + 6, sentence: text.slice(7), reasons: ['money'] },
    { id: 'd1.c2', metric: 'jobs', subject: 'Amazon', amount: 3000, amount_max: null, currency: null, qualifier: 'exact', location: 'France', period: null, status: 'new', alt: null, start: text.indexOf('3,000'), end: text.indexOf('3,000') + 12, sentence: text.slice(7), reasons: ['jobs'] },
  ],
};

describe('articleFromReport', () => {
  it('keeps each claim with the figure as written, local ids, no rule trace', () => {
    const input = articleFromReport(doc, { url: 'https://www.example.com/story?utm_source=feed', title: ' Amazon in France ', published: '2026-11-20T07:00:00+01:00', text, analysedAt: 5 });
    expect(input).toMatchObject({ url: 'https://www.example.com/story', title: 'Amazon in France', outlet: 'example.com', published: '2026-11-20', lang: 'en', analysedAt: 5 });
    expect(input.claims.map((c) => [c.id, c.figure])).toEqual([['c1', '€1.2bn'], ['c2', '3,000 people']]);
    expect(input.claims.some((c) => 'reasons' in c)).toBe(false);
    expect(ArticleRecordSchema.safeParse({ ...input, id: 'x' }).success).toBe(true);
  });

  it('prefers the site name from the page and drops an unreadable date', () => {
    const input = articleFromReport(doc, { url: 'https://www.example.com/story', title: 't', outlet: 'The Example', published: 'last Tuesday', text });
    expect(input.outlet).toBe('The Example');
    expect(input.published).toBeNull();
  });
});

describe('toStored', () => {
  it('derives one dated key per statement and the companies, for the indexes', () => {
    const input = articleFromReport(doc, { url: 'https://example.com/s', title: 't', published: '2026-11-20', text });
    const stored = toStored({ ...input, id: 'x' });
    expect(stored.claimDays.sort()).toEqual(['amazon|investment|2026-11-20', 'amazon|jobs|2026-11-20']);
    expect(stored.companies).toEqual(['amazon']);
  });
});
