// The whole lookup against the local source server playing every source with fixture replies:
// which sources are asked, what is found, how it is ranked and checked, and how failures read.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import * as z from 'zod';
import type { Company } from '../../utils/core/press/directory';
import { LOOKUP_SOURCES, LookupOutcomeSchema, lookUpPressReleases, memoryCache, type LookupOutcome } from '../../utils/lookup';
import { createSourceLimiters } from '../../utils/lookup/limits';
import { routeUrl, unrouteUrl } from '../../utils/lookup/context';
import { BRENHOLT_ARTICLE_LINK, BRENHOLT_NEWSROOM_RELEASE, BRENHOLT_NEWSWIRE_RELEASE, CALLOWAY_EXHIBIT, VALDORIA_RELEASE } from '../fixtures/sources/routes';
import { startSourceServer, type SourceServer } from '../fixtures/sources/server';
import { BRENHOLT_ARTICLE, CALLOWAY_ARTICLE, VALDORIA_ARTICLE, depsFor, requestFor } from './helpers';

let server: SourceServer;
beforeAll(async () => {
  server = await startSourceServer();
});
afterAll(() => server.close());
beforeEach(() => server.reset());

const brenholt = requestFor(BRENHOLT_ARTICLE);
/** A directory that knows Brenholt (the shipped one holds real companies only). */
const inDirectory = (name: string): Company | null =>
  /^Brenholt/.test(name) ? { id: 'brenholt', name: 'Brenholt Robotics N.V.', country: 'NL', site: 'https://www.brenholtrobotics.example' } : null;
const calloway = requestFor(CALLOWAY_ARTICLE);

function verdicts(outcome: LookupOutcome, url: string) {
  const release = outcome.releases.find((r) => r.url === url);
  return Object.fromEntries((release?.checks ?? []).map((check) => [check.claimId, check.verdict]));
}

