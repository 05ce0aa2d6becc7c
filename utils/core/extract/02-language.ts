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
/** Most words are no stop word: a bit test (see wordSet) spares them the Map look-up. */
const isStopWord = wordSet(STOPS.keys());

export function detectLanguage(tokens: Token[], hint?: string): Lang {
  const primary = hint?.toLowerCase().split(/[-_]/)[0];
  if (primary && (LANGS as string[]).includes(primary)) return primary as Lang;
  const score = [0, 0, 0, 0];
  const limit = Math.min(tokens.length, 4000);
  for (let i = 0; i < limit; i++) {
    const t = tokens[i];
    const mask = t.kind === 'word' && isStopWord(t) ? STOPS.get(t.lower) : undefined;
    if (mask) for (let b = 0; b < 4; b++) if (mask & (1 << b)) score[b]++;
  }
  let best = 0;
  for (let b = 1; b < 4; b++) if (score[b] > score[best]) best = b;
  return LANGS[best];
}
