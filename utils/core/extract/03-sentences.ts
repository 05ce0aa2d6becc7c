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
      // the Börsen-Zeitung's "47 Mill. Euro" (not "the paper mill." closing a sentence)
      if (prev.lower === 'mill' && tokens[i - 2]?.kind === 'num') return false;
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

/**
 * Boilerplate is decided line by line, in order (a related-stories header makes the lines after
 * it boilerplate until a blank line): what the lines read so far left behind.
 */
interface LineState { inRelatedList: boolean }

/** Whether the line of tokens [a, b) is boilerplate (b: the next line's first token). */
function boilerplateLine(text: string, tokens: Token[], a: number, b: number, state: LineState): boolean {
  const blankBefore = a > 0 && blankLineBetween(text, tokens[a - 1].end, tokens[a].start);
  if (blankBefore) state.inRelatedList = false;
  const words = b - a;
  let boiler = state.inRelatedList;
  if (matchAt(tokens, a, related, b)) boiler = state.inRelatedList = true;
  else if (words <= 40) {
    const start = matchAt(tokens, a, footerStart, b);
    if (start && !(BYLINE.has(tokens[a].lower) && hasNumber(tokens, a, b))) boiler = true;
    else if (matchesIn(tokens, a, b, footerWord)) boiler = true;
  }
  return boiler;
}

/** Appends the sentence of tokens [from, to) when it is not empty; its line decides later
 * whether it is boilerplate. At module level, not a closure in splitSentences (see
 * DEVELOPERS.md: no closures made per call in the engine). */
function addSentence(out: Sentence[], tokens: Token[], from: number, to: number): void {
  if (to > from) out.push({ from, to, start: tokens[from].start, end: tokens[to - 1].end, boilerplate: false });
}

/** Decides the line [lineStart, lineEnd) and marks the sentences made on it (out[first…]) so. */
function closeLine(text: string, tokens: Token[], out: Sentence[], first: number, lineStart: number, lineEnd: number, state: LineState): void {
  if (!boilerplateLine(text, tokens, lineStart, lineEnd, state)) return;
  for (let k = first; k < out.length; k++) out[k].boilerplate = true;
}

/**
 * One pass over the tokens: a line is decided when its end is reached, and the sentences made
 * on it (those ending on it) take its decision then (a pass of its own to find the lines first
 * read every token once more).
 */
export function splitSentences(text: string, tokens: Token[]): Sentence[] {
  const out: Sentence[] = [];
  const state: LineState = { inRelatedList: false };
  let from = 0;
  let lineStart = 0;
  // the first sentence made on the current line
  let lineFirst = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.gap === 'nl' && i > 0) {
      if (i > from) {
        addSentence(out, tokens, from, i);
        from = i;
      }
      closeLine(text, tokens, out, lineFirst, lineStart, i, state);
      lineStart = i;
      lineFirst = out.length;
    }
    // only a sign ends a sentence (words and numbers, most tokens, are done with here)
    if (t.kind !== 'punct') continue;
    if (endsAfter(tokens, i)) {
      let j = i + 1;
      while (j < tokens.length && tokens[j].gap === '' && isCloser(tokens[j].lower)) j++;
      addSentence(out, tokens, from, j);
      from = j;
      i = j - 1;
    } else if (isCloser(t.lower) && i > 0 && isEnder(tokens[i - 1].lower) && tokens[i + 1]?.gap === ' ' && tokens[i + 1]?.cap) {
      addSentence(out, tokens, from, i + 1); // ... »  Next sentence
      from = i + 1;
    }
  }
  addSentence(out, tokens, from, tokens.length);
  if (tokens.length > 0) closeLine(text, tokens, out, lineFirst, lineStart, tokens.length, state);
  return out;
}
