// detectLanguage reads a word's stop-word languages from its token's bits (one per language)
// instead of asking a Map per word. It must pick what the plain count picks: each language's
// stop words counted over the first 4,000 tokens, the first language in LANGS winning a tie.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tokenize } from '../../utils/core/extract/01-tokens';
import { detectLanguage, LANGS } from '../../utils/core/extract/02-language';
import { STOP_WORDS } from '../../utils/core/extract/data/language';

const STOP_LISTS = LANGS.map((lang) => new Set(STOP_WORDS[lang].split(' ')));

/** The plain count: each word token looked up in each language's list. */
function plainLanguage(text: string): string {
  const score = [0, 0, 0, 0];
  for (const t of tokenize(text).slice(0, 4000)) {
    if (t.kind !== 'word') continue;
    for (let b = 0; b < 4; b++) if (STOP_LISTS[b].has(t.lower)) score[b]++;
  }
  let best = 0;
  for (let b = 1; b < 4; b++) if (score[b] > score[best]) best = b;
  return LANGS[best];
}

// stop words of every language (shared ones too: 'de', 'a', 'en', 'la'), in any case, and other words and signs
const WORDS = [...new Set(LANGS.flatMap((lang) => STOP_WORDS[lang].split(' ').slice(0, 25))), 'de', 'a', 'en', 'la', 'die', 'Helvio', 'invest', '2025', ',', '.', "l'", 'd’'];
const word = fc.tuple(fc.constantFrom(...WORDS), fc.boolean()).map(([w, up]) => (up ? w.toUpperCase() : w));

describe('language by stop-word bits', () => {
  it('picks what the plain count picks, ties included, in short texts and long', () => {
    fc.assert(
      fc.property(fc.array(word, { minLength: 0, maxLength: 150 }), (words) => {
        const text = words.join(' ');
        expect(detectLanguage(tokenize(text))).toBe(plainLanguage(text));
      }),
      { numRuns: 3000 },
    );
  });

  it('counts the first 4,000 tokens only', () => {
    const text = `${'the '.repeat(2100)}${'der die das '.repeat(800)}`; // German wins over the whole text
    expect(detectLanguage(tokenize(text))).toBe(plainLanguage(text));
    expect(detectLanguage(tokenize(text))).toBe('en');
  });
});
