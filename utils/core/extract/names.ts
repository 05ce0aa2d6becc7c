// Runs of capitalised words: the raw material of company, person and place names.
// "Saint-Fons", "Pierre-Yves", "Amazon.com", "Kessler & Brandt" are one run each.
import type { Token } from './01-tokens';

/** Abbreviated words inside names: "St. Thomas", "Ste. Marie", "Mt. Vernon", "Ft. Worth". */
const ABBREVIATED = new Set(['st', 'ste', 'mt', 'ft']);

export function isNameWord(t: Token | undefined): boolean {
  return !!t && t.kind === 'word' && t.cap;
}

/** Names are short: a run stops after this many tokens, which keeps every scan linear. */
export const MAX_RUN = 8;

/** Extends a run rightwards from a capitalised word at i; returns the end (exclusive). */
export function runRight(tokens: Token[], i: number, limit: number): number {
  if (!isNameWord(tokens[i])) return i;
  let j = i + 1;
  limit = Math.min(limit, i + MAX_RUN);
  while (j < limit) {
    const t = tokens[j];
    if (isNameWord(t) && t.gap !== 'nl') j++;
    else if ((t.lower === '-' || t.lower === '.') && t.gap === '' && tokens[j + 1]?.kind === 'word' && tokens[j + 1].gap === '' && j + 1 < limit) j += 2;
    else if (t.lower === '&' && isNameWord(tokens[j + 1]) && j + 1 < limit) j += 2;
    else if (t.lower === '.' && t.gap === '' && ABBREVIATED.has(tokens[j - 1].lower) && isNameWord(tokens[j + 1]) && tokens[j + 1].gap !== 'nl' && j + 1 < limit) j += 2;
    else break;
  }
  return j;
}

/** Extends a run leftwards from the word just before `end`; returns the start. */
export function runLeft(tokens: Token[], end: number, floor: number): number {
  let i = end;
  floor = Math.max(floor, end - MAX_RUN);
  while (i - 1 >= floor) {
    const t = tokens[i - 1];
    if (isNameWord(t) && (tokens[i]?.gap !== 'nl' || i === end)) i--;
    else if ((t.lower === '-' || t.lower === '.') && t.gap === '' && i < end && tokens[i].gap === '' && tokens[i - 2]?.kind === 'word' && i - 2 >= floor) i -= 2;
    else if (t.lower === '&' && i < end && isNameWord(tokens[i - 2]) && i - 2 >= floor) i -= 2;
    else if (t.lower === '.' && t.gap === '' && i < end && ABBREVIATED.has(tokens[i - 2]?.lower ?? '') && isNameWord(tokens[i - 2]) && i - 2 >= floor) i -= 2;
    else break;
  }
  return i;
}

/** Lower-case words inside French and Spanish names ("Lácteos del Norte", "Caisse des Dépôts", "Banco de Sabadell"). */
const NAME_PARTICLES = new Set(['de', 'del', 'des', 'du', 'la', 'y']);

/** runRight, crossing up to two particles at a time between capitalised words; names stay short. */
export function runRightWithParticles(tokens: Token[], i: number, limit: number): number {
  let end = runRight(tokens, i, limit);
  while (end - i < 6) {
    let k = end;
    while (k < limit && k - end < 2 && NAME_PARTICLES.has(tokens[k].lower)) k++;
    if (k === end || k >= limit || !isNameWord(tokens[k]) || tokens[k].gap === 'nl') break;
    end = runRight(tokens, k, limit);
  }
  return end;
}

/** One spelling of a capitalised word in a text ("Lima" and "LIMA" are two), with its tally. */
interface CapSpelling { raw: string; count: number; afterPlaceWord: boolean; next: CapSpelling | null }

/** Words counted one at a time before all are counted at once (keeps the work linear). */
const WORDS_COUNTED_ALONE = 6;

/**
 * How often each capitalised word of a text occurs, case kept ("LIMA" in a dateline is not
 * "Lima"), and whether it ever follows a word like "in"/"near"/"à"/"bei". Keyed by the token's
 * shared lower-case string, so a word seen before costs a char compare, not a slice and a hash.
 *
 * Counted when first asked: a text's rules ask about a few words only, so a word is counted
 * alone (a pass over the capitalised words comparing one pointer each), until more than
 * WORDS_COUNTED_ALONE have been; then every word is counted in one pass.
 */
export class CapCounts {
  private byLower = new Map<string, CapSpelling | null>();
  private countedAlone = 0;
  private all = false;

  /** `at`: the positions of the capitalised tokens, ascending; `afterPlaceWord(i)`: whether token i follows a word like "in". */
  constructor(
    private readonly text: string,
    private readonly tokens: Token[],
    private readonly at: Int32Array,
    private readonly afterPlaceWord: (tokens: Token[], i: number) => boolean,
  ) {}

  /** How often the word written as token t occurs capitalised (0 for a word that is not). */
  countAt(t: Token): number {
    return this.spellingAt(t)?.count ?? 0;
  }

  afterPlaceWordAt(t: Token): boolean {
    return this.spellingAt(t)?.afterPlaceWord ?? false;
  }

  /** How often `raw` occurs as a capitalised word. */
  count(raw: string): number {
    for (let v = this.spellingsOf(raw.toLowerCase()); v; v = v.next) if (v.raw === raw) return v.count;
    return 0;
  }

  private spellingAt(t: Token): CapSpelling | null {
    if (!t.cap) return null;
    const len = t.end - t.start;
    for (let v = this.spellingsOf(t.lower); v; v = v.next) if (v.raw.length === len && this.text.startsWith(v.raw, t.start)) return v;
    return null;
  }

  /** The spellings of the capitalised words whose lower-case string is `lower`, counted now if they were not. */
  private spellingsOf(lower: string): CapSpelling | null {
    const known = this.byLower.get(lower);
    if (known !== undefined || this.all) return known ?? null;
    const { tokens, at } = this;
    if (++this.countedAlone > WORDS_COUNTED_ALONE) {
      this.byLower = new Map();
      for (let k = 0; k < at.length; k++) this.add(at[k]);
      this.all = true;
      return this.byLower.get(lower) ?? null;
    }
    this.byLower.set(lower, null);
    for (let k = 0; k < at.length; k++) if (tokens[at[k]].lower === lower) this.add(at[k]);
    return this.byLower.get(lower) ?? null;
  }

  private add(i: number): void {
    const t = this.tokens[i];
    const len = t.end - t.start;
    const first = this.byLower.get(t.lower) ?? null;
    let v = first;
    while (v !== null && !(v.raw.length === len && this.text.startsWith(v.raw, t.start))) v = v.next;
    if (v === null) {
      v = { raw: this.text.slice(t.start, t.end), count: 0, afterPlaceWord: false, next: first };
      this.byLower.set(t.lower, v);
    }
    v.count++;
    if (this.afterPlaceWord(this.tokens, i)) v.afterPlaceWord = true;
  }
}
