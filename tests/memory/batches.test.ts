import { expect, it } from 'vitest';
import { STORE } from '../../utils/memory/db';
import { article, openStore } from './helpers';

it('reads every valid record in batches of the given size, skipping malformed ones', async () => {
  const store = await openStore();
  await store.putMany(Array.from({ length: 23 }, (_, i) => article({ url: `https://n${i}.example/a` })));
  // a record an older or broken build might have left behind
  await (store as unknown as { db: { put(s: string, v: unknown): Promise<unknown> } }).db.put(STORE, { id: 'zzz-broken', url: 'nope' });
  const sizes: number[] = [];
  const urls = new Set<string>();
  for await (const batch of store.batches(10)) {
    sizes.push(batch.length);
    for (const record of batch) urls.add(record.url);
  }
  expect(sizes).toEqual([10, 10, 3]); // the last batch held the broken record too, which is skipped
  expect(urls.size).toBe(23);
  expect(store.skippedRecords).toBe(1);
});
