// The hand-written text rules of the page layer (no regular expressions on the way to the first
// highlight), held to the regular expressions they replaced.
import fc from 'fast-check';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { collapseWhitespace, findLang, findTitle } from '../../utils/page/article-meta';
import { startsWithLeadIn } from '../../utils/page/boilerplate';
import { articleAnchors } from '../../utils/page/release-links';

/** The lead-in rule as it was written before (a regex, case-insensitive, a word boundary after). */
const LEAD_IN =
  /^\s*(?:also read|read also|read more|see also|related(?: articles| stories)?|more on this|you may also like|recommended|(?:à |a )?lire aussi|lire également|voir aussi|sur le même sujet|à lire|auch interessant|lesen sie auch|mehr zum thema|das könnte sie auch interessieren|weitere artikel|te puede interesar|también te puede interesar|lee también|le puede interesar|noticias relacionadas|más información)\b/i;

const doc = (html: string) => parseHTML(html).document as unknown as Document;

describe('startsWithLeadIn', () => {
  it.each([
    ['Also read: the plant in Lyon', true],
    ['  LIRE AUSSI Le budget', true],
    ['À lire aussi', true],
    ['Lesen Sie auch', true],
    ['También te puede interesar:', true],
    ['Related stories', true],
    ['Relatedly, the board agreed', false],
    ['Recommendations followed', false],
    ['The company also read the report', false],
  ])('%j -> %s', (text, expected) => {
    expect(startsWithLeadIn(text)).toBe(expected);
    expect(LEAD_IN.test(text)).toBe(expected);
  });

  it('gives the regex its verdict on any text made of lead-in words, spaces and signs', () => {
    const bits = ['also', 'read', 'more', 'related', 'lire', 'aussi', 'à', 'a', 'lesen', 'sie', 'auch', 'te', 'puede', 'interesar', 'más', 'información', ' ', '  ', '\n', ':', 'x', 's', 'é', '1', '_', '\u00a0', 'ALSO', 'Read'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...bits), { maxLength: 8 }), (parts) => {
        const text = parts.join(parts.length % 2 ? ' ' : '');
        expect(startsWithLeadIn(text)).toBe(LEAD_IN.test(text));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('collapseWhitespace', () => {
  it('gives what replace(/\\s+/g, " ").trim() gives', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('a', 'B', ' ', '\t', '\n', '\u00a0', '\u2003', '\u202f', '\ufeff', '\u3000', 'é', '-'), { maxLength: 12 }), (chars) => {
        const text = chars.join('');
        expect(collapseWhitespace(text)).toBe(text.replace(/\s+/g, ' ').trim());
      }),
      { numRuns: 2000 },
    );
  });
});

describe('findLang and findTitle', () => {
  it.each([
    ['en-GB', 'en'],
    ['FR_fr', 'fr'],
    [' de ', 'de'],
    ['es,en', 'es'],
    ['english', undefined],
    ['e', undefined],
    ['1a', undefined],
    ['', undefined],
  ])('<html lang=%j> -> %s', (lang, expected) => {
    expect(findLang(doc(`<html lang="${lang}"><body></body></html>`))).toBe(expected);
  });

  it('reads the headline with its whitespace collapsed', () => {
    expect(findTitle(doc('<html><head><title>Page</title></head><body><h1>\n  Amazon\u00a0 to invest\n</h1></body></html>'))).toBe('Amazon to invest');
    expect(findTitle(doc('<html><head><title> Page </title></head><body><h1> </h1></body></html>'))).toBe('Page');
  });
});

describe('articleAnchors', () => {
  it('keeps the links /^https?:\\/\\//i keeps', () => {
    const piece = fc.constantFrom('http', 'HTTP', 'https', 'HtTpS', 's', 'S', 'ſ', ':', '//', '/', 'x', 'mailto:', 'javascript:', ' ', '');
    fc.assert(
      fc.property(fc.array(fc.array(piece, { maxLength: 5 }), { maxLength: 6 }), (hrefs) => {
        const page = doc('<article></article>');
        const root = page.querySelector('article')!;
        for (const [i, parts] of hrefs.entries()) {
          const a = page.createElement('a');
          a.setAttribute('href', parts.join(''));
          a.textContent = `link ${i}`;
          root.append(a);
        }
        const expected = [...root.querySelectorAll('a[href]')].map((a) => (a as HTMLAnchorElement).href).filter((href) => /^https?:\/\//i.test(href));
        expect(articleAnchors(root).map((anchor) => anchor.href)).toEqual(expected);
      }),
      { numRuns: 2000 },
    );
  });
});
