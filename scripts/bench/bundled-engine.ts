// The engine as the extension ships it: utils/core bundled into one script (esbuild, as the
// extension's bundler inlines it) and timed alone in a child process, beside one pass of the floor
// regex over the same text in that same process. Under tsx, and beside the peers' code in the main
// bench process, the same engine runs markedly slower (modules through the loader, a heap shared
// with compromise and wink-nlp); this is the figure for what a reader's browser runs.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { buildSync } from 'esbuild';
import { NUMBER_LIKE } from './tools';

export interface BundledTiming {
  /** MB/s of wall time, whole 1 MB call (the fastest of the rounds, the median). */
  mbPerSecondBest: number;
  mbPerSecondMedian: number;
  /** The call's time over one pass of the floor regex, medians. */
  ratioToFloor: number;
  /** One ~10 KB article: the median of its calls, ms. */
  tenKbMs: number;
  rounds: number;
}

const ROOT = resolve(import.meta.dirname, '../..');
/** The floor tool's regex (tools.ts), written into the child's source. */
const FLOOR = `new RegExp(${JSON.stringify(NUMBER_LIKE.source)}, 'g')`;

// Runs in the child: loads the bundle, warms it on other text, then alternates the engine's
// whole 1 MB call with the floor's pass; then times the 10 KB article alone.
const CHILD = `
const fs = require('fs'); const vm = require('vm');
const [bundle, dataFile, rounds] = process.argv.slice(2);
vm.runInThisContext(fs.readFileSync(bundle, 'utf8'), { filename: 'engine.js' });
const analyze = globalThis.__claimcheckEngine.analyze;
const { texts, warm, article } = JSON.parse(fs.readFileSync(dataFile, 'utf8'));
const docs = texts.map((text, i) => ({ source: 'a' + i + '.txt', text }));
const floor = () => { let n = 0; for (const t of texts) { const re = ${FLOOR}; while (re.exec(t)) n++; } return n; };
for (let k = 0; k < 12; k++) analyze(warm.map((text, i) => ({ source: 'w' + i + '.txt', text })));
const engineMs = [], floorMs = [];
for (let r = 0; r < Number(rounds); r++) {
  let t0 = performance.now(); analyze(docs); engineMs.push(performance.now() - t0);
  t0 = performance.now(); floor(); floorMs.push(performance.now() - t0);
}
const one = [{ source: 'one.txt', text: article }];
const tenKb = [];
for (let r = 0; r < 40; r++) { const t0 = performance.now(); analyze(one); tenKb.push(performance.now() - t0); }
process.stdout.write(JSON.stringify({ engineMs, floorMs, tenKb }));
`;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1];

/** `texts`: the 1 MB corpus; `warm`: other generated text; `article`: one ~10 KB article. */
export function timeBundledEngine(texts: string[], warm: string[], article: string, rounds = 9): BundledTiming {
  const dir = mkdtempSync(join(tmpdir(), 'claimcheck-bundled-'));
  try {
    const bundle = join(dir, 'engine.js');
    buildSync({
      entryPoints: [join(ROOT, 'utils/core/index.ts')], bundle: true, format: 'iife', globalName: '__claimcheckEngine',
      platform: 'neutral', mainFields: ['module', 'main'], target: 'es2022', minify: true, outfile: bundle, logLevel: 'error',
    });
    const data = join(dir, 'data.json');
    writeFileSync(data, JSON.stringify({ texts, warm, article }));
    const child = join(dir, 'child.cjs');
    writeFileSync(child, CHILD);
    const out = JSON.parse(execFileSync(process.execPath, [child, bundle, data, String(rounds)], { encoding: 'utf8', maxBuffer: 1 << 24 })) as { engineMs: number[]; floorMs: number[]; tenKb: number[] };
    const mb = texts.reduce((n, t) => n + Buffer.byteLength(t, 'utf8'), 0) / 2 ** 20;
    return {
      mbPerSecondBest: mb / (Math.min(...out.engineMs) / 1000),
      mbPerSecondMedian: mb / (median(out.engineMs) / 1000),
      ratioToFloor: median(out.engineMs) / median(out.floorMs),
      tenKbMs: median(out.tenKb),
      rounds,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
