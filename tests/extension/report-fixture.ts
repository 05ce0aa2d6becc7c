// A small report as the engine would return it for one article: a conflict (2,500 vs 1,500
// jobs), a statement made twice (€1.2 billion), an earlier figure, and named entities.
import type { Claim, Report } from '../../utils/core/report';
import type { PageSummary } from '../../utils/extension/messages';

export function claim(over: Partial<Claim> & Pick<Claim, 'id'>): Claim {
  return {
    metric: 'investment', subject: 'Norvale', amount: 0, amount_max: null, currency: null, qualifier: 'exact',
    location: null, period: null, status: 'new', alt: null, start: 0, end: 1, sentence: '', reasons: [], ...over,
  };
}

export const CLAIMS: Claim[] = [
  claim({ id: 'd1.c1', amount: 1.2e9, currency: 'EUR', location: 'Lyon', start: 20, end: 32,
    sentence: 'Norvale will invest €1.2 billion in a plant near Lyon.' }),
  claim({ id: 'd1.c2', metric: 'jobs', amount: 2500, start: 80, end: 92,
    sentence: 'The plant will employ 2,500 people by 2028, its chief executive said.' }),
  claim({ id: 'd1.c3', amount: 1.2e9, currency: 'EUR', qualifier: 'over', start: 140, end: 152,
    sentence: 'The investment of more than €1.2 billion is the region\'s largest.' }),
  claim({ id: 'd1.c4', metric: 'jobs', amount: 1500, start: 200, end: 210,
    sentence: 'A statement later said it would create 1,500 jobs.' }),
  claim({ id: 'd1.c5', amount: 300e6, currency: 'EUR', status: 'earlier', start: 260, end: 272,
    sentence: 'In 2021 the company had put €300 million into its Dutch site.' }),
];

export const REPORT: Report = {
  version: 1,
  documents: [{
    id: 'd1', source: 'http://127.0.0.1/article.html', lang: 'en', claims: CLAIMS,
    entities: [
      { text: 'Norvale', type: 'org', start: 0, end: 7 },
      { text: 'Norvale', type: 'org', start: 100, end: 107 },
      { text: 'Maren Tolsma', type: 'person', start: 120, end: 132, role: 'chief executive' },
      { text: 'Lyon', type: 'place', start: 50, end: 54 },
    ],
  }],
  duplicates: [['d1.c1', 'd1.c3']],
  conflicts: [{ a: 'd1.c2', b: 'd1.c4', reason: '2,500 jobs against 1,500 jobs for the same plant' }],
  press_releases: [],
};

export function summaryOf(report: Report | null, state: PageSummary['state'] = 'ok'): PageSummary {
  return { url: 'http://127.0.0.1/article.html', title: 'Norvale to build a plant', state, report };
}
