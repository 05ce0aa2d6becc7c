// Renders public/icon/claimcheck.svg to the PNG sizes the stores and browsers ask for
// (public/icon/<size>.png; WXT adds them to the manifest's `icons`). Run: npx tsx scripts/render-icons.ts
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';

const SIZES = [16, 32, 48, 96, 128];
const iconDir = resolve(import.meta.dirname, '../public/icon');
const svg = await readFile(resolve(iconDir, 'claimcheck.svg'), 'utf8');

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});
try {
  const page = await browser.newPage();
  for (const size of SIZES) {
    await page.setViewportSize({ width: size, height: size });
    const sized = svg.replace('width="128" height="128"', `width="${size}" height="${size}"`);
    await page.setContent(`<style>html,body{margin:0;background:transparent}svg{display:block}</style>${sized}`);
    await page.screenshot({ path: resolve(iconDir, `${size}.png`), omitBackground: true });
    console.log(`public/icon/${size}.png`);
  }
} finally {
  await browser.close();
}
