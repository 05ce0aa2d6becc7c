// Multi-word lookup tables: phrases are tokenized with the same tokenizer as the text, then
// matched token by token (a trailing "*" on a word matches any word starting with it).
import { FIRST_WORD_BITS, tokenize, type Token, type TokenKind } from './01-tokens';
import { addBitRule } from './spellings';

/** `words` keep the trailing "*"; `heads` are the same words without it (no slicing per match). */
export interface Phrase<V> { words: string[]; heads: string[]; value: V }
/** `bit`: this table's bit in Token.starts, or 0 when the table has none (always look up).
 * `lastWords`: the last word of every phrase, for matchEndingAt (null when some phrase ends on a
 * stem, "recrut*", which a set of words cannot answer). */
export interface PhraseTable<V> { byFirst: Map<string, Phrase<V>[]>; prefixes: Phrase<V>[]; maxLen: number; bit: number; lastWords: Set<string> | null }

/**
 * Bits handed out so far; later tables simply go without. 30 bits keep Token.starts a small
 * integer (a Smi) in Chrome too, where pointer compression leaves Smis 31 bits: a value of
 * 2^30 or more would be stored as a boxed number in every token.
 */
let bitsUsed = 0;
const MAX_BITS = 30;

/** `withoutBit`: the table takes no bit. For a table built for one text after it was tokenized
 * (its words are not in the text's tokens' bits), and for one looked up at a few tokens only
 * (a figure's neighbours, a line's first word), where a bit would save next to nothing. */
export function phraseTable<V>(entries: Iterable<[string, V]>, withoutBit = false): PhraseTable<V> {
  const byFirst = new Map<string, Phrase<V>[]>();
  const prefixes: Phrase<V>[] = [];
  let maxLen = 1;
  let lastWords: Set<string> | null = new Set<string>();
  for (const [text, value] of entries) {
    const star = text.endsWith('*');
    // loops, not map callbacks: a document's own table (its company names) is built per call
    const spelled = tokenize(star ? text.slice(0, -1) : text);
    const words: string[] = [];
    for (let k = 0; k < spelled.length; k++) words.push(spelled[k].lower);
    if (star) words[words.length - 1] += '*';
    maxLen = Math.max(maxLen, words.length);
    const heads: string[] = [];
    for (let k = 0; k < words.length; k++) heads.push(words[k].endsWith('*') ? words[k].slice(0, -1) : words[k]);
    const last = words[words.length - 1];
    if (last.endsWith('*')) lastWords = null;
    else lastWords?.add(last);
    const phrase = { words, heads, value };
    if (words[0].endsWith('*')) prefixes.push(phrase);
    else {
      const same = byFirst.get(words[0]);
      if (same) same.push(phrase);
      else byFirst.set(words[0], [phrase]);
    }
  }
  // longest first; the sort is stable, so phrases of one length keep their order
  for (const same of byFirst.values()) if (same.length > 1) same.sort(longerFirst);
  return { byFirst, prefixes, maxLen, bit: withoutBit ? 0 : claimBit(byFirst.keys()), lastWords };
}

function longerFirst(a: Phrase<unknown>, b: Phrase<unknown>): number {
  return b.words.length - a.words.length;
}


/** A fresh bit set on these words in FIRST_WORD_BITS, or 0 when all bits are taken. */
function claimBit(words: Iterable<string>): number {
  if (bitsUsed >= MAX_BITS) return 0;
  const bit = 1 << bitsUsed++;
  for (const word of words) FIRST_WORD_BITS.set(word, (FIRST_WORD_BITS.get(word) ?? 0) | bit);
  return bit;
}

/** A test of a token's lower-cased word against a fixed set; `bit`: its bit in Token.starts, or 0. */
export type WordSet = ((t: Token) => boolean) & { bit: number };

/** Membership of a token's lower-cased word in a fixed set, as a bit test when a bit is left.
 * `also`: words of any shape that pass this test belong too (asked once per spelling when the
 * set has a bit, so keep it a pure function of the word and its kind). */
export function wordSet(words: Iterable<string>, also?: (lower: string, kind: TokenKind) => boolean): WordSet {
  const set = new Set(words);
  const bit = claimBit(set);
  if (bit && also) addBitRule(bit, also);
  const test = bit ? (t: Token) => (t.starts & bit) !== 0 : also ? (t: Token) => set.has(t.lower) || also(t.lower, t.kind) : (t: Token) => set.has(t.lower);
  return Object.assign(test, { bit });
}

function wordMatches(pattern: string, head: string, token: Token | undefined): boolean {
  if (!token) return false;
  if (pattern !== head) return token.kind === 'word' && token.lower.startsWith(head);
  return token.lower === pattern;
}

