// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extractArticle, findArticle } from '../../utils/page/article';
import { findPublished, toIsoDay } from '../../utils/page/article-meta';

const fixture = (name: string) => readFileSync(join(__dirname, '..', 'fixtures', 'pages', name), 'utf8');

function load(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

describe('extractArticle on a cluttered page', () => {
  const html = fixture('unit-cluttered.html');

  for (const [dom, parse] of [
    ['happy-dom', load],
    ['linkedom (the CLI, no layout)', (h: string) => parseHTML(h).document as unknown as Document],
  ] as const) {
    it(`keeps the story and drops the furniture (${dom})`, () => {
      const article = extractArticle(parse(html));
      expect(article.found).toBe(true);
      expect(article.text.startsWith('Brindle Cables to build £400m plant in Wrexham\n\n')).toBe(true);
      for (const kept of ['spend £400m on a new factory in Wrexham, creating 650 jobs', 'Local officials welcomed', 'a government grant was being discussed.'])
        expect(article.text).toContain(kept);
      for (const dropped of ['cookies', 'Home', 'Trending', '$3bn in Arizona', 'Share on social', 'biggest bet', 'Also read', 'morning business briefing', 'Cable makers race', 'Comments', 'believe it', 'All rights reserved'])
        expect(article.text).not.toContain(dropped);
      expect(article.title).toBe('Brindle Cables to build £400m plant in Wrexham');
      expect(article.lang).toBe('en');
      // JSON-LD's NewsArticle wins over the site's own date and the <time> element.
      expect(article.published).toBe('2025-03-14');
    });
  }

  it('separates paragraphs with blank lines so sentences never run together', () => {
    const { text } = extractArticle(load(html));
    expect(text).toContain('four years.\n\nThe company');
  });
});

describe('findArticle', () => {
  it('takes the parent when the story is split into sections, and drops "Lire aussi"', () => {
    const doc = load(fixture('unit-sections.html'));
    const article = findArticle(doc)!;
    expect(article.root.className).toBe('wrap');
    const { text, published, lang } = extractArticle(doc);
    expect(text.startsWith("Orvalis ouvre une usine à Dunkerque\n\nLe groupe Orvalis investira 1,2 milliard d'euros")).toBe(true);
    expect(text).toContain('si le calendrier est tenu.');
    expect(text).not.toContain('Lire aussi');
    expect(published).toBe('2025-09-02');
    expect(lang).toBe('fr');
  });

  it('falls back to the whole body, still without navigation or footer, when there is no article', () => {
    const doc = load(fixture('unit-no-article.html'));
    const article = findArticle(doc)!;
    expect(article.found).toBe(false);
    expect(article.root).toBe(doc.body);
    const { text } = extractArticle(doc);
    expect(text).toBe('Connexion\n\nEntrez votre adresse.');
  });

  it("takes the page's only <article> when it holds most of the paragraphs, standfirst included", () => {
    const para = (i: number) => `<p>Paragraph ${i} of the story, long enough to count as prose, with a comma, and more words.</p>`;
    const doc = load(
      `<body><nav><p>Menu</p></nav><article><header><h1>Headline</h1><p class="standfirst">The standfirst sums the story up.</p></header>` +
        `<div class="story-body">${[1, 2, 3, 4].map(para).join('')}</div></article><footer><p>Contact</p></footer></body>`,
    );
    const article = findArticle(doc)!;
    expect(article.root.localName).toBe('article');
    expect(extractArticle(doc).text.startsWith('Headline\n\nThe standfirst sums the story up.\n\nParagraph 1')).toBe(true);
  });

  it('scores the page instead when its only <article> is a teaser in furniture or holds too few of the paragraphs', () => {
    const para = (i: number) => `<p>Paragraph ${i} of the story, long enough to count as prose, with a comma, and more words.</p>`;
    const inAside = load(`<body><div class="story">${[1, 2].map(para).join('')}</div><aside><article>${[3, 4, 5].map(para).join('')}</article></aside></body>`);
    expect(findArticle(inAside)!.root.className).toBe('story');
    const small = load(`<body><div class="story">${[1, 2, 3, 4, 5, 6, 7].map(para).join('')}</div><article>${[8, 9, 10].map(para).join('')}</article></body>`);
    expect(findArticle(small)!.root.className).toBe('story');
  });

  it('trusts itemprop=articleBody when it holds the text', () => {
    const long = 'The council approved the plan after a long debate about costs and benefits. '.repeat(4);
    const doc = load(`<body><div class="x"><p>${long}</p><p>${long}</p></div><div itemprop="articleBody"><p>${long}</p></div></body>`);
    expect(findArticle(doc)!.root.getAttribute('itemprop')).toBe('articleBody');
  });
});

describe('publication date', () => {
  it.each([
    ['2025-06-02T23:30:00-05:00', '2025-06-02'],
    ['2025-02-30', undefined],
    ['June 2, 2025', undefined],
    [null, undefined],
  ])('toIsoDay(%s) = %s', (input, expected) => {
    expect(toIsoDay(input)).toBe(expected);
  });

  it('reads article:published_time, then <time datetime>', () => {
    expect(findPublished(load('<head><meta property="article:published_time" content="2024-11-05T10:00:00Z"></head><body></body>'))).toBe('2024-11-05');
    expect(findPublished(load('<body><time datetime="2023-04-01">1 April</time></body>'))).toBe('2023-04-01');
    expect(findPublished(load('<head><script type="application/ld+json">{broken</script></head><body></body>'))).toBeUndefined();
  });

  it('prefers an article in any JSON-LD block, then any dated object, then meta tags and <time>', () => {
    const ld = (value: unknown) => `<script type="application/ld+json">${JSON.stringify(value)}</script>`;
    const person = ld({ '@type': 'WebSite', datePublished: '2020-01-01' });
    const story = ld({ '@graph': [{ '@type': 'Organization' }, { '@type': ['NewsArticle'], datePublished: '2024-03-09T08:00:00Z' }] });
    const meta = '<meta property="article:published_time" content="2022-05-06">';
    const time = '<article><time datetime="2021-07-08">8 July</time></article>';
    // An article in a later block wins over a dated non-article in an earlier one; a broken block is passed over.
    expect(findPublished(load(`<head>${person}<script type="application/ld+json">{broken</script>${story}${meta}</head><body>${time}</body>`))).toBe('2024-03-09');
    expect(findPublished(load(`<head>${person}${meta}</head><body>${time}</body>`))).toBe('2020-01-01');
    expect(findPublished(load(`<head>${ld({ '@type': 'NewsArticle' })}${meta}</head><body>${time}</body>`))).toBe('2022-05-06');
    const page = load(`<body><time datetime="2019-01-02">then</time>${time}</body>`);
    expect(findPublished(page, page.querySelector('article'))).toBe('2021-07-08');
    expect(findPublished(page)).toBe('2019-01-02');
  });
});
