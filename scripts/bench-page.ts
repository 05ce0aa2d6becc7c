// `npm run bench:page`: the built extension (npm run build:e2e; CLAIMCHECK_OUT_DIR picks the
// build) in headless Chromium on a short article, a typical one (~12 KB of text) and a generated
// heavy page, beside the same pages with the extension off. Per page and mode, the median of a
// few loads: main-thread long tasks (from a PerformanceObserver installed before the page's own
// scripts), the content script's own performance measures, time to the first CSS highlight, and
// the JS heap after a forced GC. After each load the bench changes the URL (pushState), which
// makes the content script read the page again: that second, warm run tells the engine's
// first-run cost (compiling its code) from its work. Writes bench/results-page.md.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { startFixtureServer } from '../tests/e2e/harness/server';
import { bundleSizes, CONTENT_SCRIPT_BUDGET_GZIP } from './bench/page-bundle';
import { writeBenchPages } from './bench/page-fixtures';
import { type Load, pageTables } from './bench/page-report';
import { describeMachine } from './bench/timing';

const ROOT = resolve(import.meta.dirname, '..');
const BUILD = resolve(ROOT, process.env.CLAIMCHECK_OUT_DIR || '.output');
const EXTENSION = resolve(BUILD, 'chrome-mv3');
/**
 * Optional: earlier builds to compare with in the same run (CLAIMCHECK_BASELINE_DIR=<output folder>,
 * several separated by commas; each is labelled by its folder's name after the first).
 */
const BASELINE_DIRS = (process.env.CLAIMCHECK_BASELINE_DIR ?? '').split(',').filter(Boolean);
const BASELINE = BASELINE_DIRS.length > 0 ? resolve(BASELINE_DIRS[0], 'chrome-mv3') : null;
/** Optional: only these pages (BENCH_PAGES=typical,heavy), and no extension-off loads (BENCH_OFF=0), for quicker A/B runs. */
const ONLY_PAGES = (process.env.BENCH_PAGES ?? '').split(',').filter(Boolean);
const WITH_OFF = process.env.BENCH_OFF !== '0';
/** Where the results go (BENCH_OUT=<file>, e.g. for an experiment that should not replace bench/results-page.md). */
const OUT = resolve(ROOT, process.env.BENCH_OUT || 'bench/results-page.md');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const LOADS = Number(process.env.BENCH_LOADS) || 3;
/** How long a load is watched after the DOM is ready: the content script runs at document_idle. */
const SETTLE_MS = 4000;
/** At most this long for the first analysis of a page to end (the heavy page on a busy machine). */
const MAX_WAIT_MS = 60_000;
/** WXT notices a URL change within a second; the content script waits 250 ms, then reads again. */
const RERUN_MS = 2500;

// Runs in the page before its scripts: records long tasks and the first highlight.
const PROBE = `(() => {
  const probe = (window.__bench = { longTasks: [], firstHighlight: null });
  try { new PerformanceObserver((list) => { for (const e of list.getEntries()) probe.longTasks.push([e.startTime, e.duration]); }).observe({ type: 'longtask', buffered: true }); } catch {}
  const poll = () => { if (probe.firstHighlight === null && globalThis.CSS && CSS.highlights && CSS.highlights.size > 0) probe.firstHighlight = performance.now(); else if (probe.firstHighlight === null) setTimeout(poll, 5); };
  poll();
})();`;

async function launch(extension: string | null): Promise<{ context: BrowserContext; close: () => Promise<void> }> {
  const withExtension = extension !== null;
  const profile = mkdtempSync(join(tmpdir(), 'claimcheck-bench-chromium-'));
  const args = extension ? [...FLAGS, `--disable-extensions-except=${extension}`, `--load-extension=${extension}`] : FLAGS;
  const context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: true, args });
  if (withExtension && context.serviceWorkers().length === 0) await context.waitForEvent('serviceworker', { timeout: 15_000 });
  await context.addInitScript(PROBE);
  return { context, close: async () => { await context.close(); rmSync(profile, { recursive: true, force: true }); } };
}

type Measures = Record<string, number[]>;

