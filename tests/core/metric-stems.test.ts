// The money cues' stems ("invert*", "umsatz*") are looked up by a word's first char, not by a
// scan of every stem nor a Map of the words seen: the answer must be the plain scan's.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MONEY_STEMS, opensMoneyStem } from '../../utils/core/extract/07-metric';

const plain = (word: string) => MONEY_STEMS.some((stem) => word.startsWith(stem));

describe('opensMoneyStem', () => {
  it('has stems to look up', () => {
    expect(MONEY_STEMS.length).toBeGreaterThan(3);
    expect(opensMoneyStem('invertirá')).toBe(true);
    expect(opensMoneyStem('umsatzwachstum')).toBe(true);
    expect(opensMoneyStem('investment')).toBe(false);
  });

  it('answers as the scan of every stem, for words near the stems and any others', () => {
    // a stem cut short, a stem with more letters, a letter changed, or any string at all
    const nearStem = fc.tuple(fc.constantFrom(...MONEY_STEMS), fc.nat(12), fc.string({ maxLength: 6 }), fc.nat(3)).map(([stem, cut, tail, how]) =>
      how === 0 ? stem.slice(0, cut % (stem.length + 1)) : how === 1 ? stem + tail : how === 2 ? tail + stem : stem.slice(0, 1) + tail);
    fc.assert(fc.property(fc.oneof(nearStem, fc.string({ maxLength: 12 }), fc.string({ unit: 'binary', maxLength: 8 })), (word) => {
      expect(opensMoneyStem(word)).toBe(plain(word));
    }), { numRuns: 3000 });
  });
});
