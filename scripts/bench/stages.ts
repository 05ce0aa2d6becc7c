// Time per pipeline stage on the bench's generated articles (steady state, after warm-up):
//   npx tsx scripts/bench/stages.ts [KB] [ROUNDS]
// Prints ms per MB for each stage so the costliest one is plain to see.
import { compareDocuments } from '../../utils/core/compare';
import { tokenize } from '../../utils/core/extract/01-tokens';
import { detectLanguage } from '../../utils/core/extract/02-language';
import { splitSentences } from '../../utils/core/extract/03-sentences';
import { findEntities } from '../../utils/core/extract/06-entities';
import { readClaims } from '../../utils/core/extract/09-claims';
import { extractDocument } from '../../utils/core/extract';
import { generateCorpus } from './corpus';

const kb = Number(process.argv[2] ?? 1024);
const rounds = Number(process.argv[3] ?? 8);
const texts = generateCorpus(20261126, kb * 1024).map((a) => a.text);
const mb = texts.reduce((n, t) => n + Buffer.byteLength(t, 'utf8'), 0) / 2 ** 20;
const totals = new Map<string, number[]>();
const time = <T>(name: string, f: () => T): T => {
  const t0 = performance.now();
  const out = f();
  const list = totals.get(name) ?? [];
  list.push(performance.now() - t0);
  totals.set(name, list);
  return out;
};
for (let r = 0; r < rounds; r++) {
  const docs = texts.map((text, i) => {
    const tokens = time('1 tokenize', () => tokenize(text));
    const lang = time('2 language', () => detectLanguage(tokens));
    const sentences = time('3 sentences', () => splitSentences(text, tokens));
    const mentions = time('4 entities', () => findEntities(text, tokens, sentences, lang));
    time('5 claims', () => readClaims(text, tokens, sentences, mentions, lang, null));
    return { id: `d${i + 1}`, source: `a${i}`, text, published: undefined, ...time('all extraction', () => extractDocument(`d${i + 1}`, text)) };
  });
  time('6 compare', () => compareDocuments(docs));
}
for (const [name, list] of totals) {
  // per round: the sum over documents; keep the best half of rounds (noise is one-sided)
  const perRound: number[] = [];
  const per = list.length / rounds;
  for (let r = 0; r < rounds; r++) perRound.push(list.slice(r * per, (r + 1) * per).reduce((a, b) => a + b, 0));
  perRound.sort((a, b) => a - b);
  const best = perRound.slice(0, Math.max(1, rounds >> 1));
  console.log(`${name.padEnd(16)} ${(best.reduce((a, b) => a + b, 0) / best.length / mb).toFixed(1).padStart(7)} ms/MB`);
}
