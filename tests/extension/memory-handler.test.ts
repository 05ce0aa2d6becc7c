// The background's memory handler over fake-indexeddb: save, match, private windows, two tabs
// at once, a full disk, retention, and who may read the memory.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { isOwnPage } from '../../utils/extension/memory-browser';
import { createMemoryHandler, type MemoryHandlerDeps, type MemorySender } from '../../utils/extension/memory-handler';
import { dismissEvictionNotice, noteEvicted, readEvictionNotice } from '../../utils/extension/memory-notice';
import { MemoryReplySchema, type MemoryReply } from '../../utils/extension/messages';
import type { MemoryStore } from '../../utils/memory/store';
import { article, DAY_MS, freshFactory, NOW, openStore } from '../memory/helpers';
import { articleA, articleB, articleC, URL_A, URL_B } from './memory-fixtures';

const EXTENSION = 'chrome-extension://abc/';
const tab = (id: number, incognito = false): MemorySender => ({ id: 'abc', url: `https://site.example/${id}`, tab: { id, incognito } });
const popup: MemorySender = { id: 'abc', url: `${EXTENSION}popup.html?tab=3` };

let store: MemoryStore;
let saved: string[];
let clock: number;

function handlerWith(overrides: Partial<MemoryHandlerDeps> = {}) {
  return createMemoryHandler({
    openStore: async () => store,
    retentionDays: async () => 90,
    noteEvicted: (count) => noteEvicted(count, clock),
    evictedNotice: async () => (await readEvictionNotice())?.evicted ?? 0,
    dismissNotice: dismissEvictionNotice,
    announceSaved: (url) => void saved.push(url),
    isExtensionPage: (sender) => !!sender.url?.startsWith(EXTENSION),
    now: () => clock++,
    ...overrides,
  });
}

async function ask(handler: ReturnType<typeof handlerWith>, raw: unknown, sender: MemorySender): Promise<MemoryReply> {
  const reply = handler.handle(raw, sender);
  expect(reply, 'the handler answers this message').toBeDefined();
  return MemoryReplySchema.parse(await reply);
}

beforeEach(async () => {
  fakeBrowser.reset();
  store = await openStore(freshFactory());
  saved = [];
  clock = NOW;
});

describe('reading A, then B', () => {
  it("tells B's reader that A (outlet, date, quote, link) said otherwise, with B's own claim ids", async () => {
    const handler = handlerWith();
    const first = await ask(handler, articleA(), tab(1));
    expect(first.claims).toEqual([]);
    const b = articleB();
    const reply = await ask(handler, b, tab(2));
    expect(reply.claims).toHaveLength(1);
    const [claim] = reply.claims;
    expect(claim.claimId).toBe(b.document.claims[0].id);
    expect(claim.figure).toContain('2,000');
    expect(claim.conflicts).toHaveLength(1);
    const [conflict] = claim.conflicts;
    expect(conflict.article).toMatchObject({ outlet: 'Harbour Ledger', url: URL_A, published: '2026-11-23' });
    expect(conflict.quote).toContain('more than 3,000 jobs');
    expect(conflict.figure).toContain('3,000');
    expect(conflict.reason).toMatch(/cannot be true|3,000/);
    expect(saved).toEqual([URL_A, 'https://valley-courier.example/2026/11/25/kestrel']);
  });

  it('the popup asking about B later gets the same conflict from the store', async () => {
    const handler = handlerWith();
    await ask(handler, articleA(), tab(1));
    await ask(handler, articleB(), tab(2));
    const reply = await ask(handler, { type: 'popup:get-memory', url: `${URL_B}#comments` }, popup);
    expect(reply.claims.flatMap((c) => c.conflicts.map((x) => x.article.outlet))).toEqual(['Harbour Ledger']);
    expect(reply.claims[0].claimId).toBe('c1');
  });

  it('a third outlet with the same figure as A is "also reported", not a conflict', async () => {
    const handler = handlerWith();
    await ask(handler, articleA(), tab(1));
    const reply = await ask(handler, articleC(), tab(3));
    expect(reply.claims).toHaveLength(1);
    expect(reply.claims[0].conflicts).toEqual([]);
    expect(reply.claims[0].alsoReported.map((r) => r.article.outlet)).toEqual(['Harbour Ledger']);
  });

  it('uses the host as the outlet when the page names none', async () => {
    const handler = handlerWith();
    await ask(handler, articleA({ outlet: null }), tab(1));
    expect((await store.getByUrl(URL_A))?.outlet).toBe('harbour-ledger.example');
  });
});

