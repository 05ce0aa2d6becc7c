// Which elements hold text a reader can see. Works without layout (linkedom in the CLI) from
// tags and attributes alone, and uses computed style only where the DOM offers it.

/** Elements whose content is never article text: code, styles, media, form fields, our own UI. */
const NEVER_TEXT = new Set([
  'script', 'style', 'noscript', 'template', 'head', 'title', 'meta', 'link',
  'input', 'textarea', 'select', 'option', 'optgroup', 'datalist', 'button', 'output',
  'iframe', 'object', 'embed', 'canvas', 'svg', 'math', 'video', 'audio', 'picture', 'img',
  'claimcheck-card',
]);

const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*(?:hidden|collapse)|content-visibility\s*:\s*hidden)\s*(?:!important\s*)?(?:;|$)/i;

const EDITABLE = new Set(['', 'true', 'plaintext-only']);

/** Hidden or not text by its markup alone: tag, hidden, aria-hidden, inline style, contenteditable. */
export function isSkippedByMarkup(el: Element): boolean {
  if (NEVER_TEXT.has(el.localName)) return true;
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const editable = el.getAttribute('contenteditable');
  if (editable !== null && EDITABLE.has(editable.toLowerCase())) return true;
  const style = el.getAttribute('style');
  return style !== null && HIDDEN_STYLE.test(style);
}

type StyleReader = (el: Element) => { display: string; visibility: string } | null;

/** Computed style where the DOM has it (browsers, happy-dom); null in linkedom. */
export function styleReaderFor(doc: Document): StyleReader | null {
  const view = doc.defaultView as (Window & typeof globalThis) | null;
  if (!view || typeof view.getComputedStyle !== 'function') return null;
  return (el) => {
    try {
      return view.getComputedStyle(el);
    } catch {
      return null;
    }
  };
}

/** Hidden by the page's CSS (display: none, visibility: hidden). */
export function isHiddenByStyle(el: Element, readStyle: StyleReader | null): boolean {
  if (!readStyle) return false;
  const style = readStyle(el);
  if (!style) return false;
  return style.display === 'none' || style.visibility === 'hidden' || style.visibility === 'collapse';
}

/** Whether a text walk should leave this element and everything inside it out. */
export function makeVisibilityFilter(doc: Document): (el: Element) => boolean {
  const readStyle = styleReaderFor(doc);
  return (el) => isSkippedByMarkup(el) || isHiddenByStyle(el, readStyle);
}
