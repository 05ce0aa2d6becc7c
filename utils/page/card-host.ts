// The hover card's host element on the page. Its name carries a random suffix, fresh for each
// page, so a page cannot define a custom element of that name beforehand and have its own
// constructor run on our host (and take its shadow root). Our own code finds the host by an
// attribute instead of by its name.

export const CARD_HOST_ATTRIBUTE = 'data-claimcheck-card';

/** A valid custom element name no page can know in advance: `claimcheck-card-` and 10 base-36 characters. */
export function cardHostName(random: () => number = Math.random): string {
  let suffix = '';
  while (suffix.length < 10) suffix += Math.floor(random() * 36).toString(36);
  return `claimcheck-card-${suffix}`;
}

/**
 * Closed in the builds readers install: the card can quote articles read before (memory) and
 * lookup results, and a page's script must not read them out of an open shadow root. The test
 * build keeps it open so the end-to-end tests can read the card from the page, as they read
 * the highlights.
 */
export function cardShadowMode(testBuild: boolean): ShadowRootMode {
  return testBuild ? 'open' : 'closed';
}

/** Whether an element is, or sits inside, the card's host. */
export function isInCardHost(el: Element): boolean {
  return el.closest(`[${CARD_HOST_ATTRIBUTE}]`) !== null;
}
