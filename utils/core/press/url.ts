// Host helpers shared by the link classifier, the directory and the subject matcher.
// No public-suffix list ships with the core: a short table of two-level suffixes covers the
// countries whose companies and newswires we care about.

const TWO_LEVEL_SUFFIXES = new Set([
  'co.uk', 'org.uk', 'ac.uk', 'gov.uk', 'com.au', 'net.au', 'co.jp', 'ne.jp', 'or.jp', 'co.kr', 'or.kr',
  'com.tw', 'org.tw', 'com.cn', 'net.cn', 'com.hk', 'com.sg', 'com.br', 'com.mx', 'com.ar', 'co.in', 'co.nz',
  'co.za', 'com.tr', 'co.il', 'com.es', 'com.pt', 'co.at', 'or.at', 'com.pl',
]);

/** Lower-case host without a leading "www.", or null when `url` is not an absolute http(s) URL. */
export function hostOf(url: string): string | null {
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
    return parsed.hostname.toLowerCase().replace(/^www\d?\./, '').replace(/\.$/, '');
  } catch {
    return null;
  }
}

/** The part of a host a company registers: "investors.norvane.com" → "norvane.com". */
export function registrableDomain(host: string): string {
  const labels = host.toLowerCase().replace(/\.$/, '').split('.');
  if (labels.length <= 2) return labels.join('.');
  const lastTwo = labels.slice(-2).join('.');
  return labels.slice(TWO_LEVEL_SUFFIXES.has(lastTwo) ? -3 : -2).join('.');
}

/** The name-like label of a host: "www.kestrelpharma.co.uk" → "kestrelpharma". */
export function domainLabel(host: string): string {
  return registrableDomain(host).split('.')[0] ?? '';
}

/** True when `host` is `domain` or one of its subdomains. */
export function hostWithin(host: string, domain: string): boolean {
  return host === domain || host.endsWith(`.${domain}`);
}

/** Lower-case path segments, percent-decoded where possible. */
export function pathSegments(url: string): string[] {
  try {
    return new URL(url).pathname.split('/').filter(Boolean).map((segment) => {
      try {
        return decodeURIComponent(segment).toLowerCase();
      } catch {
        return segment.toLowerCase();
      }
    });
  } catch {
    return [];
  }
}
