// Benchmark of the memory store: 10,000 generated articles in fake-indexeddb (an in-memory
// IndexedDB for Node — not the browser's, whose costs differ: real disk, structured clone in
// another process). Run: npx tsx scripts/bench-memory.ts [articles]
// Writes bench/results-memory.md; scripts/bench-memory-browser.ts measures the same page in Chromium.
import 'fake-indexeddb/auto';
import { writeFileSync } from 'node:fs';
import os from 'node:os';
import { resolve } from 'node:path';
import { timeHistoryPage } from './bench/memory-history';
import { FIRST_BATCH } from '../components/history/history-controller';
import { openMemoryDb } from '../utils/memory/db';
import { addDays, claimKey, datedClaimKey } from '../utils/memory/keys';
import { exportJsonText } from '../utils/memory/export';
import { groupAnnouncements } from '../utils/memory/history';
import { matchArticle } from '../utils/memory/match';
import { MemoryStore } from '../utils/memory/store';
import { readArticles } from '../utils/memory/schema';
import { COMPANIES, DAY_MS, generatedArticle, NOW, random } from './bench/memory-data';

const ARTICLES = Number(process.argv[2] ?? 10_000);
const HISTORY_RUNS = 5;
const PROBES = 300;

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

const ms = (value: number) => `${value.toFixed(2)} ms`;

