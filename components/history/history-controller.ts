// The history page's state and actions. Opening shows rows fast: the most recently read
// articles are read through the "recent" index and grouped first; older ones follow in
// batches and the rows are grouped again once everything is in. Every change the reader makes
// (import, delete) goes to the store, then the rows are read again from it.
import { createStore, type Store } from '../../utils/extension/store';
import { exportCsv, exportJsonText } from '../../utils/memory/export';
import { groupAnnouncements, type Announcement } from '../../utils/memory/history';
import { importMemory, type ImportProblem } from '../../utils/memory/import';
import type { MemoryStore } from '../../utils/memory/store';

/** Articles read before the first rows are shown: enough to fill the first screen. */
export const FIRST_BATCH = 120;
/** Articles read per step afterwards; the page stays responsive between steps. */
export const LATER_BATCH = 1000;

export type HistoryNotice =
  | { kind: 'imported'; count: number }
  | { kind: 'import-refused'; problems: ImportProblem[] }
  | { kind: 'deleted-one'; title: string }
  | { kind: 'deleted-all'; count: number }
  | { kind: 'retention-saved'; days: number }
  | { kind: 'retention-invalid' }
  | { kind: 'failed'; reason: string };

/** Records stored (a count, no read of them) and what the browser says the extension uses. */
export interface HistoryUsage {
  articles: number;
  originUsage: number | null;
  originQuota: number | null;
}

async function usageOf(db: MemoryStore): Promise<HistoryUsage> {
  const [articles, estimate] = await Promise.all([db.count(), globalThis.navigator?.storage?.estimate?.().catch(() => null)]);
  return { articles, originUsage: estimate?.usage ?? null, originQuota: estimate?.quota ?? null };
}

export interface HistoryData {
  /** opening: nothing read yet; partial: first rows shown, older articles loading; complete. */
  phase: 'opening' | 'partial' | 'complete' | 'error';
  announcements: Announcement[];
  /** Articles read so far (all of them once complete). */
  articles: number;
  usage: HistoryUsage | null;
  retentionDays: number | null;
  notice: HistoryNotice | null;
  error: string | null;
  /** performance.now() when the first rows were ready, for the benchmark and the e2e test. */
  firstRowsAt: number | null;
}

export interface HistoryDeps {
  openStore(): Promise<MemoryStore>;
  readRetention(): Promise<number>;
  writeRetention(days: unknown): Promise<boolean>;
  /** Lets the browser paint between batches; a test passes an immediate one. */
  pause?: () => Promise<void>;
}

export interface HistoryController {
  store: Store<HistoryData>;
  /** Opens the memory and reads it; resolves once every article is grouped. */
  start(): Promise<void>;
  stop(): void;
  exportFile(kind: 'json' | 'csv'): Promise<string>;
  importFile(text: string): Promise<void>;
  deleteArticle(url: string, title: string): Promise<void>;
  deleteAll(): Promise<void>;
  setRetention(days: unknown): Promise<void>;
  dismissNotice(): void;
}

/**
 * Resolves after the browser has had a chance to paint: the first rows appear before the
 * older articles are read. Capped at 100 ms, as frames do not come in a hidden tab.
 */
function nextFrame(): Promise<void> {
  return new Promise<void>((resume) => {
    const done = () => setTimeout(resume, 0);
    if (typeof requestAnimationFrame !== 'function') return done();
    const cap = setTimeout(resume, 100);
    requestAnimationFrame(() => {
      clearTimeout(cap);
      done();
    });
  });
}

function message(error: unknown): string {
  return error instanceof Error || error instanceof DOMException ? error.message : String(error);
}

export function createHistoryController(deps: HistoryDeps): HistoryController {
  const store = createStore<HistoryData>({
    phase: 'opening', announcements: [], articles: 0, usage: null, retentionDays: null, notice: null, error: null, firstRowsAt: null,
  });
  const pause = deps.pause ?? nextFrame;
  let memory: MemoryStore | null = null;
  // Each read gets a number; a read overtaken by a newer one (after a delete) stops quietly.
  let generation = 0;

  async function open(): Promise<MemoryStore> {
    memory ??= await deps.openStore();
    return memory;
  }

  async function read(): Promise<void> {
    const mine = ++generation;
    const db = await open();
    performance.mark('claimcheck:history-store-open');
    const first = await db.listPage({ limit: FIRST_BATCH });
    performance.mark('claimcheck:history-first-batch');
    if (mine !== generation) return;
    store.set({
      phase: first.next ? 'partial' : 'complete',
      announcements: groupAnnouncements(first.articles),
      articles: first.articles.length,
      error: null,
      firstRowsAt: store.get().firstRowsAt ?? performance.now(),
    });
    performance.mark('claimcheck:history-rows-grouped'); // the render itself comes after this task
    if (first.next) {
      // The rest in key order (cheaper than walking the "recent" index); ids already shown are
      // kept once, and the rows are grouped again from everything.
      const records = new Map(first.articles.map((record) => [record.id, record]));
      await pause();
      for await (const batch of db.batches(LATER_BATCH)) {
        if (mine !== generation) return;
        for (const record of batch) records.set(record.id, record);
        store.set({ articles: records.size });
        await pause();
      }
      if (mine !== generation) return;
      store.set({ phase: 'complete', announcements: groupAnnouncements([...records.values()]), articles: records.size });
    }
    const usage = await usageOf(db);
    if (mine === generation) store.set({ usage });
  }

  /** Runs a change, reports it, then reads the rows again. */
  async function change(run: (db: MemoryStore) => Promise<HistoryNotice>): Promise<void> {
    // The status says "reading" until the rows are read again, so nobody takes the old rows for the new.
    try {
      store.set({ notice: await run(await open()), phase: 'opening' });
    } catch (error) {
      store.set({ notice: { kind: 'failed', reason: message(error) }, phase: 'opening' });
    }
    await read().catch((error) => store.set({ phase: 'error', error: message(error) }));
  }

  return {
    store,
    async start() {
      const retention = deps.readRetention().then((days) => store.set({ retentionDays: days }));
      try {
        await read();
      } catch (error) {
        store.set({ phase: 'error', error: message(error) });
      }
      await retention.catch(() => undefined);
    },
    stop() {
      generation++;
      memory?.close();
      memory = null;
    },
    async exportFile(kind) {
      const records = await (await open()).all();
      return kind === 'json' ? exportJsonText(records) : exportCsv(records);
    },
    async importFile(text) {
      const db = await open();
      const result = await importMemory(db, text);
      if (!result.ok) {
        // Refused: nothing was written, so the rows need no reading again.
        store.set({ notice: { kind: 'import-refused', problems: result.problems } });
        return;
      }
      await change(async () => ({ kind: 'imported', count: result.imported }));
    },
    deleteArticle: (url, title) =>
      change(async (db) => {
        await db.deleteByUrl(url);
        return { kind: 'deleted-one', title };
      }),
    deleteAll: () =>
      change(async (db) => {
        const count = await db.count();
        await db.deleteAll();
        return { kind: 'deleted-all', count };
      }),
    async setRetention(days) {
      if (!(await deps.writeRetention(days))) {
        store.set({ notice: { kind: 'retention-invalid' } });
        return;
      }
      store.set({ retentionDays: days as number, notice: { kind: 'retention-saved', days: days as number } });
    },
    dismissNotice: () => store.set({ notice: null }),
  };
}
