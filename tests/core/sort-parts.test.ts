// Two hand-made replacements in comparison, each checked against the code it replaced:
// sortByMiddle (an insertion sort for a bucket's short list of groups) must order like the
// stable built-in sort with the middle's difference, ties, infinities and NaN included;
// placeParents (suffix tests on lists of parts) must give what joining the parts gave.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sortByMiddle } from '../../utils/core/compare/conflicts';
import { type Place, type PlaceParents, placeParents, readPlace } from '../../utils/core/compare/places';

describe('sortByMiddle', () => {
  const mids = fc.oneof(
    fc.constantFrom(0, -0, 1, 1, 2, 2.5, 1e9, 1e300, -1e300),
    fc.double(),
    fc.constantFrom(Infinity, -Infinity, NaN),
  );
  it('orders like a stable Array.prototype.sort by the difference of middles', () => {
    fc.assert(
      fc.property(fc.array(mids, { maxLength: 45 }), (values) => {
        const list = values.map((mid, id) => ({ mid, id }));
        const expected = [...list].sort((p, q) => p.mid - q.mid);
        sortByMiddle(list);
        expect(list.map((x) => x.id)).toEqual(expected.map((x) => x.id));
      }),
      { numRuns: 20_000 },
    );
  });
});

/** The former placeParents: each comparison on the parts joined by '|'. */
function joinedParents(places: (Place | null)[]): PlaceParents {
  const chain = (parts: string[]) => parts.join('|');
  const parents: PlaceParents = new Map();
  for (const place of places) {
    if (!place) continue;
    for (let i = 0; i < place.parts.length; i++) {
      const part = place.parts[i];
      const above = place.parts.slice(i + 1);
      const known = parents.get(part);
      if (known === undefined) parents.set(part, above);
      else if (known === null) continue;
      else if (chain(above).endsWith(chain(known))) parents.set(part, above);
      else if (!chain(known).endsWith(chain(above))) parents.set(part, null);
    }
  }
  return parents;
}

describe('placeParents', () => {
  // parts that end one another ("york", "new york"), repeat and nest in several orders
  const PARTS = ['york', 'new york', 'ork', 'lima', 'ohio', 'united states', 'states', 'france', 'lyon', 'saint fons', 'fons', 'rhone'];
  const place = fc.option(fc.array(fc.constantFrom(...PARTS), { minLength: 1, maxLength: 5 }).map((parts): Place => ({ parts, country: null })), { freq: 6 });
  it('gives the parents that comparing joined parts gave', () => {
    fc.assert(
      fc.property(fc.array(place, { maxLength: 12 }), (places) => {
        expect([...placeParents(places)]).toEqual([...joinedParents(places)]);
      }),
      { numRuns: 20_000 },
    );
  }, 60_000); // thousands of runs: seconds on a busy machine, more than the default 5 s

  it('reads written places alike', () => {
    const written = ['Lima, Ohio, United States', 'Lima', 'Ohio', 'Lima, Peru', 'New York, US', 'York, United Kingdom', 'Saint-Fons, France', 'Saint-Fons'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...written), { maxLength: 10 }), (ws) => {
        const places = ws.map(readPlace);
        expect([...placeParents(places)]).toEqual([...joinedParents(places)]);
      }),
      { numRuns: 2_000 },
    );
  });
});
