// Ranking before a release is read: the company named, the date near the article's, figures
// the article states. The story's own release must come before the company's other news.
import { describe, expect, it } from 'vitest';
import type { Candidate } from '../../utils/lookup/context';
import { dateNearness, namesCompany, previewScore, sharedFigures } from '../../utils/lookup/rank';
import { BRENHOLT_ARTICLE, requestFor } from './helpers';

const claims = requestFor(BRENHOLT_ARTICLE).report.documents[0]!.claims;
const candidate = (title: string, date: string | undefined, extra: Partial<Candidate> = {}): Candidate => ({
  url: `https://x.example/${title.length}`,
  title,
  date,
  source: 'newswire',
  subject: 'Brenholt Robotics',
  hint: '',
  ...extra,
});

describe('ranking candidates', () => {
  it('knows when a headline names the company, by its distinctive word, not by a fragment', () => {
    expect(namesCompany('Brenholt opens a service hub', 'Brenholt Robotics N.V.')).toBe(true);
    expect(namesCompany('BRENHOLT ROBOTICS NV: results', 'Brenholt Robotics')).toBe(true);
    expect(namesCompany('Brenholtz Foods expands', 'Brenholt Robotics')).toBe(false);
    expect(namesCompany('Robotics makers gather', 'Brenholt Robotics')).toBe(false);
  });

  it('scores dates by nearness to the article, a month away counting as nothing', () => {
    expect(dateNearness('2025-03-10', '2025-03-10')).toBe(1);
    expect(dateNearness('2025-03-10', '2025-03-25')).toBe(0.5);
    expect(dateNearness('2025-03-10', '2024-11-05')).toBe(0);
    expect(dateNearness(undefined, '2025-03-10')).toBe(0.5);
  });

  it('counts the candidate figures that the article also states', () => {
    expect(sharedFigures(claims, 'Brenholt Robotics will invest €1.2 billion in a plant near Lyon.', 'en')).toBe(1);
    expect(sharedFigures(claims, 'Brenholt Robotics will invest €40 million in a hub in Poznań.', 'en')).toBe(0);
    expect(sharedFigures(claims, 'No figure here.', 'en')).toBe(0);
  });

  it('puts the story’s release first, then older news of the company, then other companies’ news', () => {
    const story = candidate('Brenholt Robotics to invest €1.2 billion in battery plant near Lyon', '2025-03-10');
    const older = candidate('Brenholt Robotics to invest €40 million in service hub', '2024-11-05');
    const other = candidate('Kessler Conveyors expands in Hamburg', '2025-03-09');
    const scores = [story, older, other].map((c) => previewScore(c, claims, '2025-03-10', 'en'));
    expect(scores[0]).toBeGreaterThan(scores[1]!);
    expect(scores[1]).toBeGreaterThan(scores[2]!);
    expect(scores[0]).toBeGreaterThan(0.8);
  });
});
