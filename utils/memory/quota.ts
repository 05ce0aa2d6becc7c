// Saving an analysed article without ever breaking the analysis: when the browser's quota is
// full, the least recently read articles make room and the caller learns how many went.
import type { ArticleInput, ArticleRecord } from './schema';

/** The two store operations saving needs; a test may wrap them to simulate a full disk. */
export interface WritableMemory {
  put(article: ArticleInput): Promise<ArticleRecord>;
  count(): Promise<number>;
  evictOldest(count: number): Promise<number>;
}

export type RememberOutcome =
  | { ok: true; record: ArticleRecord; evicted: number }
  | { ok: false; error: string; evicted: number };

/** Each retry frees this share of the stored articles (at least one). */
const EVICT_SHARE = 0.1;
const MAX_ATTEMPTS = 3;

export function isQuotaError(error: unknown): boolean {
  const name = (error as { name?: unknown } | null)?.name;
  // Firefox reported NS_ERROR_DOM_QUOTA_REACHED before it adopted the standard name.
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED';
}

/**
 * Stores the article; on a quota error evicts the oldest articles and tries again, up to
 * three times. Never throws: the page analysis goes on whatever happens to the memory.
 */
export async function rememberArticle(memory: WritableMemory, article: ArticleInput): Promise<RememberOutcome> {
  let evicted = 0;
  for (let attempt = 1; ; attempt++) {
    try {
      return { ok: true, record: await memory.put(article), evicted };
    } catch (error) {
      if (!isQuotaError(error) || attempt >= MAX_ATTEMPTS) return { ok: false, error: describe(error), evicted };
      try {
        const stored = await memory.count();
        if (stored === 0) return { ok: false, error: describe(error), evicted };
        evicted += await memory.evictOldest(Math.max(1, Math.ceil(stored * EVICT_SHARE)));
      } catch (evictError) {
        return { ok: false, error: describe(evictError), evicted };
      }
    }
  }
}

function describe(error: unknown): string {
  if (error instanceof Error || error instanceof DOMException) return `${error.name}: ${error.message}`;
  return String(error);
}