describe('private windows', () => {
  it('stores nothing for an incognito tab but still tells its reader what they read before', async () => {
    const handler = handlerWith();
    await ask(handler, articleA(), tab(1));
    const reply = await ask(handler, articleB(), tab(2, true));
    expect(reply.claims[0].conflicts[0].article.outlet).toBe('Harbour Ledger');
    expect(await store.count()).toBe(1);
    expect(await store.getByUrl(URL_B)).toBeNull();
    expect(saved).toEqual([URL_A]);
  });
});

describe('two tabs at once', () => {
  it('never duplicates the same article analysed in two tabs, nor loses different ones', async () => {
    const handler = handlerWith();
    const messages = [articleA(), articleA(), articleB(), articleC(), articleB({ url: `${URL_B}&utm_medium=x` }), articleA()];
    await Promise.all(messages.map((m, i) => ask(handler, m, tab(i + 1))));
    const urls = (await store.all()).map((a) => a.url).sort();
    expect(urls).toEqual([URL_A, 'https://quay-times.example/kestrel', 'https://valley-courier.example/2026/11/25/kestrel']);
  });

  it('two background connections (two handlers on one database) keep one record per URL', async () => {
    const factory = freshFactory();
    const [one, two] = await Promise.all([openStore(factory), openStore(factory)]);
    const left = handlerWith({ openStore: async () => one });
    const right = handlerWith({ openStore: async () => two });
    await Promise.all([ask(left, articleA(), tab(1)), ask(right, articleA(), tab(2)), ask(left, articleB(), tab(3)), ask(right, articleC(), tab(4))]);
    expect(await one.count()).toBe(3);
  });
});

describe('a full disk', () => {
  it('evicts the oldest articles, saves the new one, and the popup shows the notice until dismissed', async () => {
    for (let i = 0; i < 10; i++) await store.put(article({ url: `https://old.example/${i}`, analysedAt: NOW - (20 - i) * DAY_MS }));
    const put = store.put.bind(store);
    vi.spyOn(store, 'put').mockImplementationOnce(() => Promise.reject(new DOMException('full', 'QuotaExceededError'))).mockImplementation(put);
    const handler = handlerWith();
    const reply = await ask(handler, articleA(), tab(1));
    expect(reply.claims).toEqual([]);
    expect(await store.getByUrl(URL_A)).not.toBeNull();
    expect(await store.getByUrl('https://old.example/0')).toBeNull();
    expect(await store.count()).toBe(10);
    const asked = await ask(handler, { type: 'popup:get-memory', url: URL_A }, popup);
    expect(asked.evicted).toBe(1);
    await ask(handler, { type: 'popup:dismiss-memory-notice' }, popup);
    expect((await ask(handler, { type: 'popup:get-memory', url: URL_A }, popup)).evicted).toBe(0);
  });

  it('a write that keeps failing never breaks the page: the reply still comes, nothing is saved', async () => {
    vi.spyOn(store, 'put').mockRejectedValue(new DOMException('broken', 'UnknownError'));
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const handler = handlerWith();
    const reply = await ask(handler, articleB(), tab(1));
    expect(reply.claims).toEqual([]);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('not saved'), expect.stringContaining('UnknownError'));
    expect(saved).toEqual([]);
  });

  it('a memory that cannot open answers "nothing" instead of failing', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const handler = handlerWith({ openStore: () => Promise.reject(new Error('no IndexedDB')) });
    expect(await ask(handler, articleA(), tab(1))).toEqual({ claims: [], evicted: 0 });
    expect(warn).toHaveBeenCalled();
  });
});

