// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type PageChange, watchPageChanges } from '../../utils/page/page-changes';
import { CARD_HOST_ATTRIBUTE, cardHostName } from '../../utils/page/card-host';

const settle = () => new Promise((r) => setTimeout(r, 40));

describe('watchPageChanges', () => {
  let changes: PageChange[];
  let controller: AbortController;

  beforeEach(() => {
    document.body.innerHTML = '<article><p id="lead">Quillon Motors will invest €1.2 billion.</p></article>';
    changes = [];
    controller = new AbortController();
    watchPageChanges({ doc: document, signal: controller.signal, batchMs: 10, onChange: (c) => changes.push(c) });
  });
  afterEach(() => controller.abort());

  it('reports a burst of added paragraphs once, with their text length', async () => {
    for (let i = 0; i < 5; i++) {
      const p = document.createElement('p');
      p.textContent = 'A late paragraph.'; // 17 characters
      document.querySelector('article')!.append(p);
    }
    await settle();
    expect(changes).toEqual([{ addedChars: 85, changed: false }]);
  });

  it('reports edited and removed text as a change', async () => {
    document.getElementById('lead')!.firstChild!.textContent = 'Quillon Motors will invest €1.5 billion.';
    await settle();
    expect(changes).toEqual([{ addedChars: 0, changed: true }]);
  });

  it('ignores its own style element and card host', async () => {
    const style = document.createElement('style');
    style.id = 'claimcheck-highlight-style';
    document.head.append(style);
    const host = document.createElement(cardHostName());
    host.setAttribute(CARD_HOST_ATTRIBUTE, '');
    document.body.append(host);
    host.append(Object.assign(document.createElement('p'), { textContent: 'Inside our host, long enough to count.' }));
    style.remove();
    host.remove();
    await settle();
    expect(changes).toEqual([]);
  });

  it('waits while the tab is hidden', async () => {
    let state: DocumentVisibilityState = 'hidden';
    Object.defineProperty(document, 'visibilityState', { get: () => state, configurable: true });
    document.body.append(Object.assign(document.createElement('p'), { textContent: 'Added while hidden, long enough.' }));
    await settle();
    expect(changes).toEqual([]);
    state = 'visible';
    document.dispatchEvent(new Event('visibilitychange'));
    await settle();
    expect(changes).toHaveLength(1);
    delete (document as { visibilityState?: unknown }).visibilityState;
  });

  it('stops observing once aborted', async () => {
    controller.abort();
    document.body.append(Object.assign(document.createElement('p'), { textContent: 'Too late to be seen.' }));
    await settle();
    expect(changes).toEqual([]);
  });
});
