// The reader's press-release lookup switches, one per source, all OFF until the reader turns
// one on in the options page. Whatever is in storage is parsed with zod: anything unexpected
// counts as off.
import * as z from 'zod/mini';
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { LOOKUP_SOURCES, type LookupSourceId } from '../lookup/schema';

declare global {
  interface ImportMetaEnv {
    /** True only in test builds (CLAIMCHECK_E2E=1), set by a define in wxt.config.ts. */
    readonly CLAIMCHECK_TEST_BUILD?: boolean;
  }
}

export type SourceSwitches = Record<LookupSourceId, boolean>;

export const ALL_OFF: SourceSwitches = Object.fromEntries(LOOKUP_SOURCES.map((s) => [s, false])) as SourceSwitches;

// Partial on purpose: a source added later reads as off until the reader turns it on.
const SwitchesSchema = z.partialRecord(z.enum(LOOKUP_SOURCES), z.boolean());

export const lookupSwitches = storage.defineItem<Partial<SourceSwitches>>('local:lookupSources', {
  fallback: {},
  version: 1,
});

/** Every source with its switch; off for anything missing or malformed. */
export async function readSwitches(): Promise<SourceSwitches> {
  const parsed = SwitchesSchema.safeParse(await lookupSwitches.getValue());
  return { ...ALL_OFF, ...(parsed.success ? parsed.data : {}) };
}

export async function setSwitch(source: LookupSourceId, on: boolean): Promise<SourceSwitches> {
  const next = { ...(await readSwitches()), [source]: on };
  await lookupSwitches.setValue(next);
  return next;
}

export function enabledSources(switches: SourceSwitches): LookupSourceId[] {
  return LOOKUP_SOURCES.filter((s) => switches[s]);
}

const BaseUrlsSchema = z.partialRecord(z.enum(LOOKUP_SOURCES), z.url({ protocol: /^http$/, hostname: /^127\.0\.0\.1$/ }));

/**
 * Test builds only: sources' base URLs pointed at local servers on 127.0.0.1 (the end-to-end
 * tests write them). In store builds the define is `false`, the whole branch is dropped from
 * the bundle and this always returns {} — there is no way to redirect a source there.
 */
export async function readTestBaseUrls(): Promise<Partial<Record<LookupSourceId, string>>> {
  if (import.meta.env.CLAIMCHECK_TEST_BUILD) {
    const raw = (await browser.storage.local.get('lookupTestBaseUrls')).lookupTestBaseUrls;
    const parsed = BaseUrlsSchema.safeParse(raw);
    return parsed.success ? parsed.data : {};
  }
  return {};
}