describe('lookUpPressReleases, every source on', () => {
  let outcome: LookupOutcome;
  let paths: string[];
  beforeAll(async () => {
    outcome = await lookUpPressReleases(brenholt, depsFor(server));
    paths = server.requests.map((r) => r.path);
  });

  it('returns an outcome the popup can parse with the shared schema', () => {
    expect(z.safeParse(LookupOutcomeSchema, outcome).success).toBe(true);
    expect(outcome.problems).toEqual([]);
    expect(outcome.asked).toEqual(['article-links', 'newsroom', 'newswire', 'wikidata']);
  });

  it('finds the release through the article link, the newsroom feed (site from Wikidata) and the newswire, and lists it once', () => {
    // the same headline came three ways: the article's own link stands for all of them
    expect(outcome.releases.map((r) => r.url)).toEqual([BRENHOLT_ARTICLE_LINK]);
    expect(outcome.releases[0]).toMatchObject({ source: 'article-links', subject: 'Brenholt Robotics', date: '2025-03-10', fetched: true });
    expect(outcome.releases[0]!.title).toBe('Brenholt Robotics to Build Its First Battery Cell Plant, Near Lyon');
    expect(paths).toContain('/newsroom/www.brenholtrobotics.example/newsroom/feed.atom');
    expect(paths).toContain('/newswire/RssFeed/keyword/Brenholt Robotics');
    // the newswire's copy of the newsroom's headline is not even fetched
    expect(paths.filter((path) => path.startsWith('/newswire/news-release/'))).toEqual([]);
  });

  it('checks the article claim by claim: the figures it shares, the one the release lacks', async () => {
    const found = verdicts(outcome, BRENHOLT_ARTICLE_LINK);
    expect(found).toMatchObject({ 'd1.c1': 'matches', 'd1.c2': 'matches', 'd1.c4': 'matches', 'd1.c5': 'matches', 'd1.c6': 'absent' });
    // the article's 2,500 jobs: never a match of the release's 1,500 (see the next test for 'differs')
    expect(found['d1.c3']).not.toBe('matches');
    for (const [sources, url] of [
      [['wikidata', 'newsroom'], BRENHOLT_NEWSROOM_RELEASE],
      [['newswire'], BRENHOLT_NEWSWIRE_RELEASE],
    ] as const) {
      const alone = await lookUpPressReleases(brenholt, depsFor(server, sources));
      expect(alone.releases.map((r) => r.url)).toEqual([url]);
      expect(verdicts(alone, url)).toEqual(found);
    }
    const checks = outcome.releases[0]!.checks;
    expect(checks.find((c) => c.claimId === 'd1.c2')).toMatchObject({
      summary: 'matches the press release (€1.2bn)',
      releaseQuote: 'AMSTERDAM--(BUSINESS WIRE)--Brenholt Robotics N.V., the Dutch maker of warehouse robots, today announced that it will invest €1.2 billion in a battery cell plant near Lyon, France.',
    });
    expect(checks.find((c) => c.claimId === 'd1.c6')!.summary).toBe('not in the press release');
  });

  it('a figure the article contradicts itself on (2,500 vs 1,500 jobs) differs from the release that says 1,500', async () => {
    // the engine reports the article's own conflict once, between its two mentions; the
    // release sides with one of them, so the other differs from the release
    const conflicts = [...brenholt.report.conflicts.filter((c) => c.a !== 'd1.c3' && c.b !== 'd1.c3'), { a: 'd1.c3', b: 'd1.c5', reason: 'the article says 2,500 jobs and 1,500 jobs' }];
    const request = { ...brenholt, report: { ...brenholt.report, conflicts } };
    const checked = await lookUpPressReleases(request, depsFor(server, ['article-links']));
    expect(checked.releases[0]!.checks.find((c) => c.claimId === 'd1.c3')).toEqual({
      claimId: 'd1.c3',
      verdict: 'differs',
      summary: 'press release says 1,500 jobs, article says 2,500 jobs',
      releaseQuote: 'The plant will create 1,500 jobs by 2028.',
    });
  });

  it('leaves out what the sources list that is not this story (an old release, a supplier’s)', () => {
    const titles = outcome.releases.map((r) => r.title).join(' | ');
    expect(titles).not.toMatch(/Poznań|Kessler|full year|Harbourline/);
    expect(server.requests.some((r) => r.path.includes('poznan'))).toBe(false);
  });

  it('reads EDGAR for a US filer: the 8-K exhibit 99.1, headline from its text, the jobs figure that differs', async () => {
    server.reset();
    const us = await lookUpPressReleases(calloway, depsFor(server, ['edgar']));
    expect(us.problems).toEqual([]);
    expect(us.releases.map((r) => r.url)).toEqual([CALLOWAY_EXHIBIT]);
    expect(us.releases[0]).toMatchObject({ title: 'Calloway Semiconductor to Invest $2.4 Billion in Ohio Packaging Plant', source: 'edgar', date: '2025-06-10' });
    expect(us.releases[0]!.checks.map((c) => c.summary)).toEqual(['matches the press release ($2.4bn)', 'matches the press release ($2.4bn)', 'press release says 1,100 jobs, article says 1,300 jobs']);
    const search = server.requestsFor('edgar')[0]!;
    expect(search.query.get('forms')).toBe('8-K');
    expect(search.query.get('q')).toBe('"Calloway Semiconductor" "2.4 billion"');
    expect([search.query.get('startdt'), search.query.get('enddt')]).toEqual(['2025-05-12', '2025-06-14']);
    expect(search.headers['user-agent']).toBe('Claimcheck tests test@example.com');
  });
});

describe('a French article', () => {
  it('finds the communiqué through Wikidata and the RSS feed of the group site, and compares the French figures', async () => {
    const outcome = await lookUpPressReleases(requestFor(VALDORIA_ARTICLE), depsFor(server, ['wikidata', 'newsroom']));
    expect(outcome.problems).toEqual([]);
    expect(outcome.releases).toMatchObject([{ url: VALDORIA_RELEASE, date: '2026-02-03', subject: 'Valdoria', title: "Valdoria investit 1,2 milliard d'euros dans une usine près de Toulouse" }]);
    expect(outcome.releases[0]!.checks.map((c) => c.summary)).toEqual([
      'matches the press release (€1.2bn)',
      'matches the press release (€1.2bn)',
      'press release says 2,500 jobs, article says 3,000 jobs',
    ]);
    expect(server.requestsFor('wikidata')[0]!.query.get('language')).toBe('fr');
    // the group's other news (revenue, two weeks earlier) is not even fetched
    expect(server.requests.some((r) => r.path.includes('chiffre-affaires'))).toBe(false);
  });
});

describe('without the article text (the popup sends only the report)', () => {
  it('gives the same verdicts from the claims and their sentences', async () => {
    const withText = await lookUpPressReleases(brenholt, depsFor(server, ['article-links']));
    const withoutText = await lookUpPressReleases({ ...brenholt, text: '' }, depsFor(server, ['article-links']));
    expect(Object.keys(verdicts(withoutText, BRENHOLT_ARTICLE_LINK))).toHaveLength(6);
    expect(verdicts(withoutText, BRENHOLT_ARTICLE_LINK)).toEqual(verdicts(withText, BRENHOLT_ARTICLE_LINK));
  });
});

