// The article's title, language and publication date from the page's metadata.
// No regular expressions on the way to the first highlight: V8 compiles each one on its first
// test (and again to machine code on its second), about 0.3 ms per regex on every page load in
// Chromium, more than these few chars of checks cost by hand.
import { isJsSpace as isSpace } from './text-join';

const DATE_META = [
  'meta[property="article:published_time"]',
  'meta[name="article:published_time"]',
  'meta[itemprop="datePublished"]',
  'meta[name="date"]',
  'meta[name="pubdate"]',
  'meta[name="publishdate"]',
  'meta[name="dc.date.issued"]',
  'meta[name="DC.date.issued"]',
  'meta[name="parsely-pub-date"]',
  'meta[name="sailthru.date"]',
];

const ARTICLE_TYPES = new Set(['NewsArticle', 'Article', 'ReportageNews', 'AnalysisNewsArticle', 'BlogPosting', 'Report', 'WebPage']);

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}


/** Runs of whitespace become one space, none at either end (what `.replace(/\s+/g, ' ').trim()` gives). */
export function collapseWhitespace(text: string): string {
  const words: string[] = [];
  let start = -1;
  for (let at = 0; at <= text.length; at++) {
    if (at === text.length || isSpace(text.charCodeAt(at))) {
      if (start >= 0) words.push(text.slice(start, at));
      start = -1;
    } else if (start < 0) start = at;
  }
  return words.join(' ');
}

/** YYYY-MM-DD as written in an ISO-like date ("2025-06-02T23:30:00-05:00" → 2025-06-02). */
export function toIsoDay(value: string | null | undefined): string | undefined {
  const written = value?.trim();
  if (!written || written.length < 10 || written.charCodeAt(4) !== 45 || written.charCodeAt(7) !== 45) return undefined;
  for (const at of [0, 1, 2, 3, 5, 6, 8, 9]) if (!isDigit(written.charCodeAt(at))) return undefined;
  const year = written.slice(0, 4);
  const month = written.slice(5, 7);
  const day = written.slice(8, 10);
  const date = new Date(Date.UTC(+year, +month - 1, +day));
  return date.getUTCMonth() === +month - 1 && date.getUTCDate() === +day ? `${year}-${month}-${day}` : undefined;
}

const LD_JSON = 'script[type="application/ld+json"]';

/** The page's JSON-LD blocks, parsed, in document order; a broken block is left out. */
function parseJsonLd(scripts: Iterable<Element>): unknown[] {
  const parsed: unknown[] = [];
  for (const script of scripts) {
    try {
      parsed.push(JSON.parse(script.textContent ?? ''));
    } catch {
      // A broken JSON-LD block is the page's problem; the other sources may still answer.
    }
  }
  return parsed;
}

/** The first value `pick` finds in parsed JSON-LD, in order, searching arrays, @graph and mainEntity (at most 6 levels deep). */
function pickFromJsonLd<T>(blocks: unknown[], pick: (record: Record<string, unknown>) => T | undefined): T | undefined {
  const visit = (node: unknown, depth: number): T | undefined => {
    if (depth > 6 || node === null || typeof node !== 'object') return undefined;
    if (Array.isArray(node)) {
      for (const item of node) {
        const found = visit(item, depth + 1);
        if (found !== undefined) return found;
      }
      return undefined;
    }
    const record = node as Record<string, unknown>;
    return pick(record) ?? visit(record['@graph'], depth + 1) ?? visit(record.mainEntity, depth + 1);
  };
  for (const block of blocks) {
    const found = visit(block, 0);
    if (found !== undefined) return found;
  }
  return undefined;
}

/** The first value `pick` finds in the page's JSON-LD objects, in document order (see pickFromJsonLd). */
export function findInJsonLd<T>(doc: Document, pick: (record: Record<string, unknown>) => T | undefined): T | undefined {
  return pickFromJsonLd(parseJsonLd(doc.querySelectorAll(LD_JSON)), pick);
}

