// Stage 1: the text as tokens with exact UTF-16 offsets into the text as given.
// Nothing is normalised away: `text.slice(t.start, t.end)` is always the token as written.
// One linear pass over char codes; whitespace is not a token, but each token remembers
// which space came before it (so "3 000" with a U+202F can be told from "3, 000").

import { CURRENCY_CODES } from './data/numbers';
import { spellingOf, type TokenKind } from './spellings';

export { FIRST_WORD_BITS, type TokenKind } from './spellings';

/**
 * Chars are read as `charCodeAt.call(text, i)`, not `text.charCodeAt(i)`: the property load
 * of the latter remembers the kind of string it met (flat or concatenated, one or two bytes
 * per char, literal or sliced), and the rule tables tokenize thousands of phrases of every
 * kind while modules load. Past four kinds the load turns megamorphic, the optimiser no longer
 * knows it is charCodeAt, and every char became a full call: tokenizing ran at half speed
 * whenever 08-context was loaded (measured: 24 against 13 ms per MB, same process).
 */
const charCodeAt = String.prototype.charCodeAt;

export interface Token {
  kind: TokenKind;
  start: number;
  end: number;
  /** Lower-cased text; typographic apostrophes folded to "'" so rule tables need one spelling. */
  lower: string;
  /** Whitespace between the previous token and this one: '' (glued), ' ', 'nbsp' or 'nl' (a line break). */
  gap: '' | ' ' | 'nbsp' | 'nl';
  /** First letter is upper case (words only). */
  cap: boolean;
  /** Bits of the rule tables whose phrases may start with this word (see phrases.ts). */
  starts: number;
}

/** A currency code in capitals, as newswires write it straight before the digits ("USD500m"). */
function isGluedCode(code: string): boolean {
  return code === code.toUpperCase() && CURRENCY_CODES.has(code.toLowerCase());
}

/** "Sh" or "KSh" (any case after the first letter): the shilling's sign, read apart from the digits glued to it. */
function isShilling(text: string, start: number, end: number): boolean {
  const sign = text.slice(start, end);
  return sign === 'Sh' || sign === 'KSh' || sign === 'Ksh' || sign === 'Shs';
}

/**
 * What each UTF-16 code is to the scanner, in one table read per char (ASCII filled now, the
 * rest on first sight, the regex asked once per code). The spaces' values are their rank in
 * GAPS, so a gap is the largest space value met. A word goes on over codes from DIGIT up.
 */
