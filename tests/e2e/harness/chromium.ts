// Headless Debian Chromium with the built MV3 extension, driven by playwright-core.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { requireBinary, requireBuild } from './preflight';
import { describePage } from './diagnose';
import { DEFAULT_TIMEOUT_MS, type ExtensionBrowser, type TestPage } from './types';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

// Chromium keeps trying to reach Google services without these; nothing here may use the network.
const QUIET_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** MV3's promise-based `chrome` in the service worker, typed like the polyfill's `browser`. */
type WorkerGlobals = { chrome: typeof import('webextension-polyfill') };

export function wrapPlaywrightPage(page: Page): TestPage {
  return {
    url: () => page.url(),
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    async waitUntil(what, fn, arg, timeoutMs = DEFAULT_TIMEOUT_MS) {
      try {
        await page.waitForFunction(fn as never, arg, { timeout: timeoutMs, polling: 100 });
      } catch (error) {
        const state = await describePage(page).catch(() => 'page state unknown');
        throw new Error(`chromium: timed out after ${timeoutMs} ms waiting until ${what} (${state})`, { cause: error });
      }
    },
    async waitForSelector(selector, timeoutMs = DEFAULT_TIMEOUT_MS) {
      await page.waitForSelector(selector, { timeout: timeoutMs, state: 'attached' });
    },
    click: (selector) => page.click(selector, { timeout: DEFAULT_TIMEOUT_MS }),
    mouseMove: (x, y) => page.mouse.move(x, y),
    async goto(url) {
      await page.goto(url, { waitUntil: 'domcontentloaded' });
    },
    bringToFront: () => page.bringToFront(),
    setColorScheme: (colorScheme) => page.emulateMedia({ colorScheme }),
    async screenshot(path) {
      await page.screenshot({ path });
    },
    close: () => page.close(),
  };
}

export async function launchChromium(extensionDir: string): Promise<ExtensionBrowser> {
  await requireBinary(CHROMIUM_PATH, 'chromium');
  await requireBuild(extensionDir);
  const profile = await mkdtemp(join(tmpdir(), 'claimcheck-chromium-'));
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM_PATH,
      headless: true,
      viewport: { width: 1100, height: 800 },
      args: [...QUIET_FLAGS, `--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`],
    });
  } catch (error) {
    await rm(profile, { recursive: true, force: true });
    throw error;
  }
  const close = async () => {
    await context.close().catch(() => undefined);
    await rm(profile, { recursive: true, force: true });
  };
  try {
    const worker: Worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
    const extensionId = new URL(worker.url()).host;
    // The persistent context opens with one blank tab; the tests open their own. The service
    // worker stays alive while playwright is attached to it, so one handle serves the whole run.
    const startupTabs = context.pages();

    return {
      name: 'chromium',
      async openPage(url) {
        const page = await context.newPage();
        for (const blank of startupTabs.splice(0)) await blank.close();
        await page.goto(url, { waitUntil: 'domcontentloaded' });
        return wrapPlaywrightPage(page);
      },
      async tabIdOf(url) {
        const ids = await worker.evaluate(async (wanted: string) => {
          const tabs = await (globalThis as unknown as WorkerGlobals).chrome.tabs.query({});
          return tabs.filter((tab) => tab.url === wanted).map((tab) => tab.id);
        }, url);
        const id = ids.at(-1);
        if (typeof id !== 'number') throw new Error(`chromium: no tab shows ${url}`);
        return id;
      },
      async openPopup(tabId) {
        // A window of its own, so the article's tab stays the visible, active tab of its window
        // (the content script does no work in hidden tabs).
        const popupUrl = `chrome-extension://${extensionId}/popup.html?tab=${tabId}`;
        const [page] = await Promise.all([
          context.waitForEvent('page', { predicate: (p) => p.url().startsWith(popupUrl), timeout: DEFAULT_TIMEOUT_MS }),
          worker.evaluate((url: string) => (globalThis as unknown as WorkerGlobals).chrome.windows.create({ url, width: 420, height: 700 }).then(() => undefined), popupUrl),
        ]);
        await page.setViewportSize({ width: 400, height: 600 });
        await page.waitForLoadState('domcontentloaded');
        return wrapPlaywrightPage(page);
      },
      close,
    };
  } catch (error) {
    await close();
    throw error;
  }
}
