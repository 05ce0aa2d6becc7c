// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { isBare, tagOf } from '../../utils/page/element-facts';

describe('element facts', () => {
  it('gives the tag name and whether an element has attributes', () => {
    document.body.innerHTML = '<p>Plain</p><div class="ad-slot"><i></i></div>';
    const [p, div] = [document.querySelector('p')!, document.querySelector('div')!];
    expect([tagOf(p), isBare(p)]).toEqual(['p', true]);
    expect([tagOf(div), isBare(div)]).toEqual(['div', false]);
    // Asking about another element and back answers for each.
    expect(isBare(p)).toBe(true);
  });

  it('forgets once the running code yields, so a later change is seen', async () => {
    document.body.innerHTML = '<p>Plain</p>';
    const p = document.querySelector('p')!;
    expect(isBare(p)).toBe(true);
    p.setAttribute('hidden', '');
    await Promise.resolve();
    expect(isBare(p)).toBe(false);
  });
});
