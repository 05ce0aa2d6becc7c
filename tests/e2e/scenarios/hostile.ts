// Hostile pages (issue 7): pages that rewrite built-ins, forbid styles, hide text in custom
// elements, never stop changing, hold 5 MB of text, forge the extension's messages, hold
// editors, embed frames. For each: the page's own checks still pass, the extension is not
// fooled and keeps working, and switching the site off leaves nothing behind.
// Every page function below runs through the prototype page's `__hostile.quiet` when it exists,
// so the test driver's own reads are never mistaken for the extension's.
import { loadavg } from 'node:os';
import { expect, it } from 'vitest';
import { saveScreenshot, waitForPopupState, type TestPage } from '../harness';
import { readPng, shareOfPixels } from '../harness/png';
import type { E2EContext } from './context';
import { clickSiteSwitch, siteSwitchState, switchSiteBackOn, waitForHoverCard, waitForSiteSwitch } from './page-helpers';

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
      const rect = (range as Range).getClientRects()[0];
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
  // The switch is drawn once the popup has read the settings (its state is known then); the
  // page's summary may still be loading (the 5 MB page's), which the switch does not wait for.
  await popup.waitForSelector('[data-testid="site-switch"]');
  expect(await siteSwitchState(popup)).toBe('true');
  await clickSiteSwitch(popup);
  try {
    const left = await pollPage(page, 'every Claimcheck trace left the page', claimcheckTraces, undefined, (traces) => traces.length === 0);
    expect(left).toEqual([]);
    // The content script can act on the setting before the popup's write returns and re-renders it.
    await waitForSiteSwitch(popup, 'false');
  } finally {
    // Back on for the next test (the switch is per host and every fixture is on 127.0.0.1).
    await switchSiteBackOn(popup);
  }
  await popup.close();
}


/** Viewport boxes of the first range holding each wanted text (in highlights or, failing that, in the page's text). */
function textBoxes(wanted: string[]): ({ left: number; top: number; right: number; bottom: number } | null)[] {
  return wanted.map((text) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = (node as Text).data.indexOf(text);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + text.length);
      const { left, top, right, bottom } = range.getBoundingClientRect();
      return { left, top, right, bottom };
    }
    return null;
  });
}

/** The light palette's amber figure background over a white page (text pixels aside). */
const amber = (r: number, g: number, b: number) => r > 220 && g > 190 && b < 200 && r - b > 50;

/** The hover card's box and computed position, or null when it is not shown. */
function hoverCardBox(): { position: string; width: number; height: number; background: string } | null {
  const card = document.querySelector('[data-claimcheck-card]')?.shadowRoot?.querySelector<HTMLElement>('[data-testid="hover-card"]');
  if (!card) return null;
  const rect = card.getBoundingClientRect();
  const style = getComputedStyle(card);
  return { position: style.position, width: rect.width, height: rect.height, background: style.backgroundColor };
}

