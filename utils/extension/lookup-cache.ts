// The lookup engine's cache (get/set with expiry) kept in extension storage, so a popup opened
// again, or a service worker woken again, does not ask the sources a second time. Session
// storage by default: what the reader looked up is forgotten when the browser closes.
import * as z from 'zod/mini';
import type { LookupCache } from '../lookup/cache';

/** The part of a storage area the cache uses (browser.storage.session or .local; fakes in tests). */
export interface CacheArea {
  get(keys: string | string[] | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}

const PREFIX = 'lookupCache:';
const PRUNE_EVERY = 10;
const EntrySchema = z.object({ value: z.unknown(), expires: z.number() });

export interface StorageCacheOptions {
  now?: () => number;
  /** Entries kept at most; the ones closest to expiry go first. */
  maxEntries?: number;
}

export function storageCache(area: CacheArea, { now = Date.now, maxEntries = 200 }: StorageCacheOptions = {}): LookupCache & { prune(): Promise<void> } {
  // One storage key per entry: parallel sets of different keys never overwrite each other.
  const keyOf = (key: string) => PREFIX + key;
  let sets = 0;

  async function prune(): Promise<void> {
    const all = await area.get(null);
    const live: { key: string; expires: number }[] = [];
    const dead: string[] = [];
    for (const [key, raw] of Object.entries(all)) {
      if (!key.startsWith(PREFIX)) continue;
      const entry = EntrySchema.safeParse(raw);
      if (!entry.success || entry.data.expires <= now()) dead.push(key);
      else live.push({ key, expires: entry.data.expires });
    }
    live.sort((a, b) => a.expires - b.expires);
    dead.push(...live.slice(0, Math.max(0, live.length - maxEntries)).map((e) => e.key));
    if (dead.length) await area.remove(dead);
  }

  return {
    prune,
    async get(key) {
      const raw = (await area.get(keyOf(key)))[keyOf(key)];
      const entry = EntrySchema.safeParse(raw);
      if (!entry.success) return undefined;
      if (entry.data.expires <= now()) {
        await area.remove(keyOf(key));
        return undefined;
      }
      return entry.data.value;
    },
    async set(key, value, ttlMs) {
      if (!(ttlMs > 0)) return;
      try {
        // Prune before writing every few sets: reading the whole area on each one would cost more than the lookups.
        if (sets++ % PRUNE_EVERY === 0) await prune();
        await area.set({ [keyOf(key)]: { value, expires: now() + ttlMs } });
      } catch (error) {
        // A full storage area (quota) only costs a cache miss later: never fail the lookup for it.
        console.warn('[claimcheck] lookup cache:', error);
      }
    },
  };
}
