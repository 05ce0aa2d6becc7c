// A loop to profile: `node --cpu-prof --cpu-prof-dir=/tmp/prof --import tsx scripts/bench/profile.ts [KB] [ROUNDS] [CALLS]`.
// Runs `analyze` on the bench's generated articles, CALLS calls per round (one call takes all
// the articles), and prints ms per round.
import { analyze } from '../../utils/core/index';
import { generateCorpus } from './corpus';

const kb = Number(process.argv[2] ?? 1024);
const rounds = Number(process.argv[3] ?? 10);
const calls = Number(process.argv[4] ?? 1);
const docs = generateCorpus(20261126, kb * 1024).map((a, i) => ({ source: `a${i}`, text: a.text }));
for (let r = 0; r < rounds; r++) {
  const t0 = performance.now();
  for (let c = 0; c < calls; c++) analyze(docs);
  process.stderr.write(`round ${r + 1}: ${((performance.now() - t0) / calls).toFixed(2)} ms per call\n`);
}
