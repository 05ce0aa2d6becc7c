// Membership in a small fixed set of words, asked of every token of a sentence by rules whose
// set has no bit of its own in Token.starts (all 30 are taken). A Set look-up hashes and probes
// for each token; most words are ruled out sooner by their first char and length: the set's
// words are filed as length bits per first char code, and only a word whose pair is filed is
// looked up.
import type { Token } from './01-tokens';
import { matchAt, type PhraseTable } from './phrases';

/** Read through the prototype: a `word.charCodeAt` site meeting the many kinds of string a text
 * yields (flat, sliced, one or two bytes) turns megamorphic. */
const charCodeAt = String.prototype.charCodeAt;

/** A word's length as one bit (lengths past 30 share the top bit). */
function lengthBit(n: number): number {
  return n < 31 ? 1 << n : 1 << 31;
}

/** `(word) => new Set(words).has(word)`, answering most words that are not in it without the look-up. */
export function gatedWordTest(words: Iterable<string>): (word: string) => boolean {
  const set = new Set(words);
  // per first char code below 256, the lengths of the set's words opening with it
  const lengths = new Int32Array(256);
  let wideFirst = false; // some word opens with a char code from 256 up (or is empty): those are looked up
  for (const w of set) {
    const c = w.charCodeAt(0);
    if (c < 256) lengths[c] |= lengthBit(w.length);
    else wideFirst = true;
  }
  return (word) => {
    const c: number = charCodeAt.call(word, 0);
    if (c < 256) {
      if ((lengths[c] & lengthBit(word.length)) === 0) return false;
    } else if (!wideFirst) return false; // (NaN, an empty word, lands here too)
    return set.has(word);
  };
}

/** A phrase table looked up at every token of a stretch, with a gate on its first words. */
export interface GatedTable<V> {
  table: PhraseTable<V>;
  /** Whether a word opens one of the table's phrases (always true for a table with stems: those open on any word). */
  opens: (word: string) => boolean;
}

const ANY_WORD = () => true;

/** For a table made without a bit (see phraseTable): a token whose word opens none of its phrases is passed over without the Map. */
export function gatedTable<V>(table: PhraseTable<V>): GatedTable<V> {
  return { table, opens: table.prefixes.length === 0 ? gatedWordTest(table.byFirst.keys()) : ANY_WORD };
}

/** matchesIn(tokens, from, to, gated.table): matchAt is asked only where the word opens a phrase (it finds none elsewhere). */
export function gatedMatchesIn<V>(tokens: Token[], from: number, to: number, gated: GatedTable<V>): boolean {
  const { table, opens } = gated;
  for (let i = from; i < to; i++) if (opens(tokens[i].lower) && matchAt(tokens, i, table, to)) return true;
  return false;
}
