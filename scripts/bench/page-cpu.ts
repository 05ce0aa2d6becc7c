// The content script's CPU time on one bench page, from a Chromium trace: the thread time
// (`tdur`: time the renderer's main thread actually ran, not time it waited for a core) of every
// task on the page's main thread from the script's evaluation until the first analysis ended
// (the bench page runs no script of its own: that is our work and the rendering it causes).
// Meant to be steadier than performance.now() spans on shared cores; on the 2-core machine
// under load 6-8 it was not (one build's typical article: 17 to 59 ms over 5 loads), so use
// many loads and read medians. Tracing slows the page: compare builds, not against the budget.
//   CLAIMCHECK_OUT_DIR=<build> CLAIMCHECK_BASELINE_DIR=<other build>[,<another>] npx tsx scripts/bench/page-cpu.ts [typical|short|heavy] [LOADS]
import { basename, resolve } from 'node:path';
import { type BenchPageSession, openBenchPageSession } from './page-session';
import { median } from './timing';
import { traceLoad, type TraceEvent } from './trace-load';


const which = process.argv[2] ?? 'typical';
const loads = Number(process.argv[3] ?? 7);
const CATEGORIES = ['devtools.timeline', 'blink.user_timing', 'toplevel'];

interface Sample {
  /** Thread ms of the task that evaluated the script (its modules and main()'s first steps). */
  evaluate: number;
  /** Thread ms of the main thread's later tasks (slices, messages, paint) until the analysis ended. */
  later: number;
  /** Longest of those, thread ms. */
  longest: number;
  /** Wall ms of all of them (evaluation included), for comparison with the thread time. */
  wall: number;
}

async function traceOnce(session: BenchPageSession): Promise<Sample> {
  const { events } = await traceLoad(session, which, CATEGORIES);
  const start = events.find((e) => e.name === 'claimcheck:start');
  const end = events.find((e) => e.name.startsWith('claimcheck:longest-slice-phase:'));
  if (!start || !end) throw new Error('no claimcheck marks in the trace');
  const main = events.filter((e) => e.pid === start.pid && e.tid === start.tid && e.ph === 'X').sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const evaluation = main.find((e) => e.name === 'EvaluateScript' && e.args?.data?.url?.startsWith('chrome-extension://'));
  if (!evaluation) throw new Error("no evaluation of the content script in the trace");
  // Every task the main thread ran from the script's evaluation to the analysis' last mark: our
  // script's and what it caused (style, layout, paint of the highlights, message dispatch). The
  // bench page has no script of its own, so little else runs then.
  const tasks: TraceEvent[] = [];
  for (const e of main) {
    const last = tasks.at(-1);
    if (last && e.ts < last.ts + (last.dur ?? 0)) continue;
    if (e.ts + (e.dur ?? 0) >= evaluation.ts && e.ts <= end.ts) tasks.push(e);
  }
  const thread = (e: TraceEvent) => (e.tdur ?? e.dur ?? 0) / 1000;
  const first = tasks.find((t) => t.ts <= evaluation.ts && evaluation.ts < t.ts + (t.dur ?? 0));
  const later = tasks.filter((t) => t !== first);
  return {
    evaluate: first ? thread(first) : thread(evaluation),
    later: later.reduce((sum, t) => sum + thread(t), 0),
    longest: Math.max(0, ...later.map(thread)),
    wall: tasks.reduce((sum, t) => sum + (t.dur ?? 0) / 1000, 0),
  };
}

const dirs = [process.env.CLAIMCHECK_OUT_DIR || '.output', ...(process.env.CLAIMCHECK_BASELINE_DIR ?? '').split(',').filter(Boolean)];
const sessions: { label: string; session: BenchPageSession; samples: Sample[] }[] = [];
try {
  for (const dir of dirs) sessions.push({ label: basename(resolve(dir)), session: await openBenchPageSession('claimcheck-cpu-', dir), samples: [] });
  // Rounds: each build loads the page once per round, so a busy spell hits all alike.
  for (let round = 0; round < loads; round++)
    for (const s of sessions) {
      s.samples.push(await traceOnce(s.session));
      if (process.env.VERBOSE) console.log(s.label, JSON.stringify(s.samples.at(-1)));
    }
} finally {
  for (const { session } of sessions) await session.close();
}
console.log(`${which} page, ${loads} loads per build, medians (thread ms unless said):`);
console.log('build | evaluate task | later tasks | both | longest later task | wall ms of both');
for (const { label, samples } of sessions) {
  const m = (pick: (s: Sample) => number) => median(samples.map(pick)).toFixed(2);
  console.log(`${label} | ${m((s) => s.evaluate)} | ${m((s) => s.later)} | ${m((s) => s.evaluate + s.later)} | ${m((s) => s.longest)} | ${m((s) => s.wall)}`);
}
