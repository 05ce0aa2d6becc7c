// Reads and writes of the memory. Each write is one readwrite transaction, so two tabs
// saving at the same time are serialised by IndexedDB itself: the second sees the first's
// record and upserts onto it (same URL) or adds beside it (different URL).
import { CURRENT_VERSION, openMemoryDb, STORE, type MemoryDatabase, type OpenOptions } from './db';
import { addDays, claimKey, datedClaimKey, normaliseUrl } from './keys';
import { toStored } from './record';
import { ArticleRecordSchema, readArticle, readArticles, summarise, type ArticleInput, type ArticleRecord, type ArticleSummary, type StoredClaim } from './schema';

const DAY_MS = 86_400_000;
export const DEFAULT_RETENTION_DAYS = 90;

/** One remembered statement: a claim and the article that carried it. */
export interface RelatedStatement {
  article: ArticleSummary;
  claim: StoredClaim;
}

/** Where the next page starts: the [analysedAt, id] of the last row shown. */
export type PageCursor = [number, string];

export interface Page {
  articles: ArticleRecord[];
  next: PageCursor | null;
  /** Malformed records passed over while reading this page. */
  skipped: number;
}

export interface StorageUse {
  articles: number;
  /** Sum of the records' JSON lengths: an approximation of what they occupy. */
  approxBytes: number;
  /** What the browser reports for the whole extension origin, when it tells. */
  originUsage: number | null;
}

/** Raw records `size` at a time in key order (id), each batch one `getAll` after the last id seen. */
async function* inKeyOrder(getAll: (range: IDBKeyRange | null, count: number) => Promise<unknown[]>, size: number): AsyncGenerator<unknown[]> {
  for (let after: string | null = null; ; ) {
    const raws = await getAll(after === null ? null : IDBKeyRange.lowerBound(after, true), size);
    if (raws.length === 0) return;
    after = (raws[raws.length - 1] as { id: string }).id;
    yield raws;
  }
}

function newId(): string {
  return globalThis.crypto.randomUUID();
}

/** Validates input before it reaches the database: a bad record is the caller's bug, not data. */
function toRecord(article: ArticleInput, id: string): ArticleRecord {
  const parsed = ArticleRecordSchema.safeParse({ ...article, id, url: normaliseUrl(article.url) });
  if (!parsed.success) throw new TypeError(`invalid article record: ${parsed.error.issues.map((i) => i.path.join('.')).join(', ')}`);
  return parsed.data;
}

export class MemoryStore {
  /** Malformed records met by reads since this store was opened. */
  skippedRecords = 0;

  constructor(private readonly db: MemoryDatabase) {}

  static async open(options: OpenOptions = {}): Promise<MemoryStore> {
    return new MemoryStore(await openMemoryDb({ ...options, version: CURRENT_VERSION }));
  }

  close(): void {
    this.db.close();
  }

  private keep<T>(result: { records: T[]; skipped: number }): T[] {
    this.skippedRecords += result.skipped;
    return result.records;
  }

  /** Inserts or replaces the article stored under the same URL; returns the record written. */
  async put(article: ArticleInput): Promise<ArticleRecord> {
    const [record] = await this.putMany([article]);
    return record;
  }

  /**
   * Upserts several articles in one transaction: all are written or none is (an import must
   * not stop half way). Later entries win over earlier ones with the same URL.
   */
  async putMany(articles: ArticleInput[]): Promise<ArticleRecord[]> {
    const prepared = articles.map((article) => toRecord(article, 'pending'));
    const tx = this.db.transaction(STORE, 'readwrite');
    const write = async () => {
      const written: ArticleRecord[] = [];
      for (const valid of prepared) {
        const existing = await tx.store.index('url').getKey(valid.url);
        const record = { ...valid, id: existing ?? newId() };
        await tx.store.put(toStored(record));
        written.push(record);
      }
      return written;
    };
    const work = write().catch((error) => {
      try {
        tx.abort();
      } catch {
        // already aborted by the failed request
      }
      throw error;
    });
    // Awaiting both surfaces the first failure (including one raised at commit, like a quota
    // error) and leaves no rejected promise unobserved.
    const [written] = await Promise.all([work, tx.done]);
    return written;
  }

  async getByUrl(url: string): Promise<ArticleRecord | null> {
    const raw = await this.db.getFromIndex(STORE, 'url', normaliseUrl(url));
    if (raw === undefined) return null;
    return this.keep(readArticles([raw]))[0] ?? null;
  }

