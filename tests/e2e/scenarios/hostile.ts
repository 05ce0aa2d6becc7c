// Hostile pages (issue 7): pages that rewrite built-ins, forbid styles, hide text in custom
// elements, never stop changing, hold 5 MB of text, forge the extension's messages, hold
// editors, embed frames. For each: the page's own checks still pass, the extension is not
// fooled and keeps working, and switching the site off leaves nothing behind.
// Every page function below runs through the prototype page's `__hostile.quiet` when it exists,
// so the test driver's own reads are never mistaken for the extension's.
import { expect, it } from 'vitest';
import { saveScreenshot, waitForPopupState, type TestPage } from '../harness';
import type { E2EContext } from './context';
import { waitForHoverCard } from './page-helpers';

type Quiet = { __hostile?: { quiet: <T>(fn: () => T) => T; foreign: () => string[]; intact: () => boolean } };

/** Polls a page function from Node until `done` accepts its value; fails with the last value. */
async function pollPage<R, A>(page: TestPage, what: string, fn: (arg: A) => R, arg: A, done: (value: R) => boolean, timeoutMs = 10_000): Promise<R> {
  const deadline = Date.now() + timeoutMs;
  let value = await page.evaluate(fn, arg);
  while (!done(value)) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting until ${what}; last seen: ${JSON.stringify(value).slice(0, 600)}`);
    await new Promise((resume) => setTimeout(resume, 150));
    value = await page.evaluate(fn, arg);
  }
  return value;
}

/** Texts of the ranges under every claimcheck-* highlight name, by name. */
function highlightTextsByName(): Record<string, string[]> {
  const quiet = (window as unknown as Quiet).__hostile?.quiet ?? ((fn) => fn());
  return quiet(() => {
    const all: Record<string, string[]> = {};
    for (const [name, highlight] of CSS.highlights) {
      if (!name.startsWith('claimcheck-')) continue;
      const texts: string[] = [];
      for (const range of highlight) texts[texts.length] = range.toString();
      all[name] = texts;
    }
    return all;
  });
}

const figuresShown = (expected: string[]) => (all: Record<string, string[]>) =>
  expected.every((figure) => (all['claimcheck-figure'] ?? []).some((text) => text.includes(figure)));

async function waitForFigures(page: TestPage, expected: string[], timeoutMs?: number): Promise<Record<string, string[]>> {
  return pollPage(page, `figures ${expected.join(', ')} are highlighted`, highlightTextsByName, undefined, figuresShown(expected), timeoutMs);
}

/** Everything Claimcheck may put on a page, looked for everywhere: highlights, elements, adopted style sheets (document and open shadow roots). */
function claimcheckTraces(): string[] {
  const quiet = (window as unknown as Quiet).__hostile?.quiet ?? ((fn) => fn());
  return quiet(() => {
    const found: string[] = [];
    for (const name of CSS.highlights.keys()) if (name.startsWith('claimcheck')) found[found.length] = `highlight ${name}`;
    const roots: (Document | ShadowRoot)[] = [document];
    for (const el of document.querySelectorAll('*')) if (el.shadowRoot) roots[roots.length] = el.shadowRoot;
    for (const root of roots) {
      for (const el of root.querySelectorAll('*')) {
        const marks = `${el.localName} ${el.id} ${el.getAttribute('class') ?? ''}`;
        if (marks.includes('claimcheck') || el.hasAttribute('wxt-shadow-root-document-styles')) found[found.length] = `element ${marks.trim()}`;
      }
      for (const sheet of root.adoptedStyleSheets ?? [])
        for (const rule of sheet.cssRules) if (rule.cssText.includes('claimcheck')) found[found.length] = `adopted rule ${rule.cssText.slice(0, 50)}`;
    }
    return found;
  });
}

const selfTest = (page: TestPage) => page.evaluate(() => document.body.dataset.selfTest ?? 'missing');

/** Where the first figure range containing `figure` is, scrolled into view first. */
function figurePoint(wanted: string): { x: number; y: number } | null {
  const quiet = (window as unknown as Quiet).__hostile?.quiet ?? ((fn) => fn());
  return quiet(() => {
    const highlight = CSS.highlights.get('claimcheck-figure');
    if (!highlight) return null;
    for (const range of highlight) {
      if (!range.toString().includes(wanted) || !('getClientRects' in range)) continue;
      range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
      const rect = range.getClientRects()[0];
      return rect ? { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 } : null;
    }
    return null;
  });
}

async function hoverFigure(page: TestPage, figure: string): Promise<void> {
  const point = await page.evaluate(figurePoint, figure);
  expect(point, `a figure range holds ${figure}`).not.toBeNull();
  await page.mouseMove(point!.x, point!.y);
  await waitForHoverCard(page);
}

/** Switches the site off from the popup, checks nothing is left, and switches it back on. */
async function switchOffLeavesNothing(ctx: E2EContext, page: TestPage, tabId: number): Promise<void> {
  const popup = await ctx.openPopup(tabId);
  await waitForPopupState(popup);
  const isOn = () => popup.evaluate(() => document.querySelector('[data-testid="site-switch"]')?.getAttribute('aria-checked'));
  expect(await isOn()).toBe('true');
  await popup.click('[data-testid="site-switch"]');
  try {
    const left = await pollPage(page, 'every Claimcheck trace left the page', claimcheckTraces, undefined, (traces) => traces.length === 0);
    expect(left).toEqual([]);
  } finally {
    if ((await isOn()) === 'false') await popup.click('[data-testid="site-switch"]');
  }
  expect(await isOn()).toBe('true');
  await popup.close();
}

export function hostileScenarios(ctx: E2EContext): void {
  it('hostile: a page that overrides DOM and language built-ins does not reach the content script', async () => {
    const { page, tabId } = await ctx.openFixture('hostile-prototypes.html');
    const texts = await waitForFigures(page, ['340 million', '1,100']);
    expect(texts['claimcheck-org']?.some((text) => text.includes('Nordvik Batteries'))).toBe(true);
    await hoverFigure(page, '340 million');
    const foreign = await page.evaluate(() => (window as unknown as Quiet).__hostile!.foreign());
    // Control: the same counters do see code named as an extension's script (what a content
    // script sharing the page's world would look like in a stack).
    const scheme = ctx.name === 'chromium' ? 'chrome-extension' : 'moz-extension';
    const control = await page.evaluate((source: string) => {
      const hostile = (window as unknown as Quiet).__hostile!;
      const before = hostile.foreign().length;
      (0, eval)(`[1, 2].map((n) => n);\n//# sourceURL=${source}`);
      return hostile.foreign().length - before;
    }, `${scheme}://control/content-scripts/content.js`);
    expect(control).toBeGreaterThan(0);
    expect(foreign).toEqual([]);
    expect(await page.evaluate(() => (window as unknown as Quiet).__hostile!.intact())).toBe(true);
    expect(await selfTest(page)).toBe('pass');
    await switchOffLeavesNothing(ctx, page, tabId);
    expect(await selfTest(page)).toBe('pass');
  });
}
