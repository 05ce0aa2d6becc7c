// Reading an HTML page without a DOM (service worker): its feed links, its title and date,
// and its visible text. Scripts, styles, navigation and page furniture are skipped; block
// elements end a line so the engine's sentence splitter sees paragraphs.
import { Parser } from 'htmlparser2';
import { isoDay } from './feeds';

const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'nav', 'header', 'footer', 'aside', 'form', 'svg', 'iframe', 'button', 'select']);
/** Page furniture outside the story, but a release's own headline block inside <article>/<main>. */
const FURNITURE_OUTSIDE_STORY = new Set(['header', 'footer']);
const BLOCKS = new Set([
  'p', 'div', 'section', 'article', 'main', 'li', 'ul', 'ol', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'br', 'tr', 'table', 'blockquote', 'pre', 'dd', 'dt', 'figcaption',
]);
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

export interface PageText {
  title: string;
  /** YYYY-MM-DD from article:published_time, a <time datetime> or date meta, when found. */
  date?: string;
  text: string;
  lang?: string;
  /** RSS/Atom feeds the page announces with <link rel="alternate">. */
  feeds: string[];
}

const FEED_TYPES = /^application\/(rss|atom)\+xml$/i;
const DATE_METAS = new Set(['article:published_time', 'datepublished', 'date', 'dc.date', 'dcterms.date', 'pubdate']);

export function readPage(html: string, pageUrl?: string): PageText {
  let title = '';
  let h1 = '';
  let ogTitle = '';
  let date: string | undefined;
  let lang: string | undefined;
  const feeds: string[] = [];
  const lines: string[] = [];
  let line = '';
  let skipDepth = 0;
  const stack: Array<{ name: string; skips: boolean }> = [];
  let inTitle = false;
  let inH1 = false;

  const breakLine = () => {
    const squashed = line.replace(/\s+/g, ' ').trim();
    if (squashed) lines.push(squashed);
    line = '';
  };
  const resolve = (href: string) => {
    try {
      return new URL(href, pageUrl).href;
    } catch {
      return null;
    }
  };

  const parser = new Parser(
    {
      onopentag(name, attribs) {
        const inStory = stack.some((open) => open.name === 'article' || open.name === 'main');
        const skips = SKIPPED.has(name) && !(FURNITURE_OUTSIDE_STORY.has(name) && inStory);
        if (!VOID.has(name)) stack.push({ name, skips });
        if (name === 'html' && attribs.lang) lang = attribs.lang.split('-')[0]!.toLowerCase();
        if (name === 'link' && /\balternate\b/i.test(attribs.rel ?? '') && FEED_TYPES.test(attribs.type ?? '') && attribs.href) {
          const href = resolve(attribs.href);
          if (href && !feeds.includes(href)) feeds.push(href);
        }
        if (name === 'meta') {
          const key = (attribs.property ?? attribs.name ?? attribs.itemprop ?? '').toLowerCase();
          if (key === 'og:title' && attribs.content) ogTitle = attribs.content.trim();
          if (DATE_METAS.has(key)) date ??= isoDay(attribs.content);
        }
        if (name === 'time' && attribs.datetime) date ??= isoDay(attribs.datetime);
        if (name === 'title') inTitle = true;
        if (skips && !VOID.has(name)) skipDepth++;
        if (name === 'h1' && !h1) inH1 = true;
        if (BLOCKS.has(name)) breakLine();
      },
      ontext(chunk) {
        if (inTitle) title += chunk;
        if (skipDepth > 0 || inTitle) return;
        if (inH1) h1 += chunk;
        line += chunk;
      },
      onclosetag(name) {
        if (VOID.has(name)) return;
        // tolerate unclosed tags: pop up to the matching opener
        const at = stack.map((open) => open.name).lastIndexOf(name);
        if (at < 0) return;
        for (const closed of stack.splice(at)) {
          if (closed.skips) skipDepth = Math.max(0, skipDepth - 1);
          if (closed.name === 'title') inTitle = false;
          if (closed.name === 'h1') inH1 = false;
          if (BLOCKS.has(closed.name)) breakLine();
        }
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.end(html);
  breakLine();
  const squash = (text: string) => text.replace(/\s+/g, ' ').trim();
  return { title: squash(h1) || squash(ogTitle) || squash(title), date, text: lines.join('\n'), lang, feeds };
}

/** True when the reply is a feed rather than a page (newsrooms sometimes link one directly). */
export function looksLikeFeed(text: string, contentType: string): boolean {
  if (/(rss|atom)\+xml|\/xml/i.test(contentType)) return true;
  return /^\s*(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*<(rss|feed|rdf:RDF)[\s>]/i.test(text);
}