const UNKNOWN = 0;
const SPACE = 1;
const NO_BREAK_SPACE = 2;
const LINE_BREAK = 3;
const PUNCT = 4;
const DIGIT = 5;
const LETTER = 6;
const CHAR_CLASS = new Uint8Array(0x10000);
for (let c = 0; c < 128; c++) {
  const letter = (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  CHAR_CLASS[c] = c === 10 || c === 13 ? LINE_BREAK : c === 32 || c === 9 || c === 12 ? SPACE : c >= 48 && c <= 57 ? DIGIT : letter ? LETTER : PUNCT;
}
for (const c of [0xa0, 0x202f, 0x2009, 0x2007]) CHAR_CLASS[c] = NO_BREAK_SPACE;

const NON_ASCII_LETTER = /\p{L}|\p{M}/u;

/** The class of a code met for the first time (typographic quotes, dashes, accented letters). */
function classify(code: number): number {
  const cls = NON_ASCII_LETTER.test(String.fromCharCode(code)) ? LETTER : PUNCT;
  CHAR_CLASS[code] = cls;
  return cls;
}

const GAPS = ['', ' ', 'nbsp', 'nl'] as const;

/** Digits at `at` (with a decimal point) followed by a scale glued or after a space: "95bn", "1.2 trillion", "450m". */
const SCALED_AMOUNT = /^\d+(?:[.,]\d+)*[\s-]?(?:bn|b|m|mn|trn|tn|k|bil|bln|mil|billion|million|trillion|millones|mil millones|millions?|milliards?|crore|lakh)(?![a-z])/i;
function scaledAmountAt(text: string, at: number): boolean {
  return SCALED_AMOUNT.test(text.slice(at, at + 24));
}
/** Letters some presses glue to an amount: the naira's "N95bn", the UAE dirham's "Dh2 billion", the riyals' "SR22.5bn" and
 * "QR1.8bn", the ringgit's "RM500m" and the Malaysian press's "RM2.1bil", "RM850mil", the rupiah's "Rp1.2 trillion", the quetzal's "Q695 millones", the Nordic crowns' "DKr42bn", the Philippine peso's "P850 million", the Pakistani rupee's "Rs8bn" (see currencyBefore). */
const GLUED_LETTERS = new Set(['N', 'Dh', 'Dhs', 'SR', 'QR', 'RM', 'Rp', 'Q', 'DKr', 'SKr', 'NKr', 'P', 'Rs']);
/** ("Q" only before the Spanish millions: "Q1 millions of users" is a quarter) */
const SPANISH_MILLIONS = /^\d+(?:[.,]\d+)*\s?(?:millones|mil millones)(?![a-z])/i;
function gluedCurrencyLetters(text: string, start: number, at: number): boolean {
  const letters = text.slice(start, at);
  if (!GLUED_LETTERS.has(letters)) return false;
  return letters === 'Q' ? SPANISH_MILLIONS.test(text.slice(at, at + 24)) : scaledAmountAt(text, at);
}

/** FNV-1a over a token's char codes, worked out while the token is scanned (one read per char). */
const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;

export function tokenize(text: string): Token[] {
  // grown by push, not sized ahead with new Array(n): that array is holey, and the rules that
  // read tokens ran slower on it (measured: the claims and entities stages, 6 process pairs)
  const tokens: Token[] = [];
  const n = text.length;
  let i = 0;
  // index into GAPS: 0 glued, 1 space, 2 no-break space, 3 line break (the order of precedence)
  let gap = 3;
  while (i < n) {
    const c = charCodeAt.call(text, i);
    let cls = CHAR_CLASS[c];
    if (cls === UNKNOWN) cls = classify(c);
    if (cls <= LINE_BREAK) {
      // a line break outranks other spaces; a no-break space outranks a plain one
      if (cls > gap) gap = cls;
      i++;
      continue;
    }
    const start = i;
    let kind: TokenKind;
    let h = Math.imul(FNV_OFFSET ^ c, FNV_PRIME);
    i++;
    if (cls === DIGIT) {
      for (let d = charCodeAt.call(text, i); d >= 48 && d <= 57; d = charCodeAt.call(text, i)) {
        h = Math.imul(h ^ d, FNV_PRIME);
        i++;
      }
      kind = 'num';
    } else if (cls === LETTER) {
      // words may carry digits after a letter ("A321neo", "Q1"), never start with one
      while (i < n) {
        const d = charCodeAt.call(text, i);
        let dc = CHAR_CLASS[d];
        if (dc === UNKNOWN) dc = classify(d);
        if (dc < DIGIT) break;
        if (dc === DIGIT) {
          // "USD500m", "EUR2bn": a currency code glued to its amount is a token of its own
          if (i - start === 3 && isGluedCode(text.slice(start, i))) break;
          // and the South African rand's "R": "R2bn", "R5 billion"
          if (i - start === 1 && c === 82) break;
          // and the Nigerian press's naira, "N95bn", "N1.2trn", and the other letters of GLUED_LETTERS
          // (a scale must follow: "N26" is a bank, "Q3" a quarter, "SR22" a road)
          if (i - start <= 3 && gluedCurrencyLetters(text, start, i)) break;
          // and the East African shilling's "Sh" and "KSh": "Sh5.2 billion", "KSh800m"
          if ((i - start === 2 || i - start === 3) && isShilling(text, start, i)) break;
          // and the "s" closing the Argentine press's "u$s2.300 millones" (US dollars)
          if (i - start === 1 && (c === 115 || c === 83) && start > 0 && charCodeAt.call(text, start - 1) === 36) break;
        }
        h = Math.imul(h ^ d, FNV_PRIME);
        i++;
      }
      kind = 'word';
    } else {
      // surrogate pairs (emoji) stay one token so offsets never split a character
      if (c >= 0xd800 && c <= 0xdbff && i < n) {
        h = Math.imul(h ^ charCodeAt.call(text, i), FNV_PRIME);
        i++;
      }
      kind = 'punct';
    }
    // one spelling per distinct token text: repeated words share their lower-cased string and
    // bits, so the tokens of a long text keep a vocabulary alive, not a string per token
    // (fewer survivors for the young-generation GC)
    const sp = spellingOf(text, n, start, i, kind, c, h);
    tokens.push({ kind, start, end: i, lower: sp.lower, gap: GAPS[gap], cap: sp.cap, starts: sp.starts });
    gap = 0;
  }
  return tokens;
}
