import { beforeEach, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_RETENTION_DAYS, memoryRetentionDays, readRetentionDays, writeRetentionDays } from '../../utils/extension/memory-settings';

beforeEach(() => fakeBrowser.reset());

it('defaults to 90 days and keeps a valid value', async () => {
  expect(DEFAULT_RETENTION_DAYS).toBe(90);
  expect(await readRetentionDays()).toBe(90);
  expect(await writeRetentionDays(30)).toBe(true);
  expect(await readRetentionDays()).toBe(30);
  expect(await fakeBrowser.storage.local.get('memoryRetentionDays')).toEqual({ memoryRetentionDays: 30 });
});

it('refuses values that are not whole days in range and reads junk as the default', async () => {
  for (const bad of [0, -5, 2.5, 4000, '30', null]) expect(await writeRetentionDays(bad), String(bad)).toBe(false);
  expect(await readRetentionDays()).toBe(90);
  await memoryRetentionDays.setValue('forever' as unknown as number);
  expect(await readRetentionDays()).toBe(90);
});
