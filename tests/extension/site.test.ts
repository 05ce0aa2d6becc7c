import { describe, expect, it } from 'vitest';
import { hostOf, hostOfPattern, matchesPattern, restrictionOf, sitePattern } from '../../utils/extension/site';

describe('restrictionOf', () => {
  it.each([
    ['https://www.lemonde.fr/economie/article.html', null],
    ['http://127.0.0.1:8080/en-business.html', null],
    ['chrome://extensions/', 'browser-page'],
    ['about:debugging', 'browser-page'],
    ['moz-extension://abc/popup.html', 'browser-page'],
    ['view-source:https://example.com/', 'browser-page'],
    ['https://chromewebstore.google.com/detail/x', 'store'],
    ['https://chrome.google.com/webstore/category/extensions', 'store'],
    ['https://chrome.google.com/search', null],
    ['https://addons.mozilla.org/en-US/firefox/', 'store'],
    ['not a url', 'browser-page'],
  ])('%s → %s', (url, expected) => {
    expect(restrictionOf(url, false)).toBe(expected);
  });

  it('lets file: pages through only with file access', () => {
    expect(restrictionOf('file:///home/me/article.html', false)).toBe('file');
    expect(restrictionOf('file:///home/me/article.html', true)).toBeNull();
  });
});

describe('match patterns', () => {
  it.each([
    ['https://*.lemonde.fr/*', 'https://www.lemonde.fr/a', true],
    ['https://*.lemonde.fr/*', 'https://lemonde.fr/', true],
    ['https://*.lemonde.fr/*', 'https://notlemonde.fr/', false],
    ['https://lemonde.fr/*', 'http://lemonde.fr/', false],
    ['*://example.com/*', 'http://example.com/x?y', true],
    ['*://example.com/*', 'file:///example.com/x', false],
    ['http://127.0.0.1/*', 'http://127.0.0.1:41234/en.html', true],
    ['https://example.com/news/*', 'https://example.com/about', false],
    ['<all_urls>', 'https://anything.org/', true],
  ])('%s covers %s: %s', (pattern, url, expected) => {
    expect(matchesPattern(pattern, url)).toBe(expected);
  });

  it('builds and reads back the always-run pattern of a host', () => {
    expect(sitePattern('news.example.org')).toBe('*://news.example.org/*');
    expect(hostOfPattern(sitePattern('news.example.org'))).toBe('news.example.org');
    expect(hostOfPattern('https://example.org/*')).toBe('example.org');
    expect(hostOfPattern('https://*/*')).toBeNull();
    expect(hostOfPattern('https://*.example.org/*')).toBeNull();
  });

  it('has a host only for web pages', () => {
    expect(hostOf('https://www.ft.com/content/1')).toBe('www.ft.com');
    expect(hostOf('file:///tmp/a.html')).toBeNull();
    expect(hostOf('chrome://newtab')).toBeNull();
  });
});
