// Switching the site off from the popup: the page is left exactly as it was served.
// Runs last in each file: the switch is per host and every fixture shares 127.0.0.1.
// The highlight rules are a static sheet declared with the content script (never in the markup):
// with no claimcheck-* name registered they paint nothing.
import { expect, it } from 'vitest';
import { highlightNames, waitForHighlighted, waitForPopupState } from '../harness';
import type { E2EContext } from './context';
import { clickSiteSwitch, pointAtFigure, siteSwitchState, switchSiteBackOn, waitForHoverCard, waitForSiteSwitch } from './page-helpers';

/** The page's markup as the server sent it, parsed by the browser, beside the live markup. */
function servedAndLiveMarkup() {
  return fetch(location.href)
    .then((response) => response.text())
    .then((html) => {
      const served = new DOMParser().parseFromString(html, 'text/html');
      return {
        served: served.head.innerHTML + served.body.innerHTML,
        live: document.head.innerHTML + document.body.innerHTML,
        otherRootChildren: [...document.documentElement.children].filter((el) => el !== document.head && el !== document.body).length,
      };
    });
}

export function siteSwitchScenarios(ctx: E2EContext): void {
  it('switching the site off removes every highlight and the card host, and leaves the markup as served', async () => {
    const { page, tabId } = await ctx.openFixture('en-business.html');
    await waitForHighlighted(page, ['2,500']);
    const point = await pointAtFigure(page, '2,500');
    await page.mouseMove(point!.x, point!.y);
    await waitForHoverCard(page);
    // The static sheet styles the names the script registers (the figure's paragraph inherits :root's in Chromium).
    const figureBackground = await page.evaluate(() => {
      const range = [...(CSS.highlights.get('claimcheck-figure') ?? [])][0] as Range | undefined;
      const host = range?.startContainer.parentElement;
      return host ? getComputedStyle(host, '::highlight(claimcheck-figure)').backgroundColor : null;
    });
    expect(figureBackground).toMatch(/^rgba\(255, 191, 0, 0\.32/);

    const popup = await ctx.openPopup(tabId);
    await waitForPopupState(popup);
    expect(await siteSwitchState(popup)).toBe('true');
    await clickSiteSwitch(popup);
    try {
      await page.waitUntil('every Claimcheck trace left the page', () =>
        [...CSS.highlights.keys()].every((name) => !name.startsWith('claimcheck-')) &&
        !document.querySelector('[data-claimcheck-card]'),
      );
      expect(await highlightNames(page)).toEqual([]);
      const markup = await page.evaluate(servedAndLiveMarkup);
      expect(markup.otherRootChildren).toBe(0);
      expect(markup.live).toBe(markup.served);
      // The switch re-renders after its storage write comes back, which Firefox can take a moment over.
      await waitForSiteSwitch(popup, 'false');
    } finally {
      // Switch the site back on so later runs in this profile start from the default.
      await switchSiteBackOn(popup);
    }
  });
}
