// German numbers written as one word, read by their parts; checked against a speller written
// here independently (units, teens, "und" before the tens, "hundert", "tausend").
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../utils/core/extract/index';
import { germanNumberWord } from '../../utils/core/extract/german-numbers';

const ONES = ['', 'ein', 'zwei', 'drei', 'vier', 'fünf', 'sechs', 'sieben', 'acht', 'neun'];
const TEENS = ['zehn', 'elf', 'zwölf', 'dreizehn', 'vierzehn', 'fünfzehn', 'sechzehn', 'siebzehn', 'achtzehn', 'neunzehn'];
const TENS = ['', '', 'zwanzig', 'dreißig', 'vierzig', 'fünfzig', 'sechzig', 'siebzig', 'achtzig', 'neunzig'];

function spellBelowHundred(n: number): string {
  if (n < 10) return n === 1 ? 'eins' : ONES[n];
  if (n < 20) return TEENS[n - 10];
  return (n % 10 ? `${ONES[n % 10]}und` : '') + TENS[Math.floor(n / 10)];
}
function spellBelowThousand(n: number): string {
  const h = Math.floor(n / 100);
  return (h ? `${ONES[h]}hundert` : '') + (n % 100 ? spellBelowHundred(n % 100) : '');
}
function spell(n: number): string {
  const t = Math.floor(n / 1000);
  return (t ? `${t === 1 ? 'ein' : spellBelowThousand(t)}tausend` : '') + (n % 1000 ? spellBelowThousand(n % 1000) : '');
}

describe('germanNumberWord', () => {
  it('reads back every number from 100 to 999,999 as German spells it in one word', () => {
    fc.assert(fc.property(fc.integer({ min: 100, max: 999_999 }), (n) => {
      expect(germanNumberWord(spell(n)), spell(n)).toBe(n);
    }), { numRuns: 3000 });
  });

  it('reads a number and a half ("zweieinhalb", "eineinhalb", "anderthalb"), and no other word ending in "halb"', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 999 }), (n) => {
      const word = `${n === 1 ? 'ein' : spellBelowThousand(n)}einhalb`;
      expect(germanNumberWord(word), word).toBe(n + 0.5);
    }), { numRuns: 500 });
    expect(germanNumberWord('anderthalb')).toBe(1.5);
    for (const w of ['einhalb', 'innerhalb', 'außerhalb', 'oberhalb', 'deshalb', 'weshalb', 'halb']) expect(germanNumberWord(w), w).toBeNull();
  });

  it.each([['zweihundertvierzig', 240], ['einhundert', 100], ['hundertfünf', 105], ['dreitausendfünfhundert', 3500], ['tausendzweihundert', 1200], ['einundzwanzigtausend', 21_000]])(
    '%s is %d', (word, value) => expect(germanNumberWord(word)).toBe(value));

  it.each(['jahrhundert', 'hunderttausende', 'tausende', 'zweihunderter', 'bundestausend', 'hundertschaft'])('%s is no number', (word) => {
    expect(germanNumberWord(word)).toBeNull();
  });

  it('reads such a number as a claim\'s figure, and English teens before "hundred"', () => {
    const de = extractDocument('d1', 'Die Kranich Logistik GmbH investiert Zweihundertvierzig Millionen Euro in Erfurt und schafft zweihundertfünfzig neue Jobs.', 'de').claims;
    expect(de.map((c) => [c.metric, c.amount])).toEqual([['investment', 240_000_000], ['jobs', 250]]);
    const en = extractDocument('d1', 'Harrow Freight Ltd will create fourteen hundred jobs in Daventry.', 'en').claims;
    expect(en.map((c) => c.amount)).toEqual([1400]);
  });
});
