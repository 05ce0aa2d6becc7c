// "Always run on this site": the background keeps one registered content script whose matches
// are the hosts in `alwaysHosts` that still hold their optional host permission. Permissions are
// the truth: granting one (from the popup or the browser's own site-access menu) adds its host,
// revoking one removes it, and every change ends in the same idempotent `syncAlwaysRun`.
import { alwaysHosts, readHostList } from './settings';
import { hostOfPattern, sitePattern } from './site';

export const ALWAYS_RUN_SCRIPT_ID = 'claimcheck-always-run';

export interface RegisteredScript {
  id: string;
  matches?: string[];
}

export interface RegistrationDeps {
  getRegistered(ids: string[]): Promise<RegisteredScript[]>;
  register(matches: string[]): Promise<void>;
  unregister(ids: string[]): Promise<void>;
  /** Does the extension hold host permission for this origin pattern? */
  hasOrigin(pattern: string): Promise<boolean>;
}

async function holdsHost(host: string, deps: RegistrationDeps): Promise<boolean> {
  // Granted as "*://host/*" from the popup, or one scheme only from the browser's menu.
  for (const scheme of ['https', 'http']) if (await deps.hasOrigin(`${scheme}://${host}/*`)) return true;
  return false;
}

/** Brings the registered script in line with alwaysHosts ∩ granted permissions; returns its matches. */
export async function syncAlwaysRun(deps: RegistrationDeps): Promise<string[]> {
  const wanted = await readHostList(alwaysHosts);
  const granted: string[] = [];
  for (const host of wanted) if (await holdsHost(host, deps)) granted.push(host);
  if (granted.length !== wanted.length) await alwaysHosts.setValue(granted); // permission revoked elsewhere

  const matches = granted.map(sitePattern);
  const [current] = await deps.getRegistered([ALWAYS_RUN_SCRIPT_ID]);
  const same = current && JSON.stringify([...(current.matches ?? [])].sort()) === JSON.stringify([...matches].sort());
  if (same) return matches;
  if (current) await deps.unregister([ALWAYS_RUN_SCRIPT_ID]);
  if (matches.length > 0) await deps.register(matches);
  return matches;
}

/** Hosts named by single-host origin patterns; wildcards ("https://*\/*") name none. */
export function hostsOfOrigins(origins: string[] | undefined): string[] {
  return [...new Set((origins ?? []).map(hostOfPattern).filter((h): h is string => h !== null))];
}

/** After a grant: remember the hosts (the alwaysHosts watcher then syncs). */
export async function addAlwaysHosts(hosts: string[]): Promise<void> {
  if (hosts.length === 0) return;
  const list = await readHostList(alwaysHosts);
  const added = hosts.filter((h) => !list.includes(h));
  if (added.length > 0) await alwaysHosts.setValue([...list, ...added]);
}

/** After a revocation: forget the hosts. */
export async function removeAlwaysHosts(hosts: string[]): Promise<void> {
  if (hosts.length === 0) return;
  const list = await readHostList(alwaysHosts);
  const kept = list.filter((h) => !hosts.includes(h));
  if (kept.length !== list.length) await alwaysHosts.setValue(kept);
}
