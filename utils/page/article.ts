// Finding the article in a page. First pass: the whole body. The page-layer work replaces it
// with a scorer that skips navigation, comments and footers; the signature stays.

export interface ArticleText {
  /** The article's text as the engine sees it (offsets in claims count in this string). */
  text: string;
  title: string;
  /** Primary language tag from the page (html lang), when given. */
  lang?: string;
  /** Publication date YYYY-MM-DD from the page's metadata, when found. */
  published?: string;
}

/** Works on any DOM implementation (browser, happy-dom, linkedom): reads only, never writes. */
export function extractArticle(doc: Document): ArticleText {
  const lang = doc.documentElement?.getAttribute('lang')?.split('-')[0]?.toLowerCase() || undefined;
  return { text: doc.body?.textContent ?? '', title: doc.title ?? '', lang };
}
