// Stage 2b: sentences and boilerplate. A sentence ends at . ! ? … (plus closing quotes or
// brackets) before a space and a capital, digit or opening quote, never after a known
// abbreviation or a single initial ("S.A.", "J. Smith"); a line break always ends one.
// Decimals never split: "1.2" has no space after the dot.
import type { Token } from './01-tokens';
import { FOOTER_STARTS, FOOTER_WORDS, RELATED_HEADERS } from './data/boilerplate';
import { phraseTable, matchAt, matchesIn } from './phrases';

export interface Sentence {
  /** Token range [from, to). */
  from: number;
  to: number;
  start: number;
  end: number;
  /** Related-story lists, newsletter/social footers, bylines: no claims are read here. */
  boilerplate: boolean;
}

const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'inc', 'corp', 'co', 'ltd', 'jr', 'sr', 'vs', 'no', 'nos', 'approx', 'dept',
  'gov', 'fig', 'mt', 'ft', 'mme', 'mlle', 'cie', 'env', 'bzw', 'ca', 'nr', 'mio', 'mrd', 'fr', 'sfr', 'str', 'sra', 'srta', 'dña',
  'uu', 'ee', 'etc', 'av', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'z', 'u',
  'vgl', 'ggf', 'evtl', 'abs', 'art', 'hr', 'dres', 'pp', 'vol',
]);
/** The signs that end a sentence, and those that may close one after its ender. */
export const ENDERS = ['.', '!', '?', '…'];
export const CLOSERS = ['"', "'", '”', '»', ')', ']', '“'];
// asked of every sign: a few compares of the shared lower-case string (see spellings.ts:
// pointers, for the engine's own copies) rather than a Set look-up
export function isEnder(s: string): boolean {
  return s === '.' || s === '!' || s === '?' || s === '…';
}
export function isCloser(s: string): boolean {
  return s === '"' || s === "'" || s === '”' || s === '»' || s === ')' || s === ']' || s === '“';
}
const OPENERS = new Set(['"', '“', '„', '«', '(', '[', '¿', '¡', '‘', "'", '-', '–', '—', '•']);

function endsAfter(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  if (t.kind !== 'punct' || !isEnder(t.lower)) return false;
  const next = tokens[i + 1];
  if (!next || next.gap === '') return false;
  if (next.gap === 'nl') return true;
  if (t.lower === '.') {
    const prev = tokens[i - 1];
    if (prev && prev.kind === 'word' && prev.gap !== undefined) {
      if (prev.lower.length === 1 && prev.cap) return false; // initials, S.A., U.S.
      if (ABBREVIATIONS.has(prev.lower) && !(next.kind === 'word' && next.cap && prev.lower === 'etc')) return false;
    }
  }
  return (next.kind === 'word' && next.cap) || next.kind === 'num' || OPENERS.has(next.lower);
}

const related = phraseTable(RELATED_HEADERS.map((h) => [h, true] as [string, boolean]));
const footerStart = phraseTable(FOOTER_STARTS.map((h) => [h, true] as [string, boolean]));
const footerWord = phraseTable(FOOTER_WORDS.map((h) => [h, true] as [string, boolean]));
const BYLINE = new Set(['by', 'par', 'von', 'por']);

function hasNumber(tokens: Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (tokens[i].kind === 'num') return true;
  return false;
}

/** Two line breaks with only spaces between them in text[from, to) (same as /\n[^\S\n]*\n/, no slice). */
function blankLineBetween(text: string, from: number, to: number): boolean {
  let breaks = 0;
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c === 10) {
      if (++breaks === 2) return true;
    } else if (!(c === 32 || c === 9 || c === 13 || c === 11 || c === 12 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff)) breaks = 0;
  }
  return false;
}

/** Which tokens sit on boilerplate lines. Returns a per-line decision keyed by the line's first token. */
function boilerplateLines(text: string, tokens: Token[]): Set<number> {
  const out = new Set<number>();
  let inRelatedList = false;
  for (let a = 0; a < tokens.length; ) {
    let b = a + 1;
    while (b < tokens.length && tokens[b].gap !== 'nl') b++;
    const blankBefore = a > 0 && blankLineBetween(text, tokens[a - 1].end, tokens[a].start);
    if (blankBefore) inRelatedList = false;
    const words = b - a;
    let boiler = inRelatedList;
    if (matchAt(tokens, a, related, b)) boiler = inRelatedList = true;
    else if (words <= 40) {
      const start = matchAt(tokens, a, footerStart, b);
      if (start && !(BYLINE.has(tokens[a].lower) && hasNumber(tokens, a, b))) boiler = true;
      else if (matchesIn(tokens, a, b, footerWord)) boiler = true;
    }
    if (boiler) out.add(a);
    a = b;
  }
  return out;
}

/** Appends the sentence of tokens [from, to) when it is not empty. At module level, not a
 * closure in splitSentences (see DEVELOPERS.md: no closures made per call in the engine). */
function addSentence(out: Sentence[], tokens: Token[], boiler: Set<number>, from: number, to: number, lineStart: number): void {
  if (to > from) out.push({ from, to, start: tokens[from].start, end: tokens[to - 1].end, boilerplate: boiler.has(lineStart) });
}

export function splitSentences(text: string, tokens: Token[]): Sentence[] {
  const boiler = boilerplateLines(text, tokens);
  const out: Sentence[] = [];
  let from = 0;
  let lineStart = 0;
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i].gap === 'nl' && i > from) {
      addSentence(out, tokens, boiler, from, i, lineStart);
      from = i;
    }
    if (tokens[i].gap === 'nl') lineStart = i;
    if (endsAfter(tokens, i)) {
      let j = i + 1;
      while (j < tokens.length && tokens[j].gap === '' && isCloser(tokens[j].lower)) j++;
      addSentence(out, tokens, boiler, from, j, lineStart);
      from = j;
      i = j - 1;
    } else if (tokens[i].kind === 'punct' && isCloser(tokens[i].lower) && isEnder(tokens[i - 1]?.lower ?? '') && tokens[i + 1]?.gap === ' ' && tokens[i + 1]?.cap) {
      addSentence(out, tokens, boiler, from, i + 1, lineStart); // ... »  Next sentence
      from = i + 1;
    }
  }
  addSentence(out, tokens, boiler, from, tokens.length, lineStart);
  return out;
}
