// The lookup switches (all off by default, anything malformed reads as off), the test-build-only
// base URLs, and the storage cache with expiry.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ALL_OFF, enabledSources, readSwitches, readTestBaseUrls, setSwitch } from '../../utils/extension/lookup-settings';
import { storageCache, type CacheArea } from '../../utils/extension/lookup-cache';

beforeEach(() => fakeBrowser.reset());
afterEach(() => vi.unstubAllEnvs());

describe('lookup switches', () => {
  it('are all off until the reader turns one on', async () => {
    expect(await readSwitches()).toEqual(ALL_OFF);
    expect(Object.values(ALL_OFF)).toEqual([false, false, false, false, false]);
    await setSwitch('edgar', true);
    expect(enabledSources(await readSwitches())).toEqual(['edgar']);
  });

  it('read as off when storage holds something else', async () => {
    await fakeBrowser.storage.local.set({ lookupSources: { edgar: 'yes', wikidata: true } });
    expect(await readSwitches()).toEqual(ALL_OFF);
    await fakeBrowser.storage.local.set({ lookupSources: ['edgar'] });
    expect(await readSwitches()).toEqual(ALL_OFF);
  });
});

describe('test base URLs', () => {
  const local = { edgar: 'http://127.0.0.1:4100/edgar' };

  it('are ignored outside test builds', async () => {
    await fakeBrowser.storage.local.set({ lookupTestBaseUrls: local });
    expect(await readTestBaseUrls()).toEqual({});
  });

  it('are read in test builds, and only when every one points at 127.0.0.1 over http', async () => {
    vi.stubEnv('CLAIMCHECK_TEST_BUILD', 'true');
    await fakeBrowser.storage.local.set({ lookupTestBaseUrls: local });
    expect(await readTestBaseUrls()).toEqual(local);
    await fakeBrowser.storage.local.set({ lookupTestBaseUrls: { ...local, wikidata: 'https://evil.example/w' } });
    expect(await readTestBaseUrls()).toEqual({});
  });
});

describe('storageCache', () => {
  function fakeArea(): CacheArea & { data: Record<string, unknown> } {
    const data: Record<string, unknown> = {};
    return {
      data,
      async get(keys) {
        if (keys === null) return { ...data };
        const list = Array.isArray(keys) ? keys : [keys];
        return Object.fromEntries(list.filter((k) => k in data).map((k) => [k, data[k]]));
      },
      async set(items) {
        Object.assign(data, items);
      },
      async remove(keys) {
        for (const key of Array.isArray(keys) ? keys : [keys]) delete data[key];
      },
    };
  }

  it('returns what was stored until it expires, then forgets it', async () => {
    let now = 1_000;
    const area = fakeArea();
    const cache = storageCache(area, { now: () => now });
    await cache.set('feed', { items: 3 }, 500);
    expect(await cache.get('feed')).toEqual({ items: 3 });
    now = 1_499;
    expect(await cache.get('feed')).toEqual({ items: 3 });
    now = 1_500;
    expect(await cache.get('feed')).toBeUndefined();
    expect(Object.keys(area.data)).toEqual([]);
  });

  it('ignores malformed entries and keeps at most maxEntries (the nearest expiry goes first)', async () => {
    const area = fakeArea();
    area.data['lookupCache:bad'] = 'not an entry';
    area.data['unrelated'] = 1;
    const cache = storageCache(area, { now: () => 0, maxEntries: 2 });
    expect(await cache.get('bad')).toBeUndefined();
    await cache.set('a', 1, 100);
    await cache.set('b', 2, 300);
    await cache.set('c', 3, 200);
    await cache.prune();
    expect(Object.keys(area.data).sort()).toEqual(['lookupCache:b', 'lookupCache:c', 'unrelated']);
  });

  it('never fails a lookup because storage is full', async () => {
    const area = fakeArea();
    area.set = async () => Promise.reject(new Error('QUOTA_BYTES quota exceeded'));
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await expect(storageCache(area).set('k', 'v', 1000)).resolves.toBeUndefined();
    expect(warn).toHaveBeenCalled();
    warn.mockRestore();
  });
});
