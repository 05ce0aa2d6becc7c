// What is not article text even when it sits inside the article: navigation, share bars,
// comments, cookie banners, newsletter boxes, "also read" links. Decided from markup only
// (tags, roles, class and id words, link density), so it works in the CLI without layout.
import { isBare, tagOf } from './element-facts';
import { isJsSpace } from './text-join';

/** Tags that hold page furniture, never the story. <header> is left alone: it holds the headline. */
const FURNITURE_TAGS = new Set(['nav', 'aside', 'footer', 'form', 'dialog', 'menu']);
const FURNITURE_ROLES = new Set(['navigation', 'complementary', 'contentinfo', 'banner', 'dialog', 'alertdialog', 'search', 'menu', 'menubar']);

/** Class and id words that mark furniture, checked per word (split on - _ space and camelCase). */
const FURNITURE_WORDS = new Set([
  'nav', 'navbar', 'navigation', 'menu', 'breadcrumb', 'breadcrumbs', 'footer', 'comment', 'comments',
  'disqus', 'replies', 'related', 'recirc', 'recirculation', 'outbrain', 'taboola', 'share', 'sharing',
  'social', 'cookie', 'cookies', 'consent', 'gdpr', 'newsletter', 'promo', 'promoted', 'sponsor',
  'sponsored', 'advert', 'advertisement', 'ad', 'ads', 'paywall',
]);
/** Weaker furniture words: a story word on the same element outweighs them ("content with-sidebar"). */
const WEAK_FURNITURE_WORDS = new Set([
  'masthead', 'subscribe', 'signup', 'banner', 'sidebar', 'widget', 'popup', 'modal', 'popular',
  'trending', 'tags', 'pagination', 'pager', 'skip', 'toolbar', 'teaser', 'teasers',
]);
/** Words that say "this is the story". */
const STORY_WORDS = new Set(['article', 'articlebody', 'story', 'content', 'entry', 'post', 'prose', 'body', 'text', 'main']);

/**
 * Lead-ins of link boxes in our four languages ("Also read", "Lire aussi", "Auch interessant",
 * "Te puede interesar"), lower case: a block's text starts with one, as a whole word. Matched with
 * startsWith, not a regular expression: V8 compiles a regex on its first test (and again to machine
 * code on the second), about 0.3 ms on every page load for a test asked of every paragraph.
 */
const ALSO_READ = [
  'also read', 'read also', 'read more', 'see also', 'related', 'more on this', 'you may also like', 'recommended',
  'lire aussi', 'à lire', 'a lire aussi', 'lire également', 'voir aussi', 'sur le même sujet',
  'auch interessant', 'lesen sie auch', 'mehr zum thema', 'das könnte sie auch interessieren', 'weitere artikel',
  'te puede interesar', 'también te puede interesar', 'lee también', 'le puede interesar', 'noticias relacionadas', 'más información',
];
/** The lead-ins by their first char's code: most paragraphs are done with after one look-up, and no string is made. */
const ALSO_READ_BY_FIRST = new Map<number, string[]>();
for (const phrase of ALSO_READ) {
  const list = ALSO_READ_BY_FIRST.get(phrase.charCodeAt(0));
  if (list) list.push(phrase);
  else ALSO_READ_BY_FIRST.set(phrase.charCodeAt(0), [phrase]);
}

/** A char code in lower case (-1 for a char whose lower case is two chars, which no lead-in holds). */
function lowerCode(code: number): number {
  if (code < 128) return code >= 65 && code <= 90 ? code + 32 : code;
  const lower = String.fromCharCode(code).toLowerCase();
  return lower.length === 1 ? lower.charCodeAt(0) : -1;
}

/** A char of a word as a regex's \b sees it (ASCII letters, digits, underscore). */
function isAsciiWordChar(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 95;
}

/** Whether the text (after any leading whitespace) begins with a lead-in followed by a word boundary. */
export function startsWithLeadIn(text: string): boolean {
  let start = 0;
  while (start < text.length && isJsSpace(text.charCodeAt(start))) start++;
  const phrases = ALSO_READ_BY_FIRST.get(lowerCode(text.charCodeAt(start)));
  if (!phrases) return false;
  for (const phrase of phrases) {
    let at = 1;
    while (at < phrase.length && lowerCode(text.charCodeAt(start + at)) === phrase.charCodeAt(at)) at++;
    if (at === phrase.length && !isAsciiWordChar(text.charCodeAt(start + at))) return true;
  }
  return false;
}

