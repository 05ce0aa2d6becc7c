// @vitest-environment happy-dom
// The popup's lookup (controller and view) and the options page's switches, with fakes: the
// permission request comes first in the click, a refusal stops everything, results are text.
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { LookupPanel } from '../../components/popup/LookupPanel';
import { LookupResults } from '../../components/popup/LookupResults';
import { LookupSources } from '../../components/options/LookupSources';
import { createLookupController, type LookupControllerDeps } from '../../utils/extension/lookup-controller';
import { createLookupOptions, type LookupOptionsDeps } from '../../utils/extension/lookup-options';
import { ALL_OFF, type SourceSwitches } from '../../utils/extension/lookup-settings';
import type { PageSummary } from '../../utils/extension/messages';
import type { LookupOutcome } from '../../utils/lookup/schema';
import { all, mount, one } from '../components/render';
import { REPORT } from './report-fixture';

const SUMMARY: PageSummary = { url: 'https://news.example/story', title: 'Story', state: 'ok', report: REPORT };
const OUTCOME: LookupOutcome = {
  releases: [{
    url: 'https://news.norvale.example/lyon', title: 'Norvale <img src=x onerror=alert(1)> in Lyon', date: '2025-03-10',
    source: 'article-links', subject: 'Norvale', score: 0.9, checks: [
      { claimId: 'd1.c1', verdict: 'matches', summary: 'matches the press release (€1.2bn)' },
      { claimId: 'd1.c2', verdict: 'differs', summary: 'press release says 1,500 jobs, article says 2,500' },
      { claimId: 'd1.c5', verdict: 'absent', summary: 'not in the press release' },
    ],
  }, {
    url: 'javascript:alert(1)', title: 'Not a web address', source: 'newswire', subject: null, score: 0.2, checks: [],
  }],
  problems: [{ source: 'edgar', kind: 'timeout', detail: 'EDGAR did not answer within 8 seconds.' }],
  asked: ['article-links', 'edgar', 'newswire'],
};

const flush = () => act(async () => new Promise((done) => setTimeout(done, 0)));

function popupDeps(plan: { on: string[]; missing: string[]; cached?: LookupOutcome }, granted = true) {
  const calls: string[] = [];
  const deps: LookupControllerDeps = {
    send: vi.fn(async (message: unknown) => {
      const type = (message as { type: string }).type;
      calls.push(type);
      return type === 'popup:lookup-plan' ? plan : { ok: true, outcome: OUTCOME, cached: false };
    }),
    requestOrigins: vi.fn(async () => {
      calls.push('request');
      return granted;
    }),
    sendToTab: vi.fn(async () => undefined),
    noteHosts: vi.fn(async () => undefined),
  };
  return { deps, calls };
}

