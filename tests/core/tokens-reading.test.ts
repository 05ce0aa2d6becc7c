// The tokenizer reads each token's spelling through tables (a spelling met before costs a hash
// and a compare, a one-char token an array read), so that no string is made per token. Those
// tables must give what a plain reading gives: slice the token, lower-case it, fold the
// apostrophes, look its bits up. Checked here on any text, short (read through a Map) and long
// (through the flat hash table), and across the point where the tables are emptied.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FIRST_WORD_BITS, tokenize, type Token } from '../../utils/core/extract/01-tokens';
import { BIT_RULES } from '../../utils/core/extract/spellings';
import { CURRENCY_CODES } from '../../utils/core/extract/data/numbers';
// loaded for their phrase tables: they set the bits the tokens must carry
import '../../utils/core/extract/06-entities';
import '../../utils/core/extract/05-figures';

const LETTER = /^[\p{L}\p{M}]$/u;
const SPACES: Record<string, number> = { ' ': 1, '\t': 1, '\f': 1, '\u00a0': 2, '\u202f': 2, '\u2009': 2, '\u2007': 2, '\n': 3, '\r': 3 };
const APOSTROPHES = new Set(['\u2019', '\u2018', '\u02bc', '`', '\u00b4']);
const isDigit = (ch: string) => ch >= '0' && ch <= '9';
const GLUED = new Set(['N', 'Dh', 'Dhs', 'SR', 'QR', 'RM', 'Rp', 'Q']);
const SCALED = /^\d+(?:[.,]\d+)*\s?(?:bn|b|m|mn|trn|tn|k|billion|million|trillion|millones|mil millones|millions?|milliards?|crore|lakh)(?![a-z])/i;

/** The plain reading, one token at a time, with a slice and toLowerCase per token. */
function plainTokens(text: string): Token[] {
  const out: Token[] = [];
  let gap = 3;
  let i = 0;
  while (i < text.length) {
    const ch = text[i];
    if (SPACES[ch]) {
      gap = Math.max(gap, SPACES[ch]);
      i++;
      continue;
    }
    const start = i;
    let kind: Token['kind'];
    if (isDigit(ch)) {
      while (i < text.length && isDigit(text[i])) i++;
      kind = 'num';
    } else if (LETTER.test(ch)) {
      i++;
      while (i < text.length && (LETTER.test(text[i]) || isDigit(text[i]))) {
        const code = text.slice(start, i);
        if (isDigit(text[i]) && code.length === 3 && code === code.toUpperCase() && CURRENCY_CODES.has(code.toLowerCase())) break;
        // the South African rand's "R" glued to its amount ("R2bn") is a word of its own too
        if (isDigit(text[i]) && code === 'R') break;
        // and the shilling's "Sh" and "KSh" ("Sh5.2 billion")
        if (isDigit(text[i]) && (code === 'Sh' || code === 'KSh' || code === 'Ksh')) break;
        // and the letters some presses glue to an amount with a scale ("N95bn", "Dh2 billion", "SR22.5bn", "Q695 millones")
        if (isDigit(text[i]) && GLUED.has(code) && (code === 'Q' ? /^\d+(?:[.,]\d+)*\s?(?:millones|mil millones)(?![a-z])/i : SCALED).test(text.slice(i, i + 24))) break;
        i++;
      }
      kind = 'word';
    } else {
      const high = ch.charCodeAt(0) >= 0xd800 && ch.charCodeAt(0) <= 0xdbff;
      i += high && i + 1 < text.length ? 2 : 1;
      kind = 'punct';
    }
    const raw = text.slice(start, i);
    const lower = kind === 'punct' ? (APOSTROPHES.has(raw) ? "'" : raw) : raw.toLowerCase();
    const cap = kind === 'word' && (raw[0] !== lower[0] || /^[a-z]{1,5}[A-Z][a-z]/.test(raw));
    // the bits: the word's in the tables, and each bit rule's the word passes
    let starts = FIRST_WORD_BITS.get(lower) ?? 0;
    for (const rule of BIT_RULES) if (rule.test(lower, kind)) starts |= rule.bit;
    out.push({ kind, start, end: i, lower, gap: (['', ' ', 'nbsp', 'nl'] as const)[gap], cap, starts });
    gap = 0;
  }
  return out;
}

/** Words a text repeats (so the tables are hit, not only filled), their case changed, and every kind of sign and space. */
const WORDS = ['R', 'R2bn', 'Sh5', 'KSh800m', 'Dh2', 'SR22', 'N95bn', 'Q695', 'millones', 'billion', 'Shell2', 'the', 'The', 'THE', 'invest', 'Invest', 'groupe', 'Konzern', 'millions', 'EUR', 'USD500m', 'EUR2bn', 'Eur5', 'A321neo',
  'Q1', 'eBay', 'iPhone', 'mRNA', 'Zürich', 'ÉCOLE', 'Düsseldorf', 'près', 'España', 'd', 'l', 'a', 'I', 'x', 'bn', 'm', 'de', 'São',
  'zweitausend', 'Dreihundert', 'Jahrhundert', 'einhundertzwei'];
const SIGNS = [',', '.', '(', ')', '€', '$', '£', '%', "'", '\u2019', '\u2018', '`', '\u00b4', '–', '—', '«', '»', '"', '…', '😀', '\ud83d', '-', '/', '&'];
const GAPS = [' ', ' ', ' ', '', '', '\n', '\u00a0', '\u202f', '\u2009', '\t', '\r\n', '  '];
const piece = fc.oneof(
  { arbitrary: fc.constantFrom(...WORDS), weight: 4 },
  { arbitrary: fc.constantFrom(...SIGNS), weight: 2 },
  { arbitrary: fc.integer({ min: 0, max: 123456 }).map(String), weight: 2 },
  { arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 6 }), weight: 1 },
);
const textOf = (parts: [string, string][]) => parts.map(([p, g]) => p + g).join('');

describe('tokenize reads what a plain reading reads', () => {
  it('on short texts (the Map)', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(piece, fc.constantFrom(...GAPS)), { minLength: 1, maxLength: 30 }), (parts) => {
        const text = textOf(parts).slice(0, 255);
        expect(tokenize(text)).toEqual(plainTokens(text));
      }),
      { numRuns: 1500 },
    );
  });

  it('on long texts (the flat table), read twice', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(piece, fc.constantFrom(...GAPS)), { minLength: 120, maxLength: 600 }), (parts) => {
        const text = textOf(parts);
        const plain = plainTokens(text);
        expect(tokenize(text)).toEqual(plain);
        expect(tokenize(text)).toEqual(plain);
      }),
      { numRuns: 300 },
    );
  });

  it('across the emptying of the tables, in the middle of a text', () => {
    // more distinct spellings than the tables keep (2^15), most of them also as one-letter words
    const words: string[] = [];
    for (let k = 0; k < 40_000; k++) words.push(`w${k.toString(36)}`, String.fromCharCode(0x61 + (k % 26)), k % 7 ? ',' : 'Über');
    const text = words.join(' ');
    const plain = plainTokens(text);
    expect(tokenize(text)).toEqual(plain);
    expect(tokenize(text.slice(0, 1000))).toEqual(plainTokens(text.slice(0, 1000)));
  });
});
