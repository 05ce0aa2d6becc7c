// The manifest as wxt.config.ts writes it for each browser: least privilege, localised words,
// and optional host patterns that really cover what the popup asks for.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import config from '../../wxt.config';
import { newsSiteMatches } from '../../utils/extension/news-sites';
import { sitePattern } from '../../utils/extension/site';

type Manifest = Record<string, unknown> & { permissions?: string[]; host_permissions?: string[] };
const manifestFor = (browser: 'chrome' | 'firefox') =>
  (config.manifest as (env: { browser: string; manifestVersion: number; mode: string; command: string }) => Manifest)({
    browser, manifestVersion: browser === 'chrome' ? 3 : 2, mode: 'production', command: 'build',
  });

// Chrome accepts a request only when one declared optional pattern contains it whole: the
// scheme "*" (http and https) is contained only by a pattern whose scheme is "*" too.
function chromeContains(declared: string, requested: string): boolean {
  const parse = (p: string) => /^(\*|https?):\/\/([^/]+)(\/.*)$/.exec(p);
  const [d, r] = [parse(declared), parse(requested)];
  if (!d || !r) return false;
  const schemeOk = d[1] === '*' ? r[1] !== 'file' : d[1] === r[1];
  const hostOk = d[2] === '*' || d[2] === r[2] || (d[2].startsWith('*.') && r[2].endsWith(d[2].slice(1)));
  return schemeOk && hostOk && (d[3] === '/*' || d[3] === r[3]);
}

describe('manifest', () => {
  it('asks only for what Claimcheck uses, with the news sites as its only hosts at install', () => {
    const chrome = manifestFor('chrome');
    expect(chrome.permissions).toEqual(['storage', 'activeTab', 'scripting', 'declarativeNetRequestWithHostAccess']);
    expect(chrome.host_permissions).toEqual(newsSiteMatches);
    expect(chrome.host_permissions).not.toContain('<all_urls>');
    expect(chrome.host_permissions!.some((p) => p.includes('127.0.0.1'))).toBe(false);
  });

  it('has its name and description in the message tables', () => {
    const chrome = manifestFor('chrome');
    expect(chrome.default_locale).toBe('en');
    expect(chrome.name).toBe('__MSG_ext_name__');
    expect(chrome.description).toBe('__MSG_ext_description__');
  });

  it('declares optional host patterns that cover the "always run" request, in both browsers', () => {
    const request = sitePattern('blog.example.org');
    const chromeOptional = manifestFor('chrome').optional_host_permissions as string[];
    expect(chromeOptional.some((declared) => chromeContains(declared, request))).toBe(true);
    const firefoxOptional = manifestFor('firefox').optional_permissions as string[];
    expect(firefoxOptional.some((declared) => chromeContains(declared, request))).toBe(true);
  });

  it('replaces no browser page: no entrypoint takes a name WXT turns into a page override', () => {
    // WXT maps entrypoints named history, newtab and bookmarks to chrome_url_overrides.
    const names = readdirSync(join(__dirname, '../../entrypoints')).map((entry) => entry.replace(/\.[^.]+$/, ''));
    expect(names).toContain('reading-history');
    for (const reserved of ['history', 'newtab', 'bookmarks']) expect(names).not.toContain(reserved);
  });
});