async function loadOnce(context: BrowserContext, url: string, withExtension: boolean): Promise<Load> {
  // The background's own measures (its postMessage time) are read from its service worker, cleared before each load.
  const worker = withExtension ? context.serviceWorkers()[0] : undefined;
  const backgroundMeasures = (name: string) => worker?.evaluate((wanted) => performance.getEntriesByName(wanted).map((e) => e.duration), name).catch(() => [] as number[]);
  await worker?.evaluate(() => performance.clearMeasures()).catch(() => undefined);
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  await page.waitForTimeout(SETTLE_MS);
  // A loaded machine may need longer for the heavy page: wait for the first analysis to end.
  if (withExtension) await page.waitForFunction(() => performance.getEntriesByName('claimcheck:analysis').length > 0, undefined, { timeout: MAX_WAIT_MS, polling: 100 }).catch(() => undefined);
  const readMeasures = () =>
    page.evaluate(() => {
      const measures: Record<string, number[]> = {};
      for (const e of performance.getEntriesByType('measure')) if (e.name.startsWith('claimcheck:')) (measures[e.name.slice(11)] ??= []).push(e.duration);
      const phases = performance.getEntriesByType('mark').map((e) => e.name).filter((n) => n.startsWith('claimcheck:longest-slice-phase:'));
      const [start] = performance.getEntriesByName('claimcheck:start');
      const [evaluate] = performance.getEntriesByName('claimcheck:evaluate');
      const probe = (window as unknown as { __bench: { longTasks: [number, number][]; firstHighlight: number | null } }).__bench;
      return { measures, start: start ? start.startTime : null, longTasks: probe.longTasks, firstHighlight: probe.firstHighlight, longestPhase: phases[0]?.slice(31) ?? '', evaluateMs: start && evaluate ? start.startTime - evaluate.startTime : null };
    });
  const cold = await readMeasures();
  const [backgroundPost] = (await backgroundMeasures('claimcheck:background-post')) ?? [];
  const cdp = await context.newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  let warm: Measures = {};
  if (withExtension) {
    // A same-page URL change: the content script drops its highlights and reads the page again, warm.
    await page.evaluate(() => history.pushState(null, '', `${location.pathname}?again`));
    await page.waitForTimeout(RERUN_MS);
    const runs = cold.measures['analysis']?.length ?? 0;
    await page.waitForFunction((seen) => performance.getEntriesByName('claimcheck:analysis').length > seen, runs, { timeout: MAX_WAIT_MS, polling: 100 }).catch(() => undefined);
    warm = (await readMeasures()).measures;
  }
  await page.close();
  const last = (m: Measures, name: string) => m[name]?.at(-1);
  const first = (m: Measures, name: string) => m[name]?.[0];
  const afterStart = cold.start === null ? [] : cold.longTasks.filter(([at]) => at >= cold.start! - 1).map(([, ms]) => ms);
  const m = cold.measures;
  const rerun = (warm['main-thread']?.length ?? 0) > (m['main-thread']?.length ?? 0);
  return {
    longTaskMs: cold.longTasks.reduce((sum, [, ms]) => sum + ms, 0),
    longestMs: Math.max(0, ...cold.longTasks.map(([, ms]) => ms)),
    longestAfterScriptMs: cold.start === null ? null : Math.max(0, ...afterStart),
    firstHighlightMs: cold.firstHighlight,
    heapMb: heap.usedSize / 2 ** 20,
    mainThread: first(m, 'main-thread'),
    // A build that paints everything at the end records no separate first-highlight entries.
    toFirstMainThread: first(m, 'main-thread-to-first-highlight') ?? first(m, 'main-thread'),
    longestSlice: first(m, 'longest-slice'),
    longestSlicePhase: cold.longestPhase,
    evaluateMs: cold.evaluateMs ?? undefined,
    slices: first(m, 'slices'),
    engine: first(m, 'engine'),
    engineFirstCall: first(m, 'engine-first-call'),
    engineLongestCall: first(m, 'engine-longest-call'),
    backgroundPost,
    toFirstHighlight: first(m, 'time-to-highlights'),
    toAllHighlights: first(m, 'time-to-all-highlights') ?? first(m, 'time-to-highlights'),
    phases: Object.fromEntries(Object.entries(m).filter(([k]) => k.startsWith('phase-')).map(([k, v]) => [k.slice(6), v[0]])),
    warmMainThread: rerun ? last(warm, 'main-thread') : undefined,
    warmToFirstMainThread: rerun ? last(warm, 'main-thread-to-first-highlight') ?? last(warm, 'main-thread') : undefined,
    warmEngine: rerun ? last(warm, 'engine') : undefined,
    warmLongestSlice: rerun ? last(warm, 'longest-slice') : undefined,
  };
}

