// `npm run bench:page:firefox`: the page benchmark in headless Firefox ESR, driven like the e2e
// tests (puppeteer-core over WebDriver BiDi), with the built MV2 extension (npm run build:e2e;
// CLAIMCHECK_OUT_DIR picks the build) beside the same pages with no extension.
//
// What Firefox lets a page measure differs from Chromium: there is no Long Tasks API
// (PerformanceObserver.supportedEntryTypes has no 'longtask') and no JS heap figure
// (no performance.memory, no CDP). So the main thread is watched from the page itself: a probe
// installed before the page's scripts runs a 10 ms timer and records how late each tick comes;
// a tick more than 50 ms late means the thread was held by one long stretch of work (ours, the
// page's or the browser's). The content script's own performance measures (claimcheck:*) are
// visible to the page in Firefox as in Chromium, and give its main-thread time and longest
// slice. Firefox rounds performance.now() to 1 ms for pages. Writes bench/results-page-firefox.md.
import { randomUUID } from 'node:crypto';
import { rmSync, writeFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';
import { FIREFOX_PATH, GECKO_ID } from '../tests/e2e/harness/firefox';
import { startFixtureServer } from '../tests/e2e/harness/server';
import { writeBenchPages } from './bench/page-fixtures';
import { markdownTable } from './bench/table';
import { describeMachine, median } from './bench/timing';

const ROOT = resolve(import.meta.dirname, '..');
const EXTENSION = resolve(ROOT, process.env.CLAIMCHECK_OUT_DIR || '.output', 'firefox-mv2');
/** Earlier builds run alongside (CLAIMCHECK_BASELINE_DIR=<output folder>[,…]), loads interleaved; BENCH_PAGES and BENCH_OFF=0 as for bench:page. */
const BASELINE_DIRS = (process.env.CLAIMCHECK_BASELINE_DIR ?? '').split(',').filter(Boolean);
const ONLY_PAGES = (process.env.BENCH_PAGES ?? '').split(',').filter(Boolean);
const WITH_OFF = process.env.BENCH_OFF !== '0';
const LOADS = Number(process.env.BENCH_LOADS) || 3;
/** How long a load is watched after the DOM is ready (the content script runs at document_idle). */
const SETTLE_MS = 4000;
const MAX_WAIT_MS = 60_000;
const TICK_MS = 10;
const LATE_MS = 50;

// Runs in the page before its scripts: a 10 ms timer that records late ticks, and the first highlight.
const PROBE = `(() => {
  const probe = (window.__bench = { late: [], firstHighlight: null });
  let last = performance.now();
  setInterval(() => {
    const now = performance.now();
    if (now - last - ${TICK_MS} > ${LATE_MS}) probe.late.push([last, now - last - ${TICK_MS}]);
    last = now;
  }, ${TICK_MS});
  const poll = () => { if (globalThis.CSS && CSS.highlights && CSS.highlights.size > 0) probe.firstHighlight = performance.now(); else setTimeout(poll, 5); };
  poll();
})();`;

interface Load {
  firstHighlightMs: number | null;
  /** Late ticks of the page's timer from the content script's start (or from DOMContentLoaded when off) on. */
  longestLateMs: number;
  lateSumMs: number;
  measures: Record<string, number>;
}

async function launch(extension: string | null): Promise<Browser> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: true,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: { 'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: randomUUID() }) },
  });
  if (extension) await browser.installExtension(extension);
  return browser;
}

async function loadOnce(browser: Browser, url: string, withExtension: boolean): Promise<Load> {
  // A window of its own: the content script does no work in a hidden tab.
  const page = await browser.newPage({ type: 'window' });
  await page.evaluateOnNewDocument(PROBE);
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  const ready = await page.evaluate(() => performance.now());
  await new Promise((resume) => setTimeout(resume, SETTLE_MS));
  if (withExtension)
    await page.waitForFunction(() => performance.getEntriesByName('claimcheck:analysis').length > 0, { timeout: MAX_WAIT_MS, polling: 100 }).catch(() => undefined);
  const seen = await page.evaluate(() => {
    const measures: Record<string, number> = {};
    for (const e of performance.getEntriesByType('measure')) if (e.name.startsWith('claimcheck:') && !(e.name.slice(11) in measures)) measures[e.name.slice(11)] = e.duration;
    const [start] = performance.getEntriesByName('claimcheck:start');
    const probe = (window as unknown as { __bench: { late: [number, number][]; firstHighlight: number | null } }).__bench;
    return { measures, start: start ? start.startTime : null, late: probe.late, firstHighlight: probe.firstHighlight };
  });
  await page.close();
  const from = seen.start ?? ready;
  // A late tick counts from the content script's start: the stretch that made it late ended after it.
  const late = seen.late.filter(([at, ms]) => at + ms >= from).map(([, ms]) => ms);
  return {
    firstHighlightMs: seen.firstHighlight,
    longestLateMs: Math.max(0, ...late),
    lateSumMs: late.reduce((sum, ms) => sum + ms, 0),
    measures: seen.measures,
  };
}

const fmt = (x: number | null | undefined) => (x == null || !Number.isFinite(x) ? '—' : x.toFixed(0));
function med(loads: Load[], pick: (l: Load) => number | null | undefined): number | null {
  const values = loads.map(pick).filter((v): v is number => v != null && Number.isFinite(v));
  return values.length ? median(values) : null;
}

