// The English business article: highlights, popup summary, hover card, popup → page.
import { expect, it } from 'vitest';
import { saveScreenshot, textsOf, waitForHighlighted, waitForPopupState } from '../harness';
import type { E2EContext } from './context';
import { digitsOf, firstInteger, hoverCardFields, pointAtFigure, waitForHoverCard } from './page-helpers';

const ARTICLE = 'en-business.html';
// The investment (restated once), the chief executive's jobs figure and the statement's.
const FIGURES = ['1.2 billion', '2,500', '1,500'];

export function articleScenarios(ctx: E2EContext): void {
  it('the content script highlights the claims\' figures on the page', async () => {
    const { page } = await ctx.openFixture(ARTICLE);
    const texts = await waitForHighlighted(page, FIGURES);
    // The restated €1.2 billion is highlighted where it is restated, not only once.
    expect(texts.filter((text) => text.includes('1.2 billion')).length).toBeGreaterThanOrEqual(2);
    // Years and percentages in the same article are not figures.
    expect(texts.some((text) => /\b(2027|4%)/.test(text))).toBe(false);
    // The people, companies and places around the claims, and the restated figure's state.
    await waitForHighlighted(page, ['Brenholt Robotics'], 'claimcheck-org');
    await waitForHighlighted(page, ['Maren Tolsma'], 'claimcheck-person');
    await waitForHighlighted(page, ['Lyon'], 'claimcheck-place');
    await waitForHighlighted(page, ['1.2 billion'], 'claimcheck-duplicate');
    await saveScreenshot(page, ctx.name, 'article-highlighted');
  });

  it('the popup opened for the tab shows the claim count and the claims', async () => {
    const { tabId } = await ctx.openFixture(ARTICLE);
    const popup = await ctx.openPopup(tabId);
    expect(await waitForPopupState(popup)).toBe('ok');
    const claims = await textsOf(popup, '[data-testid="claim"]');
    const [countText] = await textsOf(popup, '[data-testid="claim-count"]');
    expect(claims.length).toBeGreaterThanOrEqual(4);
    expect(firstInteger(countText ?? '')).toBe(claims.length);
    for (const figure of FIGURES) expect(claims.some((claim) => claim.includes(figure))).toBe(true);
    const entities = await popup.evaluate(() =>
      [...document.querySelectorAll('[data-testid="entity"]')].map((el) => `${el.getAttribute('data-type')}: ${el.textContent}`),
    );
    expect(entities.some((entity) => entity.startsWith('org: Brenholt Robotics'))).toBe(true);
    expect(entities.some((entity) => entity.startsWith('place: Lyon'))).toBe(true);
    // The release the article links to, read from the page without any request.
    const releases = await popup.evaluate(() => [...document.querySelectorAll('[data-testid="press-release"]')].map((a) => a.getAttribute('href')));
    expect(releases).toEqual(['https://www.businesswire.com/news/home/20250310005001/en/']);
    await saveScreenshot(popup, ctx.name, 'popup');
    if (popup.setColorScheme) {
      await popup.setColorScheme('dark');
      await saveScreenshot(popup, ctx.name, 'popup-dark');
    }
  });

  it('the popup lists the bad conversion as a conflict and the restated investment as a duplicate', async () => {
    const { tabId } = await ctx.openFixture(ARTICLE);
    const popup = await ctx.openPopup(tabId);
    await waitForPopupState(popup);
    // "€300 million ($900 million)": the dollar figure is about three times too high.
    const conflicts = await textsOf(popup, '[data-testid="conflict"]');
    expect(conflicts.some((text) => text.includes('300 million') && text.includes('900 million'))).toBe(true);
    // The consistent "€1.2 billion ($1.3 billion)" is not one. Its sentence is quoted by the jobs
    // conflict, so only the reasons are read here.
    const reasons = await textsOf(popup, '[data-testid="conflict"] .reason');
    expect(reasons.length).toBe(conflicts.length);
    expect(reasons.some((text) => /1\.3 billion|1,300 million/.test(text))).toBe(false);
    const groups = await popup.evaluate(() =>
      [...document.querySelectorAll('[data-testid="duplicate-group"]')].map((group) => ({
        count: Number(group.getAttribute('data-count')),
        text: group.textContent ?? '',
      })),
    );
    const investment = groups.find((group) => group.text.includes('1.2 billion'));
    expect(investment?.count).toBeGreaterThanOrEqual(2);
    // The two jobs figures disagree: they must not be grouped as the same statement.
    expect(groups.some((group) => group.text.includes('2,500') && group.text.includes('1,500'))).toBe(false);
  });

  it('the article contradicting itself (2,500 vs 1,500 jobs at the Lyon plant) is a conflict', async () => {
    const { page, tabId } = await ctx.openFixture(ARTICLE);
    const popup = await ctx.openPopup(tabId);
    await waitForPopupState(popup);
    const conflicts = await textsOf(popup, '[data-testid="conflict"]');
    expect(conflicts.some((text) => text.includes('2,500') && text.includes('1,500'))).toBe(true);
    await waitForHighlighted(page, ['2,500'], 'claimcheck-conflict');
  });

  it('hovering a figure shows the claim\'s fields in the hover card', async () => {
    const { page } = await ctx.openFixture(ARTICLE);
    await waitForHighlighted(page, FIGURES);
    const hover = async (figure: string) => {
      const point = await pointAtFigure(page, figure);
      expect(point, `no highlighted figure "${figure}" to hover`).not.toBeNull();
      await page.mouseMove(point!.x - 40, point!.y - 40);
      await page.mouseMove(point!.x, point!.y);
      await page.waitUntil(`the hover card shows "${figure}"`, (wanted: string) => {
        const card = document.querySelector('[data-claimcheck-card]')?.shadowRoot?.querySelector('[data-testid="hover-card"]');
        return card?.textContent?.replace(/\D/g, '').includes(wanted.replace(/\D/g, ''));
      }, figure);
      return hoverCardFields(page);
    };
    const jobs = await hover('2,500');
    expect(jobs?.subject).toContain('Brenholt');
    expect(jobs?.metric).toBeTruthy();
    expect(digitsOf(jobs?.amount ?? '')).toContain('2500');
    expect(jobs?.location).toContain('Lyon');
    await saveScreenshot(page, ctx.name, 'hover-card');
    // The bad conversion's card shows the check with the dollar figure it doubts.
    const conversion = await hover('300 million');
    expect(conversion?.alt).toContain('900');
    expect(conversion?.['card-checks']).toContain('900');
  });

  it('clicking a claim in the popup scrolls the page to it and flashes it', async () => {
    const { page, tabId } = await ctx.openFixture(ARTICLE);
    await waitForHighlighted(page, FIGURES);
    const scrolledTo = await page.evaluate(() => {
      window.scrollTo(0, document.documentElement.scrollHeight);
      return window.scrollY;
    });
    expect(scrolledTo).toBeGreaterThan(100); // the fixture is taller than the window
    const popup = await ctx.openPopup(tabId);
    await waitForPopupState(popup);
    // The lead's jobs figure, near the top of the article.
    const claimId = await popup.evaluate(() =>
      [...document.querySelectorAll('[data-testid="claim"]')].find((el) => el.textContent?.includes('2,500'))?.getAttribute('data-claim-id'),
    );
    expect(claimId).toBeTruthy();
    // The flash lasts about a second: a watcher in the page, started before the click, sees it
    // (its 10 ms timer runs before the flash's end) however late the test's own polls come.
    await page.evaluate(() => {
      const scope = window as unknown as { flashSeen?: boolean };
      const watcher = setInterval(() => {
        const flash = CSS.highlights.get('claimcheck-flash');
        const inWindow =
          !!flash &&
          [...flash].some((range) => {
            if (!(range instanceof Range)) return false;
            const rect = range.getBoundingClientRect();
            return range.toString().includes('2,500') && rect.top >= 0 && rect.bottom <= window.innerHeight;
          });
        if (inWindow) {
          scope.flashSeen = true;
          clearInterval(watcher);
        }
      }, 10);
    });
    await popup.click(`[data-testid="claim"][data-claim-id="${claimId}"]`);
    await page.waitUntil('the clicked claim was flashed inside the window', () => (window as unknown as { flashSeen?: boolean }).flashSeen);
    expect(await page.evaluate(() => window.scrollY)).toBeLessThan(scrolledTo);
    await waitForHoverCard(page);
  });

  it('the French article\'s figures are highlighted (1,2 milliard d\'euros, 3 000 emplois)', async () => {
    const { page, tabId } = await ctx.openFixture('fr-business.html');
    await waitForHighlighted(page, ['1,2 milliard', '3\u202f000']);
    const popup = await ctx.openPopup(tabId);
    expect(await waitForPopupState(popup)).toBe('ok');
    const claims = await textsOf(popup, '[data-testid="claim"]');
    expect(claims.some((claim) => claim.includes('3\u202f000'))).toBe(true);
    await saveScreenshot(page, ctx.name, 'article-fr');
  });

  it('a page without claims gets no highlight and the popup says so', async () => {
    const { page, tabId } = await ctx.openFixture('no-claims.html');
    const popup = await ctx.openPopup(tabId);
    expect(await waitForPopupState(popup)).toBe('no-claims');
    const figures = await page.evaluate(() => CSS.highlights.get('claimcheck-figure')?.size ?? 0);
    expect(figures).toBe(0);
  });
}
