// subjectIndex files each company under the keys sameSubject can match on, so a name is tested
// only against a few companies instead of every one so far. Whatever the names, it must pick the
// representatives the plain quadratic search picks: the first company (longest names first) that
// sameSubject says is the same.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sameSubject, subjectIndex, subjectKey } from '../../utils/core/compare/subjects';

function plainSearch(names: (string | null)[]): Map<string, string> {
  const wordCount = (name: string) => subjectKey(name).split(' ').length;
  const distinct = [...new Set(names)].filter((name): name is string => !!name && subjectKey(name) !== '');
  distinct.sort((p, q) => wordCount(q) - wordCount(p) || (p < q ? -1 : p > q ? 1 : 0));
  const heads: string[] = [];
  const representative = new Map<string, string>();
  for (const name of distinct) {
    const head = heads.find((h) => sameSubject(h, name));
    if (head === undefined) heads.push(name);
    representative.set(name, head ?? name);
  }
  return representative;
}

// Words that make sameSubject's cases meet: shared names, trade words, legal forms, initials,
// accents, tickers in brackets, '&'.
const WORDS = ['Helvio', 'Kestrel', 'Amazon', 'Web', 'Services', 'AWS', 'HB', 'KP', 'Batteries', 'Pharma', 'Group', 'Groupe',
  'Motors', 'SA', 'GmbH', 'Inc', 'The', 'Renault', 'Énergie', 'Energie', 'A', 'B', 'AB', '&', '(AMZN.O)', 'Cloud', 'H'];
const names = fc.array(
  fc.oneof(fc.constant(null), fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 4 }).map((ws) => ws.join(' '))),
  { maxLength: 30 },
);

describe('subjectIndex', () => {
  it('picks the same representative for every name as the plain search over all companies', () => {
    fc.assert(
      fc.property(names, (list) => {
        expect(subjectIndex(list)).toEqual(plainSearch(list));
      }),
      { numRuns: 3000 },
    );
  });

  it('groups a parent and its initials but keeps a subsidiary apart', () => {
    const index = subjectIndex(['Amazon', 'Amazon Web Services', 'AWS', 'Helvio Batteries SA', 'Helvio']);
    expect(index.get('AWS')).toBe('Amazon Web Services');
    expect(index.get('Amazon')).toBe('Amazon');
    expect(index.get('Helvio')).toBe('Helvio Batteries SA');
  });
});
