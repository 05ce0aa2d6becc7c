// What fills the content script's longest tasks on one bench page, cold: a Chromium trace of the
// page's renderer from navigation until the first analysis ends, then every main-thread task
// after the script's start that took more than a few ms, with what ran inside it (script, GC,
// style, layout) summed by event name, and the collections over 2 ms. Tracing slows the page
// (style recalculations most): read it for what a task holds, not for how long it takes.
//   CLAIMCHECK_OUT_DIR=<build> npx tsx scripts/bench/page-trace.ts [typical|short|heavy] [MIN_MS]
import { openBenchPageSession } from './page-session';

interface TraceEvent { name: string; ph: string; ts: number; dur?: number; tdur?: number; pid: number; tid: number; args?: Record<string, unknown> }

const which = process.argv[2] ?? 'heavy';
const minMs = Number(process.argv[3] ?? 6);
const CATEGORIES = ['devtools.timeline', 'v8.gc', 'blink.user_timing', 'toplevel'];

const { context, server, close } = await openBenchPageSession('claimcheck-trace-');
try {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', ({ value }) => void events.push(...(value as unknown as TraceEvent[])));
  const complete = new Promise<void>((done) => cdp.once('Tracing.tracingComplete', () => done()));
  await cdp.send('Tracing.start', { traceConfig: { includedCategories: CATEGORIES }, transferMode: 'ReportEvents' });
  await page.goto(server.url(`${which}.html`), { waitUntil: 'domcontentloaded' });
  await page.waitForFunction(() => performance.getEntriesByName('claimcheck:analysis').length > 0, undefined, { timeout: 60_000, polling: 50 });
  const measures = await page.evaluate(() => performance.getEntriesByType('measure').filter((e) => e.name.startsWith('claimcheck:')).map((e) => `${e.name.slice(11)} ${e.duration.toFixed(1)}`));
  await cdp.send('Tracing.end');
  await complete;

  // The renderer's main thread: where the content script's start mark was recorded.
  const start = events.find((e) => e.name === 'claimcheck:start');
  if (!start) throw new Error('no claimcheck:start mark in the trace');
  const main = events.filter((e) => e.pid === start.pid && e.tid === start.tid);
  const tasks = main.filter((e) => (e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask') && e.ph === 'X' && e.ts >= start.ts - 1000 && (e.dur ?? 0) / 1000 >= minMs);
  console.log(`tasks of ${minMs} ms or more on the main thread after the script's start (${which} page):`);
  for (const task of tasks) {
    const end = task.ts + (task.dur ?? 0);
    const inside = new Map<string, number>();
    for (const e of main) {
      if (e.ph !== 'X' || e === task || e.ts < task.ts || e.ts >= end) continue;
      inside.set(e.name, (inside.get(e.name) ?? 0) + (e.dur ?? 0) / 1000);
    }
    const parts = [...inside].sort((a, b) => b[1] - a[1]).slice(0, 8).map(([name, ms]) => `${name} ${ms.toFixed(1)}`);
    const thread = task.tdur === undefined ? '     —' : (task.tdur / 1000).toFixed(1).padStart(6);
    console.log(`  +${((task.ts - start.ts) / 1000).toFixed(0).padStart(5)} ms  ${((task.dur ?? 0) / 1000).toFixed(1).padStart(6)} ms (thread ${thread} ms)  ${parts.join(', ')}`);
  }
  // Collections over 2 ms anywhere on the main thread after the start (they may fall between tasks).
  const gcs = main.filter((e) => e.ph === 'X' && e.ts >= start.ts && (e.dur ?? 0) > 2000 && /^(MajorGC|MinorGC)$/.test(e.name));
  for (const gc of gcs) console.log(`  gc +${((gc.ts - start.ts) / 1000).toFixed(0)} ms ${gc.name} ${((gc.dur ?? 0) / 1000).toFixed(1)} ms`);
  console.log(measures.join('\n'));
} finally {
  await close();
}
