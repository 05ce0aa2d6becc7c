// Stage 2a: language. A hint (the page's lang attribute) wins when it names a language we
// read; otherwise cheap stop-word scoring over the first few thousand words.
import type { Token } from './01-tokens';
import { STOP_WORDS } from './data/language';
import type { Lang } from './data/numbers';
import { wordSet } from './phrases';

export const LANGS: Lang[] = ['en', 'fr', 'de', 'es'];
const STOPS = new Map<string, number>(); // word -> bit mask of languages
LANGS.forEach((lang, bit) => {
  for (const w of STOP_WORDS[lang].split(' ')) STOPS.set(w, (STOPS.get(w) ?? 0) | (1 << bit));
});
/** Each language's stop words as a bit of their own (see wordSet): a word's languages are read
 * from its token, with no Map look-up per stop word; null when the bits ran out (then the Map). */
const STOP_SETS = LANGS.map((lang) => wordSet(STOP_WORDS[lang].split(' ')));
/** (scoreByBits counts every token's bits: that needs each stop word to be letters only, one word token.) */
const LETTERS_ONLY = /^[\p{L}\p{M}]+$/u;
const STOP_BITS = STOP_SETS.every((set) => set.bit !== 0) && LANGS.every((lang) => STOP_WORDS[lang].split(' ').every((w) => LETTERS_ONLY.test(w)))
  ? STOP_SETS.map((set) => set.bit)
  : null;

export function detectLanguage(tokens: Token[], hint?: string): Lang {
  const primary = hint?.toLowerCase().split(/[-_]/)[0];
  if (primary && (LANGS as string[]).includes(primary)) return primary as Lang;
  const limit = Math.min(tokens.length, 4000);
  const score = STOP_BITS !== null ? scoreByBits(tokens, limit, STOP_BITS) : scoreByMap(tokens, limit);
  let best = 0;
  for (let b = 1; b < 4; b++) if (score[b] > score[best]) best = b;
  return LANGS[best];
}

/**
 * How many stop words of each language (in LANGS order) the first `limit` tokens hold, read from
 * their bits. Counted by shifts and adds, with no branch per language: stop words come and go at
 * random, and a test per language mispredicted often enough to cost most of the stage. Signs and
 * numbers are not asked apart: a stop word is letters only, so only word tokens carry its bit.
 */
function scoreByBits(tokens: Token[], limit: number, bits: number[]): number[] {
  const en = 31 - Math.clz32(bits[0]);
  const fr = 31 - Math.clz32(bits[1]);
  const de = 31 - Math.clz32(bits[2]);
  const es = 31 - Math.clz32(bits[3]);
  let inEn = 0;
  let inFr = 0;
  let inDe = 0;
  let inEs = 0;
  for (let i = 0; i < limit; i++) {
    const starts = tokens[i].starts;
    inEn += (starts >>> en) & 1;
    inFr += (starts >>> fr) & 1;
    inDe += (starts >>> de) & 1;
    inEs += (starts >>> es) & 1;
  }
  return [inEn, inFr, inDe, inEs];
}

/** The same, read from the words' masks in STOPS. */
function scoreByMap(tokens: Token[], limit: number): number[] {
  const score = [0, 0, 0, 0];
  for (let i = 0; i < limit; i++) {
    const t = tokens[i];
    const mask = t.kind === 'word' ? STOPS.get(t.lower) : undefined;
    if (mask) for (let b = 0; b < 4; b++) if (mask & (1 << b)) score[b]++;
  }
  return score;
}