async function main(): Promise<void> {
  const { dir, pages: all } = writeBenchPages();
  const pages = ONLY_PAGES.length > 0 ? all.filter((p) => ONLY_PAGES.some((only) => p.file === `${only}.html`)) : all;
  const server = await startFixtureServer(dir);
  const builds = [
    ...(WITH_OFF ? [{ label: 'off', extension: null }] : []),
    { label: 'this build', extension: EXTENSION },
    ...BASELINE_DIRS.map((folder, i) => ({ label: i === 0 ? 'baseline' : basename(resolve(folder)), extension: resolve(folder, 'firefox-mv2') })),
  ];
  const loads = new Map<string, Load[]>();
  let version = 'Firefox';
  try {
    const browsers: { label: string; extension: string | null; browser: Browser }[] = [];
    try {
      for (const build of builds) browsers.push({ ...build, browser: await launch(build.extension) });
      version = (await browsers[0].browser.version()).replace('/', ' ');
      // Rounds: every build loads every page once per round, so a slow spell of the machine hits all alike.
      // The order turns each round: two runs of one content script, first and third in every round,
      // differed by half in their text phase (263 against 398 ms, load average 5).
      for (let round = 0; round < LOADS; round++)
        for (const { name, file } of pages)
          for (const { label, extension, browser } of browsers.map((_, i) => browsers[(i + round) % browsers.length])) {
            const key = `${name}|${label}`;
            loads.set(key, [...(loads.get(key) ?? []), await loadOnce(browser, server.url(file), extension !== null)]);
          }
      process.stderr.write(`bench:page:firefox ${LOADS} rounds done\n`);
    } finally {
      for (const { browser } of browsers) await browser.close();
    }
  } finally {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
  const m = (name: string) => (l: Load) => l.measures[name];
  const table = markdownTable(
    ['page', 'content script main thread, start → first highlight (ms)', 'its main thread, start → all highlights (ms)', 'its longest slice (ms)', 'engine (ms)', 'first highlight after script start (ms)', 'all highlights after script start (ms)', 'first highlight after navigation start (ms)', `longest late tick after script start, on (off) (ms)`, 'late ticks sum, on (off) (ms)', 'loads'],
    pages.flatMap((p) =>
      builds.filter((b) => b.extension).map((b) => {
        const on = loads.get(`${p.name}|${b.label}`) ?? [];
        const off = loads.get(`${p.name}|off`) ?? [];
        return [
          BASELINE_DIRS.length > 0 ? `${p.name}, ${b.label}` : p.name,
          fmt(med(on, m('main-thread-to-first-highlight'))),
          fmt(med(on, m('main-thread'))),
          fmt(med(on, m('longest-slice'))),
          fmt(med(on, m('engine'))),
          fmt(med(on, m('time-to-highlights'))),
          fmt(med(on, m('time-to-all-highlights'))),
          fmt(med(on, (l) => l.firstHighlightMs)),
          `${fmt(med(on, (l) => l.longestLateMs))} (${fmt(med(off, (l) => l.longestLateMs))})`,
          `${fmt(med(on, (l) => l.lateSumMs))} (${fmt(med(off, (l) => l.lateSumMs))})`,
          String(on.length),
        ];
      }),
    ),
  );
  // Where the content script's main thread went: its slices summed by the phase they started in, as bench:page shows for Chromium.
  const phaseNames = [...new Set([...loads.values()].flat().flatMap((l) => Object.keys(l.measures).filter((k) => k.startsWith('phase-'))))];
  const phases = markdownTable(
    ['page', 'slices', ...phaseNames.map((name) => `${name.slice(6)} (ms)`)],
    pages.flatMap((p) =>
      builds.filter((b) => b.extension).map((b) => {
        const on = loads.get(`${p.name}|${b.label}`) ?? [];
        return [BASELINE_DIRS.length > 0 ? `${p.name}, ${b.label}` : p.name, fmt(med(on, m('slices'))), ...phaseNames.map((name) => { const v = med(on, m(name)); return v === null ? "—" : v.toFixed(1); })];
      }),
    ),
  );
  const markdown = [
    '# Page benchmark (Firefox)',
    '',
    `Generated by \`npm run bench:page:firefox\` (scripts/bench-page-firefox.ts) on ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC.`,
    `Machine: ${describeMachine()}; ${version}, headless.`,
    '',
    `The built test extension (npm run build:e2e, firefox-mv2) against the same pages with no extension. Median of ${LOADS}`,
    `loads, each watched ${SETTLE_MS / 1000} s after DOMContentLoaded. Firefox has no Long Tasks API and gives pages no heap`,
    `figure: a ${TICK_MS} ms timer in the page stands in, and a tick more than ${LATE_MS} ms late marks a long stretch of`,
    "main-thread work (ours, the page's or the browser's), counted from the content script's start (from DOMContentLoaded",
    "when off). The content script's own figures come from its performance measures (claimcheck:*), which Firefox shows",
    'to the page; Firefox rounds page timers to 1 ms. — means not observed.',
    '',
    table,
    '',
    "Where the content script's main thread went (first run): slices summed by the phase they started in (locate the",
    'article, read its text, engine = making the ranges of the parts as they arrive, messages = reading the replies, paint, apply).',
    '',
    phases,
    '',
  ].join('\n');
  // BENCH_OUT=<file>: elsewhere (another build's run that should not replace the committed results).
  writeFileSync(resolve(ROOT, process.env.BENCH_OUT || 'bench/results-page-firefox.md'), markdown);
  console.log(markdown);
}

await main();
