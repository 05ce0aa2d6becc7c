import { describe, expect, it } from 'vitest';
import type { ComparableDocument } from '../../utils/core/compare';
import { checkAgainstRelease, describeFigure, matchesRelease, rankReleases } from '../../utils/core/press';
import { claim, faithful, release, unfaithful, unrelated } from '../fixtures/core/press/claims';

describe('checkAgainstRelease (with the engine comparison)', () => {
  it('says each figure of a faithful article matches, quoting the release', () => {
    expect(checkAgainstRelease(faithful, release).map((check) => [check.claim, check.verdict, check.releaseClaim, check.text])).toEqual([
      ['d1.c1', 'matches', 'd1.c1', 'matches the press release (more than €900m)'],
      ['d1.c2', 'matches', 'd1.c2', 'matches the press release (350 jobs)'],
    ]);
  });

  it('gives both figures when they differ, and flags what the release does not say', () => {
    expect(checkAgainstRelease(unfaithful, release).map((check) => [check.verdict, check.text])).toEqual([
      ['matches', 'matches the press release (more than €900m)'],
      ['differs', 'press release says 350 jobs, article says 500 jobs'],
      ['absent', 'not in the press release'],
    ]);
  });

  it('finds nothing of an unrelated story in the release', () => {
    expect(checkAgainstRelease(unrelated, release).map((check) => check.verdict)).toEqual(['absent', 'absent']);
  });

  it("keeps the two sides apart even when their claim ids are the same, and uses the comparison's verdicts", () => {
    const seen: ComparableDocument[][] = [];
    const fake = (docs: ComparableDocument[]) => {
      seen.push(docs);
      return { duplicates: [['release:d1.c2', 'article:d1.c1']], conflicts: [{ a: 'release:d1.c1', b: 'article:d1.c2', reason: 'test' }] };
    };
    const checks = checkAgainstRelease(faithful, release, fake);
    expect(seen[0]!.map((doc) => doc.claims.map((c) => c.id))).toEqual([
      ['article:d1.c1', 'article:d1.c2'],
      ['release:d1.c1', 'release:d1.c2', 'release:d1.c3'],
    ]);
    expect(checks.map((check) => [check.verdict, check.releaseClaim])).toEqual([
      ['matches', 'd1.c2'],
      ['differs', 'd1.c1'],
    ]);
  });

  it('gives every mention of a differing statement the same verdict, not only the one the conflict names', () => {
    const fake = () => ({
      duplicates: [['article:d1.c1', 'article:d1.c2']],
      conflicts: [{ a: 'article:d1.c1', b: 'release:d1.c2', reason: 'test' }],
    });
    expect(checkAgainstRelease(faithful, release, fake).map((check) => [check.verdict, check.releaseClaim])).toEqual([
      ['differs', 'd1.c2'],
      ['differs', 'd1.c2'],
    ]);
  });

  it('ignores a conversion flagged inside one side (a === b)', () => {
    const fake = () => ({ duplicates: [], conflicts: [{ a: 'article:d1.c1', b: 'article:d1.c1', reason: 'bad conversion' }] });
    expect(checkAgainstRelease(faithful, release, fake)[0]!.verdict).toBe('absent');
  });
});

describe('matchesRelease and rankReleases', () => {
  it('attaches a story to its release by company, figures and place', () => {
    const match = matchesRelease(unfaithful, release);
    expect(match).toMatchObject({ subject: true, place: true, matches: true });
    expect(match.pairedClaims).toBe(2); // the wrong jobs figure still reports the release
    expect(match.score).toBeGreaterThan(0.7);
  });

  it('does not attach a story about another company', () => {
    expect(matchesRelease(unrelated, release)).toMatchObject({ subject: false, pairedClaims: 0, matches: false });
  });

  it('takes the company from the story text when the extraction left the subjects empty', () => {
    const anonymous = unfaithful.map((c) => ({ ...c, subject: null }));
    expect(matchesRelease(anonymous, release).subject).toBe(false);
    const story = { claims: anonymous, text: 'Steelmaker Ferronord confirmed the Dunkirk plan on Tuesday.' };
    expect(matchesRelease(story, release)).toMatchObject({ subject: true, matches: true });
    const other = { claims: anonymous, text: 'Steelmakers confirmed a Dunkirk plan on Tuesday.' };
    expect(matchesRelease(other, release).subject).toBe(false);
  });

  it('does not attach a story that only names the company', () => {
    const mention = [claim('d1.c1', { metric: 'jobs', amount: 12, subject: 'Ferronord', location: 'Lille, France', status: 'earlier' })];
    const match = matchesRelease(mention, release);
    expect(match.subject).toBe(true);
    expect(match.matches).toBe(false);
  });

  it('ranks the release from the days before the article above an older one with the same figures', () => {
    const article = { claims: faithful, published: '2025-06-12' };
    const ranked = rankReleases(article, [
      { id: 'old', claims: release, published: '2023-01-10' },
      { id: 'other-company', claims: unrelated, published: '2025-06-11' },
      { id: 'fresh', claims: release, published: '2025-06-11' },
    ]);
    expect(ranked.map((entry) => entry.id)).toEqual(['fresh', 'old']);
  });
});

describe('describeFigure', () => {
  const cases: [Parameters<typeof describeFigure>[0], string][] = [
    [{ metric: 'investment', amount: 1.2e9, amount_max: null, currency: 'EUR', qualifier: 'over' }, 'more than €1.2bn'],
    [{ metric: 'investment', amount: 8.5e8, amount_max: null, currency: 'USD', qualifier: 'exact' }, '$850m'],
    [{ metric: 'investment', amount: 7.5e8, amount_max: null, currency: 'GBP', qualifier: 'about' }, 'about £750m'],
    [{ metric: 'investment', amount: 3e9, amount_max: null, currency: 'DKK', qualifier: 'up_to' }, 'up to 3bn DKK'],
    [{ metric: 'jobs', amount: 1100, amount_max: null, currency: null, qualifier: 'up_to' }, 'up to 1,100 jobs'],
    [{ metric: 'jobs', amount: 300, amount_max: 500, currency: null, qualifier: 'range' }, '300–500 jobs'],
    [{ metric: 'jobs', amount: 2000, amount_max: null, currency: null, qualifier: 'at_least' }, 'at least 2,000 jobs'],
  ];
  it.each(cases)('%o → %s', (figure, words) => expect(describeFigure(figure)).toBe(words));
});
