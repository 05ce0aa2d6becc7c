// The outlet (the publication's name) from the page's metadata. Title, language and date are
// found by article-meta.ts; this adds the one fact the memory across articles needs beside them.

const NAME_META = ['meta[property="og:site_name"]', 'meta[name="og:site_name"]', 'meta[name="application-name"]', 'meta[name="apple-mobile-web-app-title"]'];

/** Names longer than this are a tagline or a sentence, not an outlet's name. */
const MAX_NAME = 80;

function clean(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const name = value.replace(/\s+/g, ' ').trim();
  return name && name.length <= MAX_NAME ? name : null;
}

/** publisher.name (or a publisher given as a plain string) from JSON-LD, searching @graph and arrays. */
export function jsonLdPublisher(doc: Document): string | null {
  const visit = (node: unknown, depth: number): string | null => {
    if (depth > 6 || node === null || typeof node !== 'object') return null;
    if (Array.isArray(node)) {
      for (const item of node) {
        const found = visit(item, depth + 1);
        if (found) return found;
      }
      return null;
    }
    const record = node as Record<string, unknown>;
    const publishers = Array.isArray(record.publisher) ? record.publisher : [record.publisher];
    for (const publisher of publishers) {
      const name = clean(publisher) ?? clean((publisher as { name?: unknown } | null | undefined)?.name);
      if (name) return name;
    }
    return visit(record['@graph'], depth + 1) ?? visit(record.mainEntity, depth + 1);
  };
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      const found = visit(JSON.parse(script.textContent ?? ''), 0);
      if (found) return found;
    } catch {
      // A broken JSON-LD block is the page's problem; the meta tags may still answer.
    }
  }
  return null;
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
