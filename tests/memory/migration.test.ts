// An upgrade keeps every record: a store written by the version-1 code is opened by the
// current code. The v1 writer below is frozen as it shipped; it must not follow later changes.
import { describe, expect, it } from 'vitest';
import { openMemoryDb } from '../../utils/memory/db';
import { MemoryStore } from '../../utils/memory/store';
import type { ArticleRecord } from '../../utils/memory/schema';
import { article, claim, DAY_MS, freshFactory, NOW } from './helpers';

/** How version 1 wrote a record: the record plus "company|metric" keys (lower-cased subject). */
function asWrittenByV1(record: ArticleRecord) {
  const claimKeys = [...new Set(record.claims.filter((c) => c.subject).map((c) => `${c.subject!.toLowerCase()}|${c.metric}`))];
  return { ...record, claimKeys };
}

function v1Records(): ArticleRecord[] {
  return Array.from({ length: 25 }, (_, i) => ({
    ...article({ url: `https://old.example/${i}`, published: `2026-11-${String(1 + (i % 20)).padStart(2, '0')}`, analysedAt: NOW - i * DAY_MS }),
    id: `v1-${i}`,
    claims: [claim({ subject: i % 2 ? 'Amazon' : 'Siemens AG', amount: 100 + i })],
  }));
}

async function writeVersion1Store(factory: IDBFactory, records: unknown[]): Promise<void> {
  const db = await openMemoryDb({ factory, name: 'memory-test', version: 1 });
  expect([...db.transaction('articles').store.indexNames].sort()).toEqual(['claimKeys', 'published', 'recent', 'url']);
  const tx = db.transaction('articles', 'readwrite');
  await Promise.all([...records.map((r) => tx.store.put(r as never)), tx.done]);
  db.close();
}

describe('schema migration', () => {
  it('opens a version-1 store and keeps every record, now findable through the version-2 indexes', async () => {
    const factory = freshFactory();
    const records = v1Records();
    await writeVersion1Store(factory, records.map(asWrittenByV1));

    const store = await MemoryStore.open({ factory, name: 'memory-test' });
    expect(await store.count()).toBe(records.length);
    const all = await store.all();
    expect(store.skippedRecords).toBe(0);
    expect([...all].sort((a, b) => a.id.localeCompare(b.id))).toEqual([...records].sort((a, b) => a.id.localeCompare(b.id)));

    // the new indexes were filled for old records
    const related = await store.findRelated(['siemens|jobs'], '2026-11-10', 3);
    const expected = records.filter((r, i) => i % 2 === 0 && Math.abs(Date.parse(r.published!) - Date.parse('2026-11-10')) <= 3 * DAY_MS);
    expect(related.map((r) => r.article.id).sort()).toEqual(expected.map((r) => r.id).sort());
    expect(expected.length).toBeGreaterThan(0);
    expect((await store.byCompany('amazon')).length).toBe(12);
  });

  it('keeps a version-1 record it cannot read, rather than dropping it during the upgrade', async () => {
    const factory = freshFactory();
    await writeVersion1Store(factory, [asWrittenByV1(v1Records()[0]), { id: 'broken', url: 'https://old.example/broken', claimKeys: [] }]);
    const store = await MemoryStore.open({ factory, name: 'memory-test' });
    expect(await store.count()).toBe(2);
    expect((await store.all()).map((a) => a.id)).toEqual(['v1-0']);
    expect(store.skippedRecords).toBe(1);
  });

  it('a tab still holding the version-1 connection lets go, so the upgrade is not blocked', async () => {
    const factory = freshFactory();
    let told = false;
    const oldTab = await openMemoryDb({ factory, name: 'memory-test', version: 1, onVersionChange: () => (told = true) });
    const store = await MemoryStore.open({ factory, name: 'memory-test' });
    expect(told).toBe(true);
    expect(() => oldTab.transaction('articles')).toThrow();
    await store.put(article({ url: 'https://new.example/a' }));
    expect(await store.count()).toBe(1);
  });

  it('an upgraded store accepts new writes and upserts onto migrated records', async () => {
    const factory = freshFactory();
    await writeVersion1Store(factory, v1Records().map(asWrittenByV1));
    const store = await MemoryStore.open({ factory, name: 'memory-test' });
    const updated = await store.put(article({ url: 'https://old.example/3', title: 'rewritten' }));
    expect(updated.id).toBe('v1-3');
    expect(await store.count()).toBe(25);
  });
});
