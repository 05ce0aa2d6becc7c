// A full disk: the store wrapper below throws the browser's QuotaExceededError on demand.
import { beforeEach, describe, expect, it } from 'vitest';
import { rememberArticle, type WritableMemory } from '../../utils/memory/quota';
import type { MemoryStore } from '../../utils/memory/store';
import { article, DAY_MS, NOW, openStore } from './helpers';

function failingPuts(store: MemoryStore, failures: number, error = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError')) {
  let left = failures;
  const calls = { put: 0, evict: [] as number[] };
  const memory: WritableMemory = {
    put: (input) => {
      calls.put++;
      if (left-- > 0) return Promise.reject(error());
      return store.put(input);
    },
    count: () => store.count(),
    evictOldest: (n) => {
      calls.evict.push(n);
      return store.evictOldest(n);
    },
  };
  return { memory, calls };
}

let store: MemoryStore;
beforeEach(async () => {
  store = await openStore();
  for (let i = 0; i < 30; i++) await store.put(article({ url: `https://a.example/${i}`, analysedAt: NOW - i * DAY_MS }));
});

describe('quota exceeded', () => {
  it('evicts the least recently read articles, saves the new one and says how many went', async () => {
    const { memory, calls } = failingPuts(store, 1);
    const outcome = await rememberArticle(memory, article({ url: 'https://b.example/new', analysedAt: NOW + 1 }));
    expect(outcome).toMatchObject({ ok: true, evicted: 3 });
    expect(calls).toEqual({ put: 2, evict: [3] });
    const urls = (await store.all()).map((a) => a.url);
    expect(urls).toHaveLength(28);
    expect(urls[0]).toBe('https://b.example/new');
    for (const gone of [27, 28, 29]) expect(urls).not.toContain(`https://a.example/${gone}`);
    expect(urls).toContain('https://a.example/26');
  });

  it('gives up after three attempts without throwing, and reports the evictions made', async () => {
    const { memory, calls } = failingPuts(store, Infinity);
    const outcome = await rememberArticle(memory, article({ url: 'https://b.example/new' }));
    expect(outcome.ok).toBe(false);
    expect(outcome.evicted).toBe(6); // 10 % of 30, then 10 % of 27
    expect(calls.put).toBe(3);
    expect(!outcome.ok && outcome.error).toMatch(/QuotaExceededError/);
    expect(await store.count()).toBe(24);
  });

  it('evicts nothing for an error that is not about space', async () => {
    const { memory, calls } = failingPuts(store, 1, () => new DOMException('gone', 'InvalidStateError'));
    const outcome = await rememberArticle(memory, article({ url: 'https://b.example/new' }));
    expect(outcome).toEqual({ ok: false, error: 'InvalidStateError: gone', evicted: 0 });
    expect(calls.evict).toEqual([]);
    expect(await store.count()).toBe(30);
  });

  it('stores normally when there is room', async () => {
    const outcome = await rememberArticle(store, article({ url: 'https://b.example/new' }));
    expect(outcome).toMatchObject({ ok: true, evicted: 0, record: { url: 'https://b.example/new' } });
    expect(await store.count()).toBe(31);
  });
});
