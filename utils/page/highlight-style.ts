// The ::highlight rules. Translucent backgrounds keep the page's own text colour readable;
// line styles tell the kinds apart without relying on colour alone. A figure's state is drawn
// over its amber figure highlight: a conflict tints it red, a repeat boxes it with lines above
// and below, a confirmation underlines it green, so states never blend into a third colour. The palette follows
// the page's real background when it can be read, else the reader's colour-scheme preference.

export type Scheme = 'light' | 'dark';

/*
 * The rules are one static sheet, declared with the content script (wxt.config.ts writes it
 * into the build and the manifest), so the browser has it before the page's DOM is built and no
 * stylesheet ever changes while the page runs: a <style> inserted once the DOM exists restyled
 * every element (on the 1.3 MB bench page, 23,000 elements, one task of 100-450 ms). What used
 * to change the sheet, the page's light or dark palette, is now a choice of highlight names:
 * light pages register `claimcheck-figure`, dark pages `claimcheck-figure-dark`. Names nobody
 * registers paint nothing, so on a page where Claimcheck is off the sheet leaves no trace.
 */

/** Where the sheet lands in the build, and the path the manifest and the scripting calls name. */
export const HIGHLIGHT_SHEET_FILE = 'content-scripts/highlights.css';

/** The name suffix of the dark palette's highlights (the flash is the same on both). */
export const DARK_SUFFIX = '-dark';

/** One kind's declarations: its background and its line, which sits as far under the text and is as thick for every kind. */
const look = (background: string, line: string): string =>
  `background-color: ${background}; text-decoration: ${line}; text-decoration-thickness: 2px; text-underline-offset: 2px;`;

/**
 * Per name (without `claimcheck-`): the light palette's declarations, then the dark one's. Built
 * when the sheet is written (at build time): a constant would be built in every page's content script.
 */
const palettes = (): Array<[string, string, string]> => [
  ['figure', look('rgba(255, 191, 0, 0.32)', 'underline solid rgb(161, 98, 7)'), look('rgba(251, 191, 36, 0.28)', 'underline solid rgb(252, 211, 77)')],
  ['org', look('rgba(37, 99, 235, 0.10)', 'underline dotted rgb(29, 78, 216)'), look('rgba(96, 165, 250, 0.16)', 'underline dotted rgb(147, 197, 253)')],
  ['person', look('rgba(147, 51, 234, 0.10)', 'underline dashed rgb(126, 34, 206)'), look('rgba(192, 132, 252, 0.16)', 'underline dashed rgb(216, 180, 254)')],
  ['place', look('rgba(13, 148, 136, 0.12)', 'underline double rgb(15, 118, 110)'), look('rgba(45, 212, 191, 0.16)', 'underline double rgb(94, 234, 212)')],
  ['conflict', look('rgba(239, 68, 68, 0.38)', 'underline wavy rgb(185, 28, 28)'), look('rgba(248, 113, 113, 0.36)', 'underline wavy rgb(252, 165, 165)')],
  ['duplicate', look('transparent', 'underline overline solid rgb(3, 105, 161)'), look('transparent', 'underline overline solid rgb(125, 211, 252)')],
  ['confirmed', look('transparent', 'underline solid rgb(21, 128, 61)'), look('transparent', 'underline solid rgb(134, 239, 172)')],
];
const FLASH = 'background-color: rgb(250, 204, 21); color: rgb(17, 17, 17);';

/**
 * The whole sheet, written at build time. Chromium's highlight pseudo-elements inherit (text
 * takes its ancestors' ::highlight styles), so its rules sit on :root: every element matching
 * them cost about twice as much style work. Firefox (ESR 153) does not inherit them (a rule on
 * :root colours nothing below it): its rules are universal.
 */
