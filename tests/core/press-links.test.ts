import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findLinks, pressReleaseLinks, trimUrl } from '../../utils/core/press';

const fixture = readFileSync(join(__dirname, '../fixtures/core/press/ferronord-article.txt'), 'utf8');

describe('findLinks: URLs exactly as written, without the punctuation that follows them', () => {
  const cases: [string, string[]][] = [
    ['Learn more at https://www.example.com.', ['https://www.example.com']],
    ['Details (see https://www.example.com/plant).', ['https://www.example.com/plant']],
    ['Background: https://en.wikipedia.org/wiki/Arc_furnace_(steel).', ['https://en.wikipedia.org/wiki/Arc_furnace_(steel)']],
    ['[https://www.example.com/a]', ['https://www.example.com/a']],
    ['Le communiqué : «https://www.exemple.fr/presse/usine»', ['https://www.exemple.fr/presse/usine']],
    ['Die Mitteilung „https://www.beispiel.de/presse/werk“ nennt keine Zahl.', ['https://www.beispiel.de/presse/werk']],
    ['Query https://www.example.com/search?q=a&b=2, then stop', ['https://www.example.com/search?q=a&b=2']],
    ['Véase www.ejemplo.es/prensa; también', ['www.ejemplo.es/prensa']],
    ['Wow https://www.example.com/page! Really?', ['https://www.example.com/page']],
    ['More at https://www.example.com/path…', ['https://www.example.com/path']],
    ["It's on 'https://www.example.com/q' and ‘https://www.example.org/r’.", ['https://www.example.com/q', 'https://www.example.org/r']],
    ['Follow: https://a.example.com/x | https://b.example.com/y', ['https://a.example.com/x', 'https://b.example.com/y']],
    ['Two sentences. https://www.example.com/one.https://not.split', ['https://www.example.com/one.https://not.split']],
    ['No link: www. or http://localhost or example.com alone', []],
  ];
  it.each(cases)('%s', (text, expected) => {
    expect(findLinks(text).map((link) => link.url)).toEqual(expected);
  });

  it('gives offsets of the URL as written and an absolute href', () => {
    const text = 'Voir www.exemple.fr/presse. Fin';
    const [link] = findLinks(text);
    expect(text.slice(link!.start, link!.end)).toBe('www.exemple.fr/presse');
    expect(link!.href).toBe('https://www.exemple.fr/presse');
  });

  it('keeps the words introducing a URL on its line, not the sentence before, nor an earlier URL', () => {
    const links = findLinks('First fact. Read the press release: https://www.acme.com/press/x\nFollow us: https://x.com/a | https://y.example/b');
    expect(links.map((link) => link.lead)).toEqual(['Read the press release:', 'Follow us:', '|']);
  });

  it('trimUrl keeps a closing bracket that closes one inside the URL', () => {
    expect(trimUrl('https://x.example/a_(b))')).toBe('https://x.example/a_(b)');
    expect(trimUrl('https://x.example/a),')).toBe('https://x.example/a');
  });
});

describe('pressReleaseLinks', () => {
  it('finds the company release in an article and nothing else', () => {
    const found = pressReleaseLinks(fixture, [], ['Ferronord Steel SA'], { pageUrl: 'https://www.dailyplanet.com/industry/ferronord-dunkirk' });
    expect(found).toEqual([
      { url: 'https://www.ferronord-steel.fr/fr/presse/four-electrique-dunkerque', subject: 'Ferronord Steel SA', how: 'link' },
    ]);
  });

  it("does not take an outlet's own /news/ page for a release, even without the page URL", () => {
    expect(pressReleaseLinks(fixture, [], ['Ferronord Steel SA']).map((entry) => entry.url)).toEqual([
      'https://www.ferronord-steel.fr/fr/presse/four-electrique-dunkerque',
    ]);
  });

  it('judges HTML anchors by their text, and names the subject from the host', () => {
    const anchors = [
      { href: 'https://www.ferronord-steel.fr/fr/actualites/four-electrique', text: 'communiqué de presse' },
      { href: 'https://www.ferronord-steel.fr/fr/actualites/four-electrique-2', text: 'nos actualités' },
      { href: 'https://www.linkedin.com/posts/ferronord', text: 'statement' },
    ];
    expect(pressReleaseLinks('', anchors, ['Ferronord Steel'])).toEqual([
      { url: 'https://www.ferronord-steel.fr/fr/actualites/four-electrique', subject: 'Ferronord Steel', how: 'link' },
      // the subject's own site: a /news-like section is enough
      { url: 'https://www.ferronord-steel.fr/fr/actualites/four-electrique-2', subject: 'Ferronord Steel', how: 'link' },
    ]);
  });

  it('uses the directory for known companies and the nearest subject for newswires', () => {
    const text = [
      'Amazon said it would add 1,000 jobs in Bologna: https://press.aboutamazon.com/2025/4/amazon-bologna',
      'Separately, Quillon Medical filed the agreement with the SEC: https://www.sec.gov/Archives/edgar/data/99999/000009999925000001/ex99-1.htm',
      'Brantmoor Foods put out the figures via https://www.businesswire.com/news/home/20250301005001/en/',
    ].join('\n\n');
    expect(pressReleaseLinks(text, [], ['Amazon', 'Quillon Medical', 'Brantmoor Foods'])).toEqual([
      { url: 'https://press.aboutamazon.com/2025/4/amazon-bologna', subject: 'Amazon', how: 'link' },
      { url: 'https://www.sec.gov/Archives/edgar/data/99999/000009999925000001/ex99-1.htm', subject: 'Quillon Medical', how: 'link' },
      { url: 'https://www.businesswire.com/news/home/20250301005001/en/', subject: 'Brantmoor Foods', how: 'link' },
    ]);
  });

  it('reports a directory company under its everyday name when no subject was given', () => {
    const [entry] = pressReleaseLinks('See https://news.microsoft.com/2025/03/01/datacenter-expansion/', [], []);
    expect(entry?.subject).toBe('Microsoft');
  });

  it('lists a URL given both as an anchor and in the text once', () => {
    const url = 'https://www.ferronord-steel.fr/fr/presse/four-electrique-dunkerque';
    expect(pressReleaseLinks(fixture, [{ href: url, text: 'the announcement' }], ['Ferronord Steel SA'])).toHaveLength(1);
  });
});

describe('findLinks on any text', () => {
  it('returns URLs that are the text at their offsets and never end in sentence punctuation', () => {
    const piece = fc.constantFrom('https://www.example.com', 'www.exemple.fr/presse', '/a_(b)', '.', ',', ')', '»', '“', ' ', '\n', 'x', '?q=1', '…', '(');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
        const text = pieces.join('');
        for (const link of findLinks(text)) {
          expect(text.slice(link.start, link.end)).toBe(link.url);
          expect(link.url).not.toMatch(/[.,;:!?…»“]$/u);
          expect(link.href.startsWith('https://') || link.href.startsWith('http://')).toBe(true);
        }
      }),
      { numRuns: 500 },
    );
  });
});
