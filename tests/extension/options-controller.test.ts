import { beforeEach, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createOptionsController } from '../../utils/extension/options-controller';
import { alwaysHosts, disabledHosts } from '../../utils/extension/settings';

beforeEach(() => {
  fakeBrowser.reset();
});

it('reads both lists and follows changes made elsewhere', async () => {
  await disabledHosts.setValue(['a.example']);
  const options = createOptionsController(vi.fn(async () => true));
  const stop = await options.start();
  expect(options.store.get()).toEqual({ loaded: true, disabled: ['a.example'], always: [] });
  await alwaysHosts.setValue(['b.example']);
  await vi.waitFor(() => expect(options.store.get().always).toEqual(['b.example']));
  stop();
});

it('removes a switched-off site', async () => {
  await disabledHosts.setValue(['a.example', 'b.example']);
  const options = createOptionsController(vi.fn(async () => true));
  await options.start();
  await options.removeDisabled('a.example');
  expect(await disabledHosts.getValue()).toEqual(['b.example']);
  expect(options.store.get().disabled).toEqual(['b.example']);
});

it('removes an always-run site and gives its permission back', async () => {
  await alwaysHosts.setValue(['a.example', 'b.example']);
  const removeOrigins = vi.fn(async () => true);
  const options = createOptionsController(removeOrigins);
  await options.start();
  await options.removeAlways('b.example');
  expect(removeOrigins).toHaveBeenCalledWith(['*://b.example/*']);
  expect(await alwaysHosts.getValue()).toEqual(['a.example']);
});
