// The background's lookup handler with fakes: only switched-on sources whose hosts are granted
// reach the engine, the engine's requests pass a permission guard, outcomes are cached per page.
import { describe, expect, it, vi } from 'vitest';
import { memoryCache } from '../../utils/lookup/cache';
import type { LookupDeps, LookupRequest } from '../../utils/lookup/index';
import type { LookupOutcome } from '../../utils/lookup/schema';
import { createLookupHandler, type LookupHandlerDeps } from '../../utils/extension/lookup-handler';
import { ALL_OFF, type SourceSwitches } from '../../utils/extension/lookup-settings';
import type { LookupPage } from '../../utils/extension/messages';
import { REPORT } from './report-fixture';

const RELEASE = 'https://news.norvale.example/releases/lyon';
const page: LookupPage = {
  url: 'https://news.example/story', title: 'Story', lang: 'en', published: '2025-03-10',
  report: { ...REPORT, press_releases: [{ url: RELEASE, subject: 'Norvale', how: 'link' }] },
};
const OUTCOME: LookupOutcome = {
  releases: [{ url: RELEASE, title: 'Norvale in Lyon', source: 'article-links', subject: 'Norvale', score: 0.9, checks: [
    { claimId: 'd1.c1', verdict: 'matches', summary: 'matches the press release (€1.2bn)' },
  ] }],
  problems: [],
  asked: ['article-links'],
};

function setup(over: { switches?: Partial<SourceSwitches>; granted?: string[]; lookUp?: LookupHandlerDeps['lookUp'] } = {}) {
  const granted = new Set(over.granted ?? []);
  const fetch = vi.fn(async (_input: RequestInfo | URL, _init?: RequestInit) => new Response('ok'));
  const lookUp = vi.fn(over.lookUp ?? (async () => OUTCOME));
  const handler = createLookupHandler({
    fetch: fetch as unknown as typeof globalThis.fetch,
    hasOrigins: async (patterns) => patterns.every((p) => granted.has(p)),
    readSwitches: async () => ({ ...ALL_OFF, ...over.switches }),
    readBaseUrls: async () => ({}),
    cache: memoryCache(),
    lookUp,
  });
  return { handler, fetch, lookUp };
}

describe('lookup plan', () => {
  it('lists the switched-on sources and the hosts still to grant: fixed ones and the article\'s links', async () => {
    const { handler } = setup({ switches: { 'article-links': true, edgar: true }, granted: ['https://efts.sec.gov/*'] });
    const plan = await handler.plan(page);
    expect(plan.on).toEqual(['article-links', 'edgar']);
    expect(plan.missing).toEqual(['https://news.norvale.example/*', 'https://www.sec.gov/*']);
  });

  it('needs nothing when every source is off (the default)', async () => {
    expect(await setup().handler.plan(page)).toEqual({ on: [], missing: [] });
  });
});

describe('lookUp', () => {
  it('does not call the engine at all while every source is off', async () => {
    const { handler, lookUp, fetch } = setup();
    const answer = await handler.lookUp(page);
    expect(answer).toEqual({ ok: true, outcome: { releases: [], problems: [], asked: [] }, cached: false });
    expect(lookUp).not.toHaveBeenCalled();
    expect(fetch).not.toHaveBeenCalled();
  });

  it('gives the engine only switched-on sources whose fixed hosts are granted', async () => {
    const { handler, lookUp } = setup({
      switches: { 'article-links': true, edgar: true, wikidata: true },
      granted: ['https://www.wikidata.org/*', 'https://query.wikidata.org/*'],
    });
    await handler.lookUp(page);
    const deps = lookUp.mock.calls[0]![1] as LookupDeps;
    expect([...deps.enabled].sort()).toEqual(['article-links', 'wikidata']);
    expect((lookUp.mock.calls[0]![0] as LookupRequest).text).toBe('');
  });

  it('lets the engine reach granted hosts only', async () => {
    const { handler, lookUp, fetch } = setup({ switches: { 'article-links': true }, granted: ['https://news.norvale.example/*'] });
    let refused: unknown;
    lookUp.mockImplementation(async (_req, deps) => {
      await deps.fetch(RELEASE);
      refused = await deps.fetch('https://tracker.example/pixel').catch((error: unknown) => error);
      return OUTCOME;
    });
    await handler.lookUp(page);
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(fetch.mock.calls[0]![0]).toBe(RELEASE);
    expect(String(refused)).toMatch(/no permission to contact https:\/\/tracker\.example/);
  });

  it('words a refused host as a refusal, not as a network failure', async () => {
    const { handler } = setup({
      switches: { newsroom: true },
      lookUp: async (_req, deps) => {
        await deps.fetch('https://www.norvale.example/news').catch(() => undefined);
        return { releases: [], asked: ['newsroom'], problems: [
          { source: 'newsroom', kind: 'offline', detail: "The company's newsroom could not be reached (no connection?).", url: 'https://www.norvale.example/news' },
        ] };
      },
    });
    const answer = await handler.lookUp(page);
    expect(answer.ok && answer.outcome.problems).toEqual([
      { source: 'newsroom', kind: 'refused', detail: 'www.norvale.example was not asked: the browser has not granted Claimcheck access to it.', url: 'https://www.norvale.example/news' },
    ]);
  });

  it('answers the same page from the cache, and shares one run between two clicks', async () => {
    const { handler, lookUp } = setup({ switches: { 'article-links': true } });
    const [a, b] = await Promise.all([handler.lookUp(page), handler.lookUp(page)]);
    expect(a).toEqual({ ok: true, outcome: OUTCOME, cached: false });
    expect(b).toEqual(a);
    expect(await handler.lookUp(page)).toEqual({ ok: true, outcome: OUTCOME, cached: true });
    expect(lookUp).toHaveBeenCalledTimes(1);
    // A popup opened again gets the earlier outcome with its plan.
    expect((await handler.plan(page)).cached).toEqual(OUTCOME);
    await handler.lookUp({ ...page, url: 'https://news.example/other' });
    expect(lookUp).toHaveBeenCalledTimes(2);
  });

  it('turns an engine failure or a malformed outcome into an answer, never a throw', async () => {
    const broken = setup({ switches: { 'article-links': true }, lookUp: async () => ({ releases: 'nope' }) as unknown as LookupOutcome });
    const answer = await broken.handler.lookUp(page);
    expect(answer.ok).toBe(false);
    const failing = setup({ switches: { 'article-links': true }, lookUp: async () => Promise.reject(new Error('boom')) });
    expect(await failing.handler.lookUp(page)).toEqual({ ok: false, error: 'boom' });
  });
});
