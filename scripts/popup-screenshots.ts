// Screenshots of the popup at its real width, light and dark, in the UI language given:
//   CLAIMCHECK_OUT_DIR=.output-x npx tsx scripts/popup-screenshots.ts [en|fr] [page.html …]
// Opens each fixture page in headless Chromium with the built extension (`--lang` sets the
// extension's UI language), then the popup for that tab, and writes
// artifacts/screenshots/popup-<page>-<lang>-<light|dark>.png (full height) and, with
// CARD=1, the hover card of the page's first figure (or of the one CARD_FIGURE names).
import { mkdtemp, mkdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { startFixtureServer } from '../tests/e2e/harness/server';

const lang = process.argv[2] ?? 'en';
const pages = process.argv.slice(3).length ? process.argv.slice(3) : ['en-business.html'];
const extensionDir = resolve(process.env.CLAIMCHECK_OUT_DIR ?? '.output', 'chrome-mv3');
const outDir = resolve('artifacts/screenshots');
const POPUP_WIDTH = 380;

async function main(): Promise<void> {
  await mkdir(outDir, { recursive: true });
  const server = await startFixtureServer();
  const profile = await mkdtemp(join(tmpdir(), 'claimcheck-shots-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    locale: lang,
    viewport: { width: 1100, height: 800 },
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', `--lang=${lang}`,
      `--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`],
  });
  try {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const extensionId = new URL(worker.url()).host;
    for (const name of pages) {
      const url = server.url(name);
      const page = await context.newPage();
      await page.goto(url, { waitUntil: 'domcontentloaded' });
      await page.waitForFunction(() => (CSS as unknown as { highlights: Map<string, unknown> }).highlights.has('claimcheck-figure'), null, { timeout: 10_000 }).catch(() => undefined);
      await page.waitForTimeout(800); // the memory save reaches the background
      const tabId = await worker.evaluate(async (wanted: string) => {
        const tabs = await (globalThis as unknown as { chrome: typeof import('webextension-polyfill') }).chrome.tabs.query({});
        return tabs.filter((t) => t.url === wanted).at(-1)?.id;
      }, url);
      const popup = await context.newPage();
      await popup.setViewportSize({ width: POPUP_WIDTH, height: 600 });
      for (const scheme of ['light', 'dark'] as const) {
        await popup.emulateMedia({ colorScheme: scheme });
        await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`);
        await popup.waitForSelector('[data-testid="state"]:not([data-state="loading"])');
        await popup.waitForTimeout(600);
        const base = `popup-${name.replace(/\.html$/, '')}-${lang}-${scheme}`;
        await popup.screenshot({ path: join(outDir, `${base}.png`), fullPage: true });
        await popup.screenshot({ path: join(outDir, `${base}-fold.png`) });
      }
      await popup.close();
      if (process.env.CARD) {
        await page.bringToFront();
        const box = await page.evaluate(async (wanted: string) => {
          const ranges = [...((CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('claimcheck-figure') ?? [])];
          const range = ranges.find((r) => r.toString().includes(wanted)) ?? ranges[0];
          range?.startContainer.parentElement?.scrollIntoView({ block: 'center' });
          await new Promise((done) => setTimeout(done, 200));
          const rect = range?.getBoundingClientRect();
          return rect && { x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 };
        }, process.env.CARD_FIGURE ?? '');
        if (box) {
          await page.mouse.move(box.x, box.y);
          await page.waitForTimeout(700);
          // The card and the figure with some of the article around them.
          const card = await page.evaluate(() => {
            const rect = document.querySelector('[data-claimcheck-card]')?.shadowRoot?.querySelector('[data-testid="hover-card"]')?.getBoundingClientRect();
            return rect && { top: rect.top, bottom: rect.bottom };
          });
          const top = Math.max(0, Math.min(card?.top ?? box.y, box.y) - 60);
          const bottom = Math.min(800, Math.max(card?.bottom ?? box.y, box.y) + 80);
          await page.screenshot({ path: join(outDir, `card-${name.replace(/\.html$/, '')}-${lang}.png`), clip: { x: 150, y: top, width: 800, height: bottom - top } });
        }
      }
    }
  } finally {
    await context.close();
    await rm(profile, { recursive: true, force: true });
    await server.close();
  }
}

await main();
