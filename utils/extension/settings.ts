// Settings kept in extension storage. Versioned from day one so later shapes can migrate.
import * as z from 'zod/mini';

const HostList = z.array(z.string());

/**
 * Hosts where the reader switched Claimcheck off. The content script watches this item and
 * removes every highlight and element it added as soon as its host appears here.
 */
export const disabledHosts = storage.defineItem<string[]>('local:disabledHosts', {
  fallback: [],
  version: 1,
});

/** Hosts the reader asked to "always run on" (granted optional host permission). */
export const alwaysHosts = storage.defineItem<string[]>('local:alwaysHosts', {
  fallback: [],
  version: 1,
});

/** Reads a host list defensively: storage written by anything else is treated as empty. */
export async function readHostList(item: typeof disabledHosts): Promise<string[]> {
  const parsed = HostList.safeParse(await item.getValue());
  return parsed.success ? parsed.data : [];
}
