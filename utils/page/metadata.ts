// The outlet (the publication's name) from the page's metadata. Title, language and date are
// found by article-meta.ts; this adds the one fact the memory across articles needs beside them.
import { collapseWhitespace, findInJsonLd } from './article-meta';

const NAME_META = ['meta[property="og:site_name"]', 'meta[name="og:site_name"]', 'meta[name="application-name"]', 'meta[name="apple-mobile-web-app-title"]'];

/** Names longer than this are a tagline or a sentence, not an outlet's name. */
const MAX_NAME = 80;

function clean(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  // No regex: this runs once per page, where a regex costs its compiling (see article-meta.ts).
  const name = collapseWhitespace(value);
  return name && name.length <= MAX_NAME ? name : null;
}

/** publisher.name (or a publisher given as a plain string) from JSON-LD. */
export function jsonLdPublisher(doc: Document): string | null {
  const publisherOf = (record: Record<string, unknown>) => {
    for (const publisher of Array.isArray(record.publisher) ? record.publisher : [record.publisher]) {
      const name = clean(publisher) ?? clean((publisher as { name?: unknown } | null | undefined)?.name);
      if (name) return name;
    }
    return undefined;
  };
  return findInJsonLd(doc, publisherOf) ?? null;
}

/** The outlet's name: og:site_name, then JSON-LD publisher, then the application name; null when none. */
export function findOutlet(doc: Document): string | null {
  const og = clean(doc.querySelector(NAME_META[0])?.getAttribute('content')) ?? clean(doc.querySelector(NAME_META[1])?.getAttribute('content'));
  if (og) return og;
  const fromJsonLd = jsonLdPublisher(doc);
  if (fromJsonLd) return fromJsonLd;
  for (const selector of NAME_META.slice(2)) {
    const name = clean(doc.querySelector(selector)?.getAttribute('content'));
    if (name) return name;
  }
  return null;
}
