// The exchange-rate table and the ranges read from it.
import { describe, expect, it } from 'vitest';
import { ANNUAL_TOLERANCE, ASSUMED_TOLERANCE, MONTHLY_TOLERANCE, RECENT_YEARS, convert, knownCurrency, rateRange } from '../../utils/core/compare/rates';
import { ANNUAL, FIRST_YEAR, MONTHLY } from '../../utils/core/compare/rates-data';

const REQUIRED = ['USD', 'EUR', 'GBP', 'CHF', 'JPY', 'CNY', 'CAD', 'AUD', 'SEK', 'NOK', 'DKK', 'PLN', 'KRW', 'INR', 'BRL', 'MXN'];

describe('rate table', () => {
  it('knows the main currencies for every year from 2010 to 2026', () => {
    for (const code of REQUIRED) expect(knownCurrency(code), code).toBe(true);
    for (const [code, series] of Object.entries(ANNUAL)) {
      expect(series, code).toHaveLength(2026 - FIRST_YEAR + 1);
      for (const value of series) expect(value, code).toBeGreaterThan(0);
    }
  });

  it('has monthly averages that agree with the annual average of their year', () => {
    for (const [code, years] of Object.entries(MONTHLY)) {
      for (const [year, months] of Object.entries(years)) {
        const known = months.filter((m) => m > 0);
        const mean = known.reduce((s, m) => s + m, 0) / known.length;
        const annual = ANNUAL[code][Number(year) - FIRST_YEAR];
        expect(Math.abs(mean / annual - 1), `${code} ${year}`).toBeLessThan(0.03);
      }
    }
  });

  it('moves no more than 40 % from one year to the next (a typo guard)', () => {
    for (const [code, series] of Object.entries(ANNUAL))
      for (let i = 1; i < series.length; i++) expect(Math.abs(series[i] / series[i - 1] - 1), `${code} ${FIRST_YEAR + i}`).toBeLessThan(0.4);
  });

  it('matches well-known cross rates', () => {
    // USD/JPY averaged about 151 in 2024, GBP/USD about 1.28, EUR/CHF slid below parity
    expect(rateRange('USD', 'JPY', '2024-07-01')!.rate).toBeGreaterThan(140);
    expect(rateRange('USD', 'JPY', '2024-07-01')!.rate).toBeLessThan(160);
    expect(rateRange('GBP', 'USD', '2024-07-01')!.rate).toBeCloseTo(1.28, 1);
    expect(rateRange('EUR', 'CHF', '2024-07-01')!.rate).toBeLessThan(1);
  });
});

describe('rateRange', () => {
  it('uses the monthly average when the table has it', () => {
    const r = rateRange('EUR', 'USD', '2025-03-11')!;
    expect(r.rate).toBeCloseTo(1.08, 2);
    expect(r.basis).toContain('monthly average 2025-03');
    expect(r.low).toBeCloseTo(r.rate * (1 - MONTHLY_TOLERANCE), 6);
    expect(r.high).toBeCloseTo(r.rate * (1 + MONTHLY_TOLERANCE), 6);
  });

  it('falls back to the annual average, with a wider tolerance', () => {
    const r = rateRange('EUR', 'SEK', '2019-06-01')!;
    expect(r.basis).toContain('annual average 2019');
    expect(r.high / r.rate - 1).toBeCloseTo(ANNUAL_TOLERANCE, 6);
  });

  it('is symmetric', () => {
    for (const date of ['2012-05-01', '2025-09-10', undefined]) {
      const there = rateRange('GBP', 'JPY', date)!;
      const back = rateRange('JPY', 'GBP', date)!;
      expect(there.rate * back.rate).toBeCloseTo(1, 6);
    }
  });

  it('assumes rates after the table ends, and says so', () => {
    const r = rateRange('EUR', 'USD', '2026-11-26')!;
    expect(r.basis).toMatch(/assumed/);
    expect(r.high / r.rate - 1).toBeCloseTo(ASSUMED_TOLERANCE, 6);
  });

  it('before the table starts, uses its first year with the wide tolerance', () => {
    const r = rateRange('EUR', 'USD', '2008-05-01')!;
    expect(r.rate).toBeCloseTo(ANNUAL.USD[0], 6);
    expect(r.basis).toMatch(/table starts in 2010/);
    expect(r.high / r.rate - 1).toBeCloseTo(ASSUMED_TOLERANCE, 6);
  });

  it('without a date spans every recent year', () => {
    const r = rateRange('EUR', 'USD')!;
    const last = FIRST_YEAR + ANNUAL.USD.length - 1;
    for (let year = last - RECENT_YEARS + 1; year <= last; year++) {
      const yearly = ANNUAL.USD[year - FIRST_YEAR];
      expect(r.low).toBeLessThan(yearly);
      expect(r.high).toBeGreaterThan(yearly);
    }
    expect(r.basis).toMatch(/date being unknown/);
  });

  it('knows nothing of unlisted currencies', () => {
    expect(rateRange('EUR', 'XTS', '2025-01-01')).toBeNull();
    expect(convert(100, 'XTS', 'USD')).toBeNull();
  });

  it('converts an amount into a range', () => {
    const c = convert(750e6, 'GBP', 'USD', '2025-09-10')!;
    expect(c.value / 1e9).toBeCloseTo(1.0, 1);
    expect(c.low).toBeLessThan(c.value);
    expect(c.high).toBeGreaterThan(c.value);
  });
});
