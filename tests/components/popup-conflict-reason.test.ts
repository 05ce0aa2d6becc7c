// Conflict reasons in the reader's language: French sentences built from the claims and the
// engine's own arithmetic (real engine output here), English left as the engine wrote it.
import { describe, expect, it } from 'vitest';
import { otherArticleReason, pageConflictReason, type PageConflict } from '../../components/shared/conflict-reason';
import { figureFromText, quotedRate, rateBasis, twoSides } from '../../components/shared/engine-reason';
import { claimChecks } from '../../components/hover-card/checks';
import { analyze } from '../../utils/core/index';
import type { InputDocument, Report } from '../../utils/core/report';
import { wordingFor } from '../extension/wording';

const en = wordingFor('en');
const fr = wordingFor('fr');
const NBSP = /[\u00a0\u202f]/g;
const plain = (s: string) => s.replace(NBSP, ' ');

function pageConflicts(docs: InputDocument[]): PageConflict[] {
  const report: Report = analyze(docs);
  const claims = new Map(report.documents.flatMap((d) => d.claims).map((c) => [c.id, c]));
  return report.conflicts.map(({ a, b, reason }) => ({ a: claims.get(a)!, b: a === b ? null : claims.get(b)!, reason }));
}

const conversion = pageConflicts([{ source: 'a', lang: 'en', published: '2025-03-04',
  text: 'Brenholt Robotics said on Tuesday it would invest €1.2 billion ($1.3 billion) in a battery plant near Lyon. '
    + 'Brenholt Robotics also plans to invest €300 million ($900 million) in a research centre in Eindhoven.' }]);
const acrossCurrencies = pageConflicts([
  { source: 'a', lang: 'en', published: '2025-03-04', text: 'Norvale will invest €500 million in Portugal, it said.' },
  { source: 'b', lang: 'en', published: '2025-03-05', text: 'Norvale will invest $900 million in Portugal, it said.' },
]);
const qualified = pageConflicts([
  { source: 'a', lang: 'en', published: '2026-11-23', text: 'Kestrel Freight will create more than 3,000 jobs in Portugal, it said.' },
  { source: 'b', lang: 'en', published: '2026-11-25', text: 'Kestrel Freight will create 2,000 jobs in Portugal, it said.' },
]);

describe('reading the engine reason back', () => {
  it('finds the rate, its basis and both sides of a cross-document reason', () => {
    expect(conversion).toHaveLength(1);
    expect(quotedRate(conversion[0].reason)).toEqual({ from: 'EUR', to: 'USD', value: expect.closeTo(1.08, 1) });
    expect(rateBasis(conversion[0].reason)).toEqual({ kind: 'monthly', month: '2025-03' });
    const sides = twoSides(qualified[0].reason)!;
    expect(sides.first).toMatchObject({ metric: 'jobs', amount: 3000, qualifier: 'over' });
    expect(sides.second).toMatchObject({ metric: 'jobs', amount: 2000, qualifier: 'exact' });
  });

  it('reads the figure wordings back, and nothing else', () => {
    expect(figureFromText('between 1.5 billion and 2 billion EUR')).toEqual({ metric: 'investment', amount: 1.5e9, amount_max: 2e9, currency: 'EUR', qualifier: 'range' });
    expect(figureFromText('up to 700 jobs')).toMatchObject({ amount: 700, qualifier: 'up_to', currency: null });
    expect(figureFromText('a lot of jobs')).toBeNull();
    expect(twoSides('Both cannot be true.')).toBeNull();
  });
});

describe('a conflict of this page', () => {
  it('stays the engine sentence in English', () => {
    expect(pageConflictReason(conversion[0], en)).toBe(conversion[0].reason);
  });

  it('says a conversion that does not add up in French, with French numbers and the same arithmetic', () => {
    const text = plain(pageConflictReason(conversion[0], fr));
    expect(text).toMatch(/^Au taux de 1 EUR = 1,0\d+ USD \(moyenne mensuelle de la BCE, mars 2025\), 300 millions € font environ 32\d millions \$US, et non 900 millions \$US/);
    expect(text).toContain('au-delà des 3 % admis');
    expect(text).not.toMatch(/\b(is about|beyond|allowed)\b/);
  });

  it('converts across currencies at the rate the engine used, in French', () => {
    const text = plain(pageConflictReason(acrossCurrencies[0], fr));
    expect(text).toContain("L'article donne 500 millions € à un endroit et 900 millions $US à un autre.");
    // 900 million USD at 1.081 USD per EUR is about 833 million EUR: 67 % more than 500 million.
    expect(text).toMatch(/900 millions \$US font environ 83\d millions €, soit un écart de 6\d % avec 500 millions €/);
    expect(text).toMatch(/Les deux ne peuvent pas être vrais\.$/);
  });

  it('gives the gap between two exact figures', () => {
    const [c] = qualified;
    const exact = { ...c, a: { ...c.a, qualifier: 'exact' as const } };
    expect(plain(pageConflictReason(exact, fr))).toContain('3 000 emplois, c\'est 50 % de plus que 2 000 emplois.');
  });

  it('falls back to the English sentence when the rate cannot be read back', () => {
    const [c] = acrossCurrencies;
    const unreadable = { ...c, reason: 'Norvale: the figures differ.' };
    expect(pageConflictReason(unreadable, fr)).toBe('Norvale: the figures differ.');
    expect(pageConflictReason({ ...conversion[0], reason: 'odd' }, fr)).toBe('odd');
  });
});

describe('a conflict with another article', () => {
  // As the memory's matcher calls the documents: "new" for this page, "a1" for the stored one.
  const reason = qualified[0].reason.replace(/\bd1 says/, 'a1 says').replace(/\bd2 says/, 'new says');

  it('names the outlet instead of the engine ids in English', () => {
    const text = otherArticleReason(reason, 'Harbour Ledger', en);
    expect(text).toContain('Harbour Ledger says more than 3,000 jobs, this article says 2,000 jobs');
    expect(text).not.toMatch(/\b(a1|new) says/);
  });

  it('says in French which figure is whose and what the qualifier allows', () => {
    const text = plain(otherArticleReason(reason, 'Harbour Ledger', fr));
    expect(text).toContain('Cet article donne 2 000 emplois ; Harbour Ledger donnait plus de 3 000 emplois.');
    expect(text).toContain('« plus de 3 000 emplois » veut dire 3 000 ou plus.');
    expect(text).not.toMatch(/\b(says|means|allows)\b/);
  });

  it('keeps an unreadable reason as it is', () => {
    expect(otherArticleReason('Both cannot be true.', 'Harbour Ledger', fr)).toBe('Both cannot be true.');
  });
});

describe('the hover card', () => {
  const report = analyze([{ source: 'a', lang: 'en', published: '2025-03-04',
    text: 'Brenholt Robotics said on Tuesday it would invest €1.2 billion ($1.3 billion) in a battery plant near Lyon. '
      + 'Brenholt Robotics also plans to invest €300 million ($900 million) in a research centre in Eindhoven.' }]);
  const claim = report.documents[0].claims.find((c) => c.id === report.conflicts[0]?.a)!;

  it('gives a French reader the conversion check in French, an English reader the engine sentence', () => {
    const french = plain(claimChecks(claim, report, fr).find((c) => c.kind === 'conversion')!.text);
    expect(french).toContain('et non 900 millions $US');
    expect(french).not.toMatch(/\bis about\b/);
    const english = claimChecks(claim, report, en).find((c) => c.kind === 'conversion')!.text;
    expect(english).toContain(report.conflicts[0].reason);
  });
});

