// Stage 1: the text as tokens with exact UTF-16 offsets into the text as given.
// Nothing is normalised away: `text.slice(t.start, t.end)` is always the token as written.
// One linear pass over char codes; whitespace is not a token, but each token remembers
// which space came before it (so "3 000" with a U+202F can be told from "3, 000").

import { CURRENCY_CODES } from './data/numbers';

/**
 * Chars are read as `charCodeAt.call(text, i)`, not `text.charCodeAt(i)`: the property load
 * of the latter remembers the kind of string it met (flat or concatenated, one or two bytes
 * per char, literal or sliced), and the rule tables tokenize thousands of phrases of every
 * kind while modules load. Past four kinds the load turns megamorphic, the optimiser no longer
 * knows it is charCodeAt, and every char became a full call: tokenizing ran at half speed
 * whenever 08-context was loaded (measured: 24 against 13 ms per MB, same process).
 */
const charCodeAt = String.prototype.charCodeAt;

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
export const FIRST_WORD_BITS = new (class extends Map<string, number> {
  override set(word: string, bits: number): this {
    // a table made later changes what a word's bits are: spellings read before are stale
    // (each is read again when next used, not dropped: tables share most of their words)
    bitsVersion++;
    return super.set(word, bits);
  }
})();
let bitsVersion = 0;

const NON_ASCII_LETTER = /\p{L}|\p{M}/u;

/** A currency code in capitals, as newswires write it straight before the digits ("USD500m"). */
function isGluedCode(code: string): boolean {
  return code === code.toUpperCase() && CURRENCY_CODES.has(code.toLowerCase());
}

/** Whether a UTF-16 code is a letter, decided by the regex once per code: 0 not asked yet,
 * 1 letter, 2 not (typographic quotes and dashes are asked about in nearly every article). */
const LETTER = new Uint8Array(0x10000);
for (let c = 0; c < 128; c++) LETTER[c] = (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? 1 : 2;

function isLetter(code: number): boolean {
  let known = LETTER[code];
  if (known === 0) LETTER[code] = known = NON_ASCII_LETTER.test(String.fromCharCode(code)) ? 1 : 2;
  return known === 1;
}

/** Every char after the first is an ASCII digit or lower-case letter. */
function plainAscii(text: string, from: number, to: number): boolean {
  for (let k = from + 1; k < to; k++) {
    const d = charCodeAt.call(text, k);
    if (!((d >= 97 && d <= 122) || (d >= 48 && d <= 57))) return false;
  }
  return true;
}

const APOSTROPHES = new Set(['\u2019', '\u2018', '\u02bc', '`', '\u00b4']);

interface Spelling { lower: string; cap: boolean; starts: number }

const CAMEL_BRAND = /^[a-z]{1,5}[A-Z][a-z]/;

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
    // "easyJet", "eBay", "iPhone": a brand's capital comes second (not "mRNA", "iOS")
    cap = kind === 'word' && (raw[0] !== lower[0] || CAMEL_BRAND.test(raw));
  }
  return { lower: internalized(lower), cap, starts: FIRST_WORD_BITS.get(lower) ?? 0 };
}

/**
 * The engine's own copy of a string (the one string literals share), so that the rule code's
 * many `t.lower === ','` compare pointers, not chars. An object key is stored that way; the
 * holder has no prototype, so it is a dictionary and a new key makes no new hidden class (an
 * object literal per word did, and at module load those cost more than the tables they were
 * for). Digit strings are left alone (as keys they turn into array indices).
 */
