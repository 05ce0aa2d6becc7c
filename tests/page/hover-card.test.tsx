// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { HoverCard } from '../../components/HoverCard';
import { placeCard } from '../../components/hover-card/place';
import type { Claim, Report } from '../../utils/core/report';
import { translatorFrom } from '../../utils/extension/i18n';

const messages = (lang: string) => JSON.parse(readFileSync(join(__dirname, '..', '..', 'public', '_locales', lang, 'messages.json'), 'utf8'));
const en = { t: translatorFrom(messages('en')), locale: 'en' };
const fr = { t: translatorFrom(messages('fr')), locale: 'fr' };

const base: Claim = {
  id: 'd1.c1', metric: 'investment', subject: 'Quillon Motors', amount: 1.2e9, amount_max: null, currency: 'EUR',
  qualifier: 'over', location: 'Valence', period: 'by 2028', status: 'new', alt: { amount: 1.3e9, currency: 'USD' },
  start: 0, end: 10, sentence: 'Quillon Motors will invest over €1.2bn ($1.3bn) in Valence by 2028.', reasons: [],
};
const jobs: Claim = { ...base, id: 'd1.c2', metric: 'jobs', amount: 2500, currency: null, qualifier: 'exact', alt: null, period: null, sentence: 'It will hire 2,500 people there.' };
const other: Claim = { ...jobs, id: 'd1.c3', amount: 1500, sentence: 'A statement later said the plant would create 1,500 jobs.' };
const restated: Claim = { ...base, id: 'd1.c4' };
const report: Report = {
  version: 1,
  documents: [{ id: 'd1', source: 'x', lang: 'en', claims: [base, jobs, other, restated], entities: [] }],
  duplicates: [['d1.c1', 'd1.c4', 'd1.c9']],
  conflicts: [
    { a: 'd1.c2', b: 'd1.c3', reason: '2,500 jobs vs 1,500 jobs' },
    { a: 'd1.c1', b: 'd1.c1', reason: '€1.2bn is about $1.25bn, not $1.3bn' },
  ],
  press_releases: [{ url: 'https://quillon.example/press/valence', subject: 'Quillon Motors', how: 'verified' }],
};
const anchor = { top: 100, left: 50, bottom: 120, right: 150 };

function show(claim: Claim, wording = en) {
  const host = document.createElement('div');
  document.body.append(host);
  act(() => render(<HoverCard claim={claim} report={report} wording={wording} anchor={anchor} mode="hover" scheme={null} onClose={() => undefined} />, host));
  const card = host.querySelector<HTMLElement>('[data-testid="hover-card"]')!;
  const field = (name: string) => card.querySelector(`[data-field="${name}"] dd`)?.textContent;
  return { card, field, checks: card.querySelector('[data-testid="card-checks"]')!.textContent ?? '' };
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('HoverCard', () => {
  it('shows the claim as understood, field by field', () => {
    const { card, field } = show(base);
    expect(card.getAttribute('role')).toBe('tooltip');
    expect(card.getAttribute('aria-labelledby')).toBe(card.querySelector('h2')!.id);
    expect(field('subject')).toBe('Quillon Motors');
    expect(field('metric')).toBe('investment');
    expect(field('amount')).toBe('€1.2 billion');
    expect(field('qualifier')).toBe('more than');
    expect(field('location')).toBe('Valence');
    expect(field('period')).toBe('by 2028');
    expect(field('status')).toBe(en.t('status_new'));
    expect(field('alt')).toBe('$1.3 billion');
  });

  it('lists repeats, a bad conversion and the press release', () => {
    const { checks } = show(base);
    expect(checks).toContain('Stated 3 times in this article');
    expect(checks).toContain('Conversion does not add up: €1.2bn is about $1.25bn, not $1.3bn');
    expect(checks).toContain('Confirmed by the press release');
  });

  it('quotes the statement a claim conflicts with, and why', () => {
    const { checks, field } = show(jobs);
    expect(checks).toContain('Conflicts with:');
    expect(checks).toContain('A statement later said the plant would create 1,500 jobs.');
    expect(checks).toContain('Why: 2,500 jobs vs 1,500 jobs');
    expect(field('alt')).toBe('not stated');
  });

  it('speaks French from the French messages', () => {
    const { field, checks } = show(base, fr);
    expect(field('amount')?.replace(/\s/g, ' ')).toBe('1,2 milliard €');
    expect(checks).toContain('Annoncé 3 fois dans cet article');
  });
});

describe('placeCard', () => {
  const viewport = { width: 1000, height: 800 };
  const overlaps = (p: { top: number; left: number }, size: { width: number; height: number }, box: typeof anchor) =>
    p.left < box.right && p.left + size.width > box.left && p.top < box.bottom && p.top + Math.min(size.height, 1e9) > box.top;

  it.each([
    ['near the top', { top: 40, left: 30, bottom: 60, right: 120 }, 'below'],
    ['near the bottom', { top: 700, left: 900, bottom: 720, right: 990 }, 'above'],
    ['in the middle', { top: 390, left: 400, bottom: 410, right: 480 }, 'below'],
  ] as const)('puts the card beside a figure %s without covering it', (_where, box, side) => {
    const size = { width: 320, height: 260 };
    const placed = placeCard(box, size, viewport);
    expect(placed.side).toBe(side);
    expect(overlaps(placed, { ...size, height: Math.min(size.height, placed.maxHeight) }, box)).toBe(false);
    expect(placed.left).toBeGreaterThanOrEqual(8);
    expect(placed.left + size.width).toBeLessThanOrEqual(viewport.width - 8);
  });

  it('limits a tall card to the room on the larger side', () => {
    const placed = placeCard({ top: 300, left: 10, bottom: 320, right: 60 }, { width: 300, height: 2000 }, viewport);
    expect(placed.side).toBe('below');
    expect(placed.top).toBe(328);
    expect(placed.maxHeight).toBe(800 - 320 - 16);
  });
});
