// findFigures skips a token on one bit test when no rule of it can use the token. Every token a
// rule does use must get past that test: numbers, number words and German compounds, URL heads,
// "per"/"pour", a phone number's "+", and a currency sign, code, dollar prefix or prefix word ("Rs", "R", "N") (the
// words only when capitalised), in any case the text writes them.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tokenize, type Token } from '../../utils/core/extract/01-tokens';
import { findFigures, skippedByFigures } from '../../utils/core/extract/05-figures';
import {
  CURRENCY_CODES, CURRENCY_SIGNS, DOLLAR_PREFIX, FRACTIONS, HUNDRED_WORDS, PREFIX_CURRENCY_WORDS, THOUSAND_WORDS, UNIT_WORDS,
} from '../../utils/core/extract/data/numbers';
import { germanNumberWord } from '../../utils/core/extract/german-numbers';

const NUMBER_WORDS = new Set([...Object.keys(UNIT_WORDS), ...HUNDRED_WORDS, ...THOUSAND_WORDS, ...FRACTIONS.map(([f]) => f.split(/[\s-]/)[0]), 'a', 'an']);

/** Whether some rule of findFigures reads this token where it stands, as the rules are written. */
function usedByARule(t: Token): boolean {
  if (t.kind === 'num') return true;
  if (t.kind === 'punct') return t.lower === '+' || CURRENCY_SIGNS[t.lower] !== undefined;
  if (['http', 'https', 'www', 'per', 'pour'].includes(t.lower)) return true;
  if (NUMBER_WORDS.has(t.lower) || germanNumberWord(t.lower) !== null) return true;
  return t.cap && (CURRENCY_CODES.has(t.lower) || DOLLAR_PREFIX[t.lower] !== undefined || PREFIX_CURRENCY_WORDS.includes(t.lower));
}

const WORDS = [
  ...NUMBER_WORDS, ...CURRENCY_CODES, ...Object.keys(DOLLAR_PREFIX), ...PREFIX_CURRENCY_WORDS, 'http', 'https', 'www', 'per', 'pour',
  'zweitausend', 'dreihundert', 'zweihundertvierzig', 'einundzwanzig', 'dreitausendfünfhundert', 'Jahrhundert', 'Hunderttausende', 'achthundertmal', 'zweieinhalb', 'anderthalb', 'eineinhalb', 'halb', 'deshalb', 'außerhalb', 'invest', 'the', 'jobs', 'Helvio', 'million', 'bn', 'us', 'euros', 'près', 'über',
];
const SIGNS = [...Object.keys(CURRENCY_SIGNS), '+', '-', ',', '.', '(', ')', '%', '’', '–', '«', '/', ':', '😀'];
const caseOf = (w: string, k: number) => (k === 0 ? w : k === 1 ? w.toUpperCase() : w.charAt(0).toUpperCase() + w.slice(1));

const piece = fc.oneof(
  fc.tuple(fc.constantFrom(...WORDS), fc.integer({ min: 0, max: 2 })).map(([w, k]) => caseOf(w, k)),
  fc.constantFrom(...SIGNS),
  fc.integer({ min: 0, max: 99999 }).map(String),
);

describe('figures gate', () => {
  it('lets through every token a rule of findFigures uses, on any text', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(piece, fc.constantFrom(' ', '', '\n')), { minLength: 1, maxLength: 40 }), (pieces) => {
        const text = pieces.map(([p, sep]) => p + sep).join('');
        for (const t of tokenize(text)) if (usedByARule(t)) expect(skippedByFigures(t), text.slice(t.start, t.end)).toBe(false);
      }),
      { numRuns: 3000 },
    );
  });

  it('skips what the reading before the bit rule skipped: no number, listed word or German compound', () => {
    // numbers and compounds used to be asked by their strings at every token; now a bit says it
    const LISTED = new Set([
      ...NUMBER_WORDS, 'http', 'https', 'www', 'per', 'pour', '+', ...PREFIX_CURRENCY_WORDS,
      ...Object.keys(CURRENCY_SIGNS), ...CURRENCY_CODES, ...Object.keys(DOLLAR_PREFIX),
    ]);
    // (the first letter as the gate read it: its code's low byte)
    const compound = (w: string) => w.length >= 7 && 'ezdvfsanht'.includes(String.fromCharCode(w.charCodeAt(0) & 255)) && (w.includes('hundert') || w.includes('tausend') || w.endsWith('halb'));
    const oldSkip = (t: Token) => t.kind !== 'num' && !LISTED.has(t.lower) && !compound(t.lower);
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.oneof(piece, fc.string({ unit: 'grapheme', minLength: 1, maxLength: 12 }), fc.constantFrom('ťhundertx', 'Ŧausendzwei', 'ťwoeinhalb', 'zweihalb')), fc.constantFrom(' ', '', '\n')), { minLength: 1, maxLength: 40 }), (pieces) => {
        const text = pieces.map(([p, sep]) => p + sep).join('');
        for (const t of tokenize(text)) expect(skippedByFigures(t), text.slice(t.start, t.end)).toBe(oldSkip(t));
      }),
      { numRuns: 2000 },
    );
  });

  it('skips the plain words and signs of a sentence, and still reads its figures', () => {
    const text = 'Helvio, the battery maker, said on Tuesday it would invest USD 1.2bn (€1.1bn) and hire three thousand people.';
    const tokens = tokenize(text);
    const skipped = tokens.filter(skippedByFigures).map((t) => text.slice(t.start, t.end));
    expect(skipped).toEqual(['Helvio', ',', 'the', 'battery', 'maker', ',', 'said', 'on', 'Tuesday', 'it', 'would', 'invest', '.', 'bn', '(', '.', 'bn', ')', 'and', 'hire', 'people', '.']);
    const figures = findFigures(tokens, 0, tokens.length, 'en').map((f) => [f.kind, f.value, f.currency]);
    expect(figures).toEqual([['money', 1.2e9, 'USD'], ['count', 3000, null]]);
  });
});
