// The reader's "off on this site" list, read and watched straight from storage.local: WXT's
// storage wrapper (utils/extension/settings.ts) would add about 4 KB gzip to the content script
// for two calls. The key is the one settings.ts defines ('local:disabledHosts'); the content
// script's tests write it through that item, so a renamed key fails them.

/** `disabledHosts` in settings.ts, without its "local:" area prefix. */
export const DISABLED_HOSTS_KEY = 'disabledHosts';

/** Storage written by anything else may hold anything: keep the strings, drop the rest. */
export const hostList = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);

export async function readDisabledHosts(): Promise<string[]> {
  const stored = await browser.storage.local.get(DISABLED_HOSTS_KEY);
  return hostList(stored[DISABLED_HOSTS_KEY]);
}

/** Calls back with the new list whenever it changes; returns the function that stops watching. */
export function watchDisabledHosts(onChange: (hosts: string[]) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && DISABLED_HOSTS_KEY in changes) onChange(hostList(changes[DISABLED_HOSTS_KEY].newValue));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
