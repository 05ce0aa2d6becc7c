// Finding URLs in plain text exactly as written. Sentence punctuation and closing brackets or
// quotes that merely follow a URL are not part of it: "see https://www.norvane.com." ends
// the sentence, not the host name.

export interface FoundLink {
  /** The URL as written in the text, trailing punctuation removed. */
  url: string;
  /** Absolute form: `url`, with "https://" added when it was written as "www.…". */
  href: string;
  /** UTF-16 offsets of `url` in the text. */
  start: number;
  end: number;
  /** The words just before the URL on its line ("Read the press release:"), standing in for link text. */
  lead: string;
}

// Characters that cannot appear inside a URL written in prose: whitespace, angle brackets,
// quotes of every script, and a few that RFC 3986 never allows unescaped.
export const URL_PATTERN = /\b(?:https?:\/\/|www\.)[^\s<>"'`«»„“”‘’‚‹›|\\^{}]+/giu;
// The same pattern without `u`: it finds the same URLs in any text without a long s or a Kelvin
// sign, the two chars that /iu alone folds to letters of the pattern ("ſ" to "s") or counts as
// word chars for \b; 20 to 30 times faster on a page (a case-insensitive unicode scan is slow).
const URL_PATTERN_PLAIN = /\b(?:https?:\/\/|www\.)[^\s<>"'`«»„“”‘’‚‹›|\\^{}]+/gi;

/** The matches of URL_PATTERN in `text`, found with its faster twin where that finds the same. */
export function urlMatches(text: string): IterableIterator<RegExpExecArray> {
  return text.matchAll(text.includes('\u017F') || text.includes('\u212A') ? URL_PATTERN : URL_PATTERN_PLAIN);
}

const TRAILING_PUNCTUATION = /[.,;:!?…·]$/u;
const CLOSERS: Record<string, string> = { ')': '(', ']': '[', '}': '{' };
const LEAD_LENGTH = 120;

/** Removes characters a URL does not end with in prose; keeps a ")" whose "(" is in the URL. */
export function trimUrl(raw: string): string {
  let url = raw;
  for (;;) {
    const last = url.at(-1) ?? '';
    if (TRAILING_PUNCTUATION.test(last)) {
      url = url.slice(0, -1);
      continue;
    }
    const opener = CLOSERS[last];
    if (opener && count(url, opener) < count(url, last)) {
      url = url.slice(0, -1);
      continue;
    }
    return url;
  }
}

function count(text: string, char: string): number {
  return text.split(char).length - 1;
}

function leadBefore(text: string, start: number, previousEnd: number): string {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const line = text.slice(Math.max(lineStart, previousEnd, start - LEAD_LENGTH), start);
  // keep only the clause that introduces the URL: after the last sentence end on the line
  const clauses = line.split(/(?<=[.!?])\s+(?=\S)/u);
  return (clauses.at(-1) ?? '').trim();
}

/** Every http(s) or www. URL of `text`, in text order. */
export function findLinks(text: string): FoundLink[] {
  const links: FoundLink[] = [];
  for (const match of urlMatches(text)) {
    const url = trimUrl(match[0]);
    const hostPart = url.replace(/^https?:\/\//i, '');
    if (!/^[^/?#]+\.[^/?#.]{2,}/u.test(hostPart)) continue; // "www." alone, or no top-level domain
    const href = /^https?:\/\//i.test(url) ? url : `https://${url}`;
    const previousEnd = links.at(-1)?.end ?? 0;
    links.push({ url, href, start: match.index, end: match.index + url.length, lead: leadBefore(text, match.index, previousEnd) });
  }
  return links;
}
