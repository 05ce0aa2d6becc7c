// The background's side of the memory across articles: saves each analysed article (never
// for a private window), matches it against what the reader read before, answers the popup,
// and applies the retention setting. Browser calls come in through `MemoryHandlerDeps`
// (memory-browser.ts gives the real ones), so tests drive it with fake-indexeddb.
import { matchArticle, type ClaimMemory, type NewArticle } from '../memory/match';
import { rememberArticle } from '../memory/quota';
import { articleFromReport } from '../memory/record';
import { normaliseUrl } from '../memory/keys';
import type { ArticleInput, ArticleSummary, StoredClaim } from '../memory/schema';
import type { MemoryStore } from '../memory/store';
import { MemoryBoundSchema, parseMessage, type MemoryArticle, type MemoryClaim, type MemoryReply, type PageAnalysed } from './messages';
import { figureInSentence } from './summary-view';

export interface MemorySender {
  id?: string;
  url?: string;
  tab?: { id?: number; incognito?: boolean };
}

export interface MemoryHandlerDeps {
  openStore(): Promise<MemoryStore>;
  retentionDays(): Promise<number>;
  /** Remembers that `count` older articles were evicted, for the popup's notice. */
  noteEvicted(count: number): Promise<void>;
  /** Evicted articles the reader has not been told about yet. */
  evictedNotice(): Promise<number>;
  dismissNotice(): Promise<void>;
  /** Tells open extension pages (the popup) that the article at `url` was saved. */
  announceSaved(url: string): void;
  /** True for the extension's own pages (popup, history), which may read the memory. */
  isExtensionPage(sender: MemorySender): boolean;
  /** Calls `listener` when the reader changes the retention setting. */
  onRetentionChange?(listener: () => void): void;
  now?(): number;
}

export interface MemoryHandler {
  /** A reply promise for the memory's messages; undefined for every other message. */
  handle(raw: unknown, sender: MemorySender): Promise<unknown> | undefined;
  /** Applies the retention setting now (every background start) and whenever the reader changes it. */
  start(): Promise<void>;
}

const MEMORY_TYPES = new Set(['content:page-analysed', 'popup:get-memory', 'popup:dismiss-memory-notice']);
const EMPTY: MemoryReply = { claims: [], evicted: 0 };

/** The figure as written, found again in the claim's sentence (the page's text is not sent). */
function figureOf(claim: StoredClaim): string {
  const span = figureInSentence(claim);
  return span ? claim.sentence.slice(span[0], span[1]) : String(claim.amount);
}

/** The record the store keeps for a page-analysed message. */
export function articleFromMessage(message: PageAnalysed, analysedAt: number): ArticleInput {
  const input = articleFromReport(message.document, {
    url: message.url,
    title: message.title,
    outlet: message.outlet,
    published: message.published,
    text: '',
    analysedAt,
  });
  return { ...input, lang: message.lang || input.lang, claims: input.claims.map((claim) => ({ ...claim, figure: figureOf(claim) })) };
}

function describeArticle(article: ArticleSummary): MemoryArticle {
  const { url, title, outlet, published, analysedAt } = article;
  return { url, title, outlet, published, analysedAt };
}

/**
 * The reply for the popup and the hover card. Stored claim ids are "c1", "c2"… in the page's
 * order; `pageIds` maps them back to the page's own claim ids when the content script asks.
 */
export function toReply(matches: ClaimMemory[], article: NewArticle, pageIds: string[] | null): MemoryClaim[] {
  return matches.flatMap((found) => {
    const index = article.claims.findIndex((claim) => claim.id === found.claimId);
    if (index < 0) return [];
    const claim = article.claims[index];
    const seen = new Set<string>();
    const alsoReported = found.alsoReportedBy
      .filter(({ article: other }) => !seen.has(other.url) && !!seen.add(other.url))
      .map((repeat) => ({ article: describeArticle(repeat.article), figure: repeat.claim.figure }));
    const conflicts = found.conflictsWith.map((conflict) => ({
      article: describeArticle(conflict.article),
      figure: conflict.claim.figure,
      quote: conflict.claim.sentence,
      reason: conflict.reason,
    }));
    return [{ claimId: pageIds?.[index] ?? claim.id, figure: claim.figure, sentence: claim.sentence, alsoReported, conflicts }];
  });
}

