// The money cues' stems ("invert*", "umsatz*") are looked up by a word's first char, not by a
// scan of every stem nor a Map of the words seen, and a cue is read from the table's whole-word
// phrases and its stems apart: the answers must be the plain scan's and matchAt's. The job cues
// ("recrut*", "embauch*") are read the same way, and findAll on them too.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tokenize } from '../../utils/core/extract/01-tokens';
import { JOB_CUES, jobCueAt, jobCuesIn, MONEY_CUES, MONEY_STEMS, moneyCueAt, opensMoneyStem } from '../../utils/core/extract/07-metric';
import { findAll, matchAt } from '../../utils/core/extract/phrases';

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

describe('job cues read through their stems', () => {
  const stems = JOB_CUES.prefixes.map((p) => p.heads[0]);
  const cueWords = [...JOB_CUES.byFirst.values()].flat().flatMap((p) => p.heads);
  // words of the cues, the stems with endings, words near a stem, and words that open no cue
  const word = fc.oneof(
    fc.constantFrom(...cueWords),
    fc.tuple(fc.constantFrom(...stems), fc.constantFrom('', 'er', 'era', 'ement', 'ó', 'ar')).map(([stem, end]) => stem + end),
    fc.tuple(fc.constantFrom(...stems), fc.nat(8)).map(([stem, cut]) => stem.slice(0, cut % stem.length)),
    fc.constantFrom('the', 'de', 'will', 'Recruter', 'EMBAUCHE', '2', 'jobs', ',', 'in', 'of', 'emplois', '–'),
  );

  it('has stems to look up', () => {
    expect(stems.length).toBeGreaterThan(1);
  });

  it('finds the cue at a token as matchAt finds it on the whole table, and the cues of a stretch as findAll', () => {
    let stemCues = 0;
    let wordCues = 0;
    fc.assert(fc.property(fc.array(word, { minLength: 1, maxLength: 14 }), fc.nat(16), fc.nat(16), fc.nat(4), (words, a, b, max) => {
      const tokens = tokenize(words.join(' '));
      const from = Math.min(a, b, tokens.length);
      const to = Math.min(Math.max(a, b), tokens.length);
      for (let i = 0; i <= tokens.length; i++) {
        const cue = jobCueAt(tokens, i, to);
        expect(cue).toEqual(matchAt(tokens, i, JOB_CUES, to));
        if (cue && stems.some((stem) => tokens[i].lower.startsWith(stem))) stemCues++;
        else if (cue) wordCues++;
      }
      const all = findAll(tokens, from, to, JOB_CUES);
      expect(jobCuesIn(tokens, from, to)).toEqual(all);
      // the first `max` of them, after what the list already held
      const held = [{ start: -1, end: 0, value: 'hire' as const }];
      expect(jobCuesIn(tokens, from, to, held, max)).toEqual([{ start: -1, end: 0, value: 'hire' }, ...all.slice(0, max)]);
    }), { numRuns: 2000 });
    expect(stemCues).toBeGreaterThan(50);
    expect(wordCues).toBeGreaterThan(50);
  }, 60_000);
});
