// extractDocument tokenizes through tokenizeReusing, which writes a text's tokens into the token
// objects of the call before (no token outlives a document's pipeline). Each call must give what
// tokenize gives, whatever texts came before it: longer, shorter, or past the number of token
// objects kept.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tokenize, tokenizeReusing } from '../../utils/core/extract/01-tokens';

const PIECES = ['Acme', 'will', 'invest', '€1.2bn', 'in', 'Lyon', ',', 'créant', '300', 'emplois', '.', '\n', '«', 'Oui', '»', 'USD500m', '  ', '\u00a0', '3\u202f000', 'l’usine'];
const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 400 }).map((p) => p.join(' '));

describe('tokenizeReusing', () => {
  it('gives the tokens tokenize gives, call after call', () => {
    fc.assert(
      fc.property(fc.array(text, { minLength: 1, maxLength: 6 }), (texts) => {
        for (const t of texts) expect(tokenizeReusing(t)).toEqual(tokenize(t));
      }),
    );
  });

  it('gives every token of a text longer than the objects it keeps, and reads the next text right', () => {
    const long = Array.from({ length: 9000 }, (_, i) => `Acme ${i}, «invests» €${i}m.`).join('\n');
    const short = 'Acme will invest €2bn in Lyon.';
    expect(tokenizeReusing(long)).toEqual(tokenize(long));
    expect(tokenizeReusing(short)).toEqual(tokenize(short));
    expect(tokenizeReusing(long)).toEqual(tokenize(long));
  });
});