export function classWords(el: Element): string[] {
  const names = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
  if (!names.trim()) return [];
  return names
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[\s_\-:./]+/)
    .filter(Boolean);
}

/** -1 for a furniture class/id, +1 for a story-like one, 0 otherwise. */
export function classSignal(el: Element): -1 | 0 | 1 {
  const words = classWords(el);
  if (words.length === 0) return 0;
  if (words.some((w) => FURNITURE_WORDS.has(w))) return -1;
  const story = words.some((w) => STORY_WORDS.has(w));
  if (!story && words.some((w) => WEAK_FURNITURE_WORDS.has(w))) return -1;
  return story ? 1 : 0;
}

/**
 * Share of an element's text that sits inside links (0…1). Raw lengths: a ratio does not need
 * collapsed whitespace, and collapsing a whole page's text would cost more than the answer is worth.
 */
export function linkDensity(el: Element, textLength = (el.textContent ?? '').length): number {
  if (textLength === 0) return 0;
  let linked = 0;
  for (const link of el.getElementsByTagName('a')) linked += (link.textContent ?? '').length;
  return Math.min(1, linked / textLength);
}

export function collapsedLength(text: string): number {
  return text.replace(/\s+/g, ' ').trim().length;
}

/** linkDensity for very large elements (a whole page): yields every few hundred links. */
export function* linkDensityInSteps(el: Element): Generator<void, number> {
  const textLength = (el.textContent ?? '').length;
  yield;
  if (textLength === 0) return 0;
  let linked = 0;
  let counted = 0;
  for (const link of el.getElementsByTagName('a')) {
    linked += (link.textContent ?? '').length;
    if (++counted % 300 === 0) yield;
  }
  return Math.min(1, linked / textLength);
}

/** A block that is only links: a related-links list or a lone "read more" paragraph. */
const LINK_BLOCKS = new Set(['ul', 'ol', 'p', 'div', 'section', 'dl']);

function isLinkBlock(el: Element, name: string): boolean {
  if (!LINK_BLOCKS.has(name)) return false;
  // querySelector stops at the first link and caches nothing on the element (a live
  // getElementsByTagName collection stays attached to every paragraph asked).
  if (el.querySelector('a') === null) return false;
  const raw = (el.textContent ?? '').length;
  if (raw === 0 || raw > 3000) return false;
  const density = linkDensity(el, raw);
  return name === 'p' ? density > 0.85 && raw < 300 : density > 0.6;
}

/** True for furniture by tag, role or class words (cheap: no text is read). `name`, `bare`: as for isSkippedByMarkup. */
export function isFurnitureByMarkup(el: Element, name = tagOf(el), bare = isBare(el)): boolean {
  if (FURNITURE_TAGS.has(name)) return true;
  // No role, class or id: most elements of a long article (one check instead of three reads).
  if (bare) return false;
  const role = el.getAttribute('role');
  if (role && FURNITURE_ROLES.has(role)) return true;
  return classSignal(el) === -1;
}

/** The exclusion rule used inside the chosen article root. */
export function isBoilerplate(el: Element, name = tagOf(el), bare = isBare(el)): boolean {
  if (isFurnitureByMarkup(el, name, bare)) return true;
  // Inline elements (a span, an em) are neither "also read" lead-ins nor link blocks: most of a long article's elements.
  if (!BLOCKISH.has(name) && !LINK_BLOCKS.has(name)) return false;
  if (BLOCKISH.has(name) && startsWithAlsoRead(el)) return true;
  return isLinkBlock(el, name);
}

const BLOCKISH = new Set(['p', 'div', 'section', 'ul', 'ol', 'li', 'h2', 'h3', 'h4', 'strong', 'dl']);

/** The first characters of an element's text, without building the whole of it. */
function leadingText(el: Element, wanted: number): string {
  let text = '';
  for (let node: Node | null = el.firstChild; node; ) {
    const type = node.nodeType;
    if (type === 3) {
      text += (node as Text).data;
      // Enough read: a paragraph's first text node usually holds it all (no more reads of the page).
      if (text.length >= wanted) break;
    }
    if (type === 1 && node.firstChild) node = node.firstChild;
    else {
      while (node && node !== el && !node.nextSibling) node = node.parentNode;
      node = node && node !== el ? node.nextSibling : null;
    }
  }
  return text;
}

function startsWithAlsoRead(el: Element): boolean {
  if (!startsWithLeadIn(leadingText(el, 60))) return false;
  // A real paragraph that happens to begin with "Related" is long and mostly unlinked.
  const length = collapsedLength(el.textContent ?? '');
  return length < 400 || linkDensity(el) > 0.3;
}