describe('which sources are contacted', () => {
  it('none when every source is off: not a single request', async () => {
    const outcome = await lookUpPressReleases(brenholt, depsFor(server, []));
    expect(outcome).toEqual({ releases: [], problems: [], asked: [] });
    expect(server.requests).toEqual([]);
  });

  it.each(LOOKUP_SOURCES.map((source) => [source]))('only %s when it alone is on', async (source) => {
    // without Wikidata, the newsroom is known only for directory companies: play one
    await lookUpPressReleases(source === 'edgar' ? calloway : brenholt, depsFor(server, [source], source === 'newsroom' ? { lookupCompany: inDirectory } : {}));
    expect(server.requests.length).toBeGreaterThan(0);
    expect(new Set(server.requests.map((r) => r.source))).toEqual(new Set([source]));
  });

  it('reads the newsroom of a directory company without asking Wikidata', async () => {
    const outcome = await lookUpPressReleases(brenholt, depsFor(server, ['newsroom', 'wikidata'], { lookupCompany: inDirectory }));
    expect(server.requestsFor('wikidata')).toEqual([]);
    expect(outcome.releases.map((r) => r.url)).toEqual([BRENHOLT_NEWSROOM_RELEASE]);
    expect(outcome.releases[0]!.checks).toHaveLength(6);
  });

  it('does not search EDGAR for a company Wikidata lists outside the US', async () => {
    await lookUpPressReleases(brenholt, depsFor(server, ['wikidata', 'edgar']));
    expect(server.requestsFor('wikidata').length).toBe(2);
    expect(server.requestsFor('edgar')).toEqual([]);
  });
});

