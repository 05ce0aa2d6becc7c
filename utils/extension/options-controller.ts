// The options page's state: the sites switched off and the "always run" sites, kept in step
// with storage (the popup may change them while the page is open).
import { alwaysHosts, disabledHosts, readHostList } from './settings';
import { sitePattern } from './site';
import { createStore, type Store } from './store';

export interface OptionsData {
  loaded: boolean;
  disabled: string[];
  always: string[];
}

export interface OptionsController {
  store: Store<OptionsData>;
  /** Reads both lists and follows their changes; returns the function that stops following. */
  start(): Promise<() => void>;
  removeDisabled(host: string): Promise<void>;
  removeAlways(host: string): Promise<void>;
}

export function createOptionsController(removeOrigins: (origins: string[]) => Promise<boolean>): OptionsController {
  const store = createStore<OptionsData>({ loaded: false, disabled: [], always: [] });

  async function read(): Promise<void> {
    const [disabled, always] = await Promise.all([readHostList(disabledHosts), readHostList(alwaysHosts)]);
    store.set({ loaded: true, disabled, always });
  }

  return {
    store,
    async start() {
      await read();
      const stops = [disabledHosts.watch(() => void read()), alwaysHosts.watch(() => void read())];
      return () => stops.forEach((stop) => stop());
    },
    async removeDisabled(host) {
      await disabledHosts.setValue((await readHostList(disabledHosts)).filter((h) => h !== host));
      await read();
    },
    async removeAlways(host) {
      // Give the permission back too; the background then unregisters the content script.
      await removeOrigins([sitePattern(host)]).catch((e) => console.warn('[claimcheck] permissions.remove:', e));
      await alwaysHosts.setValue((await readHostList(alwaysHosts)).filter((h) => h !== host));
      await read();
    },
  };
}
