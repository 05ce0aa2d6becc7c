// Pages that are not a clean article: clutter around it, paragraphs added late, an SPA route change.
import { expect, it } from 'vitest';
import { highlightTexts, saveScreenshot, textsOf, waitForHighlighted, waitForPopupState } from '../harness';
import type { E2EContext } from './context';
import { highlightedInside } from './page-helpers';

// Everything around the article in cluttered.html; each block holds claim-like figures.
const CLUTTER = 'nav, [role="navigation"], aside, .comments, footer, #cookie-banner, .also-read';

export function pageChangeScenarios(ctx: E2EContext): void {
  it('navigation, related links, comments and the cookie banner are not highlighted', async () => {
    const { page } = await ctx.openFixture('cluttered.html');
    await waitForHighlighted(page, ['300 million', '700']);
    expect(await highlightedInside(page, CLUTTER)).toEqual([]);
    const texts = (await highlightTexts(page, 'claimcheck-figure')) ?? [];
    for (const outside of ['2 billion', '800', '1,200', '90 million', '400 million', '1,000', '2,000', '750 million'])
      expect(texts.filter((text) => text.includes(outside))).toEqual([]);
    await saveScreenshot(page, ctx.name, 'cluttered');
  });

  it('paragraphs added after load get highlighted', async () => {
    const { page } = await ctx.openFixture('late-paragraphs.html');
    await waitForHighlighted(page, ['250 million']);
    await page.waitUntil('the page added its late paragraphs', () => document.body.dataset.lateParagraphs === 'added');
    await waitForHighlighted(page, ['250 million', '420']);
    const lateFigure = await page.evaluate(() =>
      [...(CSS.highlights.get('claimcheck-figure') ?? [])].some(
        (range) => range.toString().includes('420') && range.startContainer.parentElement?.closest('p.late'),
      ),
    );
    expect(lateFigure).toBe(true);
  });

  it('a single-page route change re-analyses the new article', async () => {
    const { page } = await ctx.openFixture('spa.html');
    await waitForHighlighted(page, ['600 million']);
    await page.click('#next-story');
    await page.waitUntil('the route changed', () => location.pathname.endsWith('/second-story'));
    await waitForHighlighted(page, ['900']);
    await page.waitUntil('the old story\'s highlight is gone', () =>
      [...(CSS.highlights.get('claimcheck-figure') ?? [])].every((range) => !range.toString().includes('600 million')),
    );
    const popup = await ctx.openPopup(await ctx.tabIdOf(page));
    expect(await waitForPopupState(popup)).toBe('ok');
    const claims = await textsOf(popup, '[data-testid="claim"]');
    expect(claims.some((claim) => claim.includes('900'))).toBe(true);
    expect(claims.some((claim) => claim.includes('600 million'))).toBe(false);
  });
}
