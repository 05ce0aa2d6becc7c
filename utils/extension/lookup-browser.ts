// The browser calls behind the popup's lookup controller and the options page's switches.
import { browser } from 'wxt/browser';
import type { LookupControllerDeps } from './lookup-controller';
import { noteLookupHosts } from './lookup-grants';

export function browserLookupDeps(): LookupControllerDeps {
  return {
    send: (message) => browser.runtime.sendMessage(message),
    requestOrigins: (origins) => browser.permissions.request({ origins }),
    noteHosts: noteLookupHosts,
    sendToTab: (tabId, message) => browser.tabs.sendMessage(tabId, message),
  };
}

/** Opens the options page at its press-release lookup section. */
export function openLookupOptions(): Promise<unknown> {
  return browser.tabs.create({ url: browser.runtime.getURL('/options.html#lookups') });
}