describe('failures', () => {
  it('a broken newswire and a silent Wikidata become problems; the article link still gives the release', async () => {
    server.use({ path: '/newswire/RssFeed/keyword/Brenholt Robotics', reply: { body: '<html><body>Checking your browser…</body></html>', type: 'text/html' } });
    server.use({ path: '/wikidata/w/api.php', reply: { status: 503, body: 'busy' } });
    const outcome = await lookUpPressReleases(brenholt, depsFor(server));
    expect(outcome.problems.map((p) => [p.source, p.kind])).toEqual([
      ['wikidata', 'http-error'],
      ['newswire', 'malformed'],
    ]);
    expect(outcome.problems[1]!.detail).toBe('The newswire sent a reply that could not be read (not an RSS feed).');
    expect(outcome.releases.map((r) => r.url)).toEqual([BRENHOLT_ARTICLE_LINK]);
    expect(server.requestsFor('wikidata')).toHaveLength(1); // asked once, never again
  });

  it('a release page that is too large or too slow is listed unread, with the problem', async () => {
    server.use({ path: /^\/article-links\//, reply: { body: 'z'.repeat(50_000), type: 'text/html' } });
    const big = await lookUpPressReleases(brenholt, depsFor(server, ['article-links'], { maxBytes: 20_000 }));
    expect(big.problems.map((p) => p.kind)).toEqual(['too-large']);
    expect(big.releases).toMatchObject([{ url: BRENHOLT_ARTICLE_LINK, fetched: false, checks: [] }]);
    server.reset();
    server.use({ path: /^\/article-links\//, reply: { body: 'late', delayMs: 1000 } });
    const slow = await lookUpPressReleases(brenholt, depsFor(server, ['article-links'], { timeoutMs: 200 }));
    expect(slow.problems.map((p) => p.kind)).toEqual(['timeout']);
  });

  it('searches EDGAR once more by name alone when name and figure find nothing, but not after a failure', async () => {
    server.use({ path: '/edgar/LATEST/search-index', reply: { body: JSON.stringify({ hits: { hits: [] } }), type: 'application/json' } });
    await lookUpPressReleases(calloway, depsFor(server, ['edgar']));
    expect(server.requestsFor('edgar').map((r) => r.query.get('q'))).toEqual(['"Calloway Semiconductor" "2.4 billion"', '"Calloway Semiconductor"']);
    server.reset();
    server.use({ path: '/edgar/LATEST/search-index', reply: { status: 500, body: 'oops' } });
    const failed = await lookUpPressReleases(calloway, depsFor(server, ['edgar']));
    expect(server.requestsFor('edgar')).toHaveLength(1);
    expect(failed.problems).toHaveLength(1);
  });

  it('a page with no text (a consent wall, a script-only page) is reported, not compared', async () => {
    server.use({ path: /^\/article-links\//, reply: { body: '<html><body><script>render()</script><p>Accept cookies</p></body></html>', type: 'text/html' } });
    const outcome = await lookUpPressReleases(brenholt, depsFor(server, ['article-links']));
    expect(outcome.problems.map((p) => p.detail)).toEqual(['The press release linked from the article sent a reply that could not be read (no release text on the page).']);
    expect(outcome.releases).toMatchObject([{ url: BRENHOLT_ARTICLE_LINK, fetched: false, checks: [] }]);
  });

  it('a link to a PDF is not read as a page', async () => {
    server.use({ path: /^\/article-links\//, reply: { body: '%PDF-1.7 binary', type: 'application/pdf' } });
    const outcome = await lookUpPressReleases(brenholt, depsFor(server, ['article-links']));
    expect(outcome.problems.map((p) => p.detail)).toEqual(['The press release linked from the article sent a reply that could not be read (not a web page but application/pdf).']);
    expect(outcome.releases).toMatchObject([{ url: BRENHOLT_ARTICLE_LINK, fetched: false }]);
  });

  it('an EDGAR reply of another shape is malformed, not an exception', async () => {
    server.use({ path: '/edgar/LATEST/search-index', reply: { body: '{"hits": {"total": 3}}', type: 'application/json' } });
    const outcome = await lookUpPressReleases(calloway, depsFor(server, ['edgar']));
    expect(outcome.problems).toMatchObject([{ source: 'edgar', kind: 'malformed', detail: 'SEC EDGAR sent a reply that could not be read (unexpected search reply).' }]);
    expect(outcome.releases).toEqual([]);
  });
});

describe('politeness across lookups', () => {
  it('several pages at once still send EDGAR no more than 10 requests a second, Wikidata no more than 2 at once', async () => {
    let inFlight = 0;
    let most = 0;
    server.use({
      path: '/wikidata/w/api.php',
      reply: () => {
        inFlight++;
        most = Math.max(most, inFlight);
        setTimeout(() => inFlight--, 60);
        return { body: '{"search": []}', type: 'application/json', delayMs: 60 };
      },
    });
    const limiters = createSourceLimiters();
    // when each EDGAR request leaves this process (the server's arrival times jitter under load)
    const edgarStarts: number[] = [];
    const timedFetch: typeof fetch = (input, init) => {
      if (String(input).includes('/edgar/')) edgarStarts.push(performance.now());
      return fetch(input, init);
    };
    // different figures make different EDGAR queries, so the cache cannot answer them
    const pages = [0, 1, 2, 3, 4, 5, 6].map((i) => ({ ...calloway, published: `2025-06-1${i}` }));
    await Promise.all(pages.map((page) => lookUpPressReleases(page, depsFor(server, ['edgar', 'wikidata'], { limiters, cache: memoryCache(), fetch: timedFetch }))));
    expect(most).toBeLessThanOrEqual(2);
    expect(server.requestsFor('wikidata')).toHaveLength(7);
    expect(server.requestsFor('edgar')).toHaveLength(14); // a search and an exhibit per page
    expect(edgarStarts).toHaveLength(14);
    const perSecond = edgarStarts.map((at) => edgarStarts.filter((other) => other >= at && other < at + 1000).length);
    expect(Math.max(...perSecond)).toBeLessThanOrEqual(10);
    expect(edgarStarts.slice(1).every((at, i) => at - edgarStarts[i]! >= 100)).toBe(true);
  });
});

describe('routing to test servers', () => {
  const ctx = { baseUrls: { edgar: 'http://127.0.0.1:9/edgar', newsroom: 'http://127.0.0.1:9/newsroom' } };
  it('keeps the path of fixed-host sources and the host of the others', () => {
    expect(routeUrl(ctx, 'edgar', 'https://efts.sec.gov/LATEST/search-index?q=a')).toBe('http://127.0.0.1:9/edgar/LATEST/search-index?q=a');
    expect(routeUrl(ctx, 'newsroom', 'https://news.example.com/feed?x=1')).toBe('http://127.0.0.1:9/newsroom/news.example.com/feed?x=1');
    expect(routeUrl(ctx, 'wikidata', 'https://www.wikidata.org/w/api.php')).toBe('https://www.wikidata.org/w/api.php');
    expect(unrouteUrl(ctx, 'newsroom', 'http://127.0.0.1:9/newsroom/news.example.com/feed', '')).toBe('https://news.example.com/feed');
  });
});
