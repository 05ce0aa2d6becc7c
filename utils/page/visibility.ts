// Which elements hold text a reader can see. Works without layout (linkedom in the CLI) from
// tags and attributes alone, and uses computed style only where the DOM offers it.
import { isBare, tagOf } from './element-facts';

/** Elements whose content is never article text: code, styles, media, form fields. (Our hover
 * card lives in a shadow root, which a text walk does not enter.) */
const NEVER_TEXT = new Set([
  'script', 'style', 'noscript', 'template', 'head', 'title', 'meta', 'link',
  'input', 'textarea', 'select', 'option', 'optgroup', 'datalist', 'button', 'output',
  'iframe', 'object', 'embed', 'canvas', 'svg', 'math', 'video', 'audio', 'picture', 'img',
]);

const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*(?:hidden|collapse)|content-visibility\s*:\s*hidden)\s*(?:!important\s*)?(?:;|$)/i;

const EDITABLE = new Set(['', 'true', 'plaintext-only']);

/**
 * Hidden or not text by its markup alone: tag, hidden, aria-hidden, inline style, contenteditable.
 * `name` and `bare` (the element's local name, whether it has no attribute) when the caller has read them.
 */
export function isSkippedByMarkup(el: Element, name = tagOf(el), bare = isBare(el)): boolean {
  if (NEVER_TEXT.has(name)) return true;
  // Most elements carry no attribute at all: skip four lookups for them.
  if (bare) return false;
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const editable = el.getAttribute('contenteditable');
  if (editable !== null && EDITABLE.has(editable.toLowerCase())) return true;
  const style = el.getAttribute('style');
  return style !== null && HIDDEN_STYLE.test(style);
}

/**
 * Elements whose computed style is worth reading: those with attributes (class, id, style —
 * how pages hide things) and block containers. A bare <b> or <em> is hidden by CSS only in
 * odd cases, and skipping them cuts the style reads on a long article by about three quarters.
 */
const INLINE_TAGS = new Set(['b', 'i', 'em', 'strong', 'span', 'small', 'sub', 'sup', 'u', 's', 'mark', 'abbr', 'cite', 'q', 'code', 'time', 'br', 'wbr']);

/** Whether a text walk should leave this element and everything inside it out (`name`, `bare`: as for isSkippedByMarkup). */
export function makeVisibilityFilter(doc: Document): (el: Element, name?: string, bare?: boolean) => boolean {
  const view = doc.defaultView as (Window & typeof globalThis) | null;
  const getStyle = view && typeof view.getComputedStyle === 'function' ? view.getComputedStyle.bind(view) : null;
  return (el, name = tagOf(el), bare = isBare(el)) => {
    if (isSkippedByMarkup(el, name, bare)) return true;
    if (!getStyle || (bare && INLINE_TAGS.has(name))) return false;
    try {
      const style = getStyle(el);
      if (style.display === 'none') return true;
      const visibility = style.visibility;
      return visibility === 'hidden' || visibility === 'collapse';
    } catch {
      return false;
    }
  };
}
