// @vitest-environment happy-dom
// The hover card's host: a name a page cannot claim in advance, a shadow root a page cannot read.
import { describe, expect, it } from 'vitest';
import { CARD_HOST_ATTRIBUTE, cardHostName, cardShadowMode, isInCardHost } from '../../utils/page/card-host';

describe('card host', () => {
  it('is a valid custom element name with a random suffix', () => {
    const names = new Set(Array.from({ length: 200 }, () => cardHostName()));
    expect(names.size).toBe(200);
    for (const name of names) {
      expect(name).toMatch(/^claimcheck-card-[0-9a-z]{10}$/);
      // define() refuses any name that is not a valid custom element name
      expect(() => customElements.define(name, class extends HTMLElement {})).not.toThrow();
    }
    // even at the ends of the random range
    expect(cardHostName(() => 0)).toBe('claimcheck-card-0000000000');
    expect(cardHostName(() => 0.9999999)).toBe('claimcheck-card-zzzzzzzzzz');
  });

  it('is closed in shipped builds and open only in the test build', () => {
    expect(cardShadowMode(false)).toBe('closed');
    expect(cardShadowMode(true)).toBe('open');
  });

  it('is recognised by its attribute, not its name', () => {
    const host = document.createElement(cardHostName());
    const inside = document.createElement('span');
    host.append(inside);
    expect(isInCardHost(inside)).toBe(false);
    host.setAttribute(CARD_HOST_ATTRIBUTE, '');
    expect(isInCardHost(host)).toBe(true);
    expect(isInCardHost(inside)).toBe(true);
    expect(isInCardHost(document.createElement('claimcheck-card'))).toBe(false);
  });
});
