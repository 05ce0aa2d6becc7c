// `npm run bench:page`: the built extension (npm run build:e2e) in headless Chromium on a
// typical article and a generated heavy page, beside the same pages with the extension off.
// Per page and mode, the median of a few loads: main-thread long tasks (sum and longest, from a
// PerformanceObserver installed before the page's own scripts), the content script's own
// performance measures, time to the first CSS highlight, and the JS heap after a forced GC.
// Writes bench/results-page.md.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { startFixtureServer } from '../tests/e2e/harness/server';
import { writeBenchPages } from './bench/page-fixtures';
import { markdownTable } from './bench/table';
import { describeMachine, median } from './bench/timing';

const ROOT = resolve(import.meta.dirname, '..');
const EXTENSION = resolve(ROOT, process.env.CLAIMCHECK_OUT_DIR || '.output', 'chrome-mv3');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const LOADS = 3;
/** How long a load is watched after the DOM is ready: the content script runs at document_idle. */
const SETTLE_MS = 4000;

// Runs in the page before its scripts: records long tasks and the first highlight.
const PROBE = `(() => {
  const probe = (window.__bench = { longTasks: [], firstHighlight: null });
  try { new PerformanceObserver((list) => { for (const e of list.getEntries()) probe.longTasks.push(e.duration); }).observe({ type: 'longtask', buffered: true }); } catch {}
  const poll = () => { if (probe.firstHighlight === null && globalThis.CSS && CSS.highlights && CSS.highlights.size > 0) probe.firstHighlight = performance.now(); else if (probe.firstHighlight === null) setTimeout(poll, 5); };
  poll();
})();`;

interface Load { longTaskMs: number; longestMs: number; firstHighlightMs: number | null; heapMb: number; marks: Record<string, number> }

async function launch(withExtension: boolean): Promise<{ context: BrowserContext; close: () => Promise<void> }> {
  const profile = mkdtempSync(join(tmpdir(), 'claimcheck-bench-chromium-'));
  const args = withExtension ? [...FLAGS, `--disable-extensions-except=${EXTENSION}`, `--load-extension=${EXTENSION}`] : FLAGS;
  const context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: true, args });
  if (withExtension && context.serviceWorkers().length === 0) await context.waitForEvent('serviceworker', { timeout: 15_000 });
  await context.addInitScript(PROBE);
  return { context, close: async () => { await context.close(); rmSync(profile, { recursive: true, force: true }); } };
}

async function loadOnce(context: BrowserContext, url: string): Promise<Load> {
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  await page.waitForTimeout(SETTLE_MS);
  const cdp = await context.newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  const seen = await page.evaluate(() => {
    const probe = (window as unknown as { __bench: { longTasks: number[]; firstHighlight: number | null } }).__bench;
    const marks: Record<string, number> = {};
    for (const e of performance.getEntriesByType('measure')) if (e.name.startsWith('claimcheck:')) marks[e.name.slice(11)] = e.duration;
    return { longTasks: probe.longTasks, firstHighlight: probe.firstHighlight, marks };
  });
  await page.close();
  return {
    longTaskMs: seen.longTasks.reduce((a, b) => a + b, 0),
    longestMs: Math.max(0, ...seen.longTasks),
    firstHighlightMs: seen.firstHighlight,
    heapMb: heap.usedSize / 2 ** 20,
    marks: seen.marks,
  };
}

const fmt = (x: number | null | undefined, digits = 0) => (x == null || !Number.isFinite(x) ? '—' : x.toFixed(digits));
const med = (loads: Load[], pick: (l: Load) => number | null | undefined) => {
  const values = loads.map(pick).filter((v): v is number => v != null && Number.isFinite(v));
  return values.length ? median(values) : null;
};

async function main(): Promise<void> {
  const { dir, heavy } = writeBenchPages();
  const server = await startFixtureServer(dir);
  const rows: string[][] = [];
  let chromiumVersion = 'Chromium';
  try {
    for (const withExtension of [false, true]) {
      const browser = await launch(withExtension);
      chromiumVersion = `Chromium ${browser.context.browser()?.version() ?? ''}`.trim();
      try {
        for (const [name, file] of [['typical article', 'typical.html'], [`heavy page (${(heavy.textBytes / 1e6).toFixed(2)} MB text, ${heavy.elements} elements)`, 'heavy.html']]) {
          const loads: Load[] = [];
          for (let i = 0; i < LOADS; i++) loads.push(await loadOnce(browser.context, server.url(file)));
          const row = [
            name, withExtension ? 'on' : 'off',
            fmt(med(loads, (l) => l.longTaskMs)), fmt(med(loads, (l) => l.longestMs)),
            fmt(med(loads, (l) => l.marks['main-thread']), 1), fmt(med(loads, (l) => l.marks['longest-slice']), 1), fmt(med(loads, (l) => l.marks.engine), 1),
            fmt(med(loads, (l) => l.firstHighlightMs)), fmt(med(loads, (l) => l.marks['time-to-highlights'])),
            fmt(med(loads, (l) => l.heapMb), 1), String(loads.length),
          ];
          rows.push(row);
          process.stderr.write(`bench:page ${row.join('  ')}\n`);
        }
      } finally {
        await browser.close();
      }
    }
  } finally {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
  const header = ['page', 'extension', 'long tasks, sum (ms)', 'longest task (ms)', 'content script main thread (ms)', 'its longest slice (ms)', 'engine (ms)', 'first highlight after navigation start (ms)', 'first highlight after script start (ms)', 'JS heap after GC (MB)', 'loads'];
  const markdown = [
    '# Page benchmark (Chromium)',
    '',
    `Generated by \`npm run bench:page\` (scripts/bench-page.ts) on ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC.`,
    `Machine: ${describeMachine()}; ${chromiumVersion}, headless.`,
    '',
    `The built test extension (npm run build:e2e) against the same pages with no extension. Median of ${LOADS} loads, each`,
    `watched ${SETTLE_MS / 1000} s after DOMContentLoaded. Long tasks come from a PerformanceObserver in the page; the`,
    "content script's own figures from the performance measures it records (claimcheck:*); heap is the",
    "renderer's JS heap after a forced GC (page and content script together). — means not observed.",
    '',
    markdownTable(header, rows),
    '',
  ].join('\n');
  writeFileSync(resolve(ROOT, 'bench/results-page.md'), markdown);
  console.log(markdown);
}

await main();
