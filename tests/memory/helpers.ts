// Builders for memory tests: articles and claims with sensible defaults, and a fresh
// in-memory IndexedDB per test so no test sees another's data.
import 'fake-indexeddb/auto';
import { IDBFactory as FakeFactory } from 'fake-indexeddb';
import type { ArticleInput, StoredClaim } from '../../utils/memory/schema';
import { MemoryStore } from '../../utils/memory/store';

export const DAY_MS = 86_400_000;
export const NOW = Date.UTC(2026, 10, 26, 12); // 2026-11-26

export function claim(fields: Partial<StoredClaim> = {}): StoredClaim {
  return {
    id: 'c1',
    metric: 'jobs',
    subject: 'Amazon',
    amount: 3000,
    amount_max: null,
    currency: null,
    qualifier: 'over',
    location: 'France',
    period: null,
    status: 'new',
    alt: null,
    start: 10,
    end: 22,
    sentence: 'Amazon will hire more than 3,000 people in France.',
    figure: '3,000 people',
    ...fields,
  };
}

export function article(fields: Partial<ArticleInput> & { url: string }): ArticleInput {
  return {
    title: 'Amazon expands in France',
    outlet: new URL(fields.url).hostname,
    published: '2026-11-20',
    lang: 'en',
    analysedAt: NOW,
    claims: [claim()],
    ...fields,
  };
}

/** A fresh factory: every test starts from an empty browser profile. */
export function freshFactory(): IDBFactory {
  return new FakeFactory();
}

export function openStore(factory = freshFactory()): Promise<MemoryStore> {
  return MemoryStore.open({ factory, name: 'memory-test' });
}
