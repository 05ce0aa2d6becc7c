// Exchange rates for conversion checks: how many units of one currency one unit of another was
// worth around a date, as a range wide enough for the table's own approximation and for the
// day-to-day moves a monthly or annual average hides.
//
// Tolerances (each side of the average): 3 % for a monthly average, 6 % for an annual one,
// 10 % for a year the table only assumes (after the last known month). Without a date, the
// range spans every annual average of the last RECENT_YEARS years, each ± 6 %: lenient on
// purpose, a conversion is only doubted when no recent rate could produce it.
import { ANNUAL, FIRST_YEAR, MONTHLY } from './rates-data';

export const MONTHLY_TOLERANCE = 0.03;
export const ANNUAL_TOLERANCE = 0.06;
export const ASSUMED_TOLERANCE = 0.1;
export const RECENT_YEARS = 10;

/** The last month whose rates the table knows; later dates use assumed rates. */
const LAST_KNOWN = '2025-10';

export interface RateRange {
  /** Units of `to` per one unit of `from`, at the centre of the range. */
  rate: number;
  low: number;
  high: number;
  /** Where the figure comes from, for a reader: "ECB monthly average 2025-03". */
  basis: string;
  /** The share allowed each side of the rate, for a reader. */
  tolerance: number;
}

const lastYear = FIRST_YEAR + ANNUAL.USD.length - 1;

export function knownCurrency(code: string | null | undefined): boolean {
  return code === 'EUR' || (!!code && code in ANNUAL);
}

/** Units of `code` per euro in a year (clamped to the table), from the monthly series when given. */
function perEuro(code: string, year: number, month?: number): { value: number; monthly: boolean } {
  if (code === 'EUR') return { value: 1, monthly: true };
  const series = ANNUAL[code];
  const y = Math.min(Math.max(year, FIRST_YEAR), FIRST_YEAR + series.length - 1);
  const m = month !== undefined ? MONTHLY[code]?.[String(y)]?.[month] : undefined;
  if (m && y === year) return { value: m, monthly: true };
  return { value: series[y - FIRST_YEAR], monthly: false };
}

function parseDate(date: string | undefined): { year: number; month: number } | null {
  const m = /^(\d{4})-(\d{2})/.exec(date ?? '');
  if (!m) return null;
  const month = Number(m[2]) - 1;
  return month >= 0 && month < 12 ? { year: Number(m[1]), month } : null;
}

// A page asks for the same few pairs again and again: from → to → date ('' for none), so no
// key string is built and hashed per question.
const memo = new Map<string, Map<string, Map<string, RateRange | null>>>();
let memoSize = 0;

/** The range of `to` per `from` at a date (YYYY-MM-DD), or over recent years without one. */
export function rateRange(from: string, to: string, date?: string): RateRange | null {
  const day = date ?? '';
  let byTo = memo.get(from);
  let byDay = byTo?.get(to);
  const known = byDay?.get(day);
  if (known !== undefined) return known;
  if (memoSize > 10_000) {
    memo.clear();
    memoSize = 0;
    byTo = byDay = undefined;
  }
  const range = lookUp(from, to, date);
  if (!byTo) memo.set(from, (byTo = new Map()));
  if (!byDay) byTo.set(to, (byDay = new Map()));
  byDay.set(day, range);
  memoSize++;
  return range;
}

function lookUp(from: string, to: string, date?: string): RateRange | null {
  if (!knownCurrency(from) || !knownCurrency(to)) return null;
  if (from === to) return { rate: 1, low: 1, high: 1, basis: 'same currency', tolerance: 0 };
  const when = parseDate(date);
  if (!when) return recentRange(from, to);
  const a = perEuro(from, when.year, when.month);
  const b = perEuro(to, when.year, when.month);
  const rate = b.value / a.value;
  const ym = `${when.year}-${String(when.month + 1).padStart(2, '0')}`;
  const assumed = ym > LAST_KNOWN || when.year < FIRST_YEAR;
  const monthly = a.monthly && b.monthly && !assumed;
  const tolerance = assumed ? ASSUMED_TOLERANCE : monthly ? MONTHLY_TOLERANCE : ANNUAL_TOLERANCE;
  const year = Math.min(Math.max(when.year, FIRST_YEAR), lastYear);
  const basis =
    when.year < FIRST_YEAR
      ? `the ${FIRST_YEAR} annual average, for ${ym} (the table starts in ${FIRST_YEAR})`
      : assumed
        ? `assumed rate for ${ym} (the table ends ${LAST_KNOWN})`
        : monthly
          ? `ECB monthly average ${ym}`
          : `ECB annual average ${year}`;
  return { rate, low: rate * (1 - tolerance), high: rate * (1 + tolerance), basis, tolerance };
}

function recentRange(from: string, to: string): RateRange {
  let low = Infinity;
  let high = 0;
  for (let year = lastYear - RECENT_YEARS + 1; year <= lastYear; year++) {
    const rate = perEuro(to, year).value / perEuro(from, year).value;
    low = Math.min(low, rate);
    high = Math.max(high, rate);
  }
  return {
    rate: Math.sqrt(low * high),
    low: low * (1 - ANNUAL_TOLERANCE),
    high: high * (1 + ANNUAL_TOLERANCE),
    basis: `any ECB annual average ${lastYear - RECENT_YEARS + 1}–${lastYear}, the article's date being unknown`,
    tolerance: ANNUAL_TOLERANCE,
  };
}

/** Converts an amount; the range says what the amount could be worth given the rate's uncertainty. */
export function convert(amount: number, from: string, to: string, date?: string): { low: number; high: number; value: number; range: RateRange } | null {
  const range = rateRange(from, to, date);
  if (!range) return null;
  return { value: amount * range.rate, low: amount * range.low, high: amount * range.high, range };
}
