// Conversions written beside a figure, judged with the rate of the article's date.
import { describe, expect, it } from 'vitest';
import { compareDocuments } from '../../utils/core/compare';
import { conversionProblem } from '../../utils/core/compare/conversions';
import { claim } from '../fixtures/core/compare/claims';

const money = (amount: number, currency: string, alt: [number, string] | null) =>
  claim({ metric: 'investment', amount, currency, alt: alt && { amount: alt[0], currency: alt[1] } });

describe('conversion checks', () => {
  it.each([
    ['1.2 billion euros ($1.3 billion), March 2025', money(1.2e9, 'EUR', [1.3e9, 'USD']), '2025-03-11'],
    ['2.5 billion euros (2.9 billion dollars), June 2025', money(2.5e9, 'EUR', [2.9e9, 'USD']), '2025-06-19'],
    ['£750m (about $1 billion), September 2025', money(750e6, 'GBP', [1e9, 'USD']), '2025-09-09'],
    ['$2bn (about 1.7 billion euros), October 2025', money(2e9, 'USD', [1.7e9, 'EUR']), '2025-10-15'],
    ['€1bn ($1.39bn) in 2011, when the euro was strong', money(1e9, 'EUR', [1.39e9, 'USD']), '2011-06-01'],
    ['CHF 500m (€520m), 2023', money(500e6, 'CHF', [520e6, 'EUR']), '2023-05-02'],
    ['¥100bn ($680m), 2024', money(100e9, 'JPY', [680e6, 'USD']), '2024-04-01'],
  ])('accepts %s', (_what, c, date) => {
    expect(conversionProblem(c, date)).toBeNull();
  });

  it.each([
    ['$850m (1.4 billion euros), May 2025', money(850e6, 'USD', [1.4e9, 'EUR']), '2025-05-07'],
    ['£750m ($1.5bn), September 2025', money(750e6, 'GBP', [1.5e9, 'USD']), '2025-09-10'],
    ['€1.2bn ($2.1bn), March 2025', money(1.2e9, 'EUR', [2.1e9, 'USD']), '2025-03-11'],
    ['€1bn ($1.39bn) in March 2025, when the euro was weak', money(1e9, 'EUR', [1.39e9, 'USD']), '2025-03-11'],
  ])('rejects %s', (_what, c, date) => {
    expect(conversionProblem(c, date)).toMatch(/ECB (monthly|annual) average/);
  });

  it('rejects the same currency with another number', () => {
    const reason = conversionProblem(money(4e9, 'USD', [4.3e9, 'USD']), '2025-01-10');
    expect(reason).toMatch(/same currency/);
    expect(reason).toContain('7.5% more');
    expect(conversionProblem(money(4e9, 'USD', [4e9, 'USD']), '2025-01-10')).toBeNull();
  });

  it('without a date, only doubts what no recent rate could give', () => {
    expect(conversionProblem(money(1.2e9, 'EUR', [1.3e9, 'USD']))).toBeNull();
    expect(conversionProblem(money(1e9, 'EUR', [1.2e9, 'USD']))).toBeNull();
    expect(conversionProblem(money(750e6, 'GBP', [1.5e9, 'USD']))).toMatch(/date being unknown/);
  });

  it('shows the arithmetic: rate, its source, the expected amount', () => {
    const reason = conversionProblem(money(850e6, 'USD', [1.4e9, 'EUR']), '2025-05-07')!;
    expect(reason).toMatch(/1 EUR = 1\.1\d+ USD/);
    expect(reason).toContain('2025-05');
    expect(reason).toMatch(/about 7\d\d million EUR, not 1\.4 billion EUR/);
  });

  it('leaves currencies the table does not know alone', () => {
    expect(conversionProblem(money(5e9, 'ZAR', [1e9, 'USD']), '2025-01-10')).toBeNull();
  });

  it('reports a wrong conversion as a conflict of a claim with itself, once per mention', () => {
    const headline = { ...money(750e6, 'GBP', [1.5e9, 'USD']), id: 'd1.c1' };
    const body = { ...money(750e6, 'GBP', [1.5e9, 'USD']), id: 'd1.c2' };
    const fine = { ...money(750e6, 'GBP', [1e9, 'USD']), id: 'd2.c1' };
    const r = compareDocuments([
      { id: 'd1', lang: 'en', published: '2025-09-10', claims: [headline, body] },
      { id: 'd2', lang: 'en', published: '2025-09-09', claims: [fine] },
    ]);
    expect(r.conflicts.map((c) => [c.a, c.b])).toEqual([
      ['d1.c1', 'd1.c1'],
      ['d1.c2', 'd1.c2'],
    ]);
  });
});
