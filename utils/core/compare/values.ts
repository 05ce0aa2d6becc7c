// What a figure with its qualifier allows the true value to be. Two readings:
// - `close`: the range a careful reader would give it; two claims whose close ranges overlap
//   can be restatements of one fact (duplicates);
// - `loose`: the widest honest reading; two claims whose loose ranges do not overlap cannot
//   both be true (a conflict). Between the two there is doubt, and then nothing is reported.
import type { Claim } from '../report';
import { rateRange } from './rates';

export interface Range {
  low: number;
  high: number;
}

type Reading = 'close' | 'loose';

/** Half a unit of the last significant digit, relative: 1,200 → ±50 → 4.2 %. */
export function roundingShare(amount: number): number {
  if (!amount) return 0;
  // the unit is 10 to the number of trailing zeros of the rounded figure as written
  const zeros = trailingZeros(Math.round(Math.abs(amount)));
  const unit = zeros < POWERS_OF_TEN.length ? POWERS_OF_TEN[zeros] : Math.pow(10, zeros);
  return unit / 2 / Math.abs(amount);
}

/** Math.pow(10, k) for the counts of zeros a figure below 2^53 can have, worked out once. */
const POWERS_OF_TEN: number[] = [];
for (let k = 0; k <= 22; k++) POWERS_OF_TEN.push(Math.pow(10, k));

/**
 * The trailing zeros of an integer as String() writes it. Below 2^53 String() writes every
 * digit of an integer, so dividing by ten counts them without making the string (a number's
 * string is a lookup in a cache that every full GC empties: the first call after one paid for
 * each figure). The dividing is done on small integers (a remainder of a float is a call):
 * below 2^31 on the figure itself, above on its last nine digits, or on the digits before them
 * when those nine are all zeros. Larger ones are written with their shortest digits
 * ("1152921504606847000" for 2^60): those are counted on the string.
 */
function trailingZeros(n: number): number {
  // "0" is one zero
  if (n === 0) return 1;
  if (n < 2 ** 31) return smallTrailingZeros(n | 0);
  if (n < 2 ** 53) {
    const last9 = n % 1e9;
    return last9 !== 0 ? smallTrailingZeros(last9 | 0) : 9 + smallTrailingZeros(((n - last9) / 1e9) | 0);
  }
  const written = String(n);
  let zeros = 0;
  while (zeros < written.length && written.charCodeAt(written.length - 1 - zeros) === 48) zeros++;
  return zeros;
}

/** Trailing zeros of a positive integer below 2^31. */
function smallTrailingZeros(n: number): number {
  let zeros = 0;
  while (n >= 10 && n % 10 === 0) {
    n = (n / 10) | 0;
    zeros++;
  }
  return zeros;
}

export function valueRange(amount: number, amountMax: number | null, qualifier: Claim['qualifier'], reading: Reading): Range {
  const a = amount;
  const close = reading === 'close';
  switch (qualifier) {
    case 'range':
      return close ? { low: a, high: amountMax ?? a } : { low: a * 0.95, high: (amountMax ?? a) * 1.05 };
    case 'about':
    case 'average':
      return close ? { low: a * 0.9, high: a * 1.1 } : { low: a * 0.85, high: a * 1.15 };
    case 'nearly':
      return close ? { low: a * 0.9, high: a } : { low: a * 0.85, high: a * 1.01 };
    case 'over':
    case 'at_least':
      return close ? { low: a, high: a * 1.5 } : { low: a * 0.99, high: Infinity };
    case 'up_to':
      return close ? { low: a * 0.5, high: a } : { low: 0, high: a * 1.01 };
    default: {
      // exact: the figure is rounded as written; "1.2bn" may be 1.16bn or 1.24bn
      const share = close ? Math.min(Math.max(roundingShare(a), 0.01), 0.05) : 0.05;
      const low = a * (1 - share);
      const high = (amountMax ?? a) * (1 + share);
      return { low, high };
    }
  }
}

export const overlap = (p: Range, q: Range) => p.low <= q.high && q.low <= p.high;

/** The amounts a claim states, per currency: its own and the conversion written beside it. */
function statedAmounts(c: Claim): { amount: number; max: number | null; currency: string | null }[] {
  const out = [{ amount: c.amount, max: c.amount_max, currency: c.currency }];
  if (c.alt && c.alt.currency !== c.currency) {
    const ratio = c.amount ? c.alt.amount / c.amount : 1;
    out.push({ amount: c.alt.amount, max: c.amount_max != null ? c.amount_max * ratio : null, currency: c.alt.currency });
  }
  return out;
}

/** The alt amount is a second currency to compare in. */
function hasOtherAlt(c: Claim): boolean {
  return !!c.alt && c.alt.currency !== c.currency;
}

/**
 * The ranges of two claims in one currency: a currency both state if any (the main figures
 * first, then the written conversions), else `b` converted into `a`'s currency with the rates
 * at `date`, its range widened by the rate's uncertainty. Null when no common measure exists.
 * `qa`/`qb` read a claim with another qualifier (as if its copy with that qualifier were given).
 */
export function rangesOf(a: Claim, b: Claim, reading: Reading, date?: string, qa = a.qualifier, qb = b.qualifier): { a: Range; b: Range; currency: string | null; converted: boolean } | null {
  if (!hasOtherAlt(a) && !hasOtherAlt(b)) {
    // one stated amount each (most claims): what the loops below find, without the lists
    if (a.currency === b.currency)
      return { a: valueRange(a.amount, a.amount_max, qa, reading), b: valueRange(b.amount, b.amount_max, qb, reading), currency: a.currency, converted: false };
  } else {
    const as = statedAmounts(a);
    const bs = statedAmounts(b);
    for (const x of as)
      for (const y of bs)
        if (x.currency === y.currency)
          return { a: valueRange(x.amount, x.max, qa, reading), b: valueRange(y.amount, y.max, qb, reading), currency: x.currency, converted: false };
  }
  if (!a.currency || !b.currency) return null;
  const rb = valueRange(b.amount, b.amount_max, qb, reading);
  // as convert() of both ends, the rate looked up once
  const rate = rateRange(b.currency, a.currency, date);
  if (!rate) return null;
  return {
    a: valueRange(a.amount, a.amount_max, qa, reading),
    b: { low: rb.low * rate.low, high: Number.isFinite(rb.high) ? rb.high * rate.high : Infinity },
    currency: a.currency,
    converted: true,
  };
}

/**
 * Duplicates need close readings that overlap. Two figures with the same qualifier restate
 * one bound, so they must match as figures: "more than 17 billion" and "more than 20 billion"
 * are two totals, while "more than 1,000" and "up to 1,100" can be one promise.
 */
export function valuesAgree(a: Claim, b: Claim, date?: string): boolean {
  const sameBound = a.qualifier === b.qualifier && a.qualifier !== 'exact' && a.qualifier !== 'range';
  const r = sameBound ? rangesOf(a, b, 'close', date, 'exact', 'exact') : rangesOf(a, b, 'close', date);
  return !!r && overlap(r.a, r.b);
}

/** Conflicts need loose readings that stay apart. */
export function valuesClash(a: Claim, b: Claim, date?: string): boolean {
  const r = rangesOf(a, b, 'loose', date);
  return !!r && !overlap(r.a, r.b);
}
