import { describe, expect, it } from 'vitest';
import type { Claim } from '../../utils/core/report';
import {
  describeAlt,
  describeAmount,
  describeClaimLine,
  describeQualifiedAmount,
  describeQualifierLabel,
  describeStatus,
  formatFigure,
} from '../../utils/describe-claim';
import { wordingFor } from './wording';

const en = wordingFor('en');
const fr = wordingFor('fr');
// Intl puts a no-break (or narrow no-break) space in French numbers; compare with plain spaces.
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

function claim(over: Partial<Claim>): Claim {
  return {
    id: 'd1.c1', metric: 'investment', subject: null, amount: 0, amount_max: null, currency: null,
    qualifier: 'exact', location: null, period: null, status: 'new', alt: null, start: 0, end: 1,
    sentence: '', reasons: [], ...over,
  };
}

describe('describeAmount', () => {
  const cases: [Partial<Claim>, string, string][] = [
    [{ amount: 1.2e9, currency: 'EUR' }, '€1.2 billion', '1,2 milliard €'],
    [{ amount: 850e6, currency: 'USD' }, '$850 million', '850 millions $US'],
    [{ amount: 1.25e9, currency: 'GBP' }, '£1.25 billion', '1,25 milliard £GB'],
    [{ amount: 12_500, currency: 'EUR' }, '€12,500', '12 500 €'],
    [{ amount: 1e9, amount_max: 2e9, currency: 'EUR', qualifier: 'range' }, '€1–2 billion', '1 milliard – 2 milliards €'],
    [{ metric: 'jobs', amount: 2000 }, '2,000 jobs', '2 000 emplois'],
    [{ metric: 'jobs', amount: 1 }, '1 job', '1 emploi'],
    [{ metric: 'jobs', amount: 300, amount_max: 500, qualifier: 'range' }, '300–500 jobs', '300–500 emplois'],
    [{ metric: 'jobs', amount: 1_500_000 }, '1,500,000 jobs', '1 500 000 emplois'],
    [{ amount: 5e6, currency: 'XYZ1' }, '5 million XYZ1', '5 millions XYZ1'],
  ];
  it.each(cases)('%o → %s / %s', (fields, english, french) => {
    expect(plain(describeAmount(claim(fields), en))).toBe(english);
    expect(plain(describeAmount(claim(fields), fr))).toBe(french);
  });
});

describe('qualifiers, statuses and lines', () => {
  it('puts the qualifier words before the amount in both languages', () => {
    const c = claim({ amount: 1.2e9, currency: 'EUR', qualifier: 'over' });
    expect(describeQualifiedAmount(c, en)).toBe('more than €1.2 billion');
    expect(plain(describeQualifiedAmount(c, fr))).toBe('plus de 1,2 milliard €');
    const jobs = claim({ metric: 'jobs', amount: 500, qualifier: 'up_to' });
    expect(describeQualifiedAmount(jobs, en)).toBe('up to 500 jobs');
    expect(describeQualifiedAmount(jobs, fr)).toBe("jusqu'à 500 emplois");
  });

  it('says nothing before exact figures and ranges', () => {
    expect(describeQualifiedAmount(claim({ metric: 'jobs', amount: 40 }), en)).toBe('40 jobs');
    expect(describeQualifiedAmount(claim({ metric: 'jobs', amount: 4, amount_max: 6, qualifier: 'range' }), en)).toBe('4–6 jobs');
  });

  it('has a label for every qualifier and a word for every status, in English and French', () => {
    const qualifiers: Claim['qualifier'][] = ['over', 'at_least', 'up_to', 'about', 'nearly', 'exact', 'range', 'average'];
    for (const w of [en, fr]) {
      for (const q of qualifiers) expect(describeQualifierLabel(q, w)).not.toBe('');
    }
    expect(describeStatus('new', en)).toBe('new');
    expect(describeStatus('cumulative', en)).toBe('running total');
    expect(describeStatus('earlier', en)).toBe('announced earlier');
    expect(describeStatus('cumulative', fr)).toBe('total cumulé');
    expect(describeStatus('earlier', fr)).toBe('annoncé précédemment');
  });

  it('describes the conversion given beside a figure', () => {
    expect(describeAlt(claim({ alt: { amount: 1.3e9, currency: 'USD' } }), en)).toBe('$1.3 billion');
    expect(describeAlt(claim({}), en)).toBeNull();
  });

  it('joins subject, amount and place into one line', () => {
    const c = claim({ subject: 'Amazon', amount: 1.2e9, currency: 'EUR', qualifier: 'over', location: 'France' });
    expect(describeClaimLine(c, en)).toBe('Amazon · more than €1.2 billion · France');
    expect(describeClaimLine(claim({ metric: 'jobs', amount: 300 }), en)).toBe('300 jobs');
  });

  it('formats figures for other locales too', () => {
    expect(plain(formatFigure(1.2e9, null, 'EUR', 'de'))).toBe('1,2 Milliarden €');
  });
});
