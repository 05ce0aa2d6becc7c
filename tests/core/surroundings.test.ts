// surroundings cuts the words around a figure at sentence ends by reading char codes of the
// text itself. It must give what the slices with lastIndexOf and a regex search gave, for any
// text (dots, line breaks, every kind of space, text shorter than the offsets) and any
// neighbouring claims.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Surroundings, surroundings } from '../../utils/core/compare/context';
import type { Claim } from '../../utils/core/report';
import { claim } from '../fixtures/core/compare/claims';

/** The former reading: slices first, then lastIndexOf and search on them. */
function slicedSurroundings(c: Claim, others: Claim[], text: string): Surroundings {
  let from = Math.max(0, c.start - 60);
  let to = Math.min(text.length, c.end + 60);
  for (const o of others) {
    if (o === c) continue;
    if (o.end <= c.start && o.end > from) from = o.end;
    if (o.start >= c.end && o.start < to) to = o.start;
  }
  const before = text.slice(from, c.start);
  const after = text.slice(c.end, to);
  const cutBefore = Math.max(before.lastIndexOf('. '), before.lastIndexOf('\n'));
  const endAfter = after.search(/\.\s|\n/);
  return {
    before: cutBefore >= 0 ? before.slice(cutBefore + 1) : before,
    figure: text.slice(c.start, c.end),
    after: endAfter >= 0 ? after.slice(0, endAfter) : after,
  };
}

// few chars, so that dots, spaces and breaks meet often; every space `\s` knows, and some it does not
const CHARS = ['a', 'b', '.', '.', ' ', ' ', '\n', '\r', '\t', '\u00a0', '\u202f', '\u2009', '\u3000', '\ufeff', '\u200b', '\u0085', '1', ','];
// mostly letters: a stretch with one cut or none, right at its edges too
const SPARSE = ['a', 'a', 'a', 'a', 'a', 'a', 'a', '.', ' ', '\u00a0', '\n'];
const text = fc.oneof(fc.array(fc.constantFrom(...CHARS), { maxLength: 300 }), fc.array(fc.constantFrom(...SPARSE), { maxLength: 160 })).map((cs) => cs.join(''));
const span = fc.tuple(fc.nat({ max: 320 }), fc.nat({ max: 12 })).map(([start, len]) => ({ start, end: start + len }));

describe('surroundings', () => {
  // (thousands of generated cases: a busy machine must not fail them on time alone)
  it('cuts where the slices with lastIndexOf and search cut', () => {
    fc.assert(
      // neighbours anywhere, and neighbours close on either side (short stretches, cut or not at their edge)
      fc.property(text, span, fc.array(span, { maxLength: 3 }), fc.array(fc.integer({ min: -16, max: 16 }), { maxLength: 2 }), (t, at, around, near) => {
        const c = claim({ metric: 'jobs', amount: 1, ...at });
        const close = near.map((d) => (d < 0 ? { start: Math.max(0, at.start + d - 3), end: Math.max(0, at.start + d) } : { start: at.end + d, end: at.end + d + 3 }));
        const others = [c, ...[...around, ...close].map((s) => claim({ metric: 'jobs', amount: 2, ...s }))];
        expect(surroundings(c, others, t)).toEqual(slicedSurroundings(c, others, t));
      }),
      { numRuns: 30_000 },
    );
  }, 60_000);

  it('stops at the sentence end on either side', () => {
    const t = 'Costs rose. Orvell will hire 300 people in Ghent. Then more.';
    const start = t.indexOf('300');
    const c = claim({ metric: 'jobs', amount: 300, start, end: start + 3 });
    expect(surroundings(c, [c], t)).toEqual({ before: ' Orvell will hire ', figure: '300', after: ' people in Ghent' });
  });
});
