// @vitest-environment happy-dom
// The popup as a whole: a real controller over fakeBrowser storage and a fake tab.
import { beforeEach, expect, it, vi } from 'vitest';
import { act } from 'preact/test-utils';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { App } from '../../entrypoints/popup/App';
import { createPopupController } from '../../utils/extension/popup-controller';
import { disabledHosts } from '../../utils/extension/settings';
import { popupDeps } from '../extension/popup-deps';
import { REPORT, summaryOf } from '../extension/report-fixture';
import { all, mount, one } from './render';

beforeEach(() => {
  fakeBrowser.reset();
});

async function openPopup(url = 'https://www.lemonde.fr/a.html') {
  const deps = popupDeps(url, summaryOf(REPORT));
  const controller = createPopupController(deps);
  const root = mount(<App controller={controller} />);
  await vi.waitFor(() => expect(one(root, 'state')?.dataset.state).toBe('ok'));
  return { root, deps };
}

it('switching the site off writes its host into disabledHosts and says so', async () => {
  const { root } = await openPopup();
  await act(async () => one(root, 'site-switch')!.click());
  await vi.waitFor(() => expect(one(root, 'state')?.dataset.state).toBe('disabled'));
  expect(await disabledHosts.getValue()).toEqual(['www.lemonde.fr']);
  expect(one(root, 'site-switch')?.getAttribute('aria-checked')).toBe('false');
  expect(all(root, 'claim')).toHaveLength(0);
});

it('a click on a claim asks the tab to show it', async () => {
  const { root, deps } = await openPopup();
  act(() => all(root, 'claim').find((el) => el.dataset.claimId === 'd1.c2')!.click());
  expect(deps.showClaim).toHaveBeenCalledWith(42, 'd1.c2');
});

it('arrow keys move the focus through the actionable items, wrapping around', async () => {
  const { root } = await openPopup();
  const items = [...root.querySelectorAll<HTMLElement>('[data-nav]')];
  expect(items.length).toBeGreaterThan(5);
  items[0].focus();
  const press = (key: string) =>
    act(() => void document.activeElement!.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true })));
  press('ArrowDown');
  expect(document.activeElement).toBe(items[1]);
  press('ArrowUp');
  press('ArrowUp');
  expect(document.activeElement).toBe(items[items.length - 1]);
  press('Home');
  expect(document.activeElement).toBe(items[0]);
});

it('reloads when the tab reports a fresh analysis while the popup was waiting', async () => {
  const deps = popupDeps('https://www.lemonde.fr/a.html', summaryOf(null, 'loading'));
  const controller = createPopupController(deps);
  const root = mount(<App controller={controller} />);
  await vi.waitFor(() => expect(deps.link.askSummary.mock.calls.length).toBeGreaterThanOrEqual(12));
  expect(one(root, 'state')?.dataset.state).toBe('loading');
  deps.link.askSummary.mockResolvedValue(summaryOf(REPORT));
  await fakeBrowser.runtime.onMessage.trigger({ type: 'content:summary-ready', claims: 5, conflicts: 1 }, { tab: { id: 42 } } as never, () => undefined);
  await vi.waitFor(() => expect(one(root, 'state')?.dataset.state).toBe('ok'));
});
