// The IndexedDB database behind the memory, with one explicit migration per schema version.
// A version's step never changes once released: a browser may hold any earlier version, and
// opening runs every step from its version up to the current one, in order.
import { wrap, type DBSchema, type IDBPDatabase, type IDBPTransaction } from 'idb';
import { readArticle } from './schema';
import { toStored, type StoredArticle } from './record';

export const DB_NAME = 'claimcheck-memory';
export const STORE = 'articles';
export const CURRENT_VERSION = 2;

export interface MemoryDB extends DBSchema {
  articles: {
    key: string;
    value: StoredArticle;
    indexes: {
      url: string;
      published: string;
      /** [analysedAt, id]: newest first listing, retention and eviction, with a stable tie-break. */
      recent: [number, string];
      claimDays: string;
      companies: string;
    };
  };
}

export type MemoryDatabase = IDBPDatabase<MemoryDB>;
// Index names change across versions, so the steps use the untyped view of the schema.
type AnyUpgradeTransaction = IDBPTransaction<unknown, string[], 'versionchange'>;

/** Version 1: the article store, unique URL, dates, and a multi-entry "company|metric" index. */
function toVersion1(tx: AnyUpgradeTransaction): void {
  const store = tx.db.createObjectStore(STORE, { keyPath: 'id' });
  store.createIndex('url', 'url', { unique: true });
  store.createIndex('published', 'published');
  store.createIndex('recent', ['analysedAt', 'id']);
  store.createIndex('claimKeys', 'claimKeys', { multiEntry: true });
}

/**
 * Version 2: related statements are looked up by "company|metric|day" ranges instead of
 * reading every article of a company, and a company index serves search. Every record gets
 * the new derived fields; a record that no longer parses is kept untouched (it is skipped on
 * read and can still be exported by hand), so the upgrade itself never loses data.
 */
async function toVersion2(tx: AnyUpgradeTransaction): Promise<void> {
  const store = tx.objectStore(STORE);
  store.deleteIndex('claimKeys');
  store.createIndex('claimDays', 'claimDays', { multiEntry: true });
  store.createIndex('companies', 'companies', { multiEntry: true });
  for (let cursor = await store.openCursor(); cursor; cursor = await cursor.continue()) {
    const record = readArticle(cursor.value);
    if (record) await cursor.update(toStored(record));
  }
}

/** migrations[v - 1] brings a database from version v - 1 to version v. */
export const migrations: ((tx: AnyUpgradeTransaction) => void | Promise<void>)[] = [toVersion1, toVersion2];

/** Synchronous steps run back to back, so no step starts after the transaction went idle. */
async function runSteps(steps: typeof migrations, tx: AnyUpgradeTransaction): Promise<void> {
  for (const step of steps) {
    const pending = step(tx);
    if (pending) await pending;
  }
}

export interface OpenOptions {
  name?: string;
  /** The IndexedDB implementation: the browser's by default, fake-indexeddb in tests. */
  factory?: IDBFactory;
  /** Only tests open an older version, to write a store as an older build did. */
  version?: number;
  /** Another connection (a newer build in another tab) needs this one closed. */
  onVersionChange?: () => void;
}

export function openMemoryDb(options: OpenOptions = {}): Promise<MemoryDatabase> {
  const factory = options.factory ?? globalThis.indexedDB;
  const version = options.version ?? CURRENT_VERSION;
  const request = factory.open(options.name ?? DB_NAME, version);
  request.addEventListener('upgradeneeded', (event) => {
    const tx = wrap(request.transaction!) as unknown as AnyUpgradeTransaction;
    // Steps run one after another inside the single versionchange transaction; if one fails
    // the transaction aborts and the database stays at its old version with its old data.
    runSteps(migrations.slice(event.oldVersion, version), tx).catch(() => tx.abort());
  });
  return (wrap(request) as Promise<MemoryDatabase>).then((db) => {
    db.addEventListener('versionchange', () => {
      db.close();
      options.onVersionChange?.();
    });
    return db;
  });
}
