// The history page in headless Chromium with the built test extension: 10,000 generated
// articles imported through the page itself, then the page reloaded and timed from navigation
// start to its first rows (a performance mark the page sets after they are painted) and to every
// article grouped (marks also at the store's opening and the first batch read); store size from navigator.storage.estimate before and after the import.
// Run: CLAIMCHECK_OUT_DIR=.output-x npm run build:e2e && CLAIMCHECK_OUT_DIR=.output-x npx tsx scripts/bench-memory-browser.ts [articles]
// Writes bench/results-memory-browser.md.
import { writeFileSync } from 'node:fs';
import os from 'node:os';
import { resolve } from 'node:path';
import { launchBrowser, type TestPage } from '../tests/e2e/harness';
import { FIRST_BATCH } from '../components/history/history-controller';
import { exportJsonText } from '../utils/memory/export';
import { generatedArticle } from './bench/memory-data';

const ARTICLES = Number(process.argv[2] ?? 10_000);
const RELOADS = 10;

async function poll<T>(what: string, ask: () => Promise<T | null | undefined | false>, timeoutMs: number): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const answer = await ask().catch(() => null);
    if (answer) return answer;
    await new Promise((resume) => setTimeout(resume, 50));
  }
  throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
}

const complete = (page: TestPage) =>
  page.evaluate(() => location.pathname === '/reading-history.html' && document.querySelector('[data-testid="history-status"]')?.getAttribute('data-phase') === 'complete');

const usage = (page: TestPage) => page.evaluate(() => navigator.storage.estimate().then((e) => e.usage ?? 0));

/** The page's marks, once both the first rows and the end are marked. (No named helpers inside:
 * tsx names functions with a helper that does not exist in the page.) */
function marks(page: TestPage) {
  return page.evaluate(() => {
    const time = Object.fromEntries(performance.getEntriesByType('mark').map((mark) => [mark.name.replace('claimcheck:history-', ''), mark.startTime]));
    const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
    if (time['first-rows'] === undefined || time.complete === undefined) return null;
    return {
      firstRows: time['first-rows'], done: time.complete, loaded: navigation?.domContentLoadedEventEnd ?? 0,
      open: time['store-open'] ?? 0, firstBatch: time['first-batch'] ?? 0, grouped: time['rows-grouped'] ?? 0, inDom: time['first-rows-in-dom'] ?? 0, rows: document.querySelectorAll('[data-testid="announcement"]').length,
    };
  });
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

async function main() {
  const loadAverage = os.loadavg()[0].toFixed(1);
  const records = Array.from({ length: ARTICLES }, (_, n) => ({ ...generatedArticle(n), id: `g${n}` }));
  const file = exportJsonText(records);
  const browser = await launchBrowser('chromium');
  try {
    // An extension page that reads nothing (a popup for no tab), sent on to the history page.
    const page = await browser.openPopup(2_000_000_000);
    await page.evaluate(() => location.assign(new URL('/reading-history.html', location.href).href));
    await poll('the empty history page', () => complete(page), 30_000);
    const historyUrl = page.url();
    const before = await usage(page);

    let started = performance.now();
    await page.evaluate((content: string) => {
      const input = document.querySelector<HTMLInputElement>('[data-testid="import"]')!;
      const files = new DataTransfer();
      files.items.add(new File([content], 'bench.json', { type: 'application/json' }));
      input.files = files.files;
      input.dispatchEvent(new Event('change', { bubbles: true }));
    }, file);
    await poll('the import', () => page.evaluate(() => document.querySelector('[data-testid="notice"]')?.getAttribute('data-kind') === 'imported'), 300_000);
    await poll('the rows after the import', () => complete(page), 300_000);
    const importMs = performance.now() - started;
    const after = await usage(page);

    const firstRows: number[] = [];
    const done: number[] = [];
    const stages: { loaded: number; open: number; firstBatch: number; grouped: number; inDom: number }[] = [];
    let rows = 0;
    for (let i = 0; i < RELOADS; i++) {
      await page.goto(historyUrl); // a fresh document: its performance timeline starts empty
      const timing = await poll('first rows and complete marks', () => marks(page), 120_000);
      firstRows.push(timing.firstRows);
      done.push(timing.done);
      stages.push(timing);
      rows = timing.rows;
    }
    const status = await page.evaluate(() => document.querySelector('[data-testid="history-status"]')?.textContent ?? '');
    const version = await page.evaluate(() => navigator.userAgent.match(/Chrome\/([\d.]+)/)?.[1] ?? '?');
    const perThousand = ((after - before) / ARTICLES) * 1000;
    const ms = (v: number) => `${v.toFixed(0)} ms`;
    const markdown = [
      '# Memory benchmark (Chromium)',
      '',
      `Generated by \`npx tsx scripts/bench-memory-browser.ts\` on ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC; load average at start ${loadAverage} on ${os.cpus().length} cores; Chromium ${version}, headless.`,
      `${ARTICLES} generated articles (the Node benchmark's generator) imported through the history page's own import (${(file.length / 1024 / 1024).toFixed(1)} MiB file, ${(importMs / 1000).toFixed(1)} s including the check and the regrouping).`,
      `The page then reloaded ${RELOADS} times; times from navigation start to the page's performance marks (set in an effect, after the rows are painted). Window 400 × 600.`,
      '',
      '| measure | p50 | p95 | max | target |',
      '| --- | --- | --- | --- | --- |',
      `| history page: first rows painted | ${ms(percentile(firstRows, 50))} | ${ms(percentile(firstRows, 95))} | ${ms(Math.max(...firstRows))} | ≤ 300 ms |`,
      `| history page: every article read and grouped | ${ms(percentile(done, 50))} | ${ms(percentile(done, 95))} | ${ms(Math.max(...done))} | |`,
      '',
      `- Where the first rows' time goes (medians from navigation start): page loaded (DOMContentLoaded) ${ms(percentile(stages.map((x) => x.loaded), 50))}, store open ${ms(percentile(stages.map((x) => x.open), 50))}, first ${FIRST_BATCH} articles read ${ms(percentile(stages.map((x) => x.firstBatch), 50))}, grouped ${ms(percentile(stages.map((x) => x.grouped), 50))}, rows in the DOM ${ms(percentile(stages.map((x) => x.inDom), 50))}, painted ${ms(percentile(firstRows, 50))}.`,
      `- Rows in the DOM: ${rows} (first page); status after loading: "${status}".`,
      `- Origin storage (navigator.storage.estimate) grew by ${((after - before) / 1024 / 1024).toFixed(1)} MiB: ${(perThousand / 1024 / 1024).toFixed(2)} MiB per 1,000 articles (IndexedDB on disk, indexes included).`,
      '',
    ].join('\n');
    writeFileSync(resolve(import.meta.dirname, '../bench/results-memory-browser.md'), markdown);
    console.log(markdown);
  } finally {
    await browser.close();
  }
}

await main();
