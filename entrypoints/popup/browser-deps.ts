import type { PopupDeps } from '@/utils/extension/popup-controller';
import { browserTabLink } from '@/utils/extension/tab-summary';
import { toolbarAction } from '@/utils/extension/toolbar';

/** `popup.html?tab=N` summarises tab N (tests open the popup as a page); else the active tab. */
async function targetTab(): Promise<{ id: number; url?: string } | null> {
  const fromQuery = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(fromQuery) && fromQuery > 0) {
    const tab = await browser.tabs.get(fromQuery);
    return { id: fromQuery, url: tab.url };
  }
  const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
  return tab?.id === undefined ? null : { id: tab.id, url: tab.url };
}

/** The popup's browser calls, in one place. */
export function browserPopupDeps(): PopupDeps {
  return {
    link: browserTabLink(),
    targetTab,
    fileAccess: () => browser.extension.isAllowedFileSchemeAccess(),
    automaticPatterns: (browser.runtime.getManifest().content_scripts ?? []).flatMap((s) => s.matches ?? []),
    showClaim: (tabId, claimId) => browser.tabs.sendMessage(tabId, { type: 'popup:show-claim', claimId }),
    requestOrigins: (origins) => browser.permissions.request({ origins }),
    removeOrigins: (origins) => browser.permissions.remove({ origins }),
    clearBadge: async (tabId) => {
      await toolbarAction().setBadgeText({ tabId, text: '' });
    },
  };
}
