// What each press-release lookup source contacts, as host permission patterns. Sources with
// fixed hosts ask for them when the reader switches the source on (options page); the two whose
// hosts depend on the article (its own links, the company's site) ask for the page's hosts when
// the reader clicks "Look up" in the popup. Nothing here touches the browser.
import { LOOKUP_SOURCES, type LookupSourceId } from '../lookup/schema';

export { LOOKUP_SOURCES, type LookupSourceId };

/** Hosts contacted by each source, whatever the article; [] when they depend on the article. */
export const SOURCE_ORIGINS: Record<LookupSourceId, readonly string[]> = {
  'article-links': [],
  newsroom: [],
  edgar: ['https://efts.sec.gov/*', 'https://www.sec.gov/*'],
  newswire: ['https://www.globenewswire.com/*'],
  wikidata: ['https://www.wikidata.org/*', 'https://query.wikidata.org/*'],
};

/** Sources whose hosts are those of the article's links or of the company (asked per page). */
export const PER_PAGE_SOURCES: ReadonlySet<LookupSourceId> = new Set(['article-links', 'newsroom']);

/** The host permission pattern that covers one web address ("https://a.example/x" → "https://a.example/*"), or null. */
export function originPattern(url: string): string | null {
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return null;
    // Match patterns carry no port: a pattern for the host covers every port.
    return `${parsed.protocol}//${parsed.hostname}/*`;
  } catch {
    return null;
  }
}

/**
 * Fixed origins of a source, or the origin of its test base URL when a test build points it at
 * a local server (then that origin is what the source contacts, so that is what is asked for).
 */
export function fixedOrigins(source: LookupSourceId, baseUrls: Partial<Record<LookupSourceId, string>> = {}): string[] {
  const base = baseUrls[source];
  const local = base ? originPattern(base) : null;
  return local ? [local] : [...SOURCE_ORIGINS[source]];
}

/** Distinct patterns, in first-seen order. */
export function uniquePatterns(patterns: Iterable<string | null>): string[] {
  return [...new Set([...patterns].filter((p): p is string => p !== null))];
}
