// Reading the page and the popup through the UI contract (../../../ui-contract in the team notes):
// CSS.highlights names, the hover card's shadow root, the popup's data-testids.
import type { TestPage } from '../harness';

/** Where the first figure range containing `figure` is, scrolled into the middle of the view. */
export function pointAtFigure(page: TestPage, figure: string): Promise<{ x: number; y: number } | null> {
  return page.evaluate((wanted: string) => {
    const highlight = CSS.highlights.get('claimcheck-figure');
    const range = highlight && [...highlight].find((r) => r.toString().includes(wanted));
    if (!range || !(range instanceof Range)) return null;
    range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
    const rect = range.getClientRects()[0];
    return rect ? { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 } : null;
  }, figure);
}

/** The hover card's fields by data-field name, or null when no card is shown. */
export function hoverCardFields(page: TestPage): Promise<Record<string, string> | null> {
  return page.evaluate(() => {
    const card = document.querySelector('[data-claimcheck-card]')?.shadowRoot?.querySelector('[data-testid="hover-card"]');
    if (!card) return null;
    const fields: Record<string, string> = {};
    for (const item of card.querySelectorAll<HTMLElement>('[data-field]')) fields[item.dataset.field ?? ''] = item.textContent ?? '';
    fields['card-checks'] = card.querySelector('[data-testid="card-checks"]')?.textContent ?? '';
    return fields;
  });
}

export function waitForHoverCard(page: TestPage): Promise<void> {
  return page.waitUntil('the hover card is shown', () =>
    document.querySelector('[data-claimcheck-card]')?.shadowRoot?.querySelector('[data-testid="hover-card"]'),
  );
}

/** Every range of every claimcheck-* highlight whose text sits inside an element matching `selector`. */
export function highlightedInside(page: TestPage, selector: string): Promise<string[]> {
  return page.evaluate((sel: string) => {
    const found: string[] = [];
    for (const [name, highlight] of CSS.highlights) {
      if (!name.startsWith('claimcheck-')) continue;
      for (const range of highlight) {
        const node = range.startContainer;
        const element = node instanceof Element ? node : node.parentElement;
        if (element?.closest(sel)) found.push(`${name}: ${range.toString()}`);
      }
    }
    return found;
  }, selector);
}

/** The first integer written in a text ("5 claims" → 5), or NaN. */
export function firstInteger(text: string): number {
  const match = /\d+/.exec(text);
  return match ? Number(match[0]) : Number.NaN;
}

/** Digits only: "€2,500" and "2 500" both become "2500", for comparing formatted amounts. */
export const digitsOf = (text: string) => text.replace(/\D/g, '');

const SITE_SWITCH = '[data-testid="site-switch"]';

/** The popup's site switch as it reads now ('true', 'false', or null when it is not shown). */
export function siteSwitchState(popup: TestPage): Promise<string | null> {
  return popup.evaluate((sel: string) => document.querySelector(sel)?.getAttribute('aria-checked') ?? null, SITE_SWITCH);
}

/**
 * Waits until the popup's site switch reads `state`. The switch re-renders only once its storage
 * write has returned, which can be after the content script has already acted on the change.
 */
export function waitForSiteSwitch(popup: TestPage, state: 'true' | 'false'): Promise<void> {
  return popup.waitUntil(
    `the site switch reads ${state}`,
    ({ sel, want }: { sel: string; want: string }) => document.querySelector(sel)?.getAttribute('aria-checked') === want,
    { sel: SITE_SWITCH, want: state },
  );
}

export function clickSiteSwitch(popup: TestPage): Promise<void> {
  return popup.click(SITE_SWITCH);
}

/**
 * After a test clicked the switch off: switches the site back on (the switch is per host and every
 * fixture is on 127.0.0.1) and waits until the popup shows it on. Reading the switch at once could
 * see it still on while its write is on the way, skip the click, and leave the site off for the
 * tests that follow; so it first waits for the click's write to show.
 */
export async function switchSiteBackOn(popup: TestPage): Promise<void> {
  await waitForSiteSwitch(popup, 'false').catch(() => undefined); // the click itself may have failed
  if ((await siteSwitchState(popup)) === 'false') await clickSiteSwitch(popup);
  await waitForSiteSwitch(popup, 'true');
}
