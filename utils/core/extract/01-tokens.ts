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

/** Letters among the accented Latin chars, decided once: the regex is for rarer scripts. */
const LATIN_LETTER = new Uint8Array(0x300);
for (let c = 128; c < 0x300; c++) LATIN_LETTER[c] = NON_ASCII_LETTER.test(String.fromCharCode(c)) ? 1 : 0;

function isLetter(code: number, ch: string): boolean {
  if (code < 128) return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  if (code < 0x300) return LATIN_LETTER[code] === 1;
  return NON_ASCII_LETTER.test(ch);
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

/** Char classes of ASCII: what a token starting or going on with this char is. */
const SPACE = 1;
const BREAK = 2;
const DIGIT = 3;
const LOWER = 4;
const UPPER = 5;
const ASCII_CLASS = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  ASCII_CLASS[c] = c === 10 || c === 13 ? BREAK : c === 32 || c === 9 || c === 12 ? SPACE : c >= 48 && c <= 57 ? DIGIT : c >= 97 && c <= 122 ? LOWER : c >= 65 && c <= 90 ? UPPER : 0;
}

/**
 * The distinct spellings of one text, found by a hash of the token's chars computed while
 * scanning: a repeated word costs no string slice and no Map hashing (the old per-token
 * `text.slice` + `Map.get` was most of this stage's time).
 */
class Vocabulary {
  private slots = new Int32Array(1024);
  private raws: string[] = [];
  private hashes: number[] = [];
  readonly spellings: Spelling[] = [];

  /** The spelling of text[start, end) with hash h, added when new. */
  find(text: string, start: number, end: number, h: number, kind: TokenKind, c: number): Spelling {
    const mask = this.slots.length - 1;
    const len = end - start;
    for (let at = h & mask; ; at = (at + 1) & mask) {
      const slot = this.slots[at];
      if (slot === 0) break;
      const id = slot - 1;
      if (this.hashes[id] !== h) continue;
      const raw = this.raws[id];
      if (raw.length !== len) continue;
      let k = 0;
      while (k < len && raw.charCodeAt(k) === text.charCodeAt(start + k)) k++;
      if (k === len) return this.spellings[id];
    }
    const raw = text.slice(start, end);
    const seen = spellingOf(raw, kind, c, text, start, end);
    this.raws.push(raw);
    this.hashes.push(h);
    this.spellings.push(seen);
    if (this.raws.length * 2 > this.slots.length) this.grow();
    else this.place(this.raws.length - 1);
    return seen;
  }

  private place(id: number): void {
    const mask = this.slots.length - 1;
    let at = this.hashes[id] & mask;
    while (this.slots[at] !== 0) at = (at + 1) & mask;
    this.slots[at] = id + 1;
  }

  private grow(): void {
    this.slots = new Int32Array(this.slots.length * 4);
    for (let id = 0; id < this.raws.length; id++) this.place(id);
  }
}

const GAPS = ['', ' ', 'nbsp', 'nl'] as const;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const vocabulary = new Vocabulary();
  const n = text.length;
  let i = 0;
  // index into GAPS: 0 glued, 1 space, 2 no-break space, 3 line break (the order of precedence)
  let gap = 3;
  while (i < n) {
    const c = text.charCodeAt(i);
    const cls = c < 128 ? ASCII_CLASS[c] : 0;
    if (cls === SPACE || cls === BREAK || (c >= 128 && (c === 0xa0 || c === 0x202f || c === 0x2009 || c === 0x2007))) {
      // a line break outranks other spaces; a no-break space outranks a plain one
      const sp = cls === BREAK ? 3 : cls === SPACE ? 1 : 2;
      if (sp > gap) gap = sp;
      i++;
      continue;
    }
    const start = i;
    let kind: TokenKind;
    let h = c;
    if (cls === DIGIT) {
      i++;
      for (let d = text.charCodeAt(i); d >= 48 && d <= 57; d = text.charCodeAt(i)) {
        h = (Math.imul(h, 31) + d) | 0;
        i++;
      }
      kind = 'num';
    } else if (cls === LOWER || cls === UPPER || (c >= 128 && isLetter(c, text[i]))) {
      // words may carry digits after a letter ("A321neo", "Q1"), never start with one
      i++;
      while (i < n) {
        const d = text.charCodeAt(i);
        const dc = d < 128 ? ASCII_CLASS[d] : 0;
        if (dc === DIGIT) {
          // "USD500m", "EUR2bn": a currency code glued to its amount is a token of its own
          if (i - start === 3 && isGluedCode(text.slice(start, i))) break;
        } else if (dc < LOWER && !(d >= 128 && isLetter(d, text[i]))) break;
        h = (Math.imul(h, 31) + d) | 0;
        i++;
      }
      kind = 'word';
    } else {
      // surrogate pairs (emoji) stay one token so offsets never split a character
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
        h = (Math.imul(h, 31) + text.charCodeAt(i + 1)) | 0;
        i += 2;
      } else i++;
      kind = 'punct';
    }
    // one entry per distinct spelling: repeated words share their lower-cased string and
    // bits, so the tokens of a long text keep a vocabulary alive, not a string per token
    const seen = vocabulary.find(text, start, i, h, kind, c);
    tokens.push({ kind, start, end: i, lower: seen.lower, gap: GAPS[gap], cap: seen.cap, starts: seen.starts });
    gap = 0;
  }
  return tokens;
}

/** The text between two tokens' outer edges, as written. */
export function spanText(text: string, tokens: Token[], from: number, to: number): string {
  return text.slice(tokens[from].start, tokens[to].end);
}