async function main() {
  const loadAverage = os.loadavg()[0].toFixed(1);
  const store = await MemoryStore.open({ name: 'bench' });
  const articles = Array.from({ length: ARTICLES }, (_, n) => generatedArticle(n));

  let started = performance.now();
  for (let i = 0; i < articles.length; i += 500) await store.putMany(articles.slice(i, i + 500));
  const loadMs = performance.now() - started;
  const singlePuts: number[] = [];
  for (let i = 0; i < 100; i++) {
    started = performance.now();
    await store.put(generatedArticle(ARTICLES + i));
    singlePuts.push(performance.now() - started);
  }

  const probes = Array.from({ length: PROBES }, (_, n) => ({ ...generatedArticle(1_000_000 + n), published: new Date(NOW - Math.floor(random() * 365) * DAY_MS).toISOString().slice(0, 10) }));
  const raw = await openMemoryDb({ name: 'bench' });
  const reads: number[] = [];
  const parses: number[] = [];
  const related: number[] = [];
  const relatedCpu: number[] = [];
  const hits: number[] = [];
  const matched: number[] = [];
  for (const probe of probes) {
    const keys = [...new Set(probe.claims.map((c) => claimKey(c)!))];
    started = performance.now();
    const cpu = process.cpuUsage();
    const found = await store.findRelated(keys, probe.published!, 30);
    related.push(performance.now() - started);
    const spent = process.cpuUsage(cpu);
    relatedCpu.push((spent.user + spent.system) / 1000);
    hits.push(found.length);
    // the same lookup in two halves: the index read alone, then zod parsing of what it returned
    started = performance.now();
    const index = raw.transaction('articles').store.index('claimDays');
    const from = addDays(probe.published!, -30);
    const to = addDays(probe.published!, 30);
    const raws = (await Promise.all(keys.map((key) => index.getAll(IDBKeyRange.bound(datedClaimKey(key, from), datedClaimKey(key, to)))))).flat();
    reads.push(performance.now() - started);
    started = performance.now();
    readArticles(raws);
    parses.push(performance.now() - started);
    started = performance.now();
    await matchArticle(store, probe);
    matched.push(performance.now() - started);
  }

  const firstPage: number[] = [];
  for (let i = 0; i < 20; i++) {
    started = performance.now();
    const fresh = await MemoryStore.open({ name: 'bench' }); // as the history page does: open, then read
    const page = await fresh.listPage({ limit: 50 });
    firstPage.push(performance.now() - started);
    if (page.articles.length !== 50) throw new Error('first page is short');
    fresh.close();
  }

  const history = await timeHistoryPage('bench', HISTORY_RUNS);

  started = performance.now();
  const everything = await store.all();
  const readAllMs = performance.now() - started;
  started = performance.now();
  const announcements = groupAnnouncements(everything);
  const groupMs = performance.now() - started;
  started = performance.now();
  groupAnnouncements(everything, { compare: () => ({ duplicates: [], conflicts: [] }) });
  const groupOnlyMs = performance.now() - started;
  started = performance.now();
  const exported = exportJsonText(everything);
  const exportMs = performance.now() - started;

  started = performance.now();
  const use = await store.storageUse();
  const useMs = performance.now() - started;
  const perThousand = (use.approxBytes / use.articles) * 1000;
  console.log(`load average at start      ${loadAverage} (wall times stretch when the machine is busy)`);
  console.log(`articles stored             ${use.articles} (loaded in ${(loadMs / 1000).toFixed(1)} s, 500 per transaction)`);
  console.log(`single put                  p50 ${ms(percentile(singlePuts, 50))}  p95 ${ms(percentile(singlePuts, 95))}`);
  console.log(`findRelated (${PROBES} new articles, ±30 days)  p50 ${ms(percentile(related, 50))}  p95 ${ms(percentile(related, 95))}  max ${ms(Math.max(...related))}  (target p95 ≤ 20 ms)`);
  console.log(`  CPU time of the process   p50 ${ms(percentile(relatedCpu, 50))}  p95 ${ms(percentile(relatedCpu, 95))} (less sensitive to other load on the machine)`);
  console.log(`  of which index read       p50 ${ms(percentile(reads, 50))}  p95 ${ms(percentile(reads, 95))}; zod parse p50 ${ms(percentile(parses, 50))}  p95 ${ms(percentile(parses, 95))}`);
  console.log(`  statements returned       p50 ${percentile(hits, 50)}  p95 ${percentile(hits, 95)}  max ${Math.max(...hits)}`);
  console.log(`matchArticle (+ engine)     p50 ${ms(percentile(matched, 50))}  p95 ${ms(percentile(matched, 95))}`);
  console.log(`open + first page of 50     p50 ${ms(percentile(firstPage, 50))}  p95 ${ms(percentile(firstPage, 95))}`);
  console.log(`history rows ready (data)  p50 ${ms(percentile(history.rowsReady, 50))}  p95 ${ms(percentile(history.rowsReady, 95))}  (open, first ${FIRST_BATCH} articles read and grouped); CPU p50 ${ms(percentile(history.rowsReadyCpu, 50))}`);
  console.log(`history data all grouped   p50 ${ms(percentile(history.allGrouped, 50))}  p95 ${ms(percentile(history.allGrouped, 95))}`);
  console.log(`history page, first rows   p50 ${ms(percentile(history.firstRows, 50))}  p95 ${ms(percentile(history.firstRows, 95))}  (target ≤ 300 ms; ${history.rowsInDom} rows in the DOM)`);
  console.log(`history page, all grouped  p50 ${ms(percentile(history.complete, 50))}  p95 ${ms(percentile(history.complete, 95))}  (${history.announcements})`);
  console.log(`read all + parse            ${ms(readAllMs)}; group into ${announcements.length} announcements ${ms(groupMs)} (${ms(groupOnlyMs)} without the engine); JSON export ${ms(exportMs)} (${(exported.length / 1024 / 1024).toFixed(1)} MiB)`);
  console.log(`storageUse (all records)    ${ms(useMs)}`);
  console.log(`size per 1,000 articles     ${(perThousand / 1024 / 1024).toFixed(2)} MiB (JSON length of stored records, index entries not counted)`);
  store.close();
  raw.close();

  const row = (what: string, values: number[], target = '') =>
    `| ${what} | ${ms(percentile(values, 50))} | ${ms(percentile(values, 95))} | ${ms(Math.max(...values))} | ${target} |`;
  const markdown = [
    '# Memory benchmark (Node, fake-indexeddb)',
    '',
    `Generated by \`npx tsx scripts/bench-memory.ts\` on ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC; load average at start ${loadAverage} on ${os.cpus().length} cores, Node ${process.version}.`,
    `${use.articles} generated articles (${COMPANIES} companies, skewed; 1–5 claims each; one year of dates). fake-indexeddb is an in-memory`,
    'IndexedDB; the costs in a browser differ (disk, structured clone): see bench/results-memory-browser.md for Chromium.',
    '',
    '| measure | p50 | p95 | max | target |',
    '| --- | --- | --- | --- | --- |',
    row(`related statements of a new article (findRelated, ±30 days, ${PROBES} articles)`, related, 'p95 ≤ 20 ms'),
    row('matchArticle (related statements + engine comparison)', matched),
    row('open + first page of 50 articles (recent index)', firstPage),
    row(`history page data: open, first ${FIRST_BATCH} articles read and grouped (rows ready to render)`, history.rowsReady, '≤ 300 ms with the render'),
    row('  the same, CPU time of the process', history.rowsReadyCpu),
    row('history page data: every article read and grouped', history.allGrouped),
    row(`history page in happy-dom: first rows in the DOM (${HISTORY_RUNS} opens; happy-dom renders far slower than a browser)`, history.firstRows, '≤ 300 ms'),
    row('history page in happy-dom: every article read, grouped and the rows redrawn', history.complete),
    row('single put', singlePuts),
    '',
    `- Statements returned per lookup: p50 ${percentile(hits, 50)}, p95 ${percentile(hits, 95)}, max ${Math.max(...hits)}.`,
    `- Grouping all ${use.articles} articles into ${announcements.length} announcements: ${ms(groupMs)} (${ms(groupOnlyMs)} without the engine's comparison); read all + parse ${ms(readAllMs)}.`,
    `- JSON export of everything: ${ms(exportMs)}, ${(exported.length / 1024 / 1024).toFixed(1)} MiB.`,
    `- Store size: ${(perThousand / 1024 / 1024).toFixed(2)} MiB per 1,000 articles (JSON length of the stored records, index entries not counted).`,
    '',
  ].join('\n');
  writeFileSync(resolve(import.meta.dirname, '../bench/results-memory.md'), markdown);
}

await main();
