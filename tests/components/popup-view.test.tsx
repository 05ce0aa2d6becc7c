// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { act } from 'preact/test-utils';
import { PopupView } from '../../components/popup/PopupView';
import type { PopupData } from '../../utils/extension/popup-controller';
import type { Outcome } from '../../utils/extension/tab-summary';
import { REPORT, summaryOf } from '../extension/report-fixture';
import { all, mount, one } from './render';

function data(outcome: Outcome, over: Partial<PopupData> = {}): PopupData {
  return { tabId: 3, host: 'www.lemonde.fr', automatic: true, always: false, disabled: false, restriction: null, outcome, notice: null, ...over };
}

function view(d: PopupData, lang: 'en' | 'fr' = 'en') {
  const actions = { onShow: vi.fn(), onSiteEnabled: vi.fn(), onAlwaysRun: vi.fn(), onOpenOptions: vi.fn() };
  const root = mount(<PopupView data={d} {...actions} />, lang);
  return { root, ...actions };
}

const OK = data({ state: 'ok', summary: summaryOf(REPORT) });

describe('the page summary', () => {
  it('counts the claims and gives each claim exactly one entry', () => {
    const { root } = view(OK);
    expect(one(root, 'claim-count')?.textContent).toBe('5 claims on this page');
    const ids = all(root, 'claim').map((el) => el.dataset.claimId);
    expect(ids.sort()).toEqual(['d1.c1', 'd1.c2', 'd1.c3', 'd1.c4', 'd1.c5']);
  });

  it('lists conflicts first, each with both quotes and the reason', () => {
    const { root } = view(OK);
    const [conflict] = all(root, 'conflict');
    expect(all(root, 'conflict')).toHaveLength(1);
    expect(conflict.textContent).toContain('2,500 jobs against 1,500 jobs for the same plant');
    expect(conflict.textContent).toContain('The plant will employ 2,500 people by 2028');
    expect(conflict.textContent).toContain('it would create 1,500 jobs');
    const duplicate = one(root, 'duplicate-group')!;
    expect(conflict.compareDocumentPosition(duplicate) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('shows a conversion that does not add up as a conflict of one claim, with the conversion', () => {
    const claims = REPORT.documents[0].claims.map((c) => (c.id === 'd1.c5' ? { ...c, alt: { amount: 500e6, currency: 'USD' } } : c));
    const report = { ...REPORT, documents: [{ ...REPORT.documents[0], claims }], conflicts: [{ a: 'd1.c5', b: 'd1.c5', reason: '€300 million is not $500 million' }] };
    const { root } = view(data({ state: 'ok', summary: summaryOf(report) }));
    const [conflict] = all(root, 'conflict');
    expect(conflict.textContent).toContain('Conversion does not add up:');
    expect(conflict.textContent).toContain('($500 million)');
    expect(conflict.querySelectorAll('[data-testid="claim"]')).toHaveLength(1);
  });

  it('emphasises the figure inside each quote', () => {
    const { root } = view(OK);
    const figures = [...root.querySelectorAll('mark.figure')].map((m) => m.textContent);
    expect(figures).toEqual(expect.arrayContaining(['2,500 people', '1,500 jobs', '€1.2 billion', '€300 million']));
  });

  it('groups duplicates with their count, and says when a figure was announced earlier', () => {
    const { root } = view(OK);
    const groups = all(root, 'duplicate-group');
    expect(groups.map((g) => g.dataset.count)).toEqual(['2']);
    expect(groups[0].textContent).toContain('€1.2 billion');
    expect(groups[0].textContent).toContain('×2');
    const earlier = all(root, 'claim').find((el) => el.dataset.claimId === 'd1.c5')!;
    expect(earlier.textContent).toContain('announced earlier');
  });

  it('lists each entity once with its type, and a quiet line for missing press releases', () => {
    const { root } = view(OK);
    expect(all(root, 'entity').map((e) => [e.dataset.type, e.firstChild?.textContent])).toEqual([
      ['org', 'Norvale'], ['person', 'Maren Tolsma'], ['place', 'Lyon'],
    ]);
    expect(all(root, 'press-release')).toHaveLength(0);
    expect(root.textContent).toContain('The article links to no press release.');
  });

  it('links each press release when there are some', () => {
    const report = { ...REPORT, press_releases: [{ url: 'https://www.businesswire.com/news/1', subject: 'Norvale', how: 'link' as const }] };
    const { root } = view(data({ state: 'ok', summary: summaryOf(report) }));
    const [link] = all(root, 'press-release');
    expect(link.getAttribute('href')).toBe('https://www.businesswire.com/news/1');
    expect(link.textContent).toBe('Norvale: www.businesswire.com');
  });

  it('never links an address that is not http(s)', () => {
    const press_releases = [
      { url: 'javascript:alert(1)', subject: 'Norvale', how: 'link' as const },
      { url: 'not a url', subject: null, how: 'link' as const },
    ];
    const { root } = view(data({ state: 'ok', summary: summaryOf({ ...REPORT, press_releases }) }));
    expect(all(root, 'press-release')).toHaveLength(0);
  });

  it('speaks French with French number formats', () => {
    const { root } = view(OK, 'fr');
    expect(one(root, 'claim-count')?.textContent).toBe('5 affirmations chiffrées sur cette page');
    expect(root.textContent).toContain('Contradictions (1)');
    expect(root.textContent?.replace(/[\u00a0\u202f]/g, ' ')).toContain('2 500 emplois');
  });
});

describe('states', () => {
  const cases: [Outcome, Partial<PopupData>, RegExp][] = [
    [{ state: 'loading' }, {}, /Reading the page/],
    [{ state: 'no-article', summary: summaryOf(null, 'no-article') }, {}, /No article found/],
    [{ state: 'no-claims', summary: summaryOf({ ...REPORT, documents: [], duplicates: [], conflicts: [] }, 'no-claims') }, {}, /No investment or hiring figures/],
    [{ state: 'disabled' }, { disabled: true }, /switched off on www\.lemonde\.fr/],
    [{ state: 'restricted', reason: 'browser-page' }, { host: null, restriction: 'browser-page' }, /do not let extensions read this page/],
    [{ state: 'restricted', reason: 'file' }, { host: null, restriction: 'file' }, /Access to file URLs/],
    [{ state: 'error', reason: 'Frame was removed.' }, {}, /could not read this page: Frame was removed\./],
    [{ state: 'error', reason: 'no-access' }, { automatic: false }, /click its button/],
  ];
  it.each(cases)('%o says what happened', (outcome, over, sentence) => {
    const { root } = view(data(outcome, over));
    const state = one(root, 'state')!;
    expect(state.dataset.state).toBe(outcome.state);
    expect(state.textContent).toMatch(sentence);
    expect(all(root, 'claim')).toHaveLength(0);
  });

  it('counts zero claims on a page without any', () => {
    const empty = { ...REPORT, documents: [{ ...REPORT.documents[0], claims: [] }], duplicates: [], conflicts: [] };
    const { root } = view(data({ state: 'no-claims', summary: summaryOf(empty, 'no-claims') }));
    expect(one(root, 'claim-count')?.textContent).toContain('0');
  });

  it('has no site switch on restricted pages', () => {
    const { root } = view(data({ state: 'restricted', reason: 'browser-page' }, { host: null, restriction: 'browser-page' }));
    expect(one(root, 'site-switch')).toBeNull();
  });
});

describe('keyboard and actions', () => {
  it('Enter on a claim sends show-claim once; a click does too', () => {
    const { root, onShow } = view(OK);
    const target = all(root, 'claim').find((el) => el.dataset.claimId === 'd1.c4')!;
    target.focus();
    act(() => void target.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true })));
    expect(onShow).toHaveBeenCalledTimes(1);
    expect(onShow).toHaveBeenLastCalledWith('d1.c4');
    act(() => target.click());
    expect(onShow).toHaveBeenCalledTimes(2);
  });

  it('the site switch is a labelled switch that reports the new value', () => {
    const { root, onSiteEnabled } = view(OK);
    const sw = one(root, 'site-switch')!;
    expect(sw.getAttribute('role')).toBe('switch');
    expect(sw.getAttribute('aria-checked')).toBe('true');
    expect(sw.textContent).toContain('www.lemonde.fr');
    act(() => sw.click());
    expect(onSiteEnabled).toHaveBeenCalledWith(false);
  });

  it('offers "always run" only outside the automatic list', () => {
    expect(one(view(OK).root, 'always-run')).toBeNull();
    const { root, onAlwaysRun } = view(data(OK.outcome, { automatic: false, host: 'blog.example.org' }));
    const always = one(root, 'always-run')!;
    expect(always.getAttribute('aria-checked')).toBe('false');
    act(() => always.click());
    expect(onAlwaysRun).toHaveBeenCalledWith(true);
  });
});
