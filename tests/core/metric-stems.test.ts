// The money cues' stems ("invert*", "umsatz*") are looked up by a word's first char, not by a
// scan of every stem nor a Map of the words seen, and a cue is read from the table's whole-word
// phrases and its stems apart: the answers must be the plain scan's and matchAt's.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tokenize } from '../../utils/core/extract/01-tokens';
import { MONEY_CUES, MONEY_STEMS, moneyCueAt, opensMoneyStem } from '../../utils/core/extract/07-metric';
import { matchAt } from '../../utils/core/extract/phrases';

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

  it('reads the cue at a token as matchAt reads it on the whole table', () => {
    // words of the cues, the stems with endings, and words that open no cue
    const cueWords = [...MONEY_CUES.byFirst.values()].flat().flatMap((p) => p.heads);
    const word = fc.oneof(
      fc.constantFrom(...cueWords),
      fc.tuple(fc.constantFrom(...MONEY_STEMS), fc.constantFrom('', 'ir', 'ungen', 'á', 'ed')).map(([stem, end]) => stem + end),
      fc.constantFrom('the', 'de', 'will', 'Worth', '€', '2', 'millions', ',', 'in', 'of'),
    );
    let stemCues = 0;
    let wordCues = 0;
    fc.assert(fc.property(fc.array(word, { minLength: 1, maxLength: 12 }), fc.nat(14), (words, cut) => {
      const tokens = tokenize(words.join(' '));
      const limit = Math.min(tokens.length, cut);
      for (let i = 0; i <= tokens.length; i++) {
        const cue = moneyCueAt(tokens, i, limit);
        expect(cue).toEqual(matchAt(tokens, i, MONEY_CUES, limit));
        if (cue && opensMoneyStem(tokens[i].lower)) stemCues++;
        else if (cue) wordCues++;
        expect(moneyCueAt(tokens, i, tokens.length)).toEqual(matchAt(tokens, i, MONEY_CUES, tokens.length));
      }
    }), { numRuns: 2000 });
    // (the runs met cues of both kinds)
    expect(stemCues).toBeGreaterThan(50);
    expect(wordCues).toBeGreaterThan(50);
  });
});
