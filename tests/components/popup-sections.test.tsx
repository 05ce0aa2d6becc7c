// @vitest-environment happy-dom
// The popup as a reader goes through it: what disagrees first (this page, then the reader's other
// articles), the press-release check, repeats, the other claims, names; long quotes kept short
// around their figure; reasons in the reader's language.
import { describe, expect, it, vi } from 'vitest';
import { act } from 'preact/test-utils';
import { PopupView } from '../../components/popup/PopupView';
import { excerptAround } from '../../components/shared/excerpt';
import type { MemorySource } from '../../utils/extension/memory-popup';
import type { MemoryReply } from '../../utils/extension/messages';
import type { PopupData } from '../../utils/extension/popup-controller';
import { CLAIMS, REPORT, claim, summaryOf } from '../extension/report-fixture';
import { all, mount, one } from './render';

const ledger = { url: 'https://harbour-ledger.example/norvale', title: 'Norvale plant to employ 4,000', outlet: 'Harbour Ledger', published: '2026-11-23', analysedAt: 1 };
const quay = { url: 'https://quay.example/n', title: 'Quay', outlet: 'Quay Times', published: '2026-11-24', analysedAt: 2 };

// As the background answers the popup: stored ids ("c2" is this page's second claim).
const REPLY: MemoryReply = {
  evicted: 0,
  claims: [
    { claimId: 'c2', figure: '2,500 people', sentence: CLAIMS[1].sentence, alsoReported: [],
      conflicts: [{ article: ledger, figure: '4,000', quote: 'Norvale said the plant would employ 4,000 people.',
        reason: 'Norvale, jobs: new says 2,500 jobs, a1 says 4,000 jobs; 4,000 jobs is 60% more than 2,500 jobs. Both cannot be true.' }] },
    { claimId: 'c1', figure: '€1.2 billion', sentence: CLAIMS[0].sentence, conflicts: [], alsoReported: [{ article: quay, figure: '€1.2bn' }] },
  ],
};

function memory(reply: MemoryReply | null): MemorySource {
  return { get: vi.fn(async () => reply), dismissNotice: vi.fn(async () => undefined), openHistory: vi.fn(), onSaved: vi.fn(() => () => undefined) };
}

function data(report = REPORT): PopupData {
  return { tabId: 3, host: 'www.lemonde.fr', automatic: true, always: false, disabled: false, restriction: null, outcome: { state: 'ok', summary: summaryOf(report) }, notice: null };
}

async function popup(lang: 'en' | 'fr' = 'en', reply: MemoryReply | null = REPLY, report = REPORT) {
  const onShow = vi.fn();
  const root = mount(<PopupView data={data(report)} onShow={onShow} onSiteEnabled={vi.fn()} onAlwaysRun={vi.fn()} onOpenOptions={vi.fn()} memorySource={memory(reply)} />, lang);
  await act(async () => new Promise((done) => setTimeout(done, 0)));
  return { root, onShow };
}

