// Comparison across documents: which claims restate one fact, which contradict each other,
// and the look-alikes that are neither (totals, earlier pledges, subsidiaries, other sites,
// construction jobs).
import { describe, expect, it } from 'vitest';
import { compareDocuments } from '../../utils/core/compare';
import { doc, pairsOf, textDoc } from '../fixtures/core/compare/claims';

const ids = (groups: string[][]) => groups.map((g) => [...g].sort());

describe('duplicates', () => {
  it('groups one investment written in several ways and languages', () => {
    const r = compareDocuments([
      doc(1, [{ metric: 'investment', amount: 1.2e9 }]),
      doc(2, [{ metric: 'investment', amount: 1.2e9, location: 'Belgique', subject: 'Orvell Cables SA' }]),
      doc(3, [{ metric: 'investment', amount: 1.2e9, qualifier: 'about', location: null, subject: 'Orvell' }]),
    ]);
    expect(ids(r.duplicates)).toEqual([['d1.c1', 'd2.c1', 'd3.c1']]);
    expect(r.conflicts).toEqual([]);
  });

  it('joins qualifiers whose ranges overlap', () => {
    const r = compareDocuments([
      doc(1, [
        { metric: 'jobs', amount: 1100, qualifier: 'up_to' },
        { metric: 'jobs', amount: 1100 },
      ]),
      doc(2, [
        { metric: 'jobs', amount: 1000, qualifier: 'over' },
        { metric: 'jobs', amount: 1000, qualifier: 'over', location: null },
      ]),
    ]);
    expect(ids(r.duplicates)).toEqual([['d1.c1', 'd1.c2', 'd2.c1', 'd2.c2']]);
    expect(r.conflicts).toEqual([]);
  });

  it('places "roughly 400" and "up to 500" inside a 300–500 range', () => {
    const r = compareDocuments([
      doc(1, [{ metric: 'jobs', amount: 300, amount_max: 500, qualifier: 'range' }]),
      doc(2, [{ metric: 'jobs', amount: 500, qualifier: 'up_to' }]),
      doc(3, [{ metric: 'jobs', amount: 400, qualifier: 'about' }]),
    ]);
    expect(ids(r.duplicates)).toEqual([['d1.c1', 'd2.c1', 'd3.c1']]);
  });

  it('takes "nearly 1,200" and "about 1,200" as one figure', () => {
    const r = compareDocuments([doc(1, [{ metric: 'jobs', amount: 1200, qualifier: 'about' }]), doc(2, [{ metric: 'jobs', amount: 1200, qualifier: 'nearly' }])]);
    expect(ids(r.duplicates)).toEqual([['d1.c1', 'd2.c1']]);
  });

  it('matches an amount in another currency, through the written conversion or the rate of the day', () => {
    const r = compareDocuments([
      doc(1, [{ metric: 'investment', amount: 1.2e9, alt: { amount: 1.3e9, currency: 'USD' } }]),
      doc(2, [{ metric: 'investment', amount: 1.3e9, currency: 'USD' }]),
    ]);
    expect(ids(r.duplicates)).toEqual([['d1.c1', 'd2.c1']]);
    const byRate = compareDocuments([
      doc(1, [{ metric: 'investment', amount: 2e9, currency: 'USD' }], '2025-10-14'),
      doc(2, [{ metric: 'investment', amount: 1.7e9, currency: 'EUR' }], '2025-10-15'),
    ]);
    expect(ids(byRate.duplicates)).toEqual([['d1.c1', 'd2.c1']]);
  });

  it('puts each claim in one group at most, and every group has two claims or more', () => {
    const r = compareDocuments([
      doc(1, [
        { metric: 'jobs', amount: 1000, qualifier: 'over' },
        { metric: 'jobs', amount: 1100, qualifier: 'up_to' },
        { metric: 'jobs', amount: 1200, qualifier: 'about' },
        { metric: 'jobs', amount: 1000, qualifier: 'at_least' },
      ]),
      doc(2, [{ metric: 'jobs', amount: 1150 }, { metric: 'jobs', amount: 900, qualifier: 'nearly' }]),
    ]);
    const all = r.duplicates.flat();
    expect(new Set(all).size).toBe(all.length);
    for (const g of r.duplicates) expect(g.length).toBeGreaterThanOrEqual(2);
  });

  it('learns that a bare town lies in a fuller place named elsewhere in the call', () => {
    const r = compareDocuments([
      doc(1, [{ metric: 'jobs', amount: 1100, qualifier: 'up_to', location: 'Lima, Ohio, United States' }]),
      doc(2, [{ metric: 'jobs', amount: 1000, qualifier: 'over', location: 'Lima' }]),
      doc(3, [{ metric: 'jobs', amount: 1100, qualifier: 'up_to', location: 'United States' }]),
    ]);
    expect(ids(r.duplicates)).toEqual([['d1.c1', 'd2.c1', 'd3.c1']]);
  });

  it('lets two towns of one country hold one fact when everything else agrees', () => {
    // "near Lyon" in one story, "in Saint-Fons" in another: one plant
    const r = compareDocuments([
      doc(1, [{ metric: 'investment', amount: 4e8, location: 'Lyon, France' }]),
      doc(2, [{ metric: 'investment', amount: 4e8, location: 'Saint-Fons' }]),
    ]);
    expect(ids(r.duplicates)).toEqual([['d1.c1', 'd2.c1']]);
  });
});

