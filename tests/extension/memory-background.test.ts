// The background as built: its message listener routes the memory's messages to the handler,
// which keeps the articles in the extension's IndexedDB (fake-indexeddb here).
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '../../entrypoints/background';
import { memoryEvictionNotice } from '../../utils/extension/memory-notice';
import { MemoryReplySchema } from '../../utils/extension/messages';
import { articleA, articleB, URL_B } from './memory-fixtures';

function stubBrowser() {
  vi.spyOn(fakeBrowser.runtime.onConnect, 'addListener').mockImplementation(() => undefined);
  vi.spyOn(fakeBrowser.action, 'setBadgeText').mockResolvedValue(undefined);
  vi.spyOn(fakeBrowser.action, 'setBadgeBackgroundColor').mockResolvedValue(undefined);
  vi.spyOn(fakeBrowser.permissions.onAdded, 'addListener').mockImplementation(() => undefined);
  vi.spyOn(fakeBrowser.permissions.onRemoved, 'addListener').mockImplementation(() => undefined);
  vi.spyOn(fakeBrowser.scripting, 'getRegisteredContentScripts').mockResolvedValue([] as never);
  vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({ manifest_version: 3, name: 'x', version: '1', content_scripts: [] });
}

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
  globalThis.indexedDB = new IDBFactory();
});

/** The one reply among the listeners' results (other listeners answer undefined). */
async function send(raw: unknown, sender: object) {
  const results = await fakeBrowser.runtime.onMessage.trigger(raw, sender as never, () => undefined);
  const replies = (await Promise.all(results)).filter((r) => r !== undefined);
  expect(replies).toHaveLength(1);
  return MemoryReplySchema.parse(replies[0]);
}

it("saves A and B from their tabs and answers B's popup with the conflict", async () => {
  stubBrowser();
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  background.main();
  const popup = { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/popup.html') };
  await send(articleA(), { id: fakeBrowser.runtime.id, url: 'https://harbour-ledger.example/', tab: { id: 1, incognito: false } });
  const reply = await send(articleB(), { id: fakeBrowser.runtime.id, url: URL_B, tab: { id: 2, incognito: false } });
  expect(reply.claims[0].conflicts[0].article.outlet).toBe('Harbour Ledger');
  const asked = await send({ type: 'popup:get-memory', url: URL_B }, popup);
  expect(asked.claims[0].conflicts[0].article.outlet).toBe('Harbour Ledger');
  await memoryEvictionNotice.setValue({ evicted: 4, at: 1 });
  expect((await send({ type: 'popup:get-memory', url: URL_B }, popup)).evicted).toBe(4);
  await send({ type: 'popup:dismiss-memory-notice' }, popup);
  expect(await memoryEvictionNotice.getValue()).toBeNull();
});

it('a private tab is matched but not saved', async () => {
  stubBrowser();
  background.main();
  const popup = { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/popup.html') };
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  await send(articleA(), { id: fakeBrowser.runtime.id, url: 'https://harbour-ledger.example/', tab: { id: 1, incognito: false } });
  const reply = await send(articleB(), { id: fakeBrowser.runtime.id, url: URL_B, tab: { id: 2, incognito: true } });
  expect(reply.claims[0].conflicts[0].article.outlet).toBe('Harbour Ledger');
  expect((await send({ type: 'popup:get-memory', url: URL_B }, popup)).claims).toEqual([]);
});
