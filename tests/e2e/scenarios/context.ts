// What every scenario shares inside one test file: one browser, one fixture server, and the
// pages opened by the current test (closed after it, pass or fail).
import { afterAll, afterEach, beforeAll } from 'vitest';
import {
  launchBrowser,
  startFixtureServer,
  type BrowserName,
  type ExtensionBrowser,
  type FixtureServer,
  type TestPage,
} from '../harness';

export interface E2EContext {
  readonly name: BrowserName;
  /** Opens a fixture page (file name under tests/fixtures/pages) and finds its tab id. */
  openFixture(file: string): Promise<{ page: TestPage; tabId: number }>;
  /** Opens the popup as a page for `tabId`. */
  openPopup(tabId: number): Promise<TestPage>;
  /** The tab id of a page, looked up again (e.g. after a single-page route change). */
  tabIdOf(page: TestPage): Promise<number>;
}

export function useE2EContext(name: BrowserName): E2EContext {
  let server: FixtureServer | undefined;
  let browser: ExtensionBrowser | undefined;
  let launchError: unknown;
  const opened: TestPage[] = [];

  // A browser that cannot start fails every test with the reason (e.g. how to install it);
  // thrown from beforeAll it would only mark them skipped.
  beforeAll(async () => {
    try {
      server = await startFixtureServer();
      browser = await launchBrowser(name);
    } catch (error) {
      launchError = error;
    }
  });
  afterEach(async () => {
    for (const page of opened.splice(0)) await page.close().catch(() => undefined);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const ready = () => {
    if (!browser || !server) {
      const why = launchError instanceof Error ? launchError.message : String(launchError);
      throw new Error(`${name} did not start: ${why}`, { cause: launchError });
    }
    return { browser, server };
  };
  return {
    name,
    async openFixture(file) {
      const { browser, server } = ready();
      const page = await browser.openPage(server.url(file));
      opened.push(page);
      return { page, tabId: await browser.tabIdOf(page.url()) };
    },
    async openPopup(tabId) {
      const popup = await ready().browser.openPopup(tabId);
      opened.push(popup);
      return popup;
    },
    // The page's own address: after a single-page route change the driver's idea of the URL may lag.
    tabIdOf: async (page) => ready().browser.tabIdOf(await page.evaluate(() => location.href)),
  };
}
