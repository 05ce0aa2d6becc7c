import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '../../entrypoints/background';
import { alwaysHosts } from '../../utils/extension/settings';
import { type FakePort, portPair } from './port-pair';

// fakeBrowser does not implement these: stand-ins that record what the background asks.
function stubBrowser() {
  const badge = {
    text: vi.spyOn(fakeBrowser.action, 'setBadgeText').mockResolvedValue(undefined),
    color: vi.spyOn(fakeBrowser.action, 'setBadgeBackgroundColor').mockResolvedValue(undefined),
  };
  const granted = new Set<string>();
  const listeners: { added?: (p: { origins?: string[] }) => void; removed?: (p: { origins?: string[] }) => void; connect?: (port: FakePort) => void } = {};
  vi.spyOn(fakeBrowser.runtime.onConnect, 'addListener').mockImplementation((fn) => void (listeners.connect = fn as unknown as (port: FakePort) => void));
  vi.spyOn(fakeBrowser.permissions.onAdded, 'addListener').mockImplementation((fn) => void (listeners.added = fn));
  vi.spyOn(fakeBrowser.permissions.onRemoved, 'addListener').mockImplementation((fn) => void (listeners.removed = fn));
  vi.spyOn(fakeBrowser.permissions, 'contains').mockImplementation(async (p) => (p.origins ?? []).every((o) => granted.has(o)));
  vi.spyOn(fakeBrowser.scripting, 'getRegisteredContentScripts').mockResolvedValue([] as never);
  const register = vi.spyOn(fakeBrowser.scripting, 'registerContentScripts').mockResolvedValue(undefined);
  vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({
    manifest_version: 3, name: 'x', version: '1',
    content_scripts: [
      { matches: ['https://*.lemonde.fr/*'], js: ['content-scripts/content.js'], run_at: 'document_idle' },
      { matches: ['https://*.lemonde.fr/*'], css: ['content-scripts/highlights.css'], run_at: 'document_start' },
    ],
  });
  return { ...badge, granted, listeners, register };
}

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
});

describe('background', () => {
  it("reads a tab's article sent on the analysis port, and closes analysis ports that come from no tab", async () => {
    const { listeners } = stubBrowser();
    background.main();
    const text = 'Quillon Motors SA will invest €1.2 billion in Valence, France, and hire 2,000 people there by 2028.';
    const [page, port] = portPair();
    listeners.connect!(port);
    const replies: { type: string; whole?: { claims: unknown[] } }[] = [];
    page.onMessage.addListener((reply) => replies.push(reply as { type: string }));
    page.postMessage({ type: 'analyse', doc: { source: 'https://news.example/a', text } });
    await vi.waitFor(() => expect(replies.at(-1)?.type).toBe('done'));
    // A short text: its document comes with the ending, in one message (plain claims).
    expect(replies.at(-1)?.whole?.claims).toHaveLength(2);
    const [stranger, fromPage] = portPair(undefined, {});
    listeners.connect!(fromPage);
    expect(fromPage.closed).toBe(true);
    expect(stranger.closed).toBe(true);
    const [, other] = portPair('someone-else');
    listeners.connect!(other);
    expect(other.closed).toBe(false);
  });

  it('shows the claim count on the badge, red when the page holds a conflict', async () => {
    const { text, color } = stubBrowser();
    const badge = { text, color };
    background.main();
    const sender = { tab: { id: 5 } } as never;
    await fakeBrowser.runtime.onMessage.trigger({ type: 'content:summary-ready', claims: 4, conflicts: 1 }, sender, () => undefined);
    await vi.waitFor(() => expect(badge.color).toHaveBeenCalled());
    expect(badge.text).toHaveBeenCalledWith({ tabId: 5, text: '4' });
    expect(badge.color).toHaveBeenCalledWith({ tabId: 5, color: '#b3261e' });
  });

  it('clears the badge for a page without claims and ignores malformed messages', async () => {
    const badge = stubBrowser();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    background.main();
    const sender = { tab: { id: 6 } } as never;
    await fakeBrowser.runtime.onMessage.trigger({ type: 'content:summary-ready', claims: -1, conflicts: 0 }, sender, () => undefined);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('message rejected'));
    expect(badge.text).not.toHaveBeenCalled();
    await fakeBrowser.runtime.onMessage.trigger({ type: 'content:summary-ready', claims: 0, conflicts: 0 }, sender, () => undefined);
    await vi.waitFor(() => expect(badge.text).toHaveBeenCalledWith({ tabId: 6, text: '' }));
    expect(badge.color).toHaveBeenCalledWith({ tabId: 6, color: '#1d5fa8' });
  });
});

describe('always run', () => {
  it('registers the content script for a host once its permission is granted', async () => {
    const browser = stubBrowser();
    background.main();
    browser.granted.add('https://blog.example.org/*');
    browser.listeners.added!({ origins: ['https://blog.example.org/*'] });
    await vi.waitFor(() => expect(browser.register).toHaveBeenCalled());
    expect(await alwaysHosts.getValue()).toEqual(['blog.example.org']);
    expect(browser.register).toHaveBeenLastCalledWith([
      expect.objectContaining({ matches: ['*://blog.example.org/*'], js: ['/content-scripts/content.js'], runAt: 'document_idle' }),
      // The highlights' sheet before the page's DOM, as the manifest declares it.
      expect.objectContaining({ matches: ['*://blog.example.org/*'], css: ['/content-scripts/highlights.css'], runAt: 'document_start' }),
    ]);
  });
});