export function highlightSheet(target: 'chromium' | 'firefox'): string {
  const on = target === 'firefox' ? '' : ':root';
  const rules: string[] = [];
  for (const [kind, light, dark] of palettes()) {
    rules.push(`${on}::highlight(claimcheck-${kind}) { ${light} }`, `${on}::highlight(claimcheck-${kind}${DARK_SUFFIX}) { ${dark} }`);
  }
  rules.push(`${on}::highlight(claimcheck-flash) { ${FLASH} }`);
  return `/* Claimcheck's highlight palettes: a name paints only while the page's content script registers it. */\n${rules.join('\n')}\n`;
}

const RGB = /rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)(?:[,\s/]+([\d.]+%?))?\s*\)/;

/**
 * A number of `[\d.]+` at `at` followed by `after` (', ' or ')'); where the number's text ends, or -1.
 * (No regular expression: its first use on a cold page compiles it, about 0.3 ms.)
 */
function plainNumberEnd(value: string, at: number, after: string): number {
  let end = at;
  for (let code = value.charCodeAt(end); (code >= 48 && code <= 57) || code === 46; code = value.charCodeAt(++end));
  return end > at && value.startsWith(after, end) ? end : -1;
}

/**
 * Computed styles as both browsers give them, 'rgb(r, g, b)' and 'rgba(r, g, b, a)', read by hand;
 * anything else through RGB. The same result either way (tests/page/highlight-style.test.ts).
 */
function plainRgb(value: string): [number, number, number, number] | null {
  const alpha = value.startsWith('rgba(');
  if (!alpha && !value.startsWith('rgb(')) return null;
  const parts: string[] = [];
  let at = alpha ? 5 : 4;
  for (let i = 0; i < (alpha ? 4 : 3); i++) {
    const last = i === (alpha ? 3 : 2);
    const end = plainNumberEnd(value, at, last ? ')' : ', ');
    if (end < 0) return null;
    parts.push(value.slice(at, end));
    at = end + (last ? 1 : 2);
  }
  // Read as parseRgb reads the regex's groups: the colour with +, the alpha with parseFloat.
  return at === value.length ? [+parts[0], +parts[1], +parts[2], alpha ? parseFloat(parts[3]) : 1] : null;
}

/** Parses rgb()/rgba() as computed styles give them. */
export function parseRgb(value: string): [number, number, number, number] | null {
  const plain = plainRgb(value);
  if (plain) return plain;
  const match = value.match(RGB);
  if (!match) return null;
  const alpha = match[4] === undefined ? 1 : match[4].endsWith('%') ? parseFloat(match[4]) / 100 : parseFloat(match[4]);
  return [+match[1], +match[2], +match[3], alpha];
}

/** Relative luminance (WCAG) of an sRGB colour, 0 (black) … 1 (white). */
export function luminance([r, g, b]: [number, number, number, number]): number {
  const linear = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

const TRANSPARENT = 'rgba(0, 0, 0, 0)';

/**
 * Light or dark, from the first opaque background behind the article, else from its text
 * colour (light text means a dark page). Null when the page's styles cannot be read.
 */
export function pageScheme(root: Element): Scheme | null {
  const view = root.ownerDocument.defaultView;
  if (!view || typeof view.getComputedStyle !== 'function') return null;
  for (let el: Element | null = root; el; el = el.parentElement) {
    const value = view.getComputedStyle(el).backgroundColor;
    // Most boxes have no background of their own: both browsers give it as this string.
    if (value === TRANSPARENT) continue;
    const background = parseRgb(value);
    if (background && background[3] >= 0.5) return luminance(background) < 0.2 ? 'dark' : 'light';
  }
  const text = parseRgb(view.getComputedStyle(root).color);
  if (!text) return null;
  return luminance(text) > 0.5 ? 'dark' : 'light';
}

/** For a page whose scheme cannot be read: the reader's colour-scheme preference, else light. */
export function preferredScheme(doc: Document): Scheme {
  const view = doc.defaultView;
  return typeof view?.matchMedia === 'function' && view.matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}