describe('conflicts', () => {
  it('reports one pair for a wrong job figure repeated in an article, with the arithmetic', () => {
    const r = compareDocuments([
      doc(1, [{ metric: 'jobs', amount: 2000 }, { metric: 'jobs', amount: 2000, period: 'by 2028' }]),
      doc(2, [{ metric: 'jobs', amount: 3000 }, { metric: 'jobs', amount: 3000, period: 'in 2028' }, { metric: 'jobs', amount: 3000, location: null }]),
    ]);
    expect(pairsOf(r.duplicates)).toEqual(['d1.c1 d1.c2', 'd2.c1 d2.c2', 'd2.c1 d2.c3', 'd2.c2 d2.c3']);
    expect(r.conflicts).toHaveLength(1);
    const [c] = r.conflicts;
    expect([c.a, c.b].map((id) => id.split('.')[0]).sort()).toEqual(['d1', 'd2']);
    expect(c.reason).toContain('3,000 jobs is 50% more than 2,000 jobs');
  });

  it('sets a town against its country, even when a town was given two countries', () => {
    const r = compareDocuments([
      doc(1, [
        { metric: 'jobs', amount: 2000, location: 'Saint-Fons, Switzerland' },
        { metric: 'jobs', amount: 2000, location: 'Saint-Fons, France' },
      ]),
      doc(2, [{ metric: 'jobs', amount: 3000, location: 'France' }]),
    ]);
    expect(ids(r.duplicates)).toEqual([['d1.c1', 'd1.c2']]);
    expect(r.conflicts).toHaveLength(1);
  });

  it('sets "about 700" against "at least 1,000"', () => {
    const r = compareDocuments([doc(1, [{ metric: 'jobs', amount: 1000, qualifier: 'at_least' }]), doc(2, [{ metric: 'jobs', amount: 700, qualifier: 'about' }])]);
    expect(r.conflicts.map((c) => [c.a, c.b])).toEqual([['d1.c1', 'd2.c1']]);
    expect(r.conflicts[0].reason).toMatch(/about 700 jobs.*at least 1,000 jobs/);
  });

  it('sets 1.5 billion euros against 1.2 billion euros', () => {
    const r = compareDocuments([doc(1, [{ metric: 'investment', amount: 1.2e9 }]), doc(2, [{ metric: 'investment', amount: 1.5e9, qualifier: 'about' }])]);
    expect(r.conflicts).toHaveLength(1);
    expect(r.conflicts[0].reason).toContain('1.5 billion EUR');
    expect(r.conflicts[0].reason).toContain('1.2 billion EUR');
  });

  it('converts before comparing figures in two currencies, and says at which rate', () => {
    const r = compareDocuments([
      doc(1, [{ metric: 'investment', amount: 2e9, currency: 'USD' }], '2025-10-14'),
      doc(2, [{ metric: 'investment', amount: 1.2e9, currency: 'EUR' }], '2025-10-14'),
    ]);
    expect(r.conflicts).toHaveLength(1);
    expect(r.conflicts[0].reason).toMatch(/1 EUR = 1\.1\d+ USD/);
  });
});