  /**
   * Remembered statements with one of the given claim keys ("company|metric") from articles
   * whose day lies within `withinDays` of `day`. One index range per key: cost grows with the
   * number of hits, not with the size of the store.
   */
  async findRelated(keys: string[], day: string, withinDays: number): Promise<RelatedStatement[]> {
    const wanted = new Set(keys);
    const from = addDays(day, -withinDays);
    const to = addDays(day, withinDays);
    const tx = this.db.transaction(STORE, 'readonly');
    const index = tx.store.index('claimDays');
    const batches = await Promise.all([...wanted].map((key) => index.getAll(IDBKeyRange.bound(datedClaimKey(key, from), datedClaimKey(key, to)))));
    const seen = new Set<string>();
    const related: RelatedStatement[] = [];
    for (const record of this.keep(readArticles(batches.flat()))) {
      if (seen.has(record.id)) continue;
      seen.add(record.id);
      const article = summarise(record);
      for (const claim of record.claims) {
        const key = claimKey(claim);
        if (key && wanted.has(key)) related.push({ article, claim });
      }
    }
    return related;
  }

  /** Newest analysed first, `limit` valid records per page; pass `next` back for the following page. */
  async listPage(options: { limit?: number; after?: PageCursor | null } = {}): Promise<Page> {
    const limit = options.limit ?? 50;
    const range = options.after ? IDBKeyRange.upperBound(options.after, true) : null;
    const tx = this.db.transaction(STORE, 'readonly');
    const articles: ArticleRecord[] = [];
    let skipped = 0;
    let last: PageCursor | null = null;
    let cursor = await tx.store.index('recent').openCursor(range, 'prev');
    while (cursor && articles.length < limit) {
      const record = readArticle(cursor.value);
      if (record) articles.push(record);
      else skipped++;
      last = cursor.key as PageCursor;
      cursor = articles.length < limit ? await cursor.continue() : null;
    }
    this.skippedRecords += skipped;
    return { articles, next: articles.length === limit ? last : null, skipped };
  }

  /** Every valid record, newest first: for export. */
  async all(): Promise<ArticleRecord[]> {
    // From the store, not the "recent" index: a record too broken to be indexed is still counted.
    const records = this.keep(readArticles(await this.db.getAll(STORE)));
    return records.sort((a, b) => b.analysedAt - a.analysedAt || (a.id < b.id ? 1 : -1));
  }

  /**
   * Every valid record, `size` at a time in key order, each batch its own short read: a large
   * store is read without one long pause (the history page paints between batches).
   */
  async *batches(size = 1000): AsyncGenerator<ArticleRecord[]> {
    for await (const raws of inKeyOrder((range, count) => this.db.getAll(STORE, range, count), size)) {
      yield this.keep(readArticles(raws));
    }
  }

  /** Articles published between two days (inclusive), oldest first; undated articles are not included. */
  async publishedBetween(from: string, to: string): Promise<ArticleRecord[]> {
    return this.keep(readArticles(await this.db.getAllFromIndex(STORE, 'published', IDBKeyRange.bound(from, to))));
  }

  /** Articles one of whose claims names this company (any spelling that folds to the same key). */
  async byCompany(company: string): Promise<ArticleRecord[]> {
    return this.keep(readArticles(await this.db.getAllFromIndex(STORE, 'companies', company)));
  }

  async deleteByUrl(url: string): Promise<boolean> {
    const tx = this.db.transaction(STORE, 'readwrite');
    const key = await tx.store.index('url').getKey(normaliseUrl(url));
    if (key !== undefined) await tx.store.delete(key);
    await tx.done;
    return key !== undefined;
  }

  async deleteAll(): Promise<void> {
    await this.db.clear(STORE);
  }

  /** Every stored record, malformed ones included (they occupy space too). */
  async count(): Promise<number> {
    return this.db.count(STORE);
  }

  async storageUse(): Promise<StorageUse> {
    let approxBytes = 0;
    let articles = 0;
    const tx = this.db.transaction(STORE, 'readonly');
    // in batches: one request per thousand records instead of one cursor step per record
    for await (const batch of inKeyOrder((range, count) => tx.store.getAll(range, count), 1000)) {
      articles += batch.length;
      for (const value of batch) approxBytes += JSON.stringify(value).length;
    }
    const estimate = await globalThis.navigator?.storage?.estimate?.().catch(() => null);
    return { articles, approxBytes, originUsage: estimate?.usage ?? null };
  }

  /** Deletes the articles analysed more than `days` days before `now`; returns how many. */
  async deleteOlderThan(days = DEFAULT_RETENTION_DAYS, now = Date.now()): Promise<number> {
    const cutoff = now - days * DAY_MS;
    // [cutoff] sorts before every [cutoff, id], so this range is "analysedAt < cutoff".
    return this.deleteKeys(IDBKeyRange.upperBound([cutoff], true), Infinity);
  }

  /** Deletes the `count` least recently analysed articles; returns how many went. */
  async evictOldest(count: number): Promise<number> {
    return this.deleteKeys(null, count);
  }

  private async deleteKeys(range: IDBKeyRange | null, limit: number): Promise<number> {
    const tx = this.db.transaction(STORE, 'readwrite');
    const keys = await tx.store.index('recent').getAllKeys(range, Number.isFinite(limit) ? limit : undefined);
    await Promise.all([...keys.map((key) => tx.store.delete(key)), tx.done]);
    return keys.length;
  }
}
