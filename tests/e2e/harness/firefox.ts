// Headless Firefox ESR with the built MV2 extension, driven by puppeteer-core over WebDriver
// BiDi (no geckodriver needed). The extension's internal UUID is fixed through a preference,
// so its pages have a known moz-extension:// origin.
import { randomUUID } from 'node:crypto';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { requireBinary, requireBuild } from './preflight';
import { describePage } from './diagnose';
import { DEFAULT_TIMEOUT_MS, type ExtensionBrowser, type TestPage } from './types';

export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const GECKO_ID = 'claimcheck@claimcheck.dev';

function wrapPuppeteerPage(page: Page): TestPage {
  return {
    url: () => page.url(),
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    async waitUntil(what, fn, arg, timeoutMs = DEFAULT_TIMEOUT_MS) {
      try {
        await page.waitForFunction(fn as never, { timeout: timeoutMs, polling: 100 }, arg);
      } catch (error) {
        const state = await describePage(page).catch(() => 'page state unknown');
        throw new Error(`firefox: timed out after ${timeoutMs} ms waiting until ${what} (${state})`, { cause: error });
      }
    },
    async waitForSelector(selector, timeoutMs = DEFAULT_TIMEOUT_MS) {
      await page.waitForSelector(selector, { timeout: timeoutMs });
    },
    async click(selector) {
      // Like Playwright's click: wait until the element is there and enabled (a button disabled
      // while the page is busy ignores a click, and a re-render may not have added it yet).
      try {
        await page.waitForFunction(
          (sel: string) => {
            const element = document.querySelector(sel);
            return !!element && !(element as HTMLButtonElement).disabled;
          },
          { timeout: DEFAULT_TIMEOUT_MS, polling: 100 },
          selector,
        );
      } catch (error) {
        throw new Error(`firefox: ${selector} was not there and enabled within ${DEFAULT_TIMEOUT_MS} ms`, { cause: error });
      }
      await page.click(selector);
    },
    mouseMove: (x, y) => page.mouse.move(x, y),
    async goto(url) {
      await page.goto(url, { waitUntil: 'domcontentloaded' });
    },
    bringToFront: () => page.bringToFront(),
    async screenshot(path) {
      await page.screenshot({ path: path as `${string}.png` });
    },
    close: () => page.close(),
  };
}

/**
 * Navigates without waiting for a load event (the first moz-extension:// load may never report
 * one), then polls until the new document shows `readySelector`. Polls by hand: page.url() may
 * not follow such a navigation, and a wait started while about:blank is being replaced can fail
 * inside Firefox's BiDi code instead of being retried.
 */
async function openExtensionPage(page: Page, url: string, readySelector: string): Promise<void> {
  void page.goto(url, { timeout: 0 }).catch(() => undefined);
  const deadline = Date.now() + DEFAULT_TIMEOUT_MS;
  let lastError: unknown;
  while (Date.now() < deadline) {
    try {
      const ready = await page.evaluate(
        (wanted: string, selector: string) => location.href === wanted && document.querySelector(selector) !== null,
        url,
        readySelector,
      );
      if (ready) return;
    } catch (error) {
      lastError = error; // the old document went away mid-question: ask the new one
    }
    await new Promise((resume) => setTimeout(resume, 100));
  }
  throw new Error(`firefox: ${url} did not show ${readySelector} within ${DEFAULT_TIMEOUT_MS} ms`, { cause: lastError });
}

export async function launchFirefox(extensionDir: string): Promise<ExtensionBrowser> {
  await requireBinary(FIREFOX_PATH, 'firefox-esr');
  await requireBuild(extensionDir);
  const uuid = randomUUID();
  const browser: Browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: true,
    args: ['--remote-allow-system-access', '--width=1100', '--height=800'],
    defaultViewport: { width: 1100, height: 800 },
    extraPrefsFirefox: { 'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: uuid }) },
  });
  const close = async () => {
    await browser.close().catch(() => undefined);
  };
  try {
    await browser.installExtension(extensionDir);
    const base = `moz-extension://${uuid}`;
    const blank = await browser.pages();
    let probe: Page | undefined;

    return {
      name: 'firefox',
      async openPage(url) {
        const page = await browser.newPage({ type: 'window' });
        for (const old of blank.splice(0)) await old.close();
        await page.goto(url, { waitUntil: 'domcontentloaded' });
        return wrapPuppeteerPage(page);
      },
      async tabIdOf(url) {
        // Extension pages see the tabs API: one page of ours, opened once in the background, asks it.
        probe ??= await browser.newPage({ type: 'window', background: true }).then(async (page) => {
          await openExtensionPage(page, `${base}/popup.html`, 'body');
          return page;
        });
        const ids = await probe!.evaluate(async (wanted: string) => {
          const api = (globalThis as unknown as { browser: typeof import('webextension-polyfill') }).browser;
          const tabs = await api.tabs.query({});
          return tabs.filter((tab) => tab.url === wanted).map((tab) => tab.id);
        }, url);
        const id = ids.at(-1);
        if (typeof id !== 'number') throw new Error(`firefox: no tab shows ${url}`);
        return id;
      },
      async openPopup(tabId) {
        const page = await browser.newPage({ type: 'window' });
        await page.setViewport({ width: 400, height: 600 });
        await openExtensionPage(page, `${base}/popup.html?tab=${tabId}`, '#app > *');
        return wrapPuppeteerPage(page);
      },
      close,
    };
  } catch (error) {
    await close();
    throw error;
  }
}