describe('popup lookup', () => {
  it('links to the settings while every source is off', async () => {
    const { deps } = popupDeps({ on: [], missing: [] });
    const root = mount(<LookupPanel summary={SUMMARY} tabId={7} controller={createLookupController(deps)} />);
    await flush();
    expect(one(root, 'lookup-settings')?.textContent).toBe('Turn on press-release lookups in the settings');
    expect(one(root, 'lookup-button')).toBeNull();
  });

  it('requests missing hosts inside the click, before any message, then shows the results and tells the page', async () => {
    const { deps, calls } = popupDeps({ on: ['article-links'], missing: ['https://news.norvale.example/*'] });
    const root = mount(<LookupPanel summary={SUMMARY} tabId={7} controller={createLookupController(deps)} />);
    await flush();
    calls.length = 0;
    act(() => one(root, 'lookup-button')!.click());
    // Synchronously, before any await: the browser only accepts the request inside the gesture.
    expect(calls).toEqual(['request']);
    expect(deps.requestOrigins).toHaveBeenCalledWith(['https://news.norvale.example/*']);
    expect(deps.noteHosts).toHaveBeenCalledWith(['https://news.norvale.example/*']);
    await flush();
    expect(calls).toEqual(['request', 'popup:lookup-press']);
    expect(all(root, 'lookup-release')).toHaveLength(2);
    expect(all(root, 'release-check').map((el) => el.dataset.verdict)).toEqual(['matches', 'differs', 'absent']);
    expect(one(root, 'lookup-problem')?.textContent).toBe('SEC EDGAR (US filers): EDGAR did not answer within 8 seconds.');
    expect(deps.sendToTab).toHaveBeenCalledWith(7, expect.objectContaining({ type: 'popup:lookup-verdicts', url: SUMMARY.url }));
  });

  it('shows an earlier outcome of this session as soon as it opens, without looking up again', async () => {
    const { deps, calls } = popupDeps({ on: ['article-links'], missing: [], cached: OUTCOME });
    const root = mount(<LookupPanel summary={SUMMARY} tabId={7} controller={createLookupController(deps)} />);
    await flush();
    expect(calls).toEqual(['popup:lookup-plan']);
    expect(one(root, 'lookup')?.dataset.phase).toBe('done');
    expect(one(root, 'lookup-status')?.textContent).toBe('Results from earlier in this session.');
    expect(all(root, 'release-check')).toHaveLength(3);
    expect(deps.sendToTab).toHaveBeenCalledTimes(1);
  });

  it('sends nothing when the reader refuses the hosts', async () => {
    const { deps, calls } = popupDeps({ on: ['article-links'], missing: ['https://news.norvale.example/*'] }, false);
    const root = mount(<LookupPanel summary={SUMMARY} tabId={7} controller={createLookupController(deps)} />);
    await flush();
    act(() => one(root, 'lookup-button')!.click());
    await flush();
    expect(calls).toEqual(['popup:lookup-plan', 'request']);
    expect(one(root, 'lookup')?.dataset.phase).toBe('refused');
    expect(all(root, 'lookup-release')).toEqual([]);
  });

  it('renders fetched titles as text and links only web addresses', () => {
    const root = mount(<LookupResults outcome={OUTCOME} report={REPORT} />, 'fr');
    const [first, second] = all(root, 'lookup-release');
    expect(first!.querySelector('img')).toBeNull();
    expect(first!.textContent).toContain('<img src=x onerror=alert(1)>');
    expect(first!.querySelector('a')?.getAttribute('href')).toBe('https://news.norvale.example/lyon');
    expect(second!.querySelector('a')).toBeNull();
    const differs = root.querySelector('[data-verdict="differs"]')!;
    expect(differs.textContent).toContain('Diffère');
    expect(differs.textContent).toContain('1,500');
  });
});

describe('options switches', () => {
  function optionsDeps(grant: boolean) {
    let switches: SourceSwitches = { ...ALL_OFF };
    const granted = new Set<string>();
    const calls: string[] = [];
    const deps: LookupOptionsDeps = {
      requestOrigins: vi.fn(async (origins: string[]) => {
        calls.push('request');
        if (grant) origins.forEach((o) => granted.add(o));
        return grant;
      }),
      removeOrigins: vi.fn(async (origins: string[]) => {
        origins.forEach((o) => granted.delete(o));
        return true;
      }),
      hasOrigins: async (origins) => origins.every((o) => granted.has(o)),
      readSwitches: async () => switches,
      setSwitch: vi.fn(async (source, on) => {
        calls.push(`set ${source} ${on}`);
        switches = { ...switches, [source]: on };
        return switches;
      }),
      readBaseUrls: async () => ({}),
      watch: () => () => undefined,
    };
    return { deps, calls };
  }

  it('shows one switch per source, all off, each with what it sends where', async () => {
    const { deps } = optionsDeps(true);
    const root = mount(<LookupSources options={createLookupOptions(deps)} />);
    await flush();
    const switches = all(root, 'lookup-source-switch');
    expect(switches.map((s) => s.getAttribute('aria-checked'))).toEqual(['false', 'false', 'false', 'false', 'false']);
    expect(root.querySelector('[data-source="edgar"]')?.textContent).toContain('The company name and the figures go to efts.sec.gov');
  });

  it('turning EDGAR on requests its hosts first; off gives them back', async () => {
    const { deps, calls } = optionsDeps(true);
    const options = createLookupOptions(deps);
    await options.start();
    const done = options.toggle('edgar', true);
    expect(calls).toEqual(['request']);
    expect(deps.requestOrigins).toHaveBeenCalledWith(['https://efts.sec.gov/*', 'https://www.sec.gov/*']);
    await done;
    expect(options.store.get().switches.edgar).toBe(true);
    await options.toggle('edgar', false);
    expect(options.store.get().switches.edgar).toBe(false);
    expect(deps.removeOrigins).toHaveBeenCalledWith(['https://efts.sec.gov/*', 'https://www.sec.gov/*']);
  });

  it('a refused request leaves the source off', async () => {
    const { deps, calls } = optionsDeps(false);
    const options = createLookupOptions(deps);
    await options.start();
    await options.toggle('wikidata', true);
    expect(calls).toEqual(['request']);
    expect(options.store.get().switches.wikidata).toBe(false);
    expect(options.store.get().refused).toBe('wikidata');
  });
});