const dayOf = (record: Record<string, unknown>) => (typeof record.datePublished === 'string' ? toIsoDay(record.datePublished) : undefined);
const isArticle = (record: Record<string, unknown>) => ([] as unknown[]).concat(record['@type'] ?? []).some((t) => typeof t === 'string' && ARTICLE_TYPES.has(t));

/** datePublished from parsed JSON-LD, preferring article-like objects over any other that has one. */
function jsonLdPublished(blocks: unknown[]): string | undefined {
  if (blocks.length === 0) return undefined;
  return pickFromJsonLd(blocks, (record) => (isArticle(record) ? dayOf(record) : undefined)) ?? pickFromJsonLd(blocks, dayOf);
}

const ITEMPROP_DATE = '[itemprop="datePublished"]';
const TIME_PUBDATE = 'time[pubdate][datetime]';
const TIME_DATETIME = 'time[datetime]';

/** What a date can come from, found in one pass: tag names and an attribute are quick to match; the candidates are few. */
const DATE_CANDIDATES = 'script, meta, time, [itemprop]';

/**
 * The publication day: JSON-LD, then meta tags, then a <time datetime> (inside the article first).
 * One scan of the document finds the few candidates, which are then matched against the date
 * selectors: on the 1.3 MB bench page (23,000 elements), matching every element against the list
 * of all date selectors, after two scans for JSON-LD blocks, took 9-11 ms in Chromium; this takes
 * 2-2.5 ms (cold, medians of 10 fresh pages each; the typical page's 0.4-0.6 ms is unchanged).
 */
export function findPublished(doc: Document, articleRoot?: Element | null): string | undefined {
  const candidates = [...doc.querySelectorAll(DATE_CANDIDATES)];
  const fromJsonLd = jsonLdPublished(parseJsonLd(candidates.filter((el) => el.localName === 'script' && el.matches(LD_JSON))));
  if (fromJsonLd) return fromJsonLd;
  // The first candidate each selector matches, in document order (what querySelector would give).
  const first = (selector: string, within?: Element | null) => candidates.find((el) => el.matches(selector) && (!within || within.contains(el)));
  for (const selector of DATE_META) {
    const day = toIsoDay(first(selector)?.getAttribute('content'));
    if (day) return day;
  }
  const itemprop = first(ITEMPROP_DATE);
  const fromItemprop = toIsoDay(itemprop?.getAttribute('datetime') ?? itemprop?.getAttribute('content'));
  if (fromItemprop) return fromItemprop;
  for (const scope of [articleRoot, doc.documentElement]) {
    if (!scope) continue;
    const time = first(TIME_PUBDATE, scope) ?? first(TIME_DATETIME, scope);
    const day = toIsoDay(time?.getAttribute('datetime'));
    if (day) return day;
  }
  return undefined;
}

export function findTitle(doc: Document): string {
  const og = doc.querySelector('meta[property="og:title"]')?.getAttribute('content')?.trim();
  if (og) return og;
  const heading = doc.querySelector('h1')?.textContent;
  const h1 = heading ? collapseWhitespace(heading) : undefined;
  if (h1) return h1;
  return doc.title?.trim() ?? '';
}

/** Primary language tag: <html lang>, Content-Language, og:locale. */
export function findLang(doc: Document): string | undefined {
  const raw =
    doc.documentElement?.getAttribute('lang') ||
    doc.querySelector('meta[http-equiv="content-language"], meta[http-equiv="Content-Language"]')?.getAttribute('content') ||
    doc.querySelector('meta[property="og:locale"]')?.getAttribute('content');
  const tag = raw?.trim();
  if (!tag) return undefined;
  // The primary subtag: up to the first '-', '_', ',' or space; two or three ASCII letters.
  let end = 0;
  while (end < tag.length && end <= 3) {
    const code = tag.charCodeAt(end);
    if (code === 45 || code === 95 || code === 44 || isSpace(code)) break;
    end++;
  }
  const primary = tag.slice(0, end).toLowerCase();
  if (primary.length < 2 || primary.length > 3) return undefined;
  for (let at = 0; at < primary.length; at++) {
    const code = primary.charCodeAt(at);
    if (code < 97 || code > 122) return undefined;
  }
  return primary;
}
