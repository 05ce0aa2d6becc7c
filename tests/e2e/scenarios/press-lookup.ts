// Press-release lookups, end to end: the local source server (tests/fixtures/sources/server.ts)
// plays every source and logs each request. With lookups off, loading an article that links to
// a release and opening the popup sends nothing to any source. With "Links in the article"
// switched on in the options page, the popup's button reads the linked release and shows one
// claim that matches it and one that differs, with both figures.
//
// Test builds only: the sources' base URLs are written to storage (lookupTestBaseUrls), which
// store builds ignore (the code reading it is compiled out). The local host 127.0.0.1 is among
// the test build's install-time host permissions, so the permission request made when the
// switch is turned on (and the popup's check before looking up) is answered "granted" without
// a prompt: the same calls run as for the reader; only the prompt, which headless browsers
// cannot click, does not appear.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startSourceServer, type SourceServer } from '../../fixtures/sources/server';
import { saveScreenshot, waitForHighlighted, waitForPopupState, type TestPage } from '../harness';
import { DEFAULT_TIMEOUT_MS } from '../harness/types';
import type { E2EContext } from './context';
import { pointAtFigure } from './page-helpers';

const ARTICLE = 'press-brenholt.html';
const RELEASE_LINK = 'https://www.businesswire.com/news/home/20250310005001/en/';

/** Writes the test-build-only base URLs from an extension page (popup or options). */
function pointSourcesAt(page: TestPage, baseUrls: Record<string, string>): Promise<void> {
  return page.evaluate((urls: Record<string, string>) => {
    // Firefox's extension pages have `browser`, Chrome's `chrome` (promise-based in MV3).
    type Api = { storage: { local: { set(items: object): Promise<void> } } };
    const g = globalThis as unknown as { browser?: Api; chrome?: Api };
    return (g.browser ?? g.chrome)!.storage.local.set({ lookupTestBaseUrls: urls });
  }, baseUrls);
}

/**
 * Navigates an extension page to the options page's lookup section and waits until it has read the
 * switches. Polls by hand: right after the navigation Firefox may still answer from the old page or
 * fail the question, and a built-in wait started then can fail for good.
 */
async function openLookupOptions(page: TestPage): Promise<void> {
  await page.evaluate(() => location.assign('/options.html#lookups'));
  const deadline = Date.now() + DEFAULT_TIMEOUT_MS;
  const loaded = () => location.pathname === '/options.html' && !!document.querySelector('[data-testid="lookup-sources"][data-loaded]');
  while (!(await page.evaluate(loaded).catch(() => false))) {
    if (Date.now() > deadline) throw new Error(`the lookup switches did not load within ${DEFAULT_TIMEOUT_MS} ms (at ${page.url()})`);
    await new Promise((resume) => setTimeout(resume, 100));
  }
}

function switchState(page: TestPage, source: string): Promise<string | null> {
  return page.evaluate((s: string) => document.querySelector(`[data-testid="lookup-source-switch"][data-source="${s}"]`)?.getAttribute('aria-checked') ?? null, source);
}

async function setSource(page: TestPage, source: string, on: boolean): Promise<void> {
  if ((await switchState(page, source)) === String(on)) return;
  await page.click(`[data-testid="lookup-source-switch"][data-source="${source}"]`);
  await page.waitUntil(
    `the ${source} switch is ${on ? 'on' : 'off'}`,
    ({ s, want }: { s: string; want: string }) => document.querySelector(`[data-testid="lookup-source-switch"][data-source="${s}"]`)?.getAttribute('aria-checked') === want,
    { s: source, want: String(on) },
  );
}

