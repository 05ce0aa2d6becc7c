// Entry point of the end-to-end harness: start a browser with the built extension, read what
// the content script and the popup show, save screenshots for people to look at.
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { launchChromium } from './chromium';
import { launchFirefox } from './firefox';
import type { BrowserName, ExtensionBrowser, TestPage } from './types';

export { startFixtureServer, type FixtureServer } from './server';
export type { BrowserName, ExtensionBrowser, TestPage } from './types';

const ROOT = resolve(import.meta.dirname, '../../..');

/** Where `npm run build:e2e` wrote the test builds (CLAIMCHECK_OUT_DIR, as in wxt.config.ts). */
const OUTPUT_DIR = resolve(ROOT, process.env.CLAIMCHECK_OUT_DIR || '.output');

/** The test builds made by `npm run build:e2e` (they also run on 127.0.0.1). */
export const EXTENSION_DIRS: Record<BrowserName, string> = {
  chromium: resolve(OUTPUT_DIR, 'chrome-mv3'),
  firefox: resolve(OUTPUT_DIR, 'firefox-mv2'),
};

export function launchBrowser(name: BrowserName): Promise<ExtensionBrowser> {
  return name === 'chromium' ? launchChromium(EXTENSION_DIRS.chromium) : launchFirefox(EXTENSION_DIRS.firefox);
}

export const SCREENSHOT_DIR = resolve(ROOT, 'artifacts/screenshots');

/** Saves a screenshot as artifacts/screenshots/<browser>-<name>.png (git-ignored). */
export async function saveScreenshot(page: TestPage, browser: BrowserName, name: string): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const path = resolve(SCREENSHOT_DIR, `${browser}-${name}.png`);
  await page.screenshot(path);
  return path;
}

/** Texts of the ranges registered under a CSS highlight name, or null when it is not registered. */
export function highlightTexts(page: TestPage, name: string): Promise<string[] | null> {
  return page.evaluate((highlightName: string) => {
    const highlight = CSS.highlights.get(highlightName);
    return highlight ? [...highlight].map((range) => range.toString()) : null;
  }, name);
}

/** Waits until every expected figure is inside some range of the highlight `name`. */
export async function waitForHighlighted(page: TestPage, expected: string[], name = 'claimcheck-figure'): Promise<string[]> {
  await page.waitUntil(
    `${name} highlights ${JSON.stringify(expected)}`,
    ({ highlightName, figures }: { highlightName: string; figures: string[] }) => {
      const highlight = CSS.highlights.get(highlightName);
      if (!highlight) return false;
      const texts = [...highlight].map((range) => range.toString());
      return figures.every((figure) => texts.some((text) => text.includes(figure)));
    },
    { highlightName: name, figures: expected },
  );
  return (await highlightTexts(page, name)) ?? [];
}

/** Names of every CSS highlight registered on the page. */
export function highlightNames(page: TestPage): Promise<string[]> {
  return page.evaluate(() => [...CSS.highlights.keys()]);
}

/** Waits until the popup left its loading state; returns the state it settled in. */
export async function waitForPopupState(popup: TestPage): Promise<string> {
  await popup.waitUntil('the popup has a state other than loading', () => {
    const state = document.querySelector('[data-testid="state"]');
    return state && state.getAttribute('data-state') !== 'loading';
  });
  return popup.evaluate(() => document.querySelector('[data-testid="state"]')?.getAttribute('data-state') ?? '');
}

/** Text of every element matching `selector` in the page. */
export function textsOf(page: TestPage, selector: string): Promise<string[]> {
  return page.evaluate((sel: string) => [...document.querySelectorAll(sel)].map((el) => el.textContent ?? ''), selector);
}
