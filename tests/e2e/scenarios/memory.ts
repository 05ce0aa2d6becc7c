// Memory across articles: read article A (Harbour Ledger, "more than 3,000 jobs"), then B
// (Valley Courier, "2,000 jobs"): B's popup and B's hover card tell the reader about A.
import { expect, it } from 'vitest';
import { saveScreenshot, waitForHighlighted, waitForPopupState } from '../harness';
import type { E2EContext } from './context';
import { pointAtFigure, waitForHoverCard } from './page-helpers';

const A = 'memory-a.html';
const B = 'memory-b.html';

interface ShownConflict {
  outlet: string | null;
  text: string;
  links: string[];
}

export function memoryScenarios(ctx: E2EContext): void {
  it("memory: after reading A, B's popup shows the conflict with A's outlet, date and link", async () => {
    const { page: pageA } = await ctx.openFixture(A);
    await waitForHighlighted(pageA, ['3,000']);
    const urlA = pageA.url();
    const { page: pageB, tabId } = await ctx.openFixture(B);
    await waitForHighlighted(pageB, ['2,000']);

    const popup = await ctx.openPopup(tabId);
    expect(await waitForPopupState(popup)).toBe('ok');
    // The background answers once B is saved and matched: wait for the section, not a fixed time.
    await popup.waitForSelector('[data-testid="memory-conflict"]', 15_000);
    const conflicts = await popup.evaluate((): ShownConflict[] =>
      [...document.querySelectorAll('[data-testid="memory-conflict"]')].map((el) => ({
        outlet: el.getAttribute('data-outlet'),
        text: el.textContent ?? '',
        links: [...el.querySelectorAll('a')].map((a) => a.href),
      })),
    );
    expect(conflicts).toHaveLength(1);
    const [conflict] = conflicts;
    expect(conflict.outlet).toBe('Harbour Ledger');
    expect(conflict.text).toContain('Harbour Ledger');
    // A's publication date from its JSON-LD (23 November 2026), in the popup's language.
    expect(conflict.text).toMatch(/23|2026-11-23/);
    expect(conflict.text).toContain('more than 3,000 jobs');
    expect(conflict.text).toContain('2,000');
    expect(conflict.links).toEqual([urlA]);
    // Nothing B says is "also reported" elsewhere: the only earlier article disagrees with it.
    expect(await popup.evaluate(() => document.querySelectorAll('[data-testid="also-reported"]').length)).toBe(0);
    await saveScreenshot(popup, ctx.name, 'popup-memory');
    // "History" opens the history page in a tab of its own.
    await popup.click('[data-testid="open-history"]');
    await popup.waitUntil('the history page is open in a tab', () => {
      type Api = { extension: { getViews(filter: { type: string }): Window[] } };
      const scope = globalThis as unknown as { browser?: Api; chrome?: Api };
      const history = (scope.browser ?? scope.chrome)?.extension.getViews({ type: 'tab' }).find((view) => view.location.pathname === '/reading-history.html');
      history?.close();
      return !!history;
    });
  });

  it("memory: B's hover card says it conflicts with what the reader read in Harbour Ledger", async () => {
    const { page: pageA } = await ctx.openFixture(A);
    await waitForHighlighted(pageA, ['3,000']);
    const { page } = await ctx.openFixture(B);
    await waitForHighlighted(page, ['2,000']);
    const point = await pointAtFigure(page, '2,000');
    expect(point, 'no highlighted figure "2,000" to hover').not.toBeNull();
    await page.mouseMove(point!.x - 40, point!.y - 40);
    await page.mouseMove(point!.x, point!.y);
    await waitForHoverCard(page);
    await page.waitUntil('the hover card has a memory line', () =>
      document.querySelector('[data-claimcheck-card]')?.shadowRoot?.querySelector('[data-testid="card-memory"] [data-memory="conflict"]'),
    );
    const line = await page.evaluate(
      () => document.querySelector('[data-claimcheck-card]')?.shadowRoot?.querySelector('[data-testid="card-memory"]')?.textContent ?? '',
    );
    expect(line).toContain('Harbour Ledger');
    expect(line).toContain('more than 3,000 jobs');
    await saveScreenshot(page, ctx.name, 'card-memory');
  });

  it("memory: A's popup, read again, does not count A against itself", async () => {
    const { page: pageB } = await ctx.openFixture(B);
    await waitForHighlighted(pageB, ['2,000']);
    const { tabId } = await ctx.openFixture(A);
    const popup = await ctx.openPopup(tabId);
    expect(await waitForPopupState(popup)).toBe('ok');
    await popup.waitForSelector('[data-testid="memory-conflict"]', 15_000);
    const outlets = await popup.evaluate(() =>
      [...document.querySelectorAll('[data-testid="memory-conflict"]')].map((el) => el.getAttribute('data-outlet')),
    );
    // A is set against B (published two days apart), never against its own stored copy.
    expect(outlets).toEqual(['Valley Courier']);
  });
}
