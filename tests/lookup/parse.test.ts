// The formats the sources answer in, read from the fixture replies: RSS 2.0 (GlobeNewswire),
// Atom (a newsroom), HTML pages (feed discovery, release text), EDGAR and Wikidata JSON.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fragmentText, isoDay, parseFeed } from '../../utils/lookup/feeds';
import { looksLikeFeed, readPage } from '../../utils/lookup/pages';
import { EdgarReplySchema, edgarCandidates, filerName } from '../../utils/lookup/sources/edgar';
import { EntitiesReplySchema, SearchReplySchema, identityFrom } from '../../utils/lookup/sources/wikidata';

const fixture = (path: string) => readFileSync(join(__dirname, '..', 'fixtures', 'sources', path), 'utf8');

describe('feeds', () => {
  it('reads a GlobeNewswire RSS 2.0 feed: links, dates, issuer, text of CDATA descriptions', () => {
    const feed = parseFeed(fixture('newswire/keyword-brenholt.rss'))!;
    expect(feed.kind).toBe('rss');
    expect(feed.items).toHaveLength(3);
    const [first] = feed.items;
    expect(first!.title).toBe('Brenholt Robotics to build its first battery cell plant, near Lyon');
    expect(first!.link).toMatch(/^https:\/\/www\.globenewswire\.com\/news-release\/2025\/03\/10\//);
    expect(first!.date).toBe('2025-03-10');
    expect(first!.author).toBe('Brenholt Robotics N.V.');
    expect(first!.summary).toContain('€1.2 billion');
    expect(first!.summary).not.toContain('<p>');
  });

  it('reads an Atom feed and resolves relative entry links against the feed address', () => {
    const feed = parseFeed(fixture('newsroom/feed.atom'), 'https://www.brenholtrobotics.example/newsroom/feed.atom')!;
    expect(feed.kind).toBe('atom');
    expect(feed.title).toBe('Brenholt Robotics newsroom');
    expect(feed.items.map((item) => item.link)).toEqual([
      'https://www.brenholtrobotics.example/newsroom/2025/lyon-battery-plant',
      'https://www.brenholtrobotics.example/newsroom/2025/full-year-2024',
      'https://www.brenholtrobotics.example/newsroom/2024/poznan-service-hub',
    ]);
    expect(feed.items.map((item) => item.date)).toEqual(['2025-03-10', '2025-02-20', '2024-11-05']);
    expect(feed.items[0]!.summary).toBe('Brenholt Robotics will invest €1.2 billion in a battery cell plant near Lyon, France.');
  });

  it('says null for what is not a feed, and keeps going on truncated XML', () => {
    expect(parseFeed('<html><body><p>Not a feed</p></body></html>')).toBeNull();
    expect(parseFeed('{"items": []}')).toBeNull();
    const truncated = parseFeed('<rss><channel><item><title>One</title><link>https://a.example/1</link></item><item><title>Two');
    expect(truncated?.items.map((item) => item.title)).toEqual(['One']);
  });

  it('turns the date forms feeds use into days', () => {
    expect(isoDay('Tue, 15 Sep 2026 08:02 GMT')).toBe('2026-09-15');
    expect(isoDay('2025-03-10T07:00:00+01:00')).toBe('2025-03-10');
    expect(isoDay('sometime soon')).toBeUndefined();
    expect(fragmentText('&lt;b&gt;x&lt;/b&gt; &amp; y')).toBe('<b>x</b> & y');
  });
});

describe('pages', () => {
  it('finds the feeds a home page announces, and nothing else as a feed', () => {
    const page = readPage(fixture('newsroom/home.html'), 'https://www.brenholtrobotics.example/');
    expect(page.feeds).toEqual(['https://www.brenholtrobotics.example/newsroom/feed.atom']);
  });

  it('reads a release: headline, date, paragraphs; scripts, styles, navigation and footer left out', () => {
    const page = readPage(fixture('newsroom/lyon-battery-plant.html'));
    expect(page.title).toBe('Brenholt Robotics to build its first battery cell plant, near Lyon');
    expect(page.date).toBe('2025-03-10');
    expect(page.lang).toBe('en');
    expect(page.text).toContain('will invest €1.2 billion in a battery cell plant near Lyon, France.');
    expect(page.text).toContain('The plant will create 1,500 jobs by 2028.');
    expect(page.text).not.toMatch(/9,999|document\.title|max-width|Privacy/);
    // paragraphs stay apart so sentences do not run into each other
    expect(page.text.split('\n').length).toBeGreaterThan(4);
  });

  it('keeps a headline block inside the story, drops the site header outside it', () => {
    const page = readPage(
      '<header><a>Site menu with 9,999 jobs</a></header><article><header><h1>Release headline</h1><p>Dated today</p></header><p>Body text.</p></article><footer>Legal</footer>',
    );
    expect(page.title).toBe('Release headline');
    expect(page.text).toBe('Release headline\nDated today\nBody text.');
  });

  it('tells a feed from a page by its content type or its first element', () => {
    expect(looksLikeFeed(fixture('newsroom/feed.atom'), 'text/html')).toBe(true);
    expect(looksLikeFeed('<html></html>', 'application/rss+xml')).toBe(true);
    expect(looksLikeFeed(fixture('newsroom/home.html'), 'text/html')).toBe(false);
  });
});

describe('EDGAR full-text search JSON', () => {
  const reply = EdgarReplySchema.parse(JSON.parse(fixture('edgar/search-calloway.json')));

  it('keeps the exhibits 99 (press releases), linked at their Archives address', () => {
    const candidates = edgarCandidates(reply, 'Calloway Semiconductor');
    expect(candidates.map((c) => c.url)).toEqual([
      'https://www.sec.gov/Archives/edgar/data/1870123/000187012325000014/clw-ex991_20250610.htm',
      'https://www.sec.gov/Archives/edgar/data/1555000/000155500025000031/rdg-ex991.htm',
    ]);
    expect(candidates[0]!.date).toBe('2025-06-10');
    expect(candidates[0]!.title).toContain('Calloway Semiconductor Inc.');
  });

  it('reads filer names without ticker and CIK', () => {
    expect(filerName('Calloway Semiconductor Inc.  (CLWY)  (CIK 0001870123)')).toBe('Calloway Semiconductor Inc.');
    expect(filerName('SOME TRUST  (CIK 0000000001)')).toBe('SOME TRUST');
  });

  it('rejects replies of another shape', () => {
    expect(EdgarReplySchema.safeParse({ hits: [] }).success).toBe(false);
    expect(EdgarReplySchema.safeParse({ hits: { hits: [{ _source: {} }] } }).success).toBe(false);
  });
});

describe('Wikidata JSON', () => {
  it('reads search hits and the official website and tickers of an item', () => {
    const search = SearchReplySchema.parse(JSON.parse(fixture('wikidata/search-brenholt.json')));
    expect(search.search.map((hit) => hit.id)).toEqual(['Q987654321', 'Q987650000']);
    const entities = EntitiesReplySchema.parse(JSON.parse(fixture('wikidata/entity-brenholt.json')));
    expect(identityFrom(entities, 'Q987654321', 'x')).toEqual({
      id: 'Q987654321',
      label: 'Brenholt Robotics',
      website: 'https://www.brenholtrobotics.example/',
      tickers: ['Q190777:BRNH'],
      usListed: false,
    });
  });

  it('knows a Nasdaq listing, prefers preferred statements and skips deprecated ones', () => {
    const statement = (value: unknown, rank = 'normal', qualifiers?: unknown) => ({ mainsnak: { snaktype: 'value', datavalue: { value } }, rank, qualifiers });
    const entities = EntitiesReplySchema.parse({
      entities: {
        Q1: {
          claims: {
            P856: [statement('https://old.example/', 'deprecated'), statement('https://second.example/'), statement('https://first.example/', 'preferred')],
            P414: [statement({ id: 'Q82059' }, 'normal', { P249: [{ datavalue: { value: 'ABCD' } }] })],
          },
        },
      },
    });
    expect(identityFrom(entities, 'Q1', 'Abcd')).toMatchObject({ website: 'https://first.example/', tickers: ['NASDAQ:ABCD'], usListed: true, label: 'Abcd' });
    expect(identityFrom(EntitiesReplySchema.parse({ entities: { Q2: { id: 'Q2', missing: '' } } }), 'Q2', 'x')).toBeNull();
  });
});
