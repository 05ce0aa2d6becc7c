// roundingShare counts the trailing zeros of a figure by dividing by ten below 2^53 instead of
// writing it out. It must give the share the written form gives for every amount, including
// huge ones that String() writes with their shortest digits, fractions, negatives, 0 and NaN.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { roundingShare } from '../../utils/core/compare/values';

function writtenShare(amount: number): number {
  if (!amount) return 0;
  const written = String(Math.round(Math.abs(amount)));
  let zeros = 0;
  while (zeros < written.length && written.charCodeAt(written.length - 1 - zeros) === 48) zeros++;
  return Math.pow(10, zeros) / 2 / Math.abs(amount);
}

const amounts = fc.oneof(
  fc.integer({ min: -1e9, max: 1e9 }),
  fc.integer({ min: 1, max: 99_999 }).chain((k) => fc.constantFrom(...[1, 10, 1e3, 1e6, 1e9, 1e12, 1e15, 1e18, 1e21, 1e24].map((p) => k * p))),
  fc.double({ noNaN: false }),
  fc.bigInt({ min: 0n, max: 2n ** 80n }).map(Number),
  fc.constantFrom(0, -0, 2 ** 53, 2 ** 53 - 1, 2 ** 53 + 2, 2 ** 60, 1e21, 9.5, 10.5, 99.5, Infinity, -Infinity, NaN),
  // either side of 2^31 (the small-integer count) and of a billion's nine zeros (counted in two parts above 2^31)
  fc.constantFrom(2 ** 31 - 1, 2 ** 31, 2 ** 31 + 1, 2 ** 31 - 0.5, 2 ** 31 + 0.4, 2e9, 3e9, 2 ** 53 - 2, 9e15, 1e15 + 1e9),
  fc.tuple(fc.integer({ min: 1, max: 9_007_198 }), fc.constantFrom(0, 1, 10, 100, 1e8, 5e8, 999_999_999), fc.boolean())
    .map(([billions, rest, negative]) => (negative ? -1 : 1) * (billions * 1e9 + rest)),
);

describe('roundingShare', () => {
  it('gives the share the written figure gives', () => {
    fc.assert(
      fc.property(amounts, (amount) => {
        expect(roundingShare(amount)).toBe(writtenShare(amount));
      }),
      { numRuns: 40_000 },
    );
  }, 60_000);

  it('reads the last significant digit', () => {
    expect(roundingShare(1200)).toBeCloseTo(50 / 1200);
    expect(roundingShare(1_300_000_000)).toBeCloseTo(0.5e8 / 1.3e9);
    expect(roundingShare(1234)).toBeCloseTo(0.5 / 1234);
  });
});
