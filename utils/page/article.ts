// Finding the article in a page: the scorer picks the container of the story, the headline
// joins it when it sits outside, and page furniture inside it is left out of the text.
// Works on any DOM (browser, happy-dom, linkedom in the CLI): reads only, never writes.
import { MIN_ARTICLE_SCORE, scoreCandidates } from './article-score';
import { findLang, findPublished, findTitle } from './article-meta';
import { isBoilerplate, isFurnitureByMarkup } from './boilerplate';
import { isSkippedByMarkup } from './visibility';
import { runToEnd, type TextMap, walkTextMap } from './text-map';

export interface ArticleText {
  /** The article's text as the engine sees it (offsets in claims count in this string). */
  text: string;
  title: string;
  /** Primary language tag from the page (html lang), when given. */
  lang?: string;
  /** Publication date YYYY-MM-DD from the page's metadata, when found. */
  published?: string;
  /** False when no article was found and the text is the whole body's. */
  found?: boolean;
}

export interface FoundArticle {
  /** The story's container, or <body> when no article was found. */
  root: Element;
  /** What the text is read from, in order: the headline when it sits outside the root, then the root. */
  roots: Element[];
  found: boolean;
  /** Subtrees inside the roots that are not the story (share bars, "also read", comments); `name`, `bare` as the walk read them. */
  exclude: (el: Element, name?: string, bare?: boolean) => boolean;
}

/** Picks the article; a generator so a heavy page can be scored in time slices. */
export function* locateArticle(doc: Document): Generator<void, FoundArticle | null> {
  const body = doc.body;
  if (!body) return null;
  const direct = doc.querySelector('[itemprop="articleBody"]');
  let root: Element = body;
  let found = false;
  // The page's own markers first: itemprop=articleBody holding text, else a lone <article>.
  const markedBody = direct && (direct.textContent ?? '').trim().length >= 200 ? direct : null;
  // On a heavy page the query above and soleArticle's paragraph counts take a few ms each (1-3
  // and 2.5-6 ms on the 1.3 MB bench page): a chance for the slice to end between them.
  if (!markedBody) yield;
  const marked = markedBody ?? soleArticle(body);
  if (marked) {
    root = marked;
    found = true;
  } else {
    const best = yield* scoreCandidates(doc);
    if (best && best.score >= MIN_ARTICLE_SCORE && best.element !== doc.documentElement) {
      root = best.element;
      found = root !== body;
    }
  }
  return { root, roots: withHeadline(doc, root), found, exclude: (el, name, bare) => el !== root && isBoilerplate(el, name, bare) };
}

/** Paragraphs a page's only <article> must hold, at least, to be taken without scoring. */
const MIN_MARKED_PARAGRAPHS = 3;

/**
 * The page's only <article>, when it holds at least half of the page's paragraphs (and a few)
 * and sits in no furniture or hidden markup: the page marks its story clearly, and scoring every
 * paragraph would pick the same element (it does on every fixture page and bench page). Counting
 * paragraphs is native work; no text is read.
 */
function soleArticle(body: HTMLElement): Element | null {
  const articles = body.getElementsByTagName('article');
  if (articles.length !== 1) return null;
  const article = articles[0];
  const inside = article.getElementsByTagName('p').length;
  if (inside < MIN_MARKED_PARAGRAPHS || inside * 2 < body.getElementsByTagName('p').length) return null;
  for (let el: Element | null = article; el && el !== body; el = el.parentElement) if (isSkippedByMarkup(el) || isFurnitureByMarkup(el)) return null;
  return article;
}

export function findArticle(doc: Document): FoundArticle | null {
  return runToEnd(locateArticle(doc));
}

/** The page's headline (first <h1>) comes first when it sits before the article root, outside it. */
function withHeadline(doc: Document, root: Element): Element[] {
  if (root.localName === 'body' || root.querySelector('h1')) return [root];
  const h1 = doc.body?.querySelector('h1');
  const DOCUMENT_POSITION_FOLLOWING = 4;
  if (h1 && !isBoilerplate(h1) && h1.compareDocumentPosition(root) & DOCUMENT_POSITION_FOLLOWING) return [h1, root];
  return [root];
}

/** Builds the article's text map (generator, for slices). */
export function* readArticleText(article: FoundArticle): Generator<void, TextMap> {
  return yield* walkTextMap(article.roots, { exclude: article.exclude });
}

/** Works on any DOM implementation (browser, happy-dom, linkedom): reads only, never writes. */
export function extractArticle(doc: Document): ArticleText {
  const article = findArticle(doc);
  const text = article ? runToEnd(readArticleText(article)).text : '';
  return {
    text,
    title: findTitle(doc),
    lang: findLang(doc),
    published: findPublished(doc, article?.root),
    found: article?.found ?? false,
  };
}
