// The content script's slices on a bench page, judged by CPU time: a Chromium trace of each
// load, from the script's start until its first analysis ends, gives every script task on the
// page's main thread (a slice, a message from the background, the bundle's evaluation) with its
// wall and thread (CPU) time. Per build (interleaved loads, so a busy spell of the shared
// machine hits all alike): medians of the script's CPU in all, the bundle's evaluation task apart
// (no slice: its modules and main()'s first steps), the longest later task's CPU and wall time,
// how many later tasks ran over 8 ms of CPU (and their sum over all loads), and the page's own
// first/all-highlight times. With
// VERBOSE=1 every script task over MIN_MS is listed, labelled by the last `cc:` performance mark
// before it (a build with marks added by hand tells the phases apart). Tracing slows the page:
// compare builds, not against the budget.
// VERBOSE also lists the cc: marks inside each listed task (name@ms from the task's start);
// EXTRA_CATEGORIES=a,b adds trace categories (e.g. disabled-by-default-v8.gc), TOP_EVENTS=n
// lists n event names per task instead of 4.
//   CLAIMCHECK_OUT_DIR=<build> CLAIMCHECK_BASELINE_DIR=<other>[,<another>] npx tsx scripts/bench/page-timeline.ts [heavy|typical|short] [LOADS] [MIN_MS]
import { basename, resolve } from 'node:path';
import { type BenchPageSession, openBenchPageSession } from './page-session';
import { median } from './timing';
import { traceLoad, type TraceEvent } from './trace-load';


const which = process.argv[2] ?? 'heavy';
const loads = Number(process.argv[3] ?? 5);
const minMs = Number(process.argv[4] ?? 5);
const CATEGORIES = ['devtools.timeline', 'blink.user_timing', 'toplevel', 'v8', ...(process.env.EXTRA_CATEGORIES ?? '').split(',').filter(Boolean)];
/**
 * Top-level work on the main thread: tasks, and the microtask checkpoints Blink runs outside any
 * task (after the storage answer, main()'s continuation and the first slice run in one of those).
 */
const CHECKPOINT = 'BlinkScheduler_PerformMicrotaskCheckpoint';
const TASKS = new Set(['RunTask', 'ThreadControllerImpl::RunTask', CHECKPOINT]);
const SCRIPT = new Set(['FunctionCall', 'EvaluateScript', 'v8.callFunction']);
const BUDGET_MS = 8;

interface Sample { renderCpu: number; styleCpu: number; styleAllCpu: number; scriptCpu: number; evaluateCpu: number; longestCpu: number; longestCpuNoGc: number; longestWall: number; over: number; first: number; all: number; engine: number }

