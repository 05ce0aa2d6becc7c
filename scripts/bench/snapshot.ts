// Regression guard for speed work: writes the full report of `analyze` over the devset, the
// core fixtures and the generated bench corpora (as separate articles and as one page) to a
// JSON file, so a change meant only to be faster can be checked to change no output:
//   npx tsx scripts/bench/snapshot.ts before.json   (… change the engine …)
//   npx tsx scripts/bench/snapshot.ts after.json && cmp before.json after.json
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze, type InputDocument } from '../../utils/core/index';
import { generateCorpus, joinArticles } from './corpus';

const out = process.argv[2];
if (!out) throw new Error('usage: snapshot.ts OUT.json [DEVSET_DIR] [FIXTURES_DIR]');
const devset = process.argv[3] ?? join('..', 'shared', 'devset', 'articles');
const fixtures = process.argv[4] ?? join('tests', 'fixtures', 'core', 'extract');

const runs: Record<string, unknown> = {};
const txt = (dir: string) => readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => ({ source: f, text: readFileSync(join(dir, f), 'utf8') }));

try {
  const docs: InputDocument[] = txt(devset).map((d) => {
    const meta = JSON.parse(readFileSync(join(devset, d.source.replace(/\.txt$/, '.json')), 'utf8'));
    return { ...d, published: meta.published };
  });
  runs.devsetEach = docs.map((d) => analyze([d]));
  runs.devsetAll = analyze(docs);
} catch (e) {
  process.stderr.write(`snapshot: devset skipped (${(e as Error).message})\n`);
}
runs.fixtures = analyze(txt(fixtures));
for (const [label, bytes] of [['100KB', 100 * 1024], ['1MB', 1024 * 1024]] as const) {
  const articles = generateCorpus(20261126, bytes);
  runs[`${label}-articles`] = analyze(articles.map((a, i) => ({ source: `a${i}`, text: a.text })));
  runs[`${label}-page`] = analyze([{ source: 'page', text: joinArticles(articles).text }]);
}
// the same corpora with every third line break removed: long sentences, few paragraphs
const squashed = joinArticles(generateCorpus(7, 200 * 1024)).text.replace(/\n\n/g, (_m, i: number) => (i % 3 ? ' ' : '\n\n'));
runs.squashed = analyze([{ source: 'squashed', text: squashed }]);
writeFileSync(out, JSON.stringify(runs, null, 1));
const claims = JSON.stringify(runs).match(/"metric"/g)?.length ?? 0;
process.stderr.write(`snapshot: ${claims} claims written to ${out}\n`);
