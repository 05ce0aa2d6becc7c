// splitSentences asks every sign whether it ends or closes a sentence with a few string
// compares instead of a Set look-up: the compares must say what the lists say, for any string.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tokenize } from '../../utils/core/extract/01-tokens';
import { CLOSERS, ENDERS, isCloser, isEnder } from '../../utils/core/extract/03-sentences';

describe('sentence signs', () => {
  it('read as the lists, for every sign and any string', () => {
    const signs = [...ENDERS, ...CLOSERS, '', '..', '„', '«', '(', '[', '’', '‘', ',', ';', '-', '–', '—', '¿', '¡', '•', '%', 'a'];
    fc.assert(
      fc.property(fc.oneof(fc.constantFrom(...signs), fc.string({ unit: 'grapheme', maxLength: 3 })), (s) => {
        expect(isEnder(s)).toBe(ENDERS.includes(s));
        expect(isCloser(s)).toBe(CLOSERS.includes(s));
      }),
      { numRuns: 3000 },
    );
  });

  it('read as the lists for the signs as the tokenizer spells them', () => {
    // the tokenizer folds typographic apostrophes to "'": a closing ’ closes like '
    for (const t of tokenize('He said “no.” Then ’yes’! «Oui» (sic)? …done]')) {
      if (t.kind !== 'punct') continue;
      expect(isEnder(t.lower)).toBe(ENDERS.includes(t.lower));
      expect(isCloser(t.lower)).toBe(CLOSERS.includes(t.lower));
    }
  });
});
