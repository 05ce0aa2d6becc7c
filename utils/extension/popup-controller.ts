// The popup's state and actions: which tab, what its content script found, and the two site
// switches. Browser calls come in through `PopupDeps`, so tests drive it with fakes.
import type { Outcome, TabLink } from './tab-summary';
import { fetchSummary } from './tab-summary';
import { alwaysHosts, disabledHosts, readHostList } from './settings';
import { hostOf, matchesPattern, restrictionOf, sitePattern, type Restriction } from './site';
import { createStore, type Store } from './store';

export interface PopupData {
  tabId: number | null;
  host: string | null;
  /** Claimcheck runs here by itself (the built-in list or a test host). */
  automatic: boolean;
  /** The reader asked to always run here (optional permission granted). */
  always: boolean;
  /** The reader switched Claimcheck off here. */
  disabled: boolean;
  restriction: Restriction | null;
  outcome: Outcome;
  /** A passing remark about the last action, e.g. a permission the reader refused. */
  notice: 'permission-refused' | null;
}

export interface PopupDeps {
  link: TabLink;
  /** The tab to summarise and its address (the address may be hidden from us). */
  targetTab(): Promise<{ id: number; url?: string } | null>;
  fileAccess(): Promise<boolean>;
  /** Match patterns the content script runs on without a click. */
  automaticPatterns: string[];
  showClaim(tabId: number, claimId: string): Promise<unknown>;
  /** Must be called synchronously from the click: browsers require a user gesture. */
  requestOrigins(origins: string[]): Promise<boolean>;
  removeOrigins(origins: string[]): Promise<boolean>;
  clearBadge(tabId: number): Promise<void>;
}

export interface PopupController {
  store: Store<PopupData>;
  load(): Promise<void>;
  setSiteEnabled(enabled: boolean): Promise<void>;
  setAlwaysRun(always: boolean): Promise<void>;
  showClaim(claimId: string): void;
}

const LOADING: Outcome = { state: 'loading' };
/** Unanswered asks (about 250 ms apart) before injecting where a content script is declared. */
const DECLARED_PATIENCE = 4;

export function createPopupController(deps: PopupDeps): PopupController {
  const store = createStore<PopupData>({
    tabId: null, host: null, automatic: false, always: false, disabled: false, restriction: null, outcome: LOADING, notice: null,
  });

  async function refresh(): Promise<void> {
    const { tabId, restriction, disabled, automatic, always } = store.get();
    if (tabId === null) return store.set({ outcome: { state: 'error', reason: 'no-tab' } });
    if (restriction) return store.set({ outcome: { state: 'restricted', reason: restriction } });
    if (disabled) return store.set({ outcome: { state: 'disabled' } });
    store.set({ outcome: LOADING });
    // On automatic and "always" sites the script is declared: give it a second to answer before
    // injecting (it is missing from tabs opened before install or before "always" was granted).
    const declared = automatic || always;
    store.set({ outcome: await fetchSummary(tabId, deps.link, { injectAfter: declared ? DECLARED_PATIENCE : 1 }) });
  }

  async function load(): Promise<void> {
    try {
      const tab = await deps.targetTab();
      if (!tab) return store.set({ outcome: { state: 'error', reason: 'no-tab' } });
      const host = tab.url ? hostOf(tab.url) : null;
      const [disabledList, alwaysList, fileAccess] = await Promise.all([
        readHostList(disabledHosts), readHostList(alwaysHosts), deps.fileAccess(),
      ]);
      store.set({
        tabId: tab.id,
        host,
        restriction: tab.url ? restrictionOf(tab.url, fileAccess) : null,
        automatic: !!tab.url && deps.automaticPatterns.some((p) => matchesPattern(p, tab.url!)),
        always: host !== null && alwaysList.includes(host),
        disabled: host !== null && disabledList.includes(host),
      });
      await refresh();
    } catch (error) {
      store.set({ outcome: { state: 'error', reason: error instanceof Error ? error.message : String(error) } });
    }
  }

  async function setSiteEnabled(enabled: boolean): Promise<void> {
    const { host, tabId } = store.get();
    if (!host) return;
    const list = (await readHostList(disabledHosts)).filter((h) => h !== host);
    await disabledHosts.setValue(enabled ? list : [...list, host]);
    store.set({ disabled: !enabled });
    if (!enabled && tabId !== null) await deps.clearBadge(tabId).catch(() => undefined);
    await refresh();
  }

  async function setAlwaysRun(always: boolean): Promise<void> {
    const { host } = store.get();
    if (!host) return;
    const origins = [sitePattern(host)];
    let granted = false;
    if (always) {
      // The request goes first, before any await: it needs the click's user gesture.
      granted = await deps.requestOrigins(origins).catch((e: unknown) => {
        console.warn('[claimcheck] permission request failed:', e);
        return false;
      });
      store.set({ notice: granted ? null : 'permission-refused' });
    } else {
      await deps.removeOrigins(origins).catch(() => false);
    }
    // The background keeps alwaysHosts and the registered script in step with permissions;
    // writing here too makes the popup right at once, even if the background is asleep.
    const list = (await readHostList(alwaysHosts)).filter((h) => h !== host);
    await alwaysHosts.setValue(granted ? [...list, host] : list);
    store.set({ always: granted });
    if (granted && store.get().outcome.state !== 'ok') await refresh();
  }

  function showClaim(claimId: string): void {
    const { tabId } = store.get();
    if (tabId !== null) void deps.showClaim(tabId, claimId).catch((e) => console.warn('[claimcheck] show-claim:', e));
  }

  return { store, load, setSiteEnabled, setAlwaysRun, showClaim };
}
