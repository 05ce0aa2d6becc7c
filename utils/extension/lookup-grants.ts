// Hosts granted for press-release lookups are not "always run" sites. The background turns
// every single-host grant into an "always run" site (permissions.onAdded); the lookup's grants
// must not be, or Claimcheck would start running on sec.gov, Wikidata or a company's newsroom.
// Fixed source hosts are known here; the per-page ones (the article's links, the company's
// site) are noted in storage just before the popup requests them.
import { storage } from 'wxt/utils/storage';
import * as z from 'zod/mini';
import { hostOfPattern } from './site';
import { SOURCE_ORIGINS } from './lookup-sources';

const FIXED_HOSTS = new Set(Object.values(SOURCE_ORIGINS).flat().map(hostOfPattern));
const MAX_HOSTS = 500;

export const lookupHosts = storage.defineItem<string[]>('local:lookupHosts', { fallback: [], version: 1 });

async function readLookupHosts(): Promise<string[]> {
  const parsed = z.array(z.string()).safeParse(await lookupHosts.getValue());
  return parsed.success ? parsed.data : [];
}

/** Notes the hosts of patterns about to be requested for a lookup (call just before the request, without awaiting). */
export async function noteLookupHosts(patterns: string[]): Promise<void> {
  const hosts = patterns.map(hostOfPattern).filter((h): h is string => h !== null);
  if (hosts.length === 0) return;
  const known = await readLookupHosts();
  await lookupHosts.setValue([...new Set([...known, ...hosts])].slice(-MAX_HOSTS));
}

/** The granted hosts that were not granted for a lookup (those may become "always run" sites). */
export async function withoutLookupHosts(hosts: string[]): Promise<string[]> {
  const noted = new Set(await readLookupHosts());
  return hosts.filter((host) => !FIXED_HOSTS.has(host) && !noted.has(host));
}