function storedKey(url: string): string | null {
  try {
    return /^https?:/i.test(url) ? normaliseUrl(url) : null;
  } catch {
    return null;
  }
}

export function createMemoryHandler(deps: MemoryHandlerDeps): MemoryHandler {
  const now = () => deps.now?.() ?? Date.now();
  let opened: Promise<MemoryStore> | null = null;
  /** Saves in flight by stored URL: the popup's question waits for the answer being written. */
  const saving = new Map<string, Promise<unknown>>();

  const memory = (): Promise<MemoryStore> => {
    // A failed open (IndexedDB unavailable) is retried on the next message, not cached.
    opened ??= deps.openStore().catch((error: unknown) => {
      opened = null;
      throw error;
    });
    return opened;
  };

  async function prune(store: MemoryStore): Promise<void> {
    await store.deleteOlderThan(await deps.retentionDays(), now());
  }

  async function save(store: MemoryStore, article: ArticleInput): Promise<void> {
    const outcome = await rememberArticle(store, article);
    if (outcome.evicted > 0) await deps.noteEvicted(outcome.evicted);
    if (!outcome.ok) {
      console.warn('[claimcheck] memory: article not saved:', outcome.error);
      return;
    }
    await prune(store);
    deps.announceSaved(article.url);
  }

  async function pageAnalysed(message: PageAnalysed, sender: MemorySender): Promise<MemoryReply> {
    const key = storedKey(message.url);
    if (!key || message.document.claims.length === 0) return EMPTY;
    const article = articleFromMessage(message, now());
    const store = await memory();
    // A private window's article is matched against the memory but never written to it.
    if (sender.tab?.incognito !== true) {
      const pending = save(store, article);
      saving.set(key, pending);
      try {
        await pending;
      } finally {
        if (saving.get(key) === pending) saving.delete(key);
      }
    }
    const matches = await matchArticle(store, article);
    const pageIds = message.document.claims.map((claim) => claim.id);
    return { claims: toReply(matches, article, pageIds), evicted: 0 };
  }

  async function getMemory(url: string): Promise<MemoryReply> {
    const evicted = await deps.evictedNotice();
    const key = storedKey(url);
    if (!key) return { claims: [], evicted };
    await saving.get(key)?.catch(() => undefined);
    const store = await memory();
    const record = await store.getByUrl(key);
    if (!record) return { claims: [], evicted };
    return { claims: toReply(await matchArticle(store, record), record, null), evicted };
  }

  async function answer(raw: unknown, sender: MemorySender): Promise<MemoryReply | null> {
    const message = parseMessage(MemoryBoundSchema, raw, 'background memory');
    if (!message) return null;
    if (message.type === 'content:page-analysed') return sender.tab ? pageAnalysed(message, sender) : null;
    if (!deps.isExtensionPage(sender)) return null;
    if (message.type === 'popup:get-memory') return getMemory(message.url);
    await deps.dismissNotice();
    return EMPTY;
  }

  return {
    handle(raw, sender) {
      const type = (raw as { type?: unknown } | null)?.type;
      if (typeof type !== 'string' || !MEMORY_TYPES.has(type)) return undefined;
      // The memory is a nicety: whatever fails here, the page and the popup go on without it.
      return answer(raw, sender).catch((error: unknown) => {
        console.warn('[claimcheck] memory:', error);
        return EMPTY;
      });
    },
    async start() {
      const apply = async () => {
        try {
          await prune(await memory());
        } catch (error) {
          console.warn('[claimcheck] memory: retention not applied:', error);
        }
      };
      deps.onRetentionChange?.(() => void apply());
      await apply();
    },
  };
}
