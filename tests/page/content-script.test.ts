// @vitest-environment happy-dom
// The content script as the browser runs it: main() with a real ContentScriptContext,
// fakeBrowser for storage and messages, the real engine on a small article, read by the
// background's side of the analysis port.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { mountCardView } from '../../components/hover-card/view';
import { CARD_VIEW_KEY, LOAD_CARD_MESSAGE, registerCardView, registeredCardView } from '../../components/hover-card/view-contract';
import contentScript from '../../entrypoints/content/index';
import { translatorFrom } from '../../utils/extension/i18n';
import { contentSchemas } from '../../utils/extension/content-schemas';
import { CONTENT_SCHEMAS_KEY, LOAD_SCHEMAS_MESSAGE, registerContentSchemas } from '../../utils/extension/content-schemas-contract';
import { serveAnalysis } from '../../utils/extension/analysis-background';
import { portPair } from '../extension/port-pair';
import type { PageSummary } from '../../utils/extension/messages';
import { disabledHosts } from '../../utils/extension/settings';
import { type FakeHighlight, installHighlightApi, removeHighlightApi } from './fakes';

const ARTICLE = `<article><h1>Quillon Motors to invest €1.2 billion in Valence</h1>
<p>Quillon Motors said on Tuesday it would invest €1.2 billion in a van plant in Valence, France, and hire 2,000 people there by 2028.</p>
<p>The company said the plant would be its largest in Europe, and that building work would begin next spring after the permits.</p></article>`;

const english = JSON.parse(readFileSync(join(__dirname, '..', '..', 'public', '_locales', 'en', 'messages.json'), 'utf8'));
const settle = (ms = 30) => new Promise((r) => setTimeout(r, ms));

async function ask(message: unknown): Promise<unknown[]> {
  const answers = await fakeBrowser.runtime.onMessage.trigger(message, {}, () => undefined);
  return answers.filter((a) => a !== undefined);
}

/** The page's state as the popup would read it, once the analysis has settled. */
async function settledState(): Promise<string> {
  let state = 'loading';
  await vi.waitFor(
    async () => {
      const [summary] = (await ask({ type: 'popup:get-summary' })) as PageSummary[];
      state = summary.state;
      expect(state).not.toBe('loading');
    },
    { timeout: 10_000, interval: 20 },
  );
  return state;
}

async function start(): Promise<ContentScriptContext> {
  const ctx = new ContentScriptContext('content');
  await contentScript.main(ctx);
  await settledState();
  return ctx;
}

