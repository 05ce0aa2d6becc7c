import { describe, expect, it } from 'vitest';
import { placesAgree } from '../../utils/memory/keys';
import { matchStatements } from '../../utils/memory/match';
import { summarise } from '../../utils/memory/schema';
import { article, claim } from './helpers';

describe('placesAgree', () => {
  it.each([
    ['Porto, Portugal', 'Portugal', true],
    ['Portugal', 'Porto, Portugal', true],
    ['Île-de-France', 'ile de france', true],
    [null, 'Germany', true],
    ['France', 'Germany', false],
    ['Porto, Portugal', 'Lisbon, Portugal', false],
  ] as const)('%s ~ %s → %s', (a, b, agree) => {
    expect(placesAgree(a, b)).toBe(agree);
  });
});

it('an article naming the country matches an earlier one naming the city in it', () => {
  const earlier = { ...article({ url: 'https://a.example/1', published: '2026-11-23' }), id: 'a1' };
  earlier.claims = [claim({ location: 'Porto, Portugal', amount: 3000 })];
  const incoming = article({ url: 'https://b.example/2', published: '2026-11-25', claims: [claim({ location: 'Portugal', amount: 2000, qualifier: 'exact', sentence: 'Amazon will hire 2,000 people in Portugal.' })] });
  const [found] = matchStatements(incoming, earlier.claims.map((c) => ({ article: summarise(earlier), claim: c })));
  expect(found?.conflictsWith.map((c) => c.article.url)).toEqual(['https://a.example/1']);
});