function firstFit<V>(tokens: Token[], i: number, list: Phrase<V>[] | undefined, limit: number): { len: number; value: V } | null {
  if (!list) return null;
  for (let p = 0; p < list.length; p++) {
    const { words, heads } = list[p];
    if (i + words.length > limit) continue;
    let k = 0;
    while (k < words.length && wordMatches(words[k], heads[k], tokens[i + k])) k++;
    if (k === words.length) return { len: words.length, value: list[p].value };
  }
  return null;
}

/** False when no phrase of the table can start at this token, decided by its bit alone: hot
 * loops test this inline before calling matchAt (a call per token costs more than the test). */
export function mayStartAt<V>(t: Token, table: PhraseTable<V>): boolean {
  return table.bit === 0 || (t.starts & table.bit) !== 0 || (table.prefixes.length !== 0 && t.kind === 'word');
}

/** Longest phrase starting at token i, or null. `limit` is the first index not to use. */
export function matchAt<V>(tokens: Token[], i: number, table: PhraseTable<V>, limit = tokens.length): { len: number; value: V } | null {
  const t = tokens[i];
  if (!t || i >= limit) return null;
  // the bit says whether any phrase of the table starts with this word: skip the Map if not
  const exact = table.bit && !(t.starts & table.bit) ? null : firstFit(tokens, i, table.byFirst.get(t.lower), limit);
  if (exact || !table.prefixes.length || t.kind !== 'word') return exact;
  return firstFit(tokens, i, table.prefixes, limit);
}

/** Longest phrase ending just before token `end` (exclusive), not starting before `floor`. */
export function matchEndingAt<V>(tokens: Token[], end: number, table: PhraseTable<V>, floor = 0): { start: number; value: V } | null {
  // a phrase ending here ends on the token before `end`: a word no phrase ends with rules out
  // every length at once (one look-up instead of one matchAt per length; most places end none)
  if (end - 1 < floor || end < 1) return null;
  const last = tokens[end - 1];
  if (last === undefined || (table.lastWords !== null && !table.lastWords.has(last.lower))) return null;
  for (let len = Math.min(table.maxLen, end - floor); len >= 1; len--) {
    const m = matchAt(tokens, end - len, table, end);
    if (m && m.len === len) return { start: end - len, value: m.value };
  }
  return null;
}

/** Whether one of the tokens [from, to) is one of `words` (lower-cased), without a slice or a callback per call. */
export function wordIn(tokens: Token[], from: number, to: number, words: ReadonlySet<string>): boolean {
  for (let i = Math.max(0, from); i < to; i++) if (words.has(tokens[i].lower)) return true;
  return false;
}

/** Whether findAll(tokens, from, to, table) finds anything, without collecting the matches. */
export function matchesIn<V>(tokens: Token[], from: number, to: number, table: PhraseTable<V>): boolean {
  for (let i = from; i < to; i++) if (mayStartAt(tokens[i], table) && matchAt(tokens, i, table, to)) return true;
  return false;
}

/** All matches inside [from, to), left to right, non-overlapping. */
export function findAll<V>(tokens: Token[], from: number, to: number, table: PhraseTable<V>): { start: number; end: number; value: V }[] {
  const out: { start: number; end: number; value: V }[] = [];
  for (let i = from; i < to; i++) {
    if (!mayStartAt(tokens[i], table)) continue;
    const m = matchAt(tokens, i, table, to);
    if (m) {
      out.push({ start: i, end: i + m.len, value: m.value });
      i += m.len - 1;
    }
  }
  return out;
}

/**
 * `record[word]` for a table read with the tokens around every number, from a Map: an object
 * read by ever other words goes through the engine's megamorphic property cache and its misses.
 * The one token an object also answered from its prototype, the word "constructor" (with Object,
 * which the rules then read as a scale of no value or a currency), is answered as before, so
 * that nothing is read differently.
 */
export function recordReader<V>(record: Record<string, V>): (word: string) => V | undefined {
  const byWord = new Map<string, V>(Object.entries(record));
  return (word) => byWord.get(word) ?? (word === 'constructor' ? record[word] : undefined);
}

/**
 * A pattern's answer per word, remembered: the end-anchored patterns asked of every word of a
 * German text try every char of it, and the same words come back from sentence to sentence.
 * (The memory is dropped past 50,000 words, so one endless text cannot grow it without bound.)
 */
export function rememberedTest(pattern: RegExp): (lower: string) => boolean {
  const known = new Map<string, boolean>();
  return (lower) => {
    let answer = known.get(lower);
    if (answer === undefined) {
      if (known.size > 50_000) known.clear();
      known.set(lower, (answer = pattern.test(lower)));
    }
    return answer;
  };
}