describe('neither duplicates nor conflicts', () => {
  it('two running totals with different floors', () => {
    const r = compareDocuments([
      doc(1, [{ metric: 'investment', amount: 17e9, qualifier: 'over', status: 'cumulative', location: null, period: 'since 2010' }]),
      doc(2, [{ metric: 'investment', amount: 20e9, qualifier: 'over', status: 'cumulative', location: null, period: 'since 2010' }]),
    ]);
    expect(r).toEqual({ duplicates: [], conflicts: [] });
  });

  it('a running total beside the new investment', () => {
    const r = compareDocuments([
      doc(1, [{ metric: 'investment', amount: 1.2e9 }]),
      doc(2, [{ metric: 'investment', amount: 3e9, qualifier: 'over', status: 'cumulative', location: 'Europe', period: 'since 2010' }]),
    ]);
    expect(r).toEqual({ duplicates: [], conflicts: [] });
  });

  it('an earlier pledge with the same number at the same site', () => {
    const r = compareDocuments([
      doc(1, [
        { metric: 'jobs', amount: 1000, qualifier: 'at_least' },
        { metric: 'jobs', amount: 1000, status: 'earlier', period: '2023' },
      ]),
      doc(2, [{ metric: 'jobs', amount: 700, status: 'earlier', period: 'in 2023' }]),
    ]);
    expect(r.duplicates).toEqual([]);
    expect(r.conflicts).toEqual([]);
  });

  it('a subsidiary beside its parent, while a short name still finds its company', () => {
    const r = compareDocuments([
      doc(1, [
        { metric: 'jobs', amount: 1200, qualifier: 'about', subject: 'Brannock Cloud Services', location: 'Milan, Italy' },
        { metric: 'jobs', amount: 1000, subject: 'Brannock', location: 'Milan, Italy' },
      ]),
      doc(2, [
        { metric: 'jobs', amount: 1200, subject: 'BCS', location: 'Italy' },
        { metric: 'jobs', amount: 1000, subject: 'Brannock Systems Inc.', location: 'Milan' },
      ]),
    ]);
    expect(ids(r.duplicates)).toEqual([
      ['d1.c1', 'd2.c1'],
      ['d1.c2', 'd2.c2'],
    ]);
    expect(r.conflicts).toEqual([]);
  });

  it('construction jobs beside the permanent jobs of the same plant', () => {
    const release = textDoc(1, 'Vellmar Steel will open the mill in 2029, creating between 300 and 500 permanent jobs, with up to 1,200 more during construction.', [
      { figure: '300 and 500', metric: 'jobs', amount: 300, amount_max: 500, qualifier: 'range', subject: 'Vellmar Steel' },
      { figure: '1,200', metric: 'jobs', amount: 1200, qualifier: 'up_to', subject: 'Vellmar Steel' },
    ]);
    const story = textDoc(2, 'Vellmar expects to employ up to 500 people. The build itself will keep as many as 1,200 workers busy in the construction phase.', [
      { figure: '500', metric: 'jobs', amount: 500, qualifier: 'up_to', subject: 'Vellmar' },
      { figure: '1,200', metric: 'jobs', amount: 1200, qualifier: 'up_to', subject: 'Vellmar' },
    ]);
    const r = compareDocuments([release, story]);
    expect(ids(r.duplicates)).toEqual([
      ['d1.c1', 'd2.c1'],
      ['d1.c2', 'd2.c2'],
    ]);
    expect(r.conflicts).toEqual([]);
  });

  it('a trade\'s jobs and supply-chain jobs beside the jobs of the plant', () => {
    const story = textDoc(1, 'Norcast Foods will open the plant in Wrexham, creating 220 jobs. The firm plans to take on 60 apprentices. The plant is expected to support around 150 jobs in the supply chain. Norcast later said it would create 300 jobs.', [
      { figure: '220 jobs', metric: 'jobs', amount: 220, subject: 'Norcast Foods' },
      { figure: '60 apprentices', metric: 'jobs', amount: 60, subject: 'Norcast Foods' },
      { figure: '150 jobs', metric: 'jobs', amount: 150, qualifier: 'about', subject: 'Norcast Foods' },
      { figure: '300 jobs', metric: 'jobs', amount: 300, subject: 'Norcast Foods' },
    ]);
    const r = compareDocuments([story]);
    // only the two figures for the plant's own jobs in general contradict each other
    expect(r.conflicts.map((c) => [c.a, c.b].sort())).toEqual([['d1.c1', 'd1.c4']]);
  });

  it('two towns of one country with different figures', () => {
    const r = compareDocuments([doc(1, [{ metric: 'jobs', amount: 2000, location: 'Lyon, France' }]), doc(2, [{ metric: 'jobs', amount: 3000, location: 'Lille, France' }])]);
    expect(r).toEqual({ duplicates: [], conflicts: [] });
  });

  it('figures too far apart to be one statement told wrongly', () => {
    // a market size read as an investment must not be "a conflict" with the plant
    const r = compareDocuments([doc(1, [{ metric: 'investment', amount: 1.2e9 }]), doc(2, [{ metric: 'investment', amount: 90e9, location: null }])]);
    expect(r.conflicts).toEqual([]);
  });

  it('a first phase beside the whole investment', () => {
    const whole = doc(1, [{ metric: 'investment', amount: 1.2e9 }]);
    const phase = textDoc(2, 'Orvell Cables will spend €500m in the first phase of the Ghent project.', [{ figure: '€500m', metric: 'investment', amount: 5e8 }]);
    const r = compareDocuments([whole, phase]);
    expect(r).toEqual({ duplicates: [], conflicts: [] });
  });

  it('dozens of different fresh figures for one company (a listing, not one statement)', () => {
    const docs = Array.from({ length: 60 }, (_, i) => doc(i + 1, [{ metric: 'jobs', amount: 100 + 37 * i, location: null }]));
    expect(compareDocuments(docs).conflicts).toEqual([]);
  });

  it('another site of the same company', () => {
    const r = compareDocuments([doc(1, [{ metric: 'jobs', amount: 2000 }]), doc(2, [{ metric: 'jobs', amount: 800, location: 'Porto, Portugal' }])]);
    expect(r).toEqual({ duplicates: [], conflicts: [] });
  });

  it('another company', () => {
    const r = compareDocuments([doc(1, [{ metric: 'investment', amount: 7.5e8, currency: 'GBP' }]), doc(2, [{ metric: 'investment', amount: 3e8, currency: 'GBP', subject: 'Tessaro Foods' }])]);
    expect(r).toEqual({ duplicates: [], conflicts: [] });
  });

  it('two figures given side by side in one article', () => {
    const r = compareDocuments([doc(1, [{ metric: 'jobs', amount: 2000 }, { metric: 'jobs', amount: 5000, location: null }]), doc(2, [{ metric: 'jobs', amount: 5000 }])]);
    expect(r.conflicts).toEqual([]);
  });

  it('one article that ties two different figures to the same place contradicts itself', () => {
    const r = compareDocuments([doc(1, [{ metric: 'jobs', amount: 2500 }, { metric: 'jobs', amount: 1500 }])]);
    expect(r.conflicts).toHaveLength(1);
    expect(r.conflicts[0]).toMatchObject({ a: 'd1.c1', b: 'd1.c2' });
    expect(r.conflicts[0].reason).toContain('the article says 2,500 jobs in one place and 1,500 jobs in another');
  });

  it('one article giving an addition and the resulting total does not contradict itself', () => {
    const r = compareDocuments([doc(1, [
      { metric: 'jobs', amount: 3000, sentence: 'The expansion will add 3,000 jobs at the Ghent plant.' },
      { metric: 'jobs', amount: 5000, qualifier: 'about', sentence: 'The plant is expected to employ about 5,000 people.' },
    ])]);
    expect(r.conflicts).toEqual([]);
  });

  it('different target years', () => {
    const r = compareDocuments([doc(1, [{ metric: 'jobs', amount: 2000, period: 'by 2028' }]), doc(2, [{ metric: 'jobs', amount: 3000, period: 'by 2032' }])]);
    expect(r).toEqual({ duplicates: [], conflicts: [] });
  });

  it('claims without a known company', () => {
    const r = compareDocuments([doc(1, [{ metric: 'jobs', amount: 2000, subject: null }]), doc(2, [{ metric: 'jobs', amount: 3000, subject: null }])]);
    expect(r).toEqual({ duplicates: [], conflicts: [] });
  });

  it('a place taken for a company counts as no company', () => {
    const r = compareDocuments([
      doc(1, [{ metric: 'investment', amount: 8.5e8, currency: 'USD', subject: 'Tessaro Foods', location: 'Lima, Ohio, United States' }]),
      doc(2, [
        { metric: 'investment', amount: 8.5e8, currency: 'USD', subject: 'Tessaro', location: 'Ohio' },
        { metric: 'investment', amount: 8.5e8, currency: 'USD', subject: 'Lima', location: null },
      ]),
    ]);
    expect(ids(r.duplicates)).toEqual([['d1.c1', 'd2.c1', 'd2.c2']]);
  });

  it('a claim whose company was only guessed: grouped with its article\'s company, never in a conflict', () => {
    const r = compareDocuments([
      doc(1, [{ metric: 'investment', amount: 5e8 }, { metric: 'jobs', amount: 2000 }, { metric: 'jobs', amount: 2000, subject: null }]),
      doc(2, [{ metric: 'investment', amount: 5e8 }, { metric: 'jobs', amount: 3000, subject: null }]),
    ]);
    expect(ids(r.duplicates)).toEqual([
      ['d1.c1', 'd2.c1'],
      ['d1.c2', 'd1.c3'],
    ]);
    expect(r.conflicts).toEqual([]);
  });
});
