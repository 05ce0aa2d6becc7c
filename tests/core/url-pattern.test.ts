// findLinks runs the URL pattern without its `u` flag where that cannot change what it finds
// (the case-insensitive unicode scan is 20 to 30 times slower): on any text, urlMatches must
// find what the /giu pattern finds, at the same offsets.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { URL_PATTERN, urlMatches } from '../../utils/core/press/links';

// Pieces of URLs and prose, in both cases, and the chars where case folding differs: long s
// and Kelvin sign (fold to s and k under /iu, word chars for \b there), dotless and dotted i,
// sharp s, quotes and brackets that end a URL, astral chars.
const PIECES = [
  'http', 'https', 'HTTPS', 'Http', '://', 'www.', 'WWW.', 'Www.', 'example', '.com', '/news/', '?q=1', '#top', '-', '_',
  ' ', '\n', '.', ',', '(', ')', '"', '«', '»', '’', '<', '|', 'ſ', 'K', 'k', 's', 'S', 'ı', 'İ', 'ß', 'é', '\u00a0', '😀', 'a1',
];
const found = (matches: Iterable<RegExpMatchArray>) => [...matches].map((m) => ({ at: m.index, url: m[0] }));

describe('URL pattern', () => {
  it('finds with its faster twin exactly what the unicode pattern finds, on any text', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }), fc.string({ maxLength: 5 }), (pieces, noise) => {
        const text = pieces.join('') + noise;
        expect(found(urlMatches(text))).toEqual(found(text.matchAll(URL_PATTERN)));
      }),
      { numRuns: 20000 },
    );
  });
});
