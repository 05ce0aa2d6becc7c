// What an outbound link of a news article points to, judged from its URL and its link text
// alone (no network). The order of the checks matters: a social post or a newsletter page is
// never a release even when its text says "statement"; a filing beats everything.
import {
  NEWSLETTER_SEGMENTS, NEWSWIRE_DOMAINS, NOT_RELEASE_WORDS, OUTLET_DOMAINS, PRESS_SEGMENTS, PRESS_SUBDOMAINS,
  RELEASE_WORDS, SOCIAL_DOMAINS,
} from './link-tables';
import { hostOf, hostWithin, pathSegments, registrableDomain } from './url';

export type LinkKind = 'filing' | 'newswire' | 'newsroom' | 'release-text' | 'other';

export interface LinkClass {
  kind: LinkKind;
  /**
   * Which rule decided: "sec-edgar", "newswire-host", "press-path", "press-host" (investors.…),
   * "news-section" (a /news or news.… page: outlets have those too), "link-text", "social",
   * "newsletter", "outlet", "same-site", "homepage", "unknown", "not-a-web-url".
   */
  reason: string;
  host: string | null;
  /** For newsroom links: true when the URL goes past the press section to one item. */
  item: boolean;
}

export interface ClassifyOptions {
  /** URL of the page the link sits on: links to the same site are the outlet's own pages. */
  pageUrl?: string;
}

const PRESS_SEGMENT_SET = new Set(PRESS_SEGMENTS);
const NEWSLETTER_SEGMENT_SET = new Set(NEWSLETTER_SEGMENTS);
const WEAK_PRESS_SEGMENTS = new Set(['news', 'stories', 'media', 'medien', 'medios', 'noticias', 'actualites', 'aktuelles', 'announcements']);

/** Lower case without diacritics, so "Communiqué" and "communique" compare equal. */
export function foldText(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

function inAny(host: string, domains: readonly string[]): boolean {
  return domains.some((domain) => hostWithin(host, domain));
}

function isFiling(host: string, href: string): boolean {
  if (!hostWithin(host, 'sec.gov')) return false;
  const lower = href.toLowerCase();
  return lower.includes('/archives/edgar/') || lower.includes('/cgi-bin/browse-edgar') || lower.includes('/edgar/search');
}

/** Index of the first path segment naming a press area ("presse", "press-releases", …), or -1. */
function pressSegmentIndex(segments: string[]): number {
  return segments.findIndex((segment) => PRESS_SEGMENT_SET.has(segment));
}

export function classifyLink(url: string, anchorText?: string, options: ClassifyOptions = {}): LinkClass {
  // "www.…" as written in prose gets a scheme; "mailto:", "tel:" and the like stay what they are
  const href = /^(?!www\.)[a-z][a-z0-9+.-]*:/i.test(url) ? url : `https://${url}`;
  const host = hostOf(href);
  const result = (kind: LinkKind, reason: string, item = false): LinkClass => ({ kind, reason, host, item });
  if (!host) return result('other', 'not-a-web-url');
  const text = foldText(anchorText ?? '');
  const segments = pathSegments(href);

  if (inAny(host, SOCIAL_DOMAINS)) return result('other', 'social');
  if (isFiling(host, href)) return result('filing', 'sec-edgar');
  const pageHost = options.pageUrl ? hostOf(options.pageUrl) : null;
  if (pageHost && registrableDomain(pageHost) === registrableDomain(host)) return result('other', 'same-site');
  if (segments.some((segment) => NEWSLETTER_SEGMENT_SET.has(segment))) return result('other', 'newsletter');
  if (NOT_RELEASE_WORDS.test(text)) return result('other', 'link-text');
  if (inAny(host, NEWSWIRE_DOMAINS)) return result('newswire', 'newswire-host', segments.length > 0);
  if (inAny(host, OUTLET_DOMAINS)) return result('other', 'outlet');

  const subdomain = host.slice(0, Math.max(0, host.length - registrableDomain(host).length - 1)).split('.')[0] ?? '';
  // "news" and "media" sections also exist on outlets and blogs: a weaker sign than "presse"
  // or an investors.* host, reported as "news-section" so callers can ask for more evidence
  const pressAt = pressSegmentIndex(segments);
  const strongPath = segments.some((segment) => PRESS_SEGMENT_SET.has(segment) && !WEAK_PRESS_SEGMENTS.has(segment));
  const pressHost = PRESS_SUBDOMAINS.includes(subdomain);
  if (pressAt >= 0 || pressHost) {
    const reason = strongPath ? 'press-path' : pressHost && !WEAK_PRESS_SEGMENTS.has(subdomain) ? 'press-host' : 'news-section';
    return result('newsroom', reason, pressAt >= 0 ? segments.length > pressAt + 1 : segments.length > 0);
  }

  if (RELEASE_WORDS.test(text)) return result('release-text', 'link-text', segments.length > 0);
  return result('other', segments.length === 0 ? 'homepage' : 'unknown');
}

/** True when the link probably leads to the company's own announcement (not its index page). */
export function looksLikeRelease(found: LinkClass, anchorText?: string): boolean {
  switch (found.kind) {
    case 'filing':
      return true;
    case 'newswire':
    case 'release-text':
      return found.item;
    case 'newsroom':
      return found.item || RELEASE_WORDS.test(foldText(anchorText ?? ''));
    default:
      return false;
  }
}
