// Stage 1: the text as tokens with exact UTF-16 offsets into the text as given.
// Nothing is normalised away: `text.slice(t.start, t.end)` is always the token as written.
// One linear pass over char codes; whitespace is not a token, but each token remembers
// which space came before it (so "3 000" with a U+202F can be told from "3, 000").

import { CURRENCY_CODES } from './data/numbers';

export type TokenKind = 'word' | 'num' | 'punct';

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

/** Word → bits of the phrase tables with a phrase starting with it. Filled by phraseTable()
 * when modules load, read once per token here, so that a table look-up at a token that
 * starts none of its phrases (nearly all of them) is one bit test instead of a Map look-up.
 * Tables made after a text was tokenized (per document) get no bit and always look up. */
export const FIRST_WORD_BITS = new Map<string, number>();

const NON_ASCII_LETTER = /\p{L}|\p{M}/u;

/** A currency code in capitals, as newswires write it straight before the digits ("USD500m"). */
function isGluedCode(code: string): boolean {
  return code === code.toUpperCase() && CURRENCY_CODES.has(code.toLowerCase());
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isLetter(code: number, ch: string): boolean {
  if (code < 128) return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  return NON_ASCII_LETTER.test(ch);
}

function spaceKind(c: number): ' ' | 'nbsp' | 'nl' | null {
  if (c === 10 || c === 13) return 'nl';
  if (c === 32 || c === 9 || c === 12) return ' ';
  if (c === 0xa0 || c === 0x202f || c === 0x2009 || c === 0x2007) return 'nbsp';
  return null;
}

/** Every char after the first is an ASCII digit or lower-case letter. */
function plainAscii(text: string, from: number, to: number): boolean {
  for (let k = from + 1; k < to; k++) {
    const d = text.charCodeAt(k);
    if (!((d >= 97 && d <= 122) || (d >= 48 && d <= 57))) return false;
  }
  return true;
}

const APOSTROPHES = new Set(['\u2019', '\u2018', '\u02bc', '`', '\u00b4']);

interface Spelling { lower: string; cap: boolean; starts: number }

/** What a token's text says about it; `c` is its first char code, [start, end) its range. */
function spellingOf(raw: string, kind: TokenKind, c: number, text: string, start: number, end: number): Spelling {
  let lower: string;
  let cap = false;
  if (kind === 'punct') lower = APOSTROPHES.has(raw) ? "'" : raw;
  else if (c < 128 && plainAscii(text, start, end)) {
    // the common case: ASCII with no capital after the first letter; skip toLowerCase
    // and decide the capital from the char code (same answer as comparing first letters)
    cap = c >= 65 && c <= 90;
    lower = cap ? raw.toLowerCase() : raw;
  } else {
    lower = raw.toLowerCase();
    cap = kind === 'word' && raw[0] !== lower[0];
  }
  return { lower, cap, starts: FIRST_WORD_BITS.get(lower) ?? 0 };
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const spellings = new Map<string, Spelling>();
  const n = text.length;
  let i = 0;
  let gap: Token['gap'] = 'nl';
  while (i < n) {
    const c = text.charCodeAt(i);
    const sp = spaceKind(c);
    if (sp) {
      // a line break outranks other spaces; a no-break space outranks a plain one
      if (sp === 'nl' || gap === '' || (gap === ' ' && sp === 'nbsp')) gap = sp;
      i++;
      continue;
    }
    const start = i;
    let kind: TokenKind;
    if (isDigit(c)) {
      while (i < n && isDigit(text.charCodeAt(i))) i++;
      kind = 'num';
    } else if (isLetter(c, text[i])) {
      // words may carry digits after a letter ("A321neo", "Q1"), never start with one
      i++;
      while (i < n) {
        const d = text.charCodeAt(i);
        // "USD500m", "EUR2bn": a currency code glued to its amount is a token of its own
        if (isDigit(d) && i - start === 3 && isGluedCode(text.slice(start, i))) break;
        if (isDigit(d) || isLetter(d, text[i])) i++;
        else break;
      }
      kind = 'word';
    } else {
      // surrogate pairs (emoji) stay one token so offsets never split a character
      i += c >= 0xd800 && c <= 0xdbff && i + 1 < n ? 2 : 1;
      kind = 'punct';
    }
    const raw = text.slice(start, i);
    // one entry per distinct spelling: repeated words share their lower-cased string and
    // bits, so the tokens of a long text keep a vocabulary alive, not a string per token
    // (fewer survivors for the young-generation GC, which dominated the cost here)
    let seen = spellings.get(raw);
    if (!seen) {
      seen = spellingOf(raw, kind, c, text, start, i);
      spellings.set(raw, seen);
    }
    tokens.push({ kind, start, end: i, lower: seen.lower, gap, cap: seen.cap, starts: seen.starts });
    gap = '';
  }
  return tokens;
}

/** The text between two tokens' outer edges, as written. */
export function spanText(text: string, tokens: Token[], from: number, to: number): string {
  return text.slice(tokens[from].start, tokens[to].end);
}
