// Wires press-release lookups into the background: the message listener and, in Chrome, the
// EDGAR User-Agent rule. background.ts calls registerLookups() once, synchronously at start.
import { browser } from 'wxt/browser';
import { lookUpPressReleases } from '../lookup/index';
import { LookupPlanRequestSchema, LookupPressSchema } from './messages';
import { storageCache } from './lookup-cache';
import { createLookupHandler } from './lookup-handler';
import { readSwitches, readTestBaseUrls } from './lookup-settings';
import { edgarUserAgent, installUserAgentRule } from './lookup-user-agent';

/** Only the extension's own pages (popup, options) may start a lookup; content scripts may not. */
function fromExtensionPage(sender: { id?: string; url?: string }): boolean {
  return sender.id === browser.runtime.id && !!sender.url?.startsWith(browser.runtime.getURL('/'));
}

function extensionVersion(): string {
  try {
    return browser.runtime.getManifest().version;
  } catch {
    return '0'; // test doubles without a manifest
  }
}

export function registerLookups(): void {
  const userAgent = edgarUserAgent(extensionVersion());
  const area = browser.storage.session ?? browser.storage.local;
  const handler = createLookupHandler({
    fetch: (input, init) => fetch(input, init),
    hasOrigins: (origins) => browser.permissions.contains({ origins }),
    readSwitches,
    readBaseUrls: readTestBaseUrls,
    cache: storageCache(area),
    lookUp: lookUpPressReleases,
    // Chrome ignores a User-Agent set on fetch: the rule below sets it there.
    userAgent: import.meta.env.FIREFOX ? userAgent : undefined,
  });

  browser.runtime.onMessage.addListener((raw: unknown, sender) => {
    if (!fromExtensionPage(sender)) return undefined;
    const lookup = LookupPressSchema.safeParse(raw);
    if (lookup.success) return handler.lookUp(lookup.data.page);
    const plan = LookupPlanRequestSchema.safeParse(raw);
    if (plan.success) return handler.plan(plan.data.page);
    return undefined;
  });

  if (!import.meta.env.FIREFOX) {
    // Test builds also send the header to the local EDGAR stand-in, so the e2e tests can see it.
    const domains = import.meta.env.CLAIMCHECK_TEST_BUILD ? ['sec.gov', '127.0.0.1'] : ['sec.gov'];
    void installUserAgentRule(domains, userAgent).catch((e: unknown) => console.warn('[claimcheck] EDGAR User-Agent rule:', e));
  }
}
