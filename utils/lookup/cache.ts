// A cache with expiry for lookup replies. The default lives in memory; the extension backs
// the same interface with storage so a reopened popup does not ask the sources again.

export interface LookupCache {
  get(key: string): Promise<unknown | undefined>;
  /** Stores `value` until `now + ttlMs`. */
  set(key: string, value: unknown, ttlMs: number): Promise<void>;
}

export function memoryCache(now: () => number = Date.now, maxEntries = 500): LookupCache {
  const entries = new Map<string, { value: unknown; expires: number }>();
  return {
    async get(key) {
      const entry = entries.get(key);
      if (!entry) return undefined;
      if (entry.expires <= now()) {
        entries.delete(key);
        return undefined;
      }
      return entry.value;
    },
    async set(key, value, ttlMs) {
      entries.delete(key);
      entries.set(key, { value, expires: now() + ttlMs });
      // oldest first in a Map: drop from the front when full
      while (entries.size > maxEntries) entries.delete(entries.keys().next().value!);
    },
  };
}
