// The tokenizer's vocabulary: each distinct token text ("Invest", ",", "2026") is read once,
// into one Spelling (its lower-cased string, capital, phrase bits) that every later token
// written the same way shares. A token seen before costs a hash (worked out while it was
// scanned), a probe and a compare, with no string made and no Map touched.

/** Not `text.charCodeAt(k)`, which turns megamorphic on the many kinds of string tokenized (see 01-tokens.ts). */
const charCodeAt = String.prototype.charCodeAt;

export type TokenKind = 'word' | 'num' | 'punct';

/** What a token's text says about it, shared by every token written the same way. */
export interface Spelling {
  /** Lower-cased text; typographic apostrophes folded to "'" so rule tables need one spelling. */
  lower: string;
  /** First letter is upper case (words only). */
  cap: boolean;
  /** Bits of the rule tables whose phrases may start with this word (see phrases.ts), and of the bit rules it passes. */
  starts: number;
  /** The bitsVersion `starts` was read at. */
  version: number;
  /** What kind of token is written so (the bit rules may ask). */
  kind: TokenKind;
}

/** Word → bits of the phrase tables with a phrase starting with it. Filled by phraseTable()
 * when modules load, read once per spelling here, so that a table look-up at a token that
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

/** A bit a spelling gets from a test of its word rather than from a list, for the word shapes
 * no list holds (numbers, German compounds of number words): asked once per spelling, so that a
 * rule reading every token tests the bit instead of the token's string. */
export interface BitRule { bit: number; test: (lower: string, kind: TokenKind) => boolean }
export const BIT_RULES: BitRule[] = [];

/** Sets `bit` on every spelling that passes `test` (spellings read before are read again). */
export function addBitRule(bit: number, test: (lower: string, kind: TokenKind) => boolean): void {
  BIT_RULES.push({ bit, test });
  bitsVersion++;
}

/** A spelling's bits: its word's table bits and the bits of the rules it passes. */
function bitsOf(lower: string, kind: TokenKind): number {
  let bits = FIRST_WORD_BITS.get(lower) ?? 0;
  for (let r = 0; r < BIT_RULES.length; r++) if (BIT_RULES[r].test(lower, kind)) bits |= BIT_RULES[r].bit;
  return bits;
}

const APOSTROPHES = new Set(['\u2019', '\u2018', '\u02bc', '`', '\u00b4']);
const CAMEL_BRAND = /^[a-z]{1,5}[A-Z][a-z]/;

/** Every char after the first is an ASCII digit or lower-case letter. */
function plainAscii(text: string, from: number, to: number): boolean {
  for (let k = from + 1; k < to; k++) {
    const d = charCodeAt.call(text, k);
    if (!((d >= 97 && d <= 122) || (d >= 48 && d <= 57))) return false;
  }
  return true;
}

