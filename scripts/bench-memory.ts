// Benchmark of the memory store: 10,000 generated articles in fake-indexeddb (an in-memory
// IndexedDB for Node — not the browser's, whose costs differ: real disk, structured clone in
// another process). Run: npx tsx scripts/bench-memory.ts [articles]
import 'fake-indexeddb/auto';
import os from 'node:os';
import { openMemoryDb } from '../utils/memory/db';
import { addDays, claimKey, datedClaimKey } from '../utils/memory/keys';
import { exportJsonText } from '../utils/memory/export';
import { groupAnnouncements } from '../utils/memory/history';
import { matchArticle } from '../utils/memory/match';
import { MemoryStore } from '../utils/memory/store';
import { readArticles, type ArticleInput, type StoredClaim } from '../utils/memory/schema';

const ARTICLES = Number(process.argv[2] ?? 10_000);
const COMPANIES = 300;
const PROBES = 300;
const DAY_MS = 86_400_000;
const NOW = Date.UTC(2026, 10, 26);

// A fixed-seed generator so runs are comparable.
let seed = 42;
function random(): number {
  seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
  return seed / 2 ** 31;
}
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];

const PLACES = ['France', 'Germany', 'Spain', 'Ireland', 'Poland', 'Texas', null] as const;
const OUTLETS = ['Reuters', 'Les Echos', 'Handelsblatt', 'El País', 'Financial Times', 'Le Monde', 'Bloomberg'];

/** Skewed towards the first companies, as news is: a few firms fill many articles. */
function company(): string {
  return `Company ${Math.floor(COMPANIES * random() ** 2)}`;
}

function generatedClaim(i: number, subject: string): StoredClaim {
  const jobs = random() < 0.5;
  const amount = jobs ? 100 * Math.ceil(random() * 50) : 1e8 * Math.ceil(random() * 30);
  const sentence = `${subject} said on Tuesday it would ${jobs ? `hire ${amount} people` : `invest ${amount / 1e6} million euros`} at its sites over the next three years, the company said in a statement.`;
  return {
    id: `c${i + 1}`, metric: jobs ? 'jobs' : 'investment', subject, amount, amount_max: null, currency: jobs ? null : 'EUR',
    qualifier: pick(['over', 'about', 'exact', 'up_to'] as const), location: pick(PLACES), period: random() < 0.3 ? 'by 2028' : null,
    status: pick(['new', 'new', 'new', 'cumulative', 'earlier'] as const), alt: null, start: 40, end: 58, sentence, figure: jobs ? `${amount} people` : `${amount / 1e6} million euros`,
  };
}

function generatedArticle(n: number): ArticleInput {
  const subject = company();
  const daysAgo = Math.floor(random() * 365);
  const claims = Array.from({ length: 1 + Math.floor(random() * 5) }, (_, i) => generatedClaim(i, random() < 0.8 ? subject : company()));
  return {
    url: `https://news${n % 50}.example/business/${n}-${subject.replace(' ', '-').toLowerCase()}-expands`,
    title: `${subject} announces a major expansion of its European operations (${n})`,
    outlet: pick(OUTLETS),
    published: new Date(NOW - daysAgo * DAY_MS).toISOString().slice(0, 10),
    lang: pick(['en', 'fr', 'de', 'es']),
    analysedAt: NOW - daysAgo * DAY_MS + Math.floor(random() * DAY_MS),
    claims,
  };
}

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
  console.log(`read all + parse            ${ms(readAllMs)}; group into ${announcements.length} announcements ${ms(groupMs)} (${ms(groupOnlyMs)} without the engine); JSON export ${ms(exportMs)} (${(exported.length / 1024 / 1024).toFixed(1)} MiB)`);
  console.log(`storageUse (all records)    ${ms(useMs)}`);
  console.log(`size per 1,000 articles     ${(perThousand / 1024 / 1024).toFixed(2)} MiB (JSON length of stored records, index entries not counted)`);
  store.close();
  raw.close();
}

await main();