describe('the popup sections', () => {
  it('come in the reader\'s order, the switches and links last', async () => {
    const { root } = await popup();
    const headings = [...root.querySelectorAll('h2')].map((h) => h.id);
    expect(headings).toEqual(['conflicts-heading', 'memory-conflicts-heading', 'press-heading', 'duplicates-heading', 'memory-repeats-heading', 'claims-heading', 'entities-heading']);
    const switchAt = one(root, 'site-switch')!;
    for (const h of root.querySelectorAll('h2')) expect(h.compareDocumentPosition(switchAt) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('give every list heading its count', async () => {
    const { root } = await popup();
    expect([...root.querySelectorAll('h2')].map((h) => h.textContent)).toEqual([
      'Conflicts (1)', 'Conflicts with your other reading (1)', 'Press releases', 'Stated more than once (1)',
      'Also in your other reading (1)', 'Other claims (1)', 'Who and where (3)',
    ]);
  });

  it('let a conflict with another article show this page\'s claim, like the page\'s own conflicts', async () => {
    const { root, onShow } = await popup();
    const [conflict] = all(root, 'memory-conflict');
    expect(conflict.dataset.claimId).toBe('d1.c2');
    expect(conflict.textContent).toContain('Harbour Ledger says 4,000 jobs');
    expect(conflict.textContent).not.toMatch(/\b(new|a1) says/);
    const button = conflict.querySelector<HTMLElement>('[data-testid="claim-ref"]')!;
    act(() => button.click());
    expect(onShow).toHaveBeenCalledWith('d1.c2');
    // Every claim still has exactly one "claim" entry.
    expect(all(root, 'claim').map((el) => el.dataset.claimId).sort()).toEqual(['d1.c1', 'd1.c2', 'd1.c3', 'd1.c4', 'd1.c5']);
  });

  it('flag, further down, a claim that another article contradicts', async () => {
    const entry = { ...REPLY.claims[0], claimId: 'c5', figure: '€300 million', sentence: CLAIMS[4].sentence };
    const { root } = await popup('en', { evicted: 0, claims: [entry] });
    const flagged = all(root, 'claim').filter((el) => el.querySelector('.flag'));
    expect(flagged.map((el) => el.dataset.claimId)).toEqual(['d1.c5']);
    expect(flagged[0].textContent).toContain('contradicted in your other reading');
  });

  it('name each short mention of a repeated statement in full for screen readers', async () => {
    const { root } = await popup();
    const mention = one(root, 'duplicate-group')!.querySelector<HTMLElement>('.claim.compact')!;
    expect(mention.textContent).toBe('mention 2');
    expect(mention.getAttribute('aria-label')).toBe('Norvale · more than €1.2 billion: mention 2');
  });

  it('say so when nothing contradicts, and show no memory headings without memory', async () => {
    const report = { ...REPORT, conflicts: [] };
    const { root } = await popup('en', null, report);
    expect(one(root, 'no-conflicts')?.textContent).toBe('No figures on this page contradict each other.');
    expect(root.querySelector('#memory-conflicts-heading')).toBeNull();
    expect(one(root, 'open-history')).not.toBeNull();
  });
});

describe('in French', () => {
  it('gives the reasons in French, page and other reading alike', async () => {
    const alt = claim({ id: 'd1.c9', amount: 300e6, currency: 'EUR', alt: { amount: 900e6, currency: 'USD' }, start: 10, end: 22,
      sentence: 'It also plans €300 million ($900 million) for research.' });
    const report = {
      ...REPORT,
      documents: [{ ...REPORT.documents[0], claims: [...CLAIMS, alt] }],
      conflicts: [{ a: 'd1.c9', b: 'd1.c9', reason: '300 million EUR at 1 EUR = 1.081 USD (ECB monthly average 2025-03) is about 324 million USD, not 900 million USD: 178% more, beyond the 3% allowed for the rate and the rounding of both figures.' }],
    };
    const { root } = await popup('fr', REPLY, report);
    const text = (el: HTMLElement) => (el.textContent ?? '').replace(/[\u00a0\u202f]/g, ' ');
    expect(text(one(root, 'conflict')!)).toContain('Au taux de 1 EUR = 1,081 USD (moyenne mensuelle de la BCE, mars 2025), 300 millions € font environ 324 millions $US, et non 900 millions $US');
    const memoryConflict = text(one(root, 'memory-conflict')!);
    expect(memoryConflict).toContain('Cet article donne 2 500 emplois ; Harbour Ledger donnait 4 000 emplois.');
    expect(memoryConflict).toContain('4 000 emplois, c\'est 60 % de plus que 2 500 emplois.');
    expect(root.querySelector('#memory-conflicts-heading')?.textContent).toBe('Contredit vos autres lectures (1)');
  });
});

describe('long quotes', () => {
  const sentence = 'In a long statement that went through the history of the company, its founders, its first factory in the north and '
    + 'its plans for the decade, Norvale said it would create 1,800 jobs at the new site near Lyon by the end of 2028, '
    + 'a figure the regional council welcomed in a statement of its own later in the afternoon.';
  const from = sentence.indexOf('1,800 jobs');

  it('are cut around the figure at word boundaries', () => {
    const cut = excerptAround(sentence, from, from + '1,800 jobs'.length);
    const shown = cut.before + cut.figure + cut.after;
    expect(cut.cut).toBe(true);
    expect(shown.length).toBeLessThanOrEqual(205);
    expect(shown).toMatch(/^….*1,800 jobs at the new site near Lyon.*…$/);
    expect(cut.before).toMatch(/^…\S/); // starts on a whole word
    expect(cut.after).toMatch(/\S…$/);
  });

  it('keep the whole sentence as the tooltip and for screen readers', async () => {
    const long = claim({ id: 'd1.c7', metric: 'jobs', amount: 1800, start: from, end: from + 10, sentence });
    const report = { ...REPORT, documents: [{ ...REPORT.documents[0], claims: [...CLAIMS, long] }] };
    const { root } = await popup('en', null, report);
    const button = all(root, 'claim').find((el) => el.dataset.claimId === 'd1.c7')!;
    const quote = button.querySelector('q')!;
    expect(quote.getAttribute('title')).toBe(sentence);
    expect(quote.querySelector('.sr-only')?.textContent).toBe(sentence);
    expect(quote.querySelector('[aria-hidden="true"]')?.textContent?.length).toBeLessThan(sentence.length);
    expect(quote.querySelector('mark')?.textContent).toBe('1,800 jobs');
  });

  it('stay whole when short', () => {
    const short = 'Norvale will hire 300 people.';
    expect(excerptAround(short, 18, 21)).toEqual({ before: 'Norvale will hire ', figure: '300', after: ' people.', cut: false });
  });
});