async function traceOnce(session: BenchPageSession, label: string): Promise<Sample> {
  const { events, measures } = await traceLoad(session, which, CATEGORIES);
  const start = events.find((e) => e.name === 'claimcheck:start');
  const end = events.find((e) => e.name.startsWith('claimcheck:longest-slice-phase:'));
  if (!start || !end) throw new Error('no claimcheck marks in the trace');
  const main = events.filter((e) => e.pid === start.pid && e.tid === start.tid && e.ph === 'X');
  const marks = events.filter((e) => e.pid === start.pid && e.tid === start.tid && e.ph !== 'X' && /^cc:/.test(e.name)).sort((a, b) => a.ts - b.ts);
  const candidates = main.filter((e) => TASKS.has(e.name) && e.ts + (e.dur ?? 0) >= start.ts && e.ts <= end.ts).sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  // A checkpoint (or task) nested inside another is that one's work: only outermost ones count.
  const tasks: TraceEvent[] = [];
  for (const e of candidates) {
    const outer = tasks.at(-1);
    if (outer && e.ts < outer.ts + (outer.dur ?? 0)) continue;
    tasks.push(e);
  }
  const sample: Sample = { renderCpu: 0, styleCpu: 0, styleAllCpu: 0, scriptCpu: 0, evaluateCpu: 0, longestCpu: 0, longestCpuNoGc: 0, longestWall: 0, over: 0, first: measures['time-to-highlights'] ?? NaN, all: measures['time-to-all-highlights'] ?? NaN, engine: measures.engine ?? NaN };
  // Style recalculation CPU (outermost UpdateLayoutTree events): in the analysis' window, and over the whole load
  // (a sheet present from the start is paid for in the page's own first style update instead).
  const styles = main.filter((e) => e.name === 'UpdateLayoutTree').sort((a, b) => a.ts - b.ts);
  let styleEnd = -Infinity;
  for (const e of styles) {
    if (e.ts < styleEnd) continue;
    styleEnd = e.ts + (e.dur ?? 0);
    const cpu = (e.tdur ?? e.dur ?? 0) / 1000;
    sample.styleAllCpu += cpu;
    if (e.ts + (e.dur ?? 0) >= start.ts && e.ts <= end.ts) sample.styleCpu += cpu;
  }
  for (const task of tasks) {
    const taskEnd = task.ts + (task.dur ?? 0);
    const inside = main.filter((e) => e !== task && e.ts >= task.ts && e.ts < taskEnd);
    // Script tasks only: rendering tasks (style, layout, paint) are the browser's, counted by the bench's long-task column.
    // (A checkpoint runs promise callbacks, which leave no FunctionCall event: all of it is script.)
    if (task.name !== CHECKPOINT && !inside.some((e) => SCRIPT.has(e.name))) {
      // The longest rendering task (style, layout, paint) in the window: a stylesheet change restyles the whole page there.
      sample.renderCpu = Math.max(sample.renderCpu, (task.tdur ?? task.dur ?? 0) / 1000);
      continue;
    }
    // A collection inside a task is the heap's, not this task's own work: the longest task is also reported without it.
    const gc = inside.filter((e) => e.name === 'MinorGC' || e.name === 'MajorGC').reduce((sum, e) => sum + (e.tdur ?? e.dur ?? 0) / 1000, 0);
    const cpu = (task.tdur ?? task.dur ?? 0) / 1000;
    const wall = (task.dur ?? 0) / 1000;
    sample.scriptCpu += cpu;
    // The task that evaluates the bundle holds the script's start mark: it is no slice (its modules
    // and main()'s first steps), so it is reported apart and left out of the slices' figures.
    const evaluation = task.ts <= start.ts && start.ts < taskEnd;
    if (evaluation) sample.evaluateCpu = cpu;
    else {
      sample.longestCpuNoGc = Math.max(sample.longestCpuNoGc, cpu - gc);
      if (cpu > BUDGET_MS) sample.over++;
      if (cpu > sample.longestCpu) sample.longestCpu = cpu;
      sample.longestWall = Math.max(sample.longestWall, wall);
    }
    if (process.env.VERBOSE && (cpu >= minMs || wall >= minMs)) {
      let phase = '';
      for (const m of marks) if (m.ts <= taskEnd) phase = m.name.slice(3); else break;
      const totals = new Map<string, number>();
      for (const e of inside) if (!SCRIPT.has(e.name)) totals.set(e.name, (totals.get(e.name) ?? 0) + (e.dur ?? 0) / 1000);
      const parts = [...totals].sort((a, b) => b[1] - a[1]).slice(0, Number(process.env.TOP_EVENTS ?? 4)).map(([n, ms]) => `${n} ${ms.toFixed(1)}`);
      console.log(`  ${label} +${((task.ts - start.ts) / 1000).toFixed(0).padStart(5)} ms ${phase.padEnd(16)} ${wall.toFixed(1).padStart(6)} wall ${cpu.toFixed(1).padStart(6)} cpu  ${parts.join(', ')}`);
      // The marks inside the task, each with its wall time from the task's start: where its time went.
      const within = marks.filter((m) => m.ts >= task.ts && m.ts <= taskEnd).map((m) => `${m.name.slice(3)}@${((m.ts - task.ts) / 1000).toFixed(1)}`);
      if (within.length > 0) console.log(`      ${within.join(' ')}`);
    }
  }
  return sample;
}

const dirs = [process.env.CLAIMCHECK_OUT_DIR || '.output', ...(process.env.CLAIMCHECK_BASELINE_DIR ?? '').split(',').filter(Boolean)];
const builds: { label: string; session: BenchPageSession; samples: Sample[] }[] = [];
try {
  for (const dir of dirs) builds.push({ label: basename(resolve(dir)), session: await openBenchPageSession('claimcheck-timeline-', dir), samples: [] });
  // The order turns each round, so no build always loads first.
  for (let round = 0; round < loads; round++)
    for (const build of builds.map((_, i) => builds[(i + round) % builds.length])) {
      const s = await traceOnce(build.session, build.label);
      build.samples.push(s);
      console.log(`${build.label} load ${round + 1}: ${JSON.stringify(Object.fromEntries(Object.entries(s).map(([k, v]) => [k, Math.round(v * 10) / 10])))}`);
    }
} finally {
  for (const { session } of builds) await session.close();
}
console.log(`\n${which} page, ${loads} traced loads per build, medians (script tasks on the page's main thread; CPU = thread time):`);
console.log('build | longest rendering task CPU ms (analysis window) | style recalc CPU ms: window / whole load');
for (const { label, samples } of builds) {
  const m = (pick: (s: Sample) => number) => median(samples.map(pick)).toFixed(1);
  console.log(`${label} | ${m((s) => s.renderCpu)} | ${m((s) => s.styleCpu)} / ${m((s) => s.styleAllCpu)}`);
}
console.log(`build | script CPU ms | bundle evaluation task CPU ms | longest later script task CPU / wall ms | longest without GC, CPU ms | later tasks over ${BUDGET_MS} ms CPU (sum over loads) | first / all highlights ms | engine ms`);
for (const { label, samples } of builds) {
  const m = (pick: (s: Sample) => number) => median(samples.map(pick)).toFixed(1);
  const overSum = samples.reduce((sum, s) => sum + s.over, 0);
  console.log(`${label} | ${m((s) => s.scriptCpu)} | ${m((s) => s.evaluateCpu)} | ${m((s) => s.longestCpu)} / ${m((s) => s.longestWall)} | ${m((s) => s.longestCpuNoGc)} | ${m((s) => s.over)} (${overSum}) | ${m((s) => s.first)} / ${m((s) => s.all)} | ${m((s) => s.engine)}`);
}
