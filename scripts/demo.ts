// The main job, end to end on this machine: build the test extension if needed, open a bundled
// sample article in headless Chromium with the extension loaded, save screenshots under
// artifacts/demo/ and print what Claimcheck found.
//   npm run demo                      # tests/fixtures/pages/en-business.html
//   npm run demo -- fr-business.html  # any page of tests/fixtures/pages
import { execSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { EXTENSION_DIRS, launchBrowser, startFixtureServer, type TestPage } from '../tests/e2e/harness';

const ROOT = resolve(import.meta.dirname, '..');
const OUT = resolve(ROOT, 'artifacts/demo');
const page = process.argv[2] ?? 'en-business.html';

/** Newest modification time under the given folders (the extension's sources). */
function newestSource(dirs: string[]): number {
  let newest = 0;
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else newest = Math.max(newest, statSync(path).mtimeMs);
    }
  };
  for (const dir of dirs) if (existsSync(resolve(ROOT, dir))) walk(resolve(ROOT, dir));
  return Math.max(newest, statSync(resolve(ROOT, 'wxt.config.ts')).mtimeMs);
}

/** The test build runs on 127.0.0.1; a store build (npm run build) does not, so it will not do. */
function needsBuild(): boolean {
  const manifestPath = join(EXTENSION_DIRS.chromium, 'manifest.json');
  if (!existsSync(manifestPath)) return true;
  const manifest = readFileSync(manifestPath, 'utf8');
  if (!manifest.includes('http://127.0.0.1/*')) return true;
  return newestSource(['entrypoints', 'utils', 'components', 'public']) > statSync(manifestPath).mtimeMs;
}

async function text(target: TestPage, selector: string): Promise<string[]> {
  return target.evaluate(
    (sel: string) => [...document.querySelectorAll<HTMLElement>(sel)].map((el) => el.innerText.replace(/\s+/g, ' ').trim()),
    selector,
  );
}

if (needsBuild()) {
  console.log('Building the extension (npm run build:e2e)…');
  execSync('npm run --silent build:e2e', { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
}
mkdirSync(OUT, { recursive: true });
const server = await startFixtureServer();
const browser = await launchBrowser('chromium');
try {
  const article = await browser.openPage(server.url(page));
  await article
    .waitUntil('the page has figure highlights', () => (CSS.highlights.get('claimcheck-figure')?.size ?? 0) > 0)
    .catch(() => console.warn('No figure highlight appeared on the page within 10 s.'));
  await article.screenshot(join(OUT, 'page.png'));
  const highlights = await article.evaluate(() =>
    [...CSS.highlights].map(([name, highlight]) => [name, [...highlight].map((range) => range.toString())] as const),
  );

  const popup = await browser.openPopup(await browser.tabIdOf(article.url()));
  await popup
    .waitUntil('the popup has a summary', () => document.querySelector('[data-testid="state"]')?.getAttribute('data-state') !== 'loading')
    .catch(() => console.warn('The popup did not leave its loading state within 10 s.'));
  await popup.screenshot(join(OUT, 'popup.png'));

  console.log(`\nClaimcheck on ${page}`);
  console.log(`  state: ${await popup.evaluate(() => document.querySelector('[data-testid="state"]')?.getAttribute('data-state'))}`);
  console.log(`  ${(await text(popup, '[data-testid="claim-count"]'))[0] ?? '(no claim count)'}`);
  const sections: [string, string][] = [
    ['Conflicts', '[data-testid="conflict"]'],
    ['Duplicates', '[data-testid="duplicate-group"]'],
    ['Claims', '[data-testid="claim"]'],
    ['Entities', '[data-testid="entity"]'],
    ['Press releases', '[data-testid="press-release"]'],
  ];
  for (const [title, selector] of sections) {
    const items = await text(popup, selector);
    console.log(`\n${title} (${items.length})`);
    for (const item of items) console.log(`  - ${item}`);
  }
  console.log('\nHighlighted on the page');
  for (const [name, ranges] of highlights) console.log(`  ${name}: ${ranges.join(' | ')}`);
  console.log(`\nScreenshots: ${join('artifacts/demo', 'page.png')}, ${join('artifacts/demo', 'popup.png')}`);
} finally {
  await browser.close();
  await server.close();
}