async function main(): Promise<void> {
  const loadBefore = loadavg()[0];
  const { dir, pages: all } = writeBenchPages();
  const pages = ONLY_PAGES.length > 0 ? all.filter((p) => ONLY_PAGES.some((only) => p.file === `${only}.html`)) : all;
  const server = await startFixtureServer(dir);
  const builds: { label: string; extension: string | null }[] = [
    ...(WITH_OFF ? [{ label: 'off', extension: null }] : []),
    { label: 'this build', extension: EXTENSION },
    ...BASELINE_DIRS.map((dir, i) => ({ label: i === 0 ? 'baseline' : basename(resolve(dir)), extension: resolve(dir, 'chrome-mv3') })),
  ];
  const loads = new Map<string, Load[]>();
  let chromiumVersion = 'Chromium';
  try {
    // Rounds: every build loads every page once per round, so a slow spell of the machine hits all alike.
    const browsers: { build: (typeof builds)[number]; browser: Awaited<ReturnType<typeof launch>> }[] = [];
    for (const build of builds) browsers.push({ build, browser: await launch(build.extension) });
    try {
      chromiumVersion = `Chromium ${browsers[0].browser.context.browser()?.version() ?? ''}`.trim();
      // The order turns each round, so no build always loads first (in the Firefox bench the first build's loads ran slower).
      for (let round = 0; round < LOADS; round++)
        for (const { name, file } of pages)
          for (const { build, browser } of browsers.map((_, i) => browsers[(i + round) % browsers.length])) {
            const key = `${name}|${build.label}`;
            loads.set(key, [...(loads.get(key) ?? []), await loadOnce(browser.context, server.url(file), build.extension !== null)]);
          }
      process.stderr.write(`bench:page ${LOADS} rounds done\n`);
    } finally {
      for (const { browser } of browsers) await browser.close();
    }
  } finally {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
  const sizes = bundleSizes(EXTENSION);
  const markdown = [
    '# Page benchmark (Chromium)',
    '',
    `Generated by \`npm run bench:page\` (scripts/bench-page.ts) on ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC.`,
    `Machine: ${describeMachine()}; ${chromiumVersion}, headless. Load average (1 min) at start and end: ${loadBefore.toFixed(1)}, ${loadavg()[0].toFixed(1)}:`,
    'above the core count, every time is stretched by waiting for a CPU; compare builds within one run.',
    '',
    `The built test extension (npm run build:e2e) against the same pages with no extension. Median of ${LOADS} loads, each`,
    `watched ${SETTLE_MS / 1000} s after DOMContentLoaded. Long tasks come from a PerformanceObserver in the page; the`,
    "content script's own figures from the performance measures it records (claimcheck:*); heap is the",
    "renderer's JS heap after a forced GC (page and content script together). — means not observed.",
    'Main-thread time counts the analysis slices (script start to highlights); evaluating the bundle\'s modules before that is its own column.',
    '',
    `Bundle: content script ${sizes.content.gzip} B gzip (${sizes.content.raw} B raw; budget ${CONTENT_SCRIPT_BUDGET_GZIP} B), lazy hover-card chunk ${sizes.card ? `${sizes.card.gzip} B gzip (${sizes.card.raw} B raw)` : 'absent'}.`,
    ...(BASELINE ? [`Baseline build${process.env.CLAIMCHECK_BASELINE_LABEL ? ` (${process.env.CLAIMCHECK_BASELINE_LABEL})` : ''}, same run, interleaved: content script ${bundleSizes(BASELINE).content.gzip} B gzip.`] : []),
    ...BASELINE_DIRS.slice(1).map((dir) => `Build ${basename(resolve(dir))}, same run, interleaved: content script ${bundleSizes(resolve(dir, 'chrome-mv3')).content.gzip} B gzip.`),
    '',
    ...pageTables(
      pages.flatMap((p) =>
        builds.filter((b) => b.extension).map((b) => ({ name: BASELINE ? `${p.name}, ${b.label}` : p.name, on: loads.get(`${p.name}|${b.label}`) ?? [], off: loads.get(`${p.name}|off`) ?? [] })),
      ),
    ),
    '',
  ].join('\n');
  writeFileSync(OUT, markdown);
  console.log(markdown);
}

await main();
