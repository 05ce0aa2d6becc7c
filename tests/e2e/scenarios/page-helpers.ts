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