const keyHolder: Record<string, number> = Object.create(null);
function internalized(s: string): string {
  const c = s.charCodeAt(0);
  if (c >= 48 && c <= 57) return s;
  keyHolder[s] = 0;
  let key = s;
  for (const k in keyHolder) key = k;
  delete keyHolder[s];
  return key;
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

const GAPS = ['', ' ', 'nbsp', 'nl'] as const;


/**
 * Spellings seen so far, shared by every text: each distinct token text is lower-cased and
 * looked up in FIRST_WORD_BITS once, not once per document (articles share most of their
 * words), and gets an id. Bounded, so a long-lived content script does not keep every word
 * it ever read.
 */
const MAX_SPELLINGS = 1 << 15;
/** Per id: what the spelling says (see spellingOf), and the bitsVersion its starts were read at. */
const idLower: string[] = [];
const idCap: boolean[] = [];
const idStarts: number[] = [];
const idVersion: number[] = [];
/** The ids by the text as written. */
const idByRaw = new Map<string, number>();

/**
 * For long texts the ids are also kept in flat typed arrays keyed by char codes, filled as
 * spellings are met there: a token seen before costs a hash, a probe and a compare against a
 * packed copy of its chars, with no slice made and no heap object touched. (The Map alone was
 * three quarters of tokenizing an article: a slice per token, and keys scattered over the heap
 * that missed the cache.) Short texts, the phrases of the rule tables tokenized one by one
 * while modules load, go by the Map: unoptimised, a slice and a Map look-up (the engine's own
 * code) cost less than hashing in script.
 */
const SHORT_TEXT = 256;
/** Open addressing, at most half full; per slot: id + 1 (0: empty), hash, where its chars start in the pool, and how many. */
let slotId = new Int32Array(1 << 12);
let slotHash = new Int32Array(slotId.length);
let slotAt = new Int32Array(slotId.length);
let slotLen = new Int32Array(slotId.length);
let mask = slotId.length - 1;
let slotsUsed = 0;
let pool = new Uint16Array(1 << 14);
let poolUsed = 0;

/** Id + 1 (0: not met yet) of each one-char token below SINGLE_LIMIT, by its char code: commas,
 * full stops, brackets, quotes, dashes, the euro sign, single digits and letters (a fifth of an
 * article's tokens) cost one array read, no hash or probe. */
const SINGLE_LIMIT = 0x2100;
const singleId = new Int32Array(SINGLE_LIMIT);

function clearSpellings(): void {
  for (const list of [idLower, idCap, idStarts, idVersion]) list.length = 0;
  idByRaw.clear();
  singleId.fill(0);
  slotId.fill(0);
  slotsUsed = 0;
  poolUsed = 0;
}

/** The id of text[start, end), a new one when it was not seen yet. */
function idOf(text: string, start: number, end: number, kind: TokenKind, c: number): number {
  const raw = text.slice(start, end);
  const known = idByRaw.get(raw);
  if (known !== undefined) return known;
  if (idLower.length >= MAX_SPELLINGS) clearSpellings();
  const id = idLower.length;
  const spelling = spellingOf(raw, kind, c, text, start, end);
  idByRaw.set(raw, id);
  idLower.push(spelling.lower);
  idCap.push(spelling.cap);
  idStarts.push(spelling.starts);
  idVersion.push(bitsVersion);
  return id;
}

/** FNV-1a over a token's char codes, worked out while the token is scanned (one read per char). */
const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;

/** The slot of text[start, end) (hash h) in the flat table, or the empty slot where it belongs. */
function slotOf(text: string, start: number, end: number, h: number): number {
  const len = end - start;
  for (let slot = h & mask; ; slot = (slot + 1) & mask) {
    if (slotId[slot] === 0) return slot;
    if (slotHash[slot] !== h || slotLen[slot] !== len) continue;
    const at = slotAt[slot];
    let k = 0;
    while (k < len && pool[at + k] === charCodeAt.call(text, start + k)) k++;
    if (k === len) return slot;
  }
}

function growSlots(): void {
  const [ids, hashes, ats, lens] = [slotId, slotHash, slotAt, slotLen];
  slotId = new Int32Array(ids.length * 2);
  slotHash = new Int32Array(slotId.length);
  slotAt = new Int32Array(slotId.length);
  slotLen = new Int32Array(slotId.length);
  mask = slotId.length - 1;
  for (let old = 0; old < ids.length; old++) {
    if (ids[old] === 0) continue;
    let slot = hashes[old] & mask;
    while (slotId[slot] !== 0) slot = (slot + 1) & mask;
    slotId[slot] = ids[old];
    slotHash[slot] = hashes[old];
    slotAt[slot] = ats[old];
    slotLen[slot] = lens[old];
  }
}

/** The id of token text[start, end) of a long text (FNV-1a hash h), through the flat table. */
function flatIdOf(text: string, start: number, end: number, kind: TokenKind, c: number, h: number): number {
  let slot = slotOf(text, start, end, h);
  if (slotId[slot] !== 0) return slotId[slot] - 1;
  const id = idOf(text, start, end, kind, c); // may have cleared everything
  if (2 * (slotsUsed + 1) > slotId.length) growSlots();
  slot = slotOf(text, start, end, h);
  const len = end - start;
  if (poolUsed + len > pool.length) {
    const bigger = new Uint16Array(Math.max(pool.length * 2, poolUsed + len));
    bigger.set(pool.subarray(0, poolUsed));
    pool = bigger;
  }
  for (let k = 0; k < len; k++) pool[poolUsed + k] = charCodeAt.call(text, start + k);
  slotId[slot] = id + 1;
  slotHash[slot] = h;
  slotAt[slot] = poolUsed;
  slotLen[slot] = len;
  poolUsed += len;
  slotsUsed++;
  return id;
}

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
    let h = Math.imul(FNV_OFFSET ^ c, FNV_PRIME);
    if (cls === DIGIT) {
      i++;
      for (let d = charCodeAt.call(text, i); d >= 48 && d <= 57; d = charCodeAt.call(text, i)) {
        h = Math.imul(h ^ d, FNV_PRIME);
        i++;
      }
      kind = 'num';
    } else if (cls === LOWER || cls === UPPER || (c >= 128 && isLetter(c))) {
      // words may carry digits after a letter ("A321neo", "Q1"), never start with one
      i++;
      while (i < n) {
        const d = charCodeAt.call(text, i);
        const dc = d < 128 ? ASCII_CLASS[d] : 0;
        if (dc === DIGIT) {
          // "USD500m", "EUR2bn": a currency code glued to its amount is a token of its own
          if (i - start === 3 && isGluedCode(text.slice(start, i))) break;
          // and the South African rand's "R": "R2bn", "R5 billion"
          if (i - start === 1 && c === 82) break;
        } else if (dc < LOWER && !(d >= 128 && isLetter(d))) break;
        h = Math.imul(h ^ d, FNV_PRIME);
        i++;
      }
      kind = 'word';
    } else {
      // surrogate pairs (emoji) stay one token so offsets never split a character
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
        h = Math.imul(h ^ charCodeAt.call(text, i + 1), FNV_PRIME);
        i += 2;
      } else i++;
      kind = 'punct';
    }
    // one entry per distinct spelling: repeated words share their lower-cased string and
    // bits, so the tokens of a long text keep a vocabulary alive, not a string per token
    // (fewer survivors for the young-generation GC)
    let id: number;
    if (i - start === 1 && c < SINGLE_LIMIT) {
      id = singleId[c] - 1;
      if (id < 0) {
        id = idOf(text, start, i, kind, c);
        singleId[c] = id + 1;
      }
    } else id = n < SHORT_TEXT ? idOf(text, start, i, kind, c) : flatIdOf(text, start, i, kind, c, h);
    if (idVersion[id] !== bitsVersion) {
      idStarts[id] = FIRST_WORD_BITS.get(idLower[id]) ?? 0;
      idVersion[id] = bitsVersion;
    }
    tokens.push({ kind, start, end: i, lower: idLower[id], gap: GAPS[gap], cap: idCap[id], starts: idStarts[id] });
    gap = 0;
  }
  return tokens;
}
