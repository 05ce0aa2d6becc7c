// word-gate.ts answers set membership and phrase look-ups from a first test on a word's first
// char and length: the answers must be the Set's and matchesIn's, for the words of the sets,
// their near misses (one char changed, added or dropped) and any other string.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tokenize } from '../../utils/core/extract/01-tokens';
import { ANOTHER_COMPANY, TOTAL_WORDS } from '../../utils/core/extract/data/cues';
import { matchesIn, phraseTable } from '../../utils/core/extract/phrases';
import { gatedMatchesIn, gatedTable, gatedWordTest } from '../../utils/core/extract/word-gate';

const WORDS = [...TOTAL_WORDS, 'élevé', 'über', 'ĳssel', '€', '', 'x'.repeat(40), 'y'.repeat(31)];
const isWord = gatedWordTest(WORDS);
const words = new Set(WORDS);

/** A word of the set changed a little: a char replaced, added or dropped. */
const nearMiss = fc.tuple(fc.constantFrom(...WORDS), fc.nat(50), fc.string({ maxLength: 1 }), fc.constantFrom('replace', 'add', 'drop')).map(([w, at, c, how]) => {
  const k = w.length ? at % w.length : 0;
  return how === 'replace' ? w.slice(0, k) + c + w.slice(k + 1) : how === 'add' ? w.slice(0, k) + c + w.slice(k) : w.slice(0, k) + w.slice(k + 1);
});

describe('gatedWordTest', () => {
  it('answers as the Set does for every word of the set', () => {
    for (const w of WORDS) expect(isWord(w)).toBe(true);
  });
  it('answers as the Set does for near misses and any string', () => {
    fc.assert(fc.property(fc.oneof(nearMiss, fc.string(), fc.string({ unit: 'binary', maxLength: 12 })), (w) => isWord(w) === words.has(w)), { numRuns: 5000 });
  });
});

describe('gatedMatchesIn', () => {
  const table = phraseTable(ANOTHER_COMPANY.map((w) => [w, true] as [string, boolean]), true);
  const gated = gatedTable(table);
  const pieces = [...ANOTHER_COMPANY, 'another', 'un autre', 'otra', 'the company', 'a', 'rival', 'firm', ',', 'said', '400 jobs', 'Another Company'];
  it('finds what matchesIn finds, over every stretch of a text', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 14 }), fc.nat(20), fc.nat(20), (parts, a, b) => {
        const tokens = tokenize(parts.join(' '));
        const from = Math.min(a, tokens.length);
        const to = Math.min(tokens.length, from + b);
        return gatedMatchesIn(tokens, from, to, gated) === matchesIn(tokens, from, to, table);
      }),
      { numRuns: 2000 },
    );
  });
  it('tries every word of a table with stems (they open on any word)', () => {
    const stems = gatedTable(phraseTable([['invert*', true] as [string, boolean]], true));
    expect(stems.opens('invertirá')).toBe(true);
    expect(stems.opens('the')).toBe(true);
  });
});
