import { addAlwaysHosts, ALWAYS_RUN_SCRIPT_ID, hostsOfOrigins, removeAlwaysHosts, syncAlwaysRun, type RegistrationDeps } from '@/utils/extension/always-run';
import { handleCardRequest } from '@/utils/extension/card-script';
import { BackgroundBoundSchema, parseMessage } from '@/utils/extension/messages';
import { browserMemoryDeps } from '@/utils/extension/memory-browser';
import { createMemoryHandler } from '@/utils/extension/memory-handler';
import { alwaysHosts } from '@/utils/extension/settings';
import { acceptAnalysisPort } from '@/utils/extension/analysis-background';
import { contentScriptFiles } from '@/utils/extension/tab-summary';
import { showClaimBadge } from '@/utils/extension/toolbar';
import { registerLookups } from '@/utils/extension/lookup-background';
import { withoutLookupHosts } from '@/utils/extension/lookup-grants';

/** The always-run registration's second entry: the highlights' static sheet. */
const ALWAYS_RUN_STYLE_ID = `${ALWAYS_RUN_SCRIPT_ID}-style`;

/** The browser's scripting and permissions calls behind the "always run" registration. */
function registrationDeps(): RegistrationDeps {
  return {
    getRegistered: (ids) => browser.scripting.getRegisteredContentScripts({ ids }),
    register: async (matches) => {
      const { js, css, runAt } = contentScriptFiles();
      await browser.scripting.registerContentScripts([
        { id: ALWAYS_RUN_SCRIPT_ID, matches, js, runAt, persistAcrossSessions: true },
        // The highlights' sheet on its own, before the DOM exists (Firefox injects css at the entry's runAt).
        ...(css.length ? [{ id: ALWAYS_RUN_STYLE_ID, matches, css, runAt: 'document_start' as const, persistAcrossSessions: true }] : []),
      ]);
    },
    unregister: async (ids) => {
      // The sheet's entry goes with the script's (an older registration has none: only ids that exist).
      const wanted = new Set(ids.flatMap((id) => (id === ALWAYS_RUN_SCRIPT_ID ? [id, ALWAYS_RUN_STYLE_ID] : [id])));
      const existing = (await browser.scripting.getRegisteredContentScripts()).map((script) => script.id).filter((id) => wanted.has(id));
      if (existing.length > 0) await browser.scripting.unregisterContentScripts({ ids: existing });
    },
    hasOrigin: (pattern) => browser.permissions.contains({ origins: [pattern] }),
  };
}

export default defineBackground(() => {
  const deps = registrationDeps();
  const sync = () => syncAlwaysRun(deps).catch((e: unknown) => console.warn('[claimcheck] always-run sync failed:', e));
  const memory = createMemoryHandler(browserMemoryDeps());

  // Listeners first and synchronously, so a service worker woken by one of these events gets it.
  browser.runtime.onMessage.addListener((raw, sender) => {
    // The hover card's script, injected into the asking frame on first use (utils/extension/card-script.ts).
    const cardReply = handleCardRequest(raw, sender);
    if (cardReply) return cardReply;
    // The memory across articles answers its own messages (a promise: the reply).
    const memoryReply = memory.handle(raw, sender);
    if (memoryReply) return memoryReply;
    const message = parseMessage(BackgroundBoundSchema, raw, 'background');
    const tabId = sender.tab?.id;
    if (!message || tabId === undefined) return undefined;
    if (message.type === 'content:summary-ready') {
      void showClaimBadge(tabId, message.claims, message.conflicts).catch((e: unknown) => console.warn('[claimcheck] badge:', e));
    }
    return undefined;
  });
  // Content scripts have their article read here, off the page's main thread (analysis-*.ts).
  browser.runtime.onConnect.addListener((port) => acceptAnalysisPort(port));
  // Hosts granted for press-release lookups are not sites to always run on (lookup-grants.ts).
  browser.permissions.onAdded.addListener((p) => void withoutLookupHosts(hostsOfOrigins(p.origins)).then(addAlwaysHosts));
  browser.permissions.onRemoved.addListener((p) => void removeAlwaysHosts(hostsOfOrigins(p.origins)));
  alwaysHosts.watch(() => void sync());
  // Press-release lookups asked for by the popup (utils/extension/lookup-*.ts).
  registerLookups();

  // On every start (browser start, install, update, service worker wake): check the registration.
  void sync();
  // The memory forgets articles older than the retention setting.
  void memory.start();
});