export function pressLookupScenarios(ctx: E2EContext): void {
  let sources: SourceServer | undefined;
  beforeAll(async () => {
    sources = await startSourceServer();
  });
  afterAll(async () => {
    await sources?.close();
  });
  const server = () => {
    if (!sources) throw new Error('the local source server did not start');
    return sources;
  };

  it('with lookups off, loading an article and opening the popup sends nothing to any source', async () => {
    const { page, tabId } = await ctx.openFixture(ARTICLE);
    const popup = await ctx.openPopup(tabId);
    // Any request would now land on the local server (and in its log) instead of the real hosts.
    await pointSourcesAt(popup, server().baseUrls);
    server().reset();
    // The article and the popup both load again with the local servers in place (a new popup:
    // waits on a reloading one could still be answered by the old document).
    await page.goto(page.url());
    await waitForHighlighted(page, ['1.2 billion', '2,000']);
    await popup.close();
    const again = await ctx.openPopup(tabId);
    expect(await waitForPopupState(again)).toBe('ok');
    await again.waitForSelector('[data-testid="lookup-settings"]');
    expect(await again.evaluate(() => document.querySelector('[data-testid="lookup-button"]'))).toBeNull();
    // The release link itself is listed, read from the page.
    const links = await again.evaluate(() => [...document.querySelectorAll('[data-testid="press-release"]')].map((a) => a.getAttribute('href')));
    expect(links).toEqual([RELEASE_LINK]);
    // Nothing marks "no request will come": a second's grace for one that should not.
    await new Promise((done) => setTimeout(done, 1000));
    expect(server().requests.map((r) => r.url)).toEqual([]);
  });

  it('with the article-links source on, the popup shows the release, a matching claim and a differing one with both figures', async () => {
    const { page, tabId } = await ctx.openFixture(ARTICLE);
    const options = await ctx.openPopup(tabId);
    await pointSourcesAt(options, server().baseUrls);
    await openLookupOptions(options);
    for (const source of ['newsroom', 'edgar', 'newswire', 'wikidata']) expect(await switchState(options, source)).toBe('false');
    await setSource(options, 'article-links', true);
    await saveScreenshot(options, ctx.name, 'options-lookups');
    try {
      server().reset();
      await waitForHighlighted(page, ['1.2 billion', '2,000']);
      const popup = await ctx.openPopup(tabId);
      expect(await waitForPopupState(popup)).toBe('ok');
      await popup.waitForSelector('[data-testid="lookup-button"]');
      await popup.click('[data-testid="lookup-button"]');
      await popup.waitUntil('the lookup finished', () => document.querySelector('[data-testid="lookup"]')?.getAttribute('data-phase') === 'done', undefined, 30_000);

      const releases = await popup.evaluate(() =>
        [...document.querySelectorAll('[data-testid="lookup-release"]')].map((el) => ({
          href: el.querySelector('a')?.getAttribute('href') ?? null,
          title: el.querySelector('.release-title')?.textContent ?? '',
          checks: [...el.querySelectorAll('[data-testid="release-check"]')].map((c) => ({ verdict: c.getAttribute('data-verdict'), text: c.textContent ?? '' })),
        })),
      );
      const problems = await popup.evaluate(() => [...document.querySelectorAll('[data-testid="lookup-problem"]')].map((p) => p.textContent));
      expect(problems).toEqual([]);
      expect(releases).toHaveLength(1);
      const [release] = releases;
      expect(release!.href).toBe(RELEASE_LINK);
      expect(release!.title).toContain('Brenholt Robotics');
      const matches = release!.checks.filter((c) => c.verdict === 'matches');
      const differs = release!.checks.filter((c) => c.verdict === 'differs');
      expect(matches).toHaveLength(1);
      expect(matches[0]!.text).toContain('1.2');
      expect(differs).toHaveLength(1);
      expect(differs[0]!.text).toContain('1,500');
      expect(differs[0]!.text).toContain('2,000');
      await popup.evaluate(() => document.querySelector('[data-testid="lookup-button"]')?.scrollIntoView());
      await saveScreenshot(popup, ctx.name, 'press-lookup');

      // Only the article-links source was contacted, for the linked release, with Claimcheck's
      // User-Agent (Chrome: the declarativeNetRequest rule; Firefox: the header on fetch).
      const asked = server().requests;
      expect(asked.length).toBeGreaterThan(0);
      expect(asked.every((r) => r.source === 'article-links')).toBe(true);
      expect(asked.map((r) => r.path)).toContain('/article-links/www.businesswire.com/news/home/20250310005001/en/');
      expect(asked.every((r) => /^Claimcheck\//.test(String(r.headers['user-agent'])))).toBe(true);

      // The hover card of the differing figure carries the press line.
      const point = await pointAtFigure(page, '2,000');
      expect(point).not.toBeNull();
      await page.mouseMove(point!.x, point!.y);
      await page.waitUntil('the hover card shows the press-release line', () =>
        document.querySelector('[data-claimcheck-card]')?.shadowRoot?.querySelector('[data-testid="card-press"] [data-verdict="differs"]'),
      );
    } finally {
      // Back to the default (every source off) for later scenarios in this profile.
      await options.bringToFront();
      await setSource(options, 'article-links', false);
    }
  });
}
