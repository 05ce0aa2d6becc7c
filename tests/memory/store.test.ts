import { beforeEach, describe, expect, it } from 'vitest';
import { openMemoryDb } from '../../utils/memory/db';
import type { MemoryStore } from '../../utils/memory/store';
import { article, claim, DAY_MS, freshFactory, NOW, openStore } from './helpers';

let store: MemoryStore;
let factory: IDBFactory;
beforeEach(async () => {
  factory = freshFactory();
  store = await openStore(factory);
});

describe('put and get', () => {
  it('stores an article under its normalised URL and reads it back whole', async () => {
    const written = await store.put(article({ url: 'https://www.reuters.com/a?utm_source=x&id=7#top' }));
    const read = await store.getByUrl('https://www.reuters.com/a?id=7');
    expect(read).toEqual(written);
    expect(read?.url).toBe('https://www.reuters.com/a?id=7');
    expect(read?.claims[0].figure).toBe('3,000 people');
    expect(await store.getByUrl('https://www.reuters.com/other')).toBeNull();
  });

  it('upserts by URL: a second analysis replaces the first and keeps its id', async () => {
    const first = await store.put(article({ url: 'https://a.example/x', title: 'old' }));
    const second = await store.put(article({ url: 'https://a.example/x#again', title: 'new', claims: [] }));
    expect(second.id).toBe(first.id);
    expect(await store.count()).toBe(1);
    expect((await store.getByUrl('https://a.example/x'))?.title).toBe('new');
  });

  it('refuses an invalid record instead of storing it', async () => {
    await expect(store.put(article({ url: 'https://a.example/x', published: '2026-02-30' }))).rejects.toThrow(/published/);
    await expect(store.put(article({ url: 'javascript:alert(1)' }))).rejects.toThrow(/url/);
    expect(await store.count()).toBe(0);
  });

  it('skips and counts a malformed stored record instead of throwing', async () => {
    await store.put(article({ url: 'https://a.example/good', analysedAt: NOW - 1 }));
    const db = await openMemoryDb({ factory, name: 'memory-test' });
    // what a broken build might have written: a claim without its amount
    const bad = { id: 'bad', url: 'https://a.example/bad', title: 't', outlet: 'o', published: null, lang: 'en', analysedAt: NOW, claims: [{ sentence: 's' }], claimDays: [], companies: [] };
    await db.put('articles', bad as never);
    db.close();
    const page = await store.listPage();
    expect(page.articles.map((a) => a.url)).toEqual(['https://a.example/good']);
    expect(page.skipped).toBe(1);
    expect(await store.getByUrl('https://a.example/bad')).toBeNull();
    expect(store.skippedRecords).toBe(2);
    expect(await store.count()).toBe(2);
  });
});

describe('findRelated', () => {
  beforeEach(async () => {
    await store.put(article({ url: 'https://one.example/a', published: '2026-11-18', claims: [claim({ subject: 'Amazon Inc.' }), claim({ id: 'c2', metric: 'investment', amount: 1.2e9, currency: 'EUR' })] }));
    await store.put(article({ url: 'https://two.example/b', published: '2026-09-01' }));
    await store.put(article({ url: 'https://three.example/c', published: '2026-11-21', claims: [claim({ subject: 'Google' })] }));
    await store.put(article({ url: 'https://four.example/d', published: null, analysedAt: NOW - 2 * DAY_MS }));
  });

  it('finds statements of the same company and metric within the window, only those', async () => {
    const related = await store.findRelated(['amazon|jobs'], '2026-11-25', 10);
    expect(related.map((r) => [r.article.url, r.claim.id]).sort()).toEqual([
      ['https://four.example/d', 'c1'], // undated: counted on the day it was read
      ['https://one.example/a', 'c1'], // "Amazon Inc." folds to "amazon"
    ]);
    expect(related[0].article.title).toBe('Amazon expands in France');
  });

  it('looks up several keys at once and returns each article once per matching claim', async () => {
    const related = await store.findRelated(['amazon|jobs', 'amazon|investment', 'amazon|jobs'], '2026-11-18', 0);
    expect(related.map((r) => r.claim.metric).sort()).toEqual(['investment', 'jobs']);
  });

  it('lists what was published between two days, the undated left out', async () => {
    expect((await store.publishedBetween('2026-11-01', '2026-11-21')).map((a) => a.url)).toEqual(['https://one.example/a', 'https://three.example/c']);
  });

  it('finds by company for search', async () => {
    expect((await store.byCompany('google')).map((a) => a.url)).toEqual(['https://three.example/c']);
  });
});

describe('listing, deleting, retention', () => {
  it('lists newest first, page by page, each article exactly once (ties included)', async () => {
    for (let i = 0; i < 120; i++) await store.put(article({ url: `https://a.example/${i}`, analysedAt: NOW - Math.floor(i / 3) * 1000 }));
    const seen: string[] = [];
    let page = await store.listPage({ limit: 50 });
    const sizes = [page.articles.length];
    seen.push(...page.articles.map((a) => a.url));
    while (page.next) {
      page = await store.listPage({ limit: 50, after: page.next });
      sizes.push(page.articles.length);
      seen.push(...page.articles.map((a) => a.url));
    }
    expect(sizes).toEqual([50, 50, 20]);
    expect(new Set(seen).size).toBe(120);
    const times = await Promise.all(seen.map(async (url) => (await store.getByUrl(url))!.analysedAt));
    expect(times).toEqual([...times].sort((a, b) => b - a));
  });

  it('deletes one, deletes all, and reports what is used', async () => {
    await store.put(article({ url: 'https://a.example/1' }));
    await store.put(article({ url: 'https://a.example/2' }));
    const use = await store.storageUse();
    expect(use.articles).toBe(2);
    expect(use.approxBytes).toBeGreaterThan(2 * JSON.stringify(article({ url: 'https://a.example/1' })).length * 0.9);
    expect(await store.deleteByUrl('https://a.example/1')).toBe(true);
    expect(await store.deleteByUrl('https://a.example/1')).toBe(false);
    expect(await store.count()).toBe(1);
    await store.deleteAll();
    expect(await store.count()).toBe(0);
    expect((await store.storageUse()).approxBytes).toBe(0);
  });

  it('measures every record when there are more than one batch of them', async () => {
    await store.putMany(Array.from({ length: 1001 }, (_, i) => article({ url: `https://a.example/${i}` })));
    const use = await store.storageUse();
    expect(use.articles).toBe(1001);
    const one = JSON.stringify(article({ url: 'https://a.example/1' })).length;
    expect(use.approxBytes).toBeGreaterThan(1001 * one);
  });

  it('retention deletes only what was analysed more than N days ago (default 90)', async () => {
    await store.put(article({ url: 'https://a.example/old', analysedAt: NOW - 91 * DAY_MS }));
    await store.put(article({ url: 'https://a.example/edge', analysedAt: NOW - 90 * DAY_MS }));
    await store.put(article({ url: 'https://a.example/new', analysedAt: NOW - DAY_MS }));
    expect(await store.deleteOlderThan(undefined, NOW)).toBe(1);
    expect((await store.all()).map((a) => a.url)).toEqual(['https://a.example/new', 'https://a.example/edge']);
    expect(await store.deleteOlderThan(7, NOW)).toBe(1);
    expect((await store.all()).map((a) => a.url)).toEqual(['https://a.example/new']);
  });
});