/** The Spelling of text[start, end), read from scratch; `c` is its first char code. */
function readSpelling(text: string, start: number, end: number, kind: TokenKind, c: number): Spelling {
  const raw = text.slice(start, end);
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
  lower = internalized(lower);
  return { lower, cap, starts: bitsOf(lower, kind), version: bitsVersion, kind };
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

/** Spellings are kept for every text read, bounded so that a long-lived content script does
 * not keep every word it ever met: past this many, all are dropped and read again. */
const MAX_SPELLINGS = 1 << 15;
let spellingsKept = 0;

/** One-char tokens below SINGLE_LIMIT by char code: commas, full stops, brackets, quotes,
 * dashes, the euro sign, single digits and letters (a fifth of an article's tokens) cost one
 * array read, no hash or probe. */
const SINGLE_LIMIT = 0x2100;
let singles: (Spelling | undefined)[] = new Array(SINGLE_LIMIT);

/**
 * Short texts (the phrases of the rule tables, tokenized one by one while modules load) go
 * by a Map of the text as written: unoptimised, a slice and a Map look-up (the engine's own
 * code) cost less than hashing in script.
 */
const SHORT_TEXT = 256;
const byRaw = new Map<string, Spelling>();

/**
 * Longer texts go by an open-addressing table keyed by the token's FNV-1a hash, at most half
 * full. A slot is four ints side by side (one cache line for the probe): 1 + the spelling's
 * index in `bySlot` (0: empty), the hash, where the token's chars start in `pool`, and how many.
 * (Four parallel arrays cost four cache misses per token on a large vocabulary.)
 */
const SLOT_INTS = 4;
let slots = new Int32Array(SLOT_INTS << 12);
let mask = slots.length / SLOT_INTS - 1;
let slotsUsed = 0;
let bySlot: Spelling[] = [];
let pool = new Uint16Array(1 << 14);
let poolUsed = 0;

function clearSpellings(): void {
  spellingsKept = 0;
  byRaw.clear();
  singles = new Array(SINGLE_LIMIT);
  slots.fill(0);
  slotsUsed = 0;
  bySlot = [];
  poolUsed = 0;
}

/** A spelling read now, counted against the bound (which may empty every table first). */
function newSpelling(text: string, start: number, end: number, kind: TokenKind, c: number): Spelling {
  if (spellingsKept >= MAX_SPELLINGS) clearSpellings();
  spellingsKept++;
  return readSpelling(text, start, end, kind, c);
}

/** The spelling with its bits read again when a phrase table was made since. */
function fresh(sp: Spelling): Spelling {
  if (sp.version !== bitsVersion) {
    sp.starts = bitsOf(sp.lower, sp.kind);
    sp.version = bitsVersion;
  }
  return sp;
}

/** The index in `slots` of text[start, end) (hash h), or of the empty slot where it belongs. */
function slotOf(text: string, start: number, end: number, h: number): number {
  const len = end - start;
  for (let slot = (h & mask) * SLOT_INTS; ; slot = (slot + SLOT_INTS) & (slots.length - 1)) {
    if (slots[slot] === 0) return slot;
    if (slots[slot + 1] !== h || slots[slot + 3] !== len) continue;
    const at = slots[slot + 2];
    let k = 0;
    while (k < len && pool[at + k] === charCodeAt.call(text, start + k)) k++;
    if (k === len) return slot;
  }
}

function growSlots(): void {
  const old = slots;
  slots = new Int32Array(old.length * 2);
  mask = slots.length / SLOT_INTS - 1;
  for (let o = 0; o < old.length; o += SLOT_INTS) {
    if (old[o] === 0) continue;
    let slot = (old[o + 1] & mask) * SLOT_INTS;
    while (slots[slot] !== 0) slot = (slot + SLOT_INTS) % slots.length;
    slots.set(old.subarray(o, o + SLOT_INTS), slot);
  }
}

/**
 * The spelling already filed for text[start, end) (hash h), if any: slotOf's probe, with the
 * table and the pool read into locals once and the chars compared by their offset in the text.
 * (slotOf, reading the module's `let` bindings inside the compare loop, cost the tokenizer about
 * 6 % more: this compare is a fifth of its time.)
 */
function knownSpelling(text: string, start: number, end: number, h: number): Spelling | undefined {
  const table = slots;
  const chars = pool;
  const len = end - start;
  const wrap = table.length - 1;
  for (let slot = (h & mask) * SLOT_INTS; ; slot = (slot + SLOT_INTS) & wrap) {
    const id = table[slot];
    if (id === 0) return undefined;
    if (table[slot + 1] !== h || table[slot + 3] !== len) continue;
    // chars[shift + k] is the filed char matching text[k]
    const shift = table[slot + 2] - start;
    let k = start;
    while (k < end && chars[shift + k] === charCodeAt.call(text, k)) k++;
    if (k === end) return bySlot[id - 1];
  }
}

/** Files text[start, end) (hash h) in the flat table. */
function addToFlatTable(text: string, start: number, end: number, h: number, sp: Spelling): void {
  if (2 * (slotsUsed + 1) > slots.length / SLOT_INTS) growSlots();
  const slot = slotOf(text, start, end, h);
  const len = end - start;
  if (poolUsed + len > pool.length) {
    const bigger = new Uint16Array(Math.max(pool.length * 2, poolUsed + len));
    bigger.set(pool.subarray(0, poolUsed));
    pool = bigger;
  }
  for (let k = 0; k < len; k++) pool[poolUsed + k] = charCodeAt.call(text, start + k);
  bySlot.push(sp);
  slots[slot] = bySlot.length;
  slots[slot + 1] = h;
  slots[slot + 2] = poolUsed;
  slots[slot + 3] = len;
  poolUsed += len;
  slotsUsed++;
}

/** The spelling of token text[start, end) of a text of length n; `c` its first char code, `h` the FNV-1a hash of its chars. */
export function spellingOf(text: string, n: number, start: number, end: number, kind: TokenKind, c: number, h: number): Spelling {
  if (end - start === 1 && c < SINGLE_LIMIT) {
    const known = singles[c];
    if (known !== undefined) return fresh(known);
    const sp = newSpelling(text, start, end, kind, c);
    singles[c] = sp;
    return sp;
  }
  if (n < SHORT_TEXT) {
    const raw = text.slice(start, end);
    const known = byRaw.get(raw);
    if (known !== undefined) return fresh(known);
    const sp = newSpelling(text, start, end, kind, c);
    byRaw.set(raw, sp);
    return sp;
  }
  const known = knownSpelling(text, start, end, h);
  if (known !== undefined) return fresh(known);
  const sp = newSpelling(text, start, end, kind, c); // may have emptied the tables
  addToFlatTable(text, start, end, h, sp);
  return sp;
}
