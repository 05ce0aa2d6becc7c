// The tables read with the tokens around every number (scales, currency signs, words that are
// an amount and a currency at once, the units of written-out numbers) are read from Maps instead of their objects: for every
// token's lower-case spelling, the Map's answer must be the object's, the prototype's
// "constructor" included.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tokenize } from '../../utils/core/extract/01-tokens';
import { recordReader } from '../../utils/core/extract/phrases';
import { CURRENCY_SIGNS, SCALED_CURRENCY_WORDS, SCALES, UNIT_WORDS } from '../../utils/core/extract/data/numbers';

const RECORDS: Record<string, unknown>[] = [SCALES, CURRENCY_SIGNS, SCALED_CURRENCY_WORDS, UNIT_WORDS];
const READERS = RECORDS.map((record) => recordReader(record));
const WORDS = [...new Set(RECORDS.flatMap((record) => Object.keys(record)))];
const PROTOTYPE_WORDS = ['constructor', 'Constructor', 'toString', 'valueOf', 'hasOwnProperty', '__proto__', 'isPrototypeOf', 'prototype', 'length', 'name'];

describe('figure tables read from Maps', () => {
  // (thousands of generated cases: a busy machine must not fail them on time alone)
  it('answer as their objects for every token of any text', () => {
    const piece = fc.oneof(fc.constantFrom(...WORDS, ...PROTOTYPE_WORDS), fc.string({ unit: 'grapheme', minLength: 1, maxLength: 8 }));
    fc.assert(
      fc.property(fc.array(fc.tuple(piece, fc.constantFrom(' ', '', '\n')), { minLength: 1, maxLength: 30 }), (parts) => {
        const text = parts.map(([p, gap]) => p + gap).join('');
        for (const t of tokenize(text)) {
          RECORDS.forEach((record, k) => expect(READERS[k](t.lower)).toBe(record[t.lower]));
        }
      }),
      { numRuns: 2000 },
    );
  }, 60_000);
});
