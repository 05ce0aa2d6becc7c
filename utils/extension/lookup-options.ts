// The options page's press-release lookup switches. Turning a source with fixed hosts on asks
// the browser for those hosts first, inside the click's user gesture; the switch stays off if
// the reader refuses. Turning it off gives the hosts back. Sources whose hosts depend on the
// article ask for them in the popup, when the reader looks up.
import { browser } from 'wxt/browser';
import type { LookupSourceId } from '../lookup/schema';
import { ALL_OFF, lookupSwitches, readSwitches, readTestBaseUrls, setSwitch, type SourceSwitches } from './lookup-settings';
import { fixedOrigins, LOOKUP_SOURCES } from './lookup-sources';
import { createStore, type Store } from './store';

export interface LookupOptionsData {
  loaded: boolean;
  switches: SourceSwitches;
  /** Per source: are its fixed hosts granted (true for sources without fixed hosts). */
  granted: SourceSwitches;
  /** The source whose permission the reader just refused. */
  refused: LookupSourceId | null;
}

export interface LookupOptionsDeps {
  requestOrigins(origins: string[]): Promise<boolean>;
  removeOrigins(origins: string[]): Promise<boolean>;
  hasOrigins(origins: string[]): Promise<boolean>;
  readSwitches(): Promise<SourceSwitches>;
  setSwitch(source: LookupSourceId, on: boolean): Promise<SourceSwitches>;
  readBaseUrls(): Promise<Partial<Record<LookupSourceId, string>>>;
  /** Follows changes of the switches made elsewhere; returns the function that stops. */
  watch(onChange: () => void): () => void;
}

export function createLookupOptions(deps: LookupOptionsDeps) {
  const store: Store<LookupOptionsData> = createStore<LookupOptionsData>({ loaded: false, switches: ALL_OFF, granted: ALL_OFF, refused: null });
  let baseUrls: Partial<Record<LookupSourceId, string>> = {};

  async function read(): Promise<void> {
    const switches = await deps.readSwitches();
    const granted = { ...ALL_OFF };
    for (const source of LOOKUP_SOURCES) {
      const origins = fixedOrigins(source, baseUrls);
      granted[source] = origins.length === 0 || (await deps.hasOrigins(origins).catch(() => false));
    }
    store.set({ loaded: true, switches, granted });
  }

  async function start(): Promise<() => void> {
    baseUrls = await deps.readBaseUrls();
    await read();
    return deps.watch(() => void read());
  }

  /** Call straight from the click: the permission request is the first thing it does. */
  function toggle(source: LookupSourceId, on: boolean): Promise<void> {
    const origins = fixedOrigins(source, baseUrls);
    if (!on) {
      return (async () => {
        await deps.setSwitch(source, false);
        // Hosts granted at install (test builds' local hosts) cannot be removed: that refusal is fine.
        if (origins.length) await deps.removeOrigins(origins).catch(() => false);
        store.set({ refused: null });
        await read();
      })();
    }
    const asked = origins.length ? deps.requestOrigins(origins) : Promise.resolve(true);
    return asked
      .catch((error: unknown) => {
        console.warn('[claimcheck] permission request failed:', error);
        return false;
      })
      .then(async (granted) => {
        store.set({ refused: granted ? null : source });
        if (granted) await deps.setSwitch(source, true);
        await read();
      });
  }

  return { store, start, toggle };
}

export type LookupOptions = ReturnType<typeof createLookupOptions>;

export function browserLookupOptionsDeps(): LookupOptionsDeps {
  return {
    requestOrigins: (origins) => browser.permissions.request({ origins }),
    removeOrigins: (origins) => browser.permissions.remove({ origins }),
    hasOrigins: (origins) => browser.permissions.contains({ origins }),
    readSwitches,
    setSwitch,
    readBaseUrls: readTestBaseUrls,
    watch: (onChange) => lookupSwitches.watch(onChange),
  };
}