const pageJson = <T>(page: TestPage, key: string) => page.evaluate((name: string) => JSON.parse(document.body.dataset[name] ?? 'null'), key) as Promise<T>;

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
  it('hostile: a strict Content-Security-Policy (no styles at all) still gets painted highlights and a styled hover card', async () => {
    const { page, tabId } = await ctx.openFixture('hostile-csp.html');
    // The policy is in force: the page's own inline styles are refused.
    await page.waitUntil('the page ran its own checks', () => document.body.dataset.selfTest);
    expect(await selfTest(page)).toBe('pass');
    await waitForFigures(page, ['85 million', '260']);
    // Painted, not only registered: the screenshot's pixels under the figure are amber, those
    // under plain words of the same sentence are not.
    const [figure, plain] = await page.evaluate(textBoxes, ['$85 million', 'the snack maker']);
    const shot = await saveScreenshot(page, ctx.name, 'hostile-csp-highlights');
    const image = readPng(shot);
    expect(shareOfPixels(image, figure!, amber)).toBeGreaterThan(0.3);
    expect(shareOfPixels(image, plain!, amber)).toBeLessThan(0.02);
    await hoverFigure(page, '85 million');
    const box = await page.evaluate(hoverCardBox);
    // Unstyled, the card would sit in the page's flow (position: static) with no background.
    expect(box?.position).toBe('fixed');
    expect(box!.width).toBeGreaterThan(100);
    expect(box!.background).not.toBe('rgba(0, 0, 0, 0)');
    await saveScreenshot(page, ctx.name, 'hostile-csp');
    const violations = (await pageJson<{ directive: string; sample: string }[]>(page, 'violations')) ?? [];
    console.info(`${ctx.name}: CSP violations reported to the page: ${JSON.stringify(violations)}`);
    await switchOffLeavesNothing(ctx, page, tabId);
    expect(await selfTest(page)).toBe('pass');
  });

  it('hostile: custom elements — slotted light-DOM text is read, text drawn inside a shadow root is not, the elements keep working', async () => {
    const { page, tabId } = await ctx.openFixture('hostile-shadow.html');
    const texts = await waitForFigures(page, ['510 million', '900']);
    // Policy: the text map reads the light DOM; a shadow root's own text is the component's
    // drawing, left alone (no ranges into it, no styles adopted into it).
    const all = Object.values(texts).flat();
    expect(all.some((text) => text.includes('999 million') || text.includes('4,000'))).toBe(false);
    const inShadow = await page.evaluate(() => {
      let count = 0;
      for (const [name, highlight] of CSS.highlights)
        if (name.startsWith('claimcheck-')) for (const range of highlight) if (range.startContainer.getRootNode() instanceof ShadowRoot) count++;
      return count;
    });
    expect(inShadow).toBe(0);
    await hoverFigure(page, '510 million');
    expect(await selfTest(page)).toBe('pass');
    await switchOffLeavesNothing(ctx, page, tabId);
    expect(await selfTest(page)).toBe('pass');
  });

  it('hostile: a page adding a node every 50 ms forever: re-analysis backs off, ranges stay bounded, the page keeps its pace', async () => {
    const { page, tabId } = await ctx.openFixture('hostile-ticker.html');
    await waitForFigures(page, ['120 million', '300']);
    await page.evaluate(() => (window as unknown as { resetTickerStats: () => void }).resetTickerStats());
    const before = await pageJson<{ items: number }>(page, 'stats');
    const windowStart = await page.evaluate(() => performance.now());
    await new Promise((resume) => setTimeout(resume, 6000));
    // CPU: the content script's own main-thread time over the window (its claimcheck:main-thread
    // measures, one per analysis, visible to the page in both browsers).
    const busyMs = await page.evaluate((from: number) => {
      let total = 0;
      for (const entry of performance.getEntriesByName('claimcheck:main-thread')) if (entry.startTime >= from) total += entry.duration;
      return total;
    }, windowStart);
    console.info(`${ctx.name}: ticker: content script main thread ${busyMs.toFixed(0)} ms in 6 s`);
    expect(busyMs).toBeLessThan(1200);
    const stats = await pageJson<{ items: number; worstLateMs: number; repaints: number; maxFigureRanges: number }>(page, 'stats');
    console.info(`${ctx.name}: ticker over 6 s: ${JSON.stringify(stats)}, load average ${loadavg()[0].toFixed(1)}`);
    // About 120 items in 6 s; the page's own timer was never held up for long.
    expect(stats.items - before.items).toBeGreaterThan(60);
    expect(stats.worstLateMs).toBeLessThan(250);
    // Re-reading the page is batched and backs off: a handful of analyses, not one per batch of
    // changes (about 50 batches of 120 ms in 6 s) and not one per item (about 120).
    expect(stats.repaints).toBeLessThanOrEqual(12);
    // The live feed is not the article: the figure ranges are the article's two, not one per item.
    expect(stats.maxFigureRanges).toBeLessThanOrEqual(3);
    expect(await selfTest(page)).toBe('pass');
    await hoverFigure(page, '120 million');
    await switchOffLeavesNothing(ctx, page, tabId);
    expect(await selfTest(page)).toBe('pass');
  });

  it('hostile: a 5 MB text node — the page stays responsive and the claims still appear', async () => {
    const { page, tabId } = await ctx.openFixture('hostile-huge.html');
    await waitForFigures(page, ['2.4 billion', '1,800'], 30_000);
    // The first figures may be painted before the rest of the 5 MB is read: the page's 20 ms
    // timer must keep ticking on (25 more ticks) whatever is still running.
    type HugeStats = { ticks: number; worstLateMs: number; textLength: number };
    const shown = (await pageJson<HugeStats | null>(page, 'stats'))?.ticks ?? 0;
    const stats = await pollPage(page, 'the page timer ticked on', () => JSON.parse(document.body.dataset.stats ?? '{}') as HugeStats, undefined, (now) => now.ticks >= shown + 25);
    // The machine's load beside the page's timings: a wall-clock bound read on a shared machine.
    console.info(`${ctx.name}: 5 MB page: ${JSON.stringify(stats)}, load average ${loadavg()[0].toFixed(1)}`);
    expect(stats.textLength).toBeGreaterThan(5_000_000);
    // No hang: the page's 20 ms timer is never held up for a second (the page's own first
    // layout of the 5 MB node, seconds long with or without an extension, is not counted).
    expect(stats.worstLateMs).toBeLessThan(1000);
    expect(await selfTest(page)).toBe('pass');
    await switchOffLeavesNothing(ctx, page, tabId);
    expect(await selfTest(page)).toBe('pass');
  });

  it('hostile: messages and events forged by the page (our message shapes, WXT events, synthetic hovers) do nothing', async () => {
    const { page, tabId } = await ctx.openFixture('hostile-forgery.html');
    await waitForFigures(page, ['75 million', '140']);
    await page.waitUntil('the page finished forging', () => JSON.parse(document.body.dataset.forgery ?? '{}').done, undefined, 15_000);
    const seen = await pageJson<{ sent: number; scrolled: number; flash: boolean; card: boolean; lostHighlights: boolean; learnedTypes: string[] }>(page, 'forgery');
    console.info(`${ctx.name}: forgeries: ${JSON.stringify(seen)}`);
    expect(seen.sent).toBeGreaterThan(100);
    expect({ scrolled: seen.scrolled, flash: seen.flash, card: seen.card, lostHighlights: seen.lostHighlights }).toEqual({ scrolled: 0, flash: false, card: false, lostHighlights: false });
    // Still working: highlights in place, the popup answers, and the real show-claim works.
    await waitForFigures(page, ['75 million', '140']);
    const popup = await ctx.openPopup(tabId);
    expect(await waitForPopupState(popup)).toBe('ok');
    await popup.click('[data-testid="claim"]');
    await page.waitUntil('the real show-claim flashed a figure', () => CSS.highlights.has('claimcheck-flash') || (window.scrollY > 0 && !!document.querySelector('[data-claimcheck-card]')));
    // The page defined a `claimcheck-card` element before we ran; our host's name is random, so
    // its constructor never ran on our host and the real card opens.
    await waitForHoverCard(page);
    // The page's watcher writes what it saw every 25 ms: read it once it has seen the real card.
    const after = await pollPage(page, "the page's watcher saw the real card", () => JSON.parse(document.body.dataset.forgery ?? '{}') as { card?: boolean; claimedCards: number }, undefined, (seen) => seen.card === true);
    console.info(`${ctx.name}: after the real show-claim: ${JSON.stringify(after)}`);
    expect(after.claimedCards).toBe(0);
    await popup.close();
    await switchOffLeavesNothing(ctx, page, tabId);
  });

  it('hostile: contenteditable editors and form fields are never highlighted or modified', async () => {
    const { page, tabId } = await ctx.openFixture('hostile-editors.html');
    await waitForFigures(page, ['60 million', '350']);
    await page.waitUntil('the page typed into its editor twice', () => document.body.dataset.typed === '2', undefined, 10_000);
    // The extension sees the typing (its observer batches, then re-reads the page): wait for an
    // analysis that began after the last typed line and has finished (test builds record each one).
    await page.waitUntil('an analysis that began after the last typing finished', () => {
      const typedAt = Number(document.body.dataset.typedAt);
      return performance.getEntriesByName('claimcheck:analysis').some((entry) => entry.startTime > typedAt);
    });
    const texts = Object.values(await page.evaluate(highlightTextsByName)).flat();
    for (const inEditor of ['999', '888', '777', '666', '4,000', '2,900', '1,700', '1,600', '501', '502', '3001', '3002', 'Braga', 'Fenwick', 'Corvel', 'Ashby'])
      expect(texts.filter((text) => text.includes(inEditor))).toEqual([]);
    expect(await page.evaluate(() => document.body.dataset.foreign)).toBe('[]');
    expect(await selfTest(page)).toBe('pass');
    await switchOffLeavesNothing(ctx, page, tabId);
    expect(await selfTest(page)).toBe('pass');
  });

  it('hostile: frames — Claimcheck reads the top frame only; same-origin and cross-origin frames are left alone', async () => {
    const { page, tabId } = await ctx.openFixture('hostile-frames.html');
    await waitForFigures(page, ['220 million', '500']);
    type FrameReport = { origin: string; highlights: string[]; selfTest: string; scripts: string[]; sinceLoad: number };
    // Each frame reports every 200 ms. A content script declared for frames would start at the
    // frame's document_idle, by its load event at the latest: read reports made well after it.
    const frames = await pollPage(
      page,
      'both frames reported half a second after their load',
      () => JSON.parse(document.body.dataset.frames ?? '{}') as Record<string, FrameReport>,
      undefined,
      (reports) => !!reports.same && !!reports.cross && reports.same.sinceLoad >= 500 && reports.cross.sinceLoad >= 500,
    );
    expect(frames.cross.origin).toMatch(/^http:\/\/localhost:/);
    expect(frames.same.origin).toMatch(/^http:\/\/127\.0\.0\.1:/);
    // Control: the top frame's timeline does show the content script's start.
    expect(await page.evaluate(() => performance.getEntriesByName('claimcheck:start').length)).toBeGreaterThan(0);
    for (const name of ['same', 'cross']) {
      expect(frames[name].scripts).toEqual([]);
      expect(frames[name].highlights).toEqual([]);
      expect(frames[name].selfTest).toBe('pass');
    }
    const texts = Object.values(await page.evaluate(highlightTextsByName)).flat();
    expect(texts.some((text) => text.includes('777') || text.includes('2,200'))).toBe(false);
    await switchOffLeavesNothing(ctx, page, tabId);
  });
}
