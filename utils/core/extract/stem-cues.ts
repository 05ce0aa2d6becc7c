// Cue tables with phrases that open on a stem ("invert*", "recrut*"). matchAt tries every
// stem at any word that no whole-word phrase fits, and a window of cues is mostly such words
// ("the", "de", "will"). Here a table is read as two views of itself: its whole-word phrases
// (with the table's bit) and its stems, tried only at a word that opens with one. The stems are
// filed by their first char code: most words open with a char no stem opens with, and the rest
// are held to the one or few stems that do (no string hashed per word). Where the table has a
// bit in Token.starts, words that open a stem get that bit too (a test asked once per spelling,
// see addBitRule): a token without the bit opens no cue of the table, whole word or stem, and is
// passed over on one bit test.
import type { Token, TokenKind } from './01-tokens';
import { matchAt, type PhraseTable } from './phrases';
import { addBitRule } from './spellings';

export interface StemmedTable<V> {
  /** The table as built, for tests that hold the views to it. */
  all: PhraseTable<V>;
  /** Its whole-word phrases, with its bit. */
  words: PhraseTable<V>;
  /** Its stem phrases alone, without a bit. */
  stems: PhraseTable<V>;
  /** The stems (without the "*"), in table order. */
  stemList: readonly string[];
  /** Per first char code, the stems opening with it. */
  byFirstChar: string[][];
}

export interface CueMatch<V> {
  start: number;
  end: number;
  value: V;
}

/**
 * Chars read as `charCodeAt.call(word, 0)`: words come as strings of every kind (sliced,
 * joined, one or two bytes per char), and a plain `word.charCodeAt` site turns megamorphic.
 */
const charCodeAt = String.prototype.charCodeAt;

export function stemmedTable<V>(table: PhraseTable<V>): StemmedTable<V> {
  const stemList = table.prefixes.map((p) => p.heads[0]);
  const byFirstChar: string[][] = [];
  for (const stem of stemList) {
    const c = stem.charCodeAt(0);
    while (byFirstChar.length <= c) byFirstChar.push([]);
    byFirstChar[c].push(stem);
  }
  const stemmed: StemmedTable<V> = {
    all: table,
    words: { ...table, prefixes: [] },
    stems: { ...table, byFirst: new Map(), bit: 0 },
    stemList,
    byFirstChar,
  };
  // (a bit is a "may open here": a word with it that opens no whole-word phrase only costs the look-up it had before)
  if (table.bit && stemList.length) addBitRule(table.bit, (lower: string, kind: TokenKind) => kind === 'word' && opensStem(stemmed, lower));
  return stemmed;
}

/** Whether a word opens with one of the table's stems: `stemList.some((stem) => word.startsWith(stem))`. */
export function opensStem<V>(table: StemmedTable<V>, word: string): boolean {
  const c: number = charCodeAt.call(word, 0);
  const byFirstChar = table.byFirstChar;
  if (!(c < byFirstChar.length)) return false; // (also NaN: an empty word)
  const stems = byFirstChar[c];
  for (let k = 0; k < stems.length; k++) if (word.startsWith(stems[k])) return true;
  return false;
}

/** matchAt(tokens, i, table.all, limit): a whole-word cue, else a stem's where the word opens with one
 * (a stem cannot fit a word it does not open, so matchAt's own try of every stem finds nothing more). */
export function cueAt<V>(table: StemmedTable<V>, tokens: Token[], i: number, limit: number): { len: number; value: V } | null {
  const t = tokens[i];
  if (!t || i >= limit) return null;
  const bit = table.words.bit;
  // with the bit, a token without it opens neither a whole-word cue nor a stem
  if (bit && !(t.starts & bit)) return null;
  const whole = matchAt(tokens, i, table.words, limit);
  if (whole || t.kind !== 'word' || !opensStem(table, t.lower)) return whole;
  return matchAt(tokens, i, table.stems, limit);
}

/**
 * findAll(tokens, from, to, table.all) appended to `out`, stopping once `max` are found (the
 * first `max` of findAll's list: it reads left to right).
 */
export function cuesIn<V>(table: StemmedTable<V>, tokens: Token[], from: number, to: number, out: CueMatch<V>[], max = Infinity): CueMatch<V>[] {
  let found = 0;
  for (let i = from; i < to && found < max; i++) {
    const m = cueAt(table, tokens, i, to);
    if (m) {
      out.push({ start: i, end: i + m.len, value: m.value });
      found++;
      i += m.len - 1;
    }
  }
  return out;
}
