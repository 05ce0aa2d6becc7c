// decideCount looks for a clause break ('–', '—', ';') before a figure only among punctuation
// tokens: that holds while the tokenizer makes every such char a token of kind 'punct',
// whatever stands around it.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tokenize } from '../../utils/core/extract/01-tokens';

const BREAKS = ['–', '—', ';'];

describe('clause breaks are punctuation tokens', () => {
  it('tokenizes each break as punctuation, glued to words, numbers and other signs or not', () => {
    const piece = fc.oneof(fc.constantFrom(...BREAKS), fc.constantFrom('Acme', '500', '1,2', 'é', '-', '$', ' ', '\n', '\u00a0', 'x'), fc.string({ maxLength: 3 }));
    let breaks = 0;
    fc.assert(fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
      for (const t of tokenize(pieces.join(''))) {
        if (!BREAKS.includes(t.lower)) continue;
        breaks++;
        expect(t.kind).toBe('punct');
      }
    }), { numRuns: 2000 });
    expect(breaks).toBeGreaterThan(500);
  }, 60_000);
});
