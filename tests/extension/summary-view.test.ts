import { describe, expect, it } from 'vitest';
import { figureInSentence, summaryView } from '../../utils/extension/summary-view';
import { claim, CLAIMS, REPORT } from './report-fixture';

describe('summaryView', () => {
  const view = summaryView(REPORT);

  it('pairs each conflict with both claims and keeps the reason', () => {
    expect(view.conflicts).toHaveLength(1);
    expect(view.conflicts[0].a.id).toBe('d1.c2');
    expect(view.conflicts[0].b?.id).toBe('d1.c4');
    expect(view.conflicts[0].reason).toContain('2,500');
  });

  it('groups duplicates and leaves only ungrouped claims as "others"', () => {
    expect(view.duplicates.map((g) => g.map((c) => c.id))).toEqual([['d1.c1', 'd1.c3']]);
    expect(view.others.map((c) => c.id)).toEqual(['d1.c5']);
  });

  it('gives every claim exactly one home, conflicts before duplicates', () => {
    expect([...view.home.keys()].sort()).toEqual(CLAIMS.map((c) => c.id).sort());
    const report = { ...REPORT, duplicates: [['d1.c2', 'd1.c1']] };
    const both = summaryView(report);
    expect(both.home.get('d1.c2')).toBe('conflict:0:a');
    expect(both.home.get('d1.c1')).toBe('duplicate:0');
  });

  it('shows a self-contradicting claim once, and skips conflicts naming unknown claims', () => {
    const report = { ...REPORT, conflicts: [{ a: 'd1.c5', b: 'd1.c5', reason: 'x' }, { a: 'nope', b: 'd1.c1', reason: 'y' }] };
    const v = summaryView(report);
    expect(v.conflicts).toHaveLength(1);
    expect(v.conflicts[0].b).toBeNull();
  });

  it('counts a short name with the one full name it belongs to, and leaves an ambiguous one alone', () => {
    const entity = (text: string, type: 'org' | 'person' | 'place') => ({ text, type, start: 0, end: text.length });
    const doc = {
      ...REPORT.documents[0],
      entities: [
        entity('Brenholt Robotics', 'org'), entity('Brenholt', 'org'), entity('Brenholt', 'org'),
        entity('Maren Tolsma', 'person'), entity('Tolsma', 'person'),
        entity('Acme', 'org'), entity('Acme Steel', 'org'), entity('Acme Foods', 'org'),
        entity('Lyon', 'place'), entity('Lyon Saint-Exupéry', 'place'),
      ],
    };
    const entities = summaryView({ ...REPORT, documents: [doc] }).entities;
    expect(entities).toEqual(expect.arrayContaining([
      { text: 'Brenholt Robotics', type: 'org', count: 3 },
      { text: 'Maren Tolsma', type: 'person', count: 2 },
      { text: 'Acme', type: 'org', count: 1 },
      { text: 'Lyon', type: 'place', count: 1 },
    ]));
    expect(entities.map((e) => e.text)).not.toContain('Brenholt');
    expect(entities.map((e) => e.text)).not.toContain('Tolsma');
  });

  it('lists each entity once with its count, organisations first', () => {
    expect(view.entities).toEqual([
      { text: 'Norvale', type: 'org', count: 2 },
      { text: 'Maren Tolsma', type: 'person', count: 1 },
      { text: 'Lyon', type: 'place', count: 1 },
    ]);
  });
});

describe('figureInSentence', () => {
  it('finds the figure by its length and digits', () => {
    const c = CLAIMS[0];
    const [from, to] = figureInSentence(c)!;
    expect(c.sentence.slice(from, to)).toBe('€1.2 billion');
  });

  it('picks the figure, not the conversion of the same length beside it', () => {
    const c = claim({ id: 'x', amount: 1.2e9, start: 0, end: 6, sentence: 'It will invest $1.3bn (€1.2bn) in Lyon.' });
    const [from, to] = figureInSentence(c)!;
    expect(c.sentence.slice(from, to)).toBe('€1.2bn');
  });

  it('does not cut a figure out of a longer number, and gives up when nothing fits', () => {
    const c = claim({ id: 'x', amount: 500, start: 0, end: 3, sentence: 'Some 1500 staff.' });
    expect(figureInSentence(c)).toBeNull();
  });
});