describe('retention', () => {
  it('forgets articles older than the setting on start and on each save', async () => {
    await store.put(article({ url: 'https://old.example/40', analysedAt: NOW - 40 * DAY_MS }));
    await store.put(article({ url: 'https://old.example/10', analysedAt: NOW - 10 * DAY_MS }));
    let days = 30;
    const handler = handlerWith({ retentionDays: async () => days });
    await handler.start();
    expect((await store.all()).map((a) => a.url)).toEqual(['https://old.example/10']);
    days = 5;
    await ask(handler, articleA(), tab(1));
    expect((await store.all()).map((a) => a.url)).toEqual([URL_A]);
  });

  it('applies a new setting as soon as the reader changes it', async () => {
    let changed: (() => void) | undefined;
    let days = 90;
    const handler = handlerWith({ retentionDays: async () => days, onRetentionChange: (listener) => void (changed = listener) });
    await store.put(article({ url: 'https://old.example/40', analysedAt: NOW - 40 * DAY_MS }));
    await handler.start();
    expect(await store.count()).toBe(1);
    days = 30;
    changed?.();
    await vi.waitFor(async () => expect(await store.count()).toBe(0));
  });
});

describe('who may ask', () => {
  it('answers the popup but not a content script asking for another page', async () => {
    const handler = handlerWith();
    await ask(handler, articleA(), tab(1));
    expect(await handler.handle({ type: 'popup:get-memory', url: URL_A }, tab(9))).toBeNull();
    expect(await handler.handle({ type: 'popup:dismiss-memory-notice' }, tab(9))).toBeNull();
  });

  it('leaves every other message to the other listeners and rejects malformed ones', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const handler = handlerWith();
    expect(handler.handle({ type: 'content:summary-ready', claims: 1, conflicts: 0 }, tab(1))).toBeUndefined();
    expect(handler.handle(null, tab(1))).toBeUndefined();
    expect(await handler.handle({ type: 'content:page-analysed', url: 42 }, tab(1))).toBeNull();
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('message rejected'));
    // a page-analysed message that does not come from a tab is not saved
    expect(await handler.handle(articleA(), popup)).toBeNull();
    expect(await store.count()).toBe(0);
  });

  it('a popup opened while the page is being saved waits for that save', async () => {
    const handler = handlerWith();
    await ask(handler, articleA(), tab(1));
    let release!: () => void;
    const gate = new Promise<void>((done) => (release = done));
    const put = store.put.bind(store);
    vi.spyOn(store, 'put').mockImplementation(async (input) => {
      await gate;
      return put(input);
    });
    const saving = ask(handler, articleB(), tab(2));
    await new Promise((done) => setTimeout(done, 10));
    const asking = ask(handler, { type: 'popup:get-memory', url: URL_B }, popup);
    release();
    const [, popupReply] = await Promise.all([saving, asking]);
    expect(popupReply.claims[0]?.conflicts[0]?.article.outlet).toBe('Harbour Ledger');
  });
});

describe('isOwnPage', () => {
  it("accepts the extension's own pages only", () => {
    const origin = 'chrome-extension://abc/';
    expect(isOwnPage({ id: 'abc', url: `${origin}popup.html?tab=4` }, 'abc', origin)).toBe(true);
    expect(isOwnPage({ id: 'abc', url: `${origin}reading-history.html`, tab: { id: 7 } }, 'abc', origin)).toBe(true);
    expect(isOwnPage({ id: 'abc', url: 'https://news.example/a', tab: { id: 7 } }, 'abc', origin)).toBe(false);
    expect(isOwnPage({ id: 'other', url: `${origin}popup.html` }, 'abc', origin)).toBe(false);
    expect(isOwnPage({ id: 'abc' }, 'abc', origin)).toBe(false);
  });
});