describe('content script', () => {
  let registry: Map<string, FakeHighlight>;
  let served: string;
  const contexts: ContentScriptContext[] = [];

  beforeEach(async () => {
    fakeBrowser.reset();
    (window as unknown as { happyDOM: { setURL(u: string): void } }).happyDOM.setURL('https://news.example/markets/quillon');
    // The background's answer to the card's request: the card script runs in this world.
    // Likewise the message schemas' script (utils/extension/content-schemas-contract.ts).
    delete (globalThis as { [CARD_VIEW_KEY]?: unknown })[CARD_VIEW_KEY];
    delete (globalThis as { [CONTENT_SCHEMAS_KEY]?: unknown })[CONTENT_SCHEMAS_KEY];
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(async (message: unknown) => {
      if ((message as { type?: string }).type === LOAD_CARD_MESSAGE) registerCardView(mountCardView);
      if ((message as { type?: string }).type === LOAD_SCHEMAS_MESSAGE) registerContentSchemas(contentSchemas);
      return undefined;
    });
    vi.spyOn(fakeBrowser.runtime, 'connect').mockImplementation(((info: { name?: string }) => {
      const [page, background] = portPair(info.name);
      serveAnalysis(background);
      return page;
    }) as never);
    Object.assign(fakeBrowser, { i18n: { getMessage: translatorFrom(english), getUILanguage: () => 'en-GB' } });
    registry = installHighlightApi();
    document.head.innerHTML = '<title>Quillon</title>';
    document.body.innerHTML = ARTICLE;
    served = document.documentElement.innerHTML;
  });
  afterEach(() => {
    for (const ctx of contexts.splice(0)) ctx.abort();
    removeHighlightApi();
    vi.restoreAllMocks();
    vi.unstubAllEnvs();
  });

  it('highlights the figures and answers the popup with a summary', async () => {
    contexts.push(await start());
    expect(registry.get('claimcheck-figure')?.size ?? 0).toBeGreaterThan(0);
    const [summary] = (await ask({ type: 'popup:get-summary' })) as PageSummary[];
    expect(summary.state).toBe('ok');
    expect(summary.url).toBe('https://news.example/markets/quillon');
    expect(summary.report?.documents[0].claims.length).toBe(registry.get('claimcheck-figure')?.size);
    // The badge's count goes to the background once the page is idle, after the highlights.
    await vi.waitFor(() => expect(fakeBrowser.runtime.sendMessage).toHaveBeenCalledWith(expect.objectContaining({ type: 'content:summary-ready' })));
  });

  /** The card as a page script would find it: by the host's attribute, through an open shadow root. */
  const cardOnPage = () => document.querySelector('[data-claimcheck-card]')?.shadowRoot?.querySelector('[data-testid="hover-card"]');

  it('shows a claim from the popup: flash and a hover card in the card host\'s shadow root (open in the test build)', async () => {
    vi.stubEnv('CLAIMCHECK_TEST_BUILD', 'true');
    contexts.push(await start());
    const [summary] = (await ask({ type: 'popup:get-summary' })) as PageSummary[];
    const claim = summary.report!.documents[0].claims[0];
    expect(registeredCardView()).toBeUndefined(); // the card's script is not loaded before it is needed
    expect(await ask({ type: 'popup:show-claim', claimId: claim.id })).toEqual([{ shown: true }]);
    expect([...registry.get('claimcheck-flash')!].map((r) => r.toString().length)).toEqual([claim.end - claim.start]);
    await vi.waitFor(() => expect(cardOnPage()).toBeTruthy());
    expect(fakeBrowser.runtime.sendMessage).toHaveBeenCalledWith({ type: LOAD_CARD_MESSAGE });
    const card = cardOnPage();
    expect(card?.getAttribute('data-claim-id')).toBe(claim.id);
    expect(card?.getAttribute('role')).toBe('dialog');
    expect(card?.querySelector('[data-field="amount"] dd')?.textContent).toContain('1.2 billion');
    // Escape closes the card; switching off removes its host too.
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
    await settle();
    expect(cardOnPage()).toBeFalsy();
    expect(await ask({ type: 'popup:show-claim', claimId: 'd9.c9' })).toEqual([{ shown: false }]);
    await disabledHosts.setValue(['news.example']);
    expect(await settledState()).toBe('disabled');
    await settle();
    expect(document.documentElement.innerHTML).toBe(served);
  });

  it('keeps the card out of the page\'s reach in a shipped build: a closed shadow root on a host named at random', async () => {
    vi.stubEnv('CLAIMCHECK_TEST_BUILD', '');
    contexts.push(await start());
    const [summary] = (await ask({ type: 'popup:get-summary' })) as PageSummary[];
    expect(await ask({ type: 'popup:show-claim', claimId: summary.report!.documents[0].claims[0].id })).toEqual([{ shown: true }]);
    await vi.waitFor(() => expect(document.querySelector('[data-claimcheck-card]')).toBeTruthy());
    const host = document.querySelector('[data-claimcheck-card]')!;
    expect(host.localName).toMatch(/^claimcheck-card-[0-9a-z]{10}$/);
    expect(host.shadowRoot).toBeNull();
  });

  it('ignores malformed messages', async () => {
    contexts.push(await start());
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(await ask({ type: 'popup:show-claim' })).toEqual([]);
    expect(warn).toHaveBeenCalled();
  });

  it('removes every trace when the site is switched off, and comes back when switched on', async () => {
    contexts.push(await start());
    await disabledHosts.setValue(['news.example']);
    expect(await settledState()).toBe('disabled');
    expect([...registry.keys()]).toEqual([]);
    expect(document.documentElement.innerHTML).toBe(served);
    const [summary] = (await ask({ type: 'popup:get-summary' })) as PageSummary[];
    expect(summary.state).toBe('disabled');

    await disabledHosts.setValue([]);
    expect(await settledState()).toBe('ok');
    expect(registry.get('claimcheck-figure')?.size ?? 0).toBeGreaterThan(0);
  });

  it('stays idle on a host that is switched off', async () => {
    await disabledHosts.setValue(['news.example']);
    contexts.push(await start());
    expect(registry.size).toBe(0);
    expect(document.documentElement.innerHTML).toBe(served);
  });

  it('a second injection replaces the first: no doubled highlights, one answer', async () => {
    contexts.push(await start());
    const figures = registry.get('claimcheck-figure')!.size;
    contexts.push(await start());
    expect(contexts[0].isInvalid).toBe(true);
    expect(registry.get('claimcheck-figure')!.size).toBe(figures);
    expect(document.querySelector('style')).toBeNull();
    expect(await ask({ type: 'popup:get-summary' })).toHaveLength(1);
  });

  it('when the extension goes away, the page is left as it was', async () => {
    const ctx = await start();
    ctx.abort();
    expect(registry.size).toBe(0);
    expect(document.documentElement.innerHTML).toBe(served);
  });
});
