// What the popup needs to know about the tab's address before talking to it: can an extension
// read it at all, does Claimcheck run there by itself, and which host the site switches act on.
// Pure functions over URLs and match patterns, so they are tested without a browser.

/** Why a page cannot be read: the browser's own pages, extension stores, files without access. */
export type Restriction = 'browser-page' | 'store' | 'file';

// Browsers refuse every extension on their stores, whatever the permissions.
const STORE_PAGES: { host: string; path?: string }[] = [
  { host: 'chromewebstore.google.com' },
  { host: 'chrome.google.com', path: '/webstore' },
  { host: 'microsoftedge.microsoft.com', path: '/addons' },
  { host: 'addons.mozilla.org' },
];

export function restrictionOf(url: string, fileAccess: boolean): Restriction | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'browser-page';
  }
  if (parsed.protocol === 'file:') return fileAccess ? null : 'file';
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return 'browser-page';
  const store = STORE_PAGES.find((s) => parsed.hostname === s.host && (!s.path || parsed.pathname.startsWith(s.path)));
  return store ? 'store' : null;
}

/** The host the site switches act on, or null for pages without one (file:, about:). */
export function hostOf(url: string): string | null {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.hostname : null;
  } catch {
    return null;
  }
}

function globToRegExp(glob: string): RegExp {
  const body = glob.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*');
  return new RegExp(`^${body}$`);
}

/** Does a WebExtension match pattern ("https://*.example.com/*") cover this URL? */
export function matchesPattern(pattern: string, url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (pattern === '<all_urls>') return ['http:', 'https:', 'file:'].includes(parsed.protocol);
  const m = /^(\*|https?|file):\/\/([^/]*)(\/.*)$/.exec(pattern);
  if (!m) return false;
  const [, scheme, host, path] = m;
  const protocol = parsed.protocol.slice(0, -1);
  if (scheme === '*' ? protocol !== 'http' && protocol !== 'https' : scheme !== protocol) return false;
  const hostOk =
    host === '*' ||
    (host.startsWith('*.') ? parsed.hostname === host.slice(2) || parsed.hostname.endsWith(host.slice(1)) : parsed.hostname === host);
  // Chrome ignores the port in match patterns; so do we.
  return hostOk && globToRegExp(path).test(parsed.pathname + parsed.search);
}

/** The pattern that "always run on this site" asks for: both schemes, that host only. */
export function sitePattern(host: string): string {
  return `*://${host}/*`;
}

/** The host of a pattern made by sitePattern (or any single-host pattern); null for wildcards. */
export function hostOfPattern(pattern: string): string | null {
  const m = /^(?:\*|https?):\/\/([^/*]+)\/.*$/.exec(pattern);
  return m ? m[1] : null;
}
