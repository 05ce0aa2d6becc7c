import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createPopupController } from '../../utils/extension/popup-controller';
import { alwaysHosts, disabledHosts } from '../../utils/extension/settings';
import { popupDeps } from './popup-deps';
import { REPORT, summaryOf } from './report-fixture';

const NEWS = 'https://www.lemonde.fr/economie/article.html';
const OTHER = 'https://blog.example.org/post';

beforeEach(() => {
  fakeBrowser.reset();
});

describe('loading', () => {
  it('summarises an automatic site without injecting anything when its script answers', async () => {
    const deps = popupDeps(NEWS, summaryOf(REPORT));
    const popup = createPopupController(deps);
    await popup.load();
    const data = popup.store.get();
    expect(data).toMatchObject({ tabId: 42, host: 'www.lemonde.fr', automatic: true, disabled: false });
    expect(data.outcome.state).toBe('ok');
    expect(deps.link.inject).not.toHaveBeenCalled();
  });

  it('injects the content script on a page outside the list when it does not answer', async () => {
    const deps = popupDeps(OTHER, summaryOf(REPORT));
    deps.link.askSummary.mockRejectedValueOnce(new Error('Receiving end does not exist.'));
    const popup = createPopupController(deps);
    await popup.load();
    expect(deps.link.inject).toHaveBeenCalledWith(42);
    expect(popup.store.get().outcome.state).toBe('ok');
    expect(popup.store.get().automatic).toBe(false);
  });

  it('injects on an automatic site only after its declared script stayed silent for a while', async () => {
    const deps = popupDeps(NEWS, summaryOf(REPORT));
    for (let i = 0; i < 4; i++) deps.link.askSummary.mockRejectedValueOnce(new Error('Receiving end does not exist.'));
    const popup = createPopupController(deps);
    await popup.load();
    expect(deps.link.inject).toHaveBeenCalledTimes(1);
    expect(deps.link.askSummary).toHaveBeenCalledTimes(5);
    expect(popup.store.get().outcome.state).toBe('ok');
  });

  it('says the page is restricted without asking it anything', async () => {
    const deps = popupDeps('chrome://settings/', summaryOf(REPORT));
    const popup = createPopupController(deps);
    await popup.load();
    expect(popup.store.get().outcome).toEqual({ state: 'restricted', reason: 'browser-page' });
    expect(deps.link.askSummary).not.toHaveBeenCalled();
  });

  it('says the site is switched off when its host is in disabledHosts', async () => {
    await disabledHosts.setValue(['www.lemonde.fr']);
    const deps = popupDeps(NEWS, summaryOf(REPORT));
    const popup = createPopupController(deps);
    await popup.load();
    expect(popup.store.get().outcome.state).toBe('disabled');
    expect(deps.link.askSummary).not.toHaveBeenCalled();
  });

  it('reports a missing tab as an error', async () => {
    const popup = createPopupController(popupDeps(NEWS, summaryOf(REPORT), { targetTab: async () => null }));
    await popup.load();
    expect(popup.store.get().outcome).toEqual({ state: 'error', reason: 'no-tab' });
  });
});

describe('the site switch', () => {
  it('writes the host into disabledHosts, clears the badge, and takes it out again', async () => {
    await disabledHosts.setValue(['other.example']);
    const deps = popupDeps(NEWS, summaryOf(REPORT));
    const popup = createPopupController(deps);
    await popup.load();
    await popup.setSiteEnabled(false);
    expect(await disabledHosts.getValue()).toEqual(['other.example', 'www.lemonde.fr']);
    expect(popup.store.get().outcome.state).toBe('disabled');
    expect(deps.clearBadge).toHaveBeenCalledWith(42);
    await popup.setSiteEnabled(true);
    expect(await disabledHosts.getValue()).toEqual(['other.example']);
    expect(popup.store.get().outcome.state).toBe('ok');
  });
});

describe('always run on this site', () => {
  it('asks for the permission before anything else, in the same turn as the click', async () => {
    const deps = popupDeps(OTHER, summaryOf(REPORT));
    const popup = createPopupController(deps);
    await popup.load();
    const pending = popup.setAlwaysRun(true);
    expect(deps.requestOrigins).toHaveBeenCalledWith(['*://blog.example.org/*']); // no await happened yet
    await pending;
    expect(await alwaysHosts.getValue()).toEqual(['blog.example.org']);
    expect(popup.store.get().always).toBe(true);
  });

  it('remembers nothing when the reader refuses, and says so', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const deps = popupDeps(OTHER, summaryOf(REPORT), { requestOrigins: vi.fn(async () => false) });
    const popup = createPopupController(deps);
    await popup.load();
    await popup.setAlwaysRun(true);
    expect(await alwaysHosts.getValue()).toEqual([]);
    expect(popup.store.get()).toMatchObject({ always: false, notice: 'permission-refused' });
  });

  it('switching it off gives the permission back and forgets the host', async () => {
    await alwaysHosts.setValue(['blog.example.org', 'x.example']);
    const deps = popupDeps(OTHER, summaryOf(REPORT));
    const popup = createPopupController(deps);
    await popup.load();
    expect(popup.store.get().always).toBe(true);
    await popup.setAlwaysRun(false);
    expect(deps.removeOrigins).toHaveBeenCalledWith(['*://blog.example.org/*']);
    expect(await alwaysHosts.getValue()).toEqual(['x.example']);
  });
});

it('sends show-claim for the popup\'s tab', async () => {
  const deps = popupDeps(NEWS, summaryOf(REPORT));
  const popup = createPopupController(deps);
  await popup.load();
  popup.showClaim('d1.c3');
  expect(deps.showClaim).toHaveBeenCalledWith(42, 'd1.c3');
});
