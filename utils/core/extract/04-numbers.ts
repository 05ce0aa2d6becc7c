// Stage 3a: numbers as written. Digit groups with the separators of each language
// ("3,000", "3 000" with a normal, no-break or narrow no-break space, "2.000", "1,2",
// "1.234,5") and written-out numbers ("three thousand", "Trois mille", "zweitausend").
import type { Token } from './01-tokens';
import { ARTICLE_ONE, FRACTIONS, HUNDRED_WORDS, NUMBER_JOINERS, THOUSAND_WORDS, UNIT_WORDS, type Lang } from './data/numbers';
import { germanNumberWord } from './german-numbers';
import { matchAt, phraseTable, recordReader } from './phrases';

export interface ParsedNumber {
  value: number;
  /** Token range [from, to). */
  from: number;
  to: number;
  /** A plain run of 4 digits (a year candidate). */
  bare4: boolean;
  written: boolean;
  /** More digit groups follow with spaces: a phone number or a list, not an amount. */
  phoneLike: boolean;
  /**
   * "3,000" outside English: read as 3.0 above, but as 3000 where commas group thousands (Mexico,
   * much of Latin America, wire copy); the figure stage chooses. null for any other form.
   */
  commaThousands: number | null;
}

// (the Swiss press groups thousands with an apostrophe: "1'000", "CHF 750'000", "2'000'000")
const isSep = (t: Token | undefined) => !!t && t.kind === 'punct' && t.gap === '' && (t.lower === '.' || t.lower === ',' || t.lower === "'");

/** Digits at token i; `lang` decides what a lone "," or "." before three digits means. */
export function parseDigits(tokens: Token[], i: number, lang: Lang): ParsedNumber | null {
  const first = tokens[i];
  if (first.kind !== 'num') return null;
  // the groups are the number tokens of [i, j), each after its separator (the punct token
  // before it, or a space): counted here and read again only when there are two separators or
  // more, so a plain "2024" or "3,000" makes no arrays (a number was two arrays and a closure)
  const firstLen = first.lower.length;
  let seps = 0;
  let firstSep = '';
  let secondGroup = '';
  let onlySpaces = true;
  let j = i + 1;
  for (;;) {
    const t = tokens[j];
    if (isSep(t) && tokens[j + 1]?.kind === 'num' && tokens[j + 1].gap === '') {
      if (seps === 0) {
        firstSep = t.lower;
        secondGroup = tokens[j + 1].lower;
      }
      seps++;
      onlySpaces = false;
      j += 2;
    // (groups split by spaces: the French and Spanish press print "3 000", South African and Kenyan English "1 200")
    } else if (t && t.kind === 'num' && t.lower.length === 3 && (t.gap === 'nbsp' || t.gap === ' ') && firstLen <= 3 && onlySpaces) {
      if (seps === 0) {
        firstSep = ' ';
        secondGroup = t.lower;
      }
      seps++;
      j += 1;
    } else break;
  }
  // a trailing ", 000"-less comma or a sentence dot is not ours: done above by requiring a glued digit
  let value: number;
  let commaThousands: number | null = null;
  if (seps === 0) value = Number(first.lower);
  else if (seps >= 2 && thousandsOnly(tokens, i, j, firstSep)) value = Number(digitsOf(tokens, i, j, false));
  else if (seps >= 2 && sepBefore(tokens, j - 1) !== firstSep /* the last group's */ && middleGroupsOfThree(tokens, i, j)) {
    value = Number(digitsOf(tokens, i, j, true)); // 1,234.5 or 1.234,5
  } else if (seps === 1) {
    const three = secondGroup.length === 3 && firstLen <= 3;
    const thousands = firstSep === ' ' || (three && firstSep === "'") || (three && (lang === 'en' ? firstSep === ',' : firstSep === '.'));
    value = thousands ? joinedDigits(first.lower, secondGroup) : decimalDigits(first.lower, secondGroup);
    if (!thousands && three && firstSep === ',') commaThousands = joinedDigits(first.lower, secondGroup);
  } else return { value: NaN, from: i, to: j, bare4: false, written: false, phoneLike: true, commaThousands };
  const next = tokens[j];
  const phoneLike = (!!next && next.kind === 'num' && next.gap !== '' && next.gap !== 'nl' && seps === 0 && firstLen <= 4 && tokens[i - 1]?.lower === '+')
    || tokens[i - 1]?.lower === '+';
  return { value, from: i, to: j, bare4: seps === 0 && firstLen === 4, written: false, phoneLike, commaThousands };
}

/** Not `digits.charCodeAt(k)`: see 01-tokens.ts (the strings read here are of several kinds). */
const charCodeAt = String.prototype.charCodeAt;

/** Digit strings this long or shorter have a value below 2^53: exact as a double. */
const EXACT_DIGITS = 15;
const POWERS_OF_TEN: number[] = [];
for (let k = 0, p = 1; k <= EXACT_DIGITS; k++, p *= 10) POWERS_OF_TEN.push(p);

/** The value of a string of at most EXACT_DIGITS ASCII digits (a number token's). */
function exactValue(digits: string): number {
  let value = 0;
  for (let k = 0; k < digits.length; k++) value = value * 10 + (charCodeAt.call(digits, k) - 48);
  return value;
}

/**
 * `Number(a + b)` for two number tokens' digits ("3" and "000"), without making the string
 * and parsing it (the cost of most numbers with one separator): the integer is exact in a
 * double up to EXACT_DIGITS digits, longer ones are parsed as before.
 */
function joinedDigits(a: string, b: string): number {
  if (a.length + b.length > EXACT_DIGITS) return Number(a + b);
  return exactValue(a) * POWERS_OF_TEN[b.length] + exactValue(b);
}

/**
 * `Number(`${a}.${b}`)` for two number tokens' digits ("1" and "5"): the digits as one exact
 * integer divided by an exact power of ten, which IEEE division rounds once, correctly, to the
 * double nearest the decimal, as the parse does.
 */
function decimalDigits(a: string, b: string): number {
  if (a.length + b.length > EXACT_DIGITS) return Number(`${a}.${b}`);
  return (exactValue(a) * POWERS_OF_TEN[b.length] + exactValue(b)) / POWERS_OF_TEN[b.length];
}

/** The separator before the group at token k: the glued "," or "." before it, else a space. */
function sepBefore(tokens: Token[], k: number): string {
  return tokens[k - 1].kind === 'punct' ? tokens[k - 1].lower : ' ';
}

/** "1,234,567", "1 234 567": every separator is `sep`, every group after the first has three digits. */
function thousandsOnly(tokens: Token[], i: number, j: number, sep: string): boolean {
  if (tokens[i].lower.length > 3) return false;
  for (let k = i + 1; k < j; k++) {
    if (tokens[k].kind !== 'num') continue;
    if (tokens[k].lower.length !== 3 || sepBefore(tokens, k) !== sep) return false;
  }
  return true;
}

/** The groups between the first and the last have three digits each. */
function middleGroupsOfThree(tokens: Token[], i: number, j: number): boolean {
  for (let k = i + 1; k < j - 1; k++) if (tokens[k].kind === 'num' && tokens[k].lower.length !== 3) return false;
  return true;
}

/** The digits of the groups in [i, j) written together; with `point`, the groups but the last, a
 * "." and the last group: "1,234.5" is 1234.5, "1.234,5" too. */
function digitsOf(tokens: Token[], i: number, j: number, point: boolean): string {
  let s = '';
  const end = point ? j - 1 : j;
  for (let k = i; k < end; k++) if (tokens[k].kind === 'num') s += tokens[k].lower;
  return point ? `${s}.${tokens[j - 1].lower}` : s;
}

/** UNIT_WORDS from a Map (see recordReader): read at every word of a written-out number. */
const unitWord = recordReader(UNIT_WORDS);

// looked up at number words only: no bit of its own (see phraseTable)
const fractions = phraseTable(FRACTIONS, true);

/** Written-out numbers. Single small words ("one", "un") are returned too; the figure
 * stage decides whether they are amounts (they must reach 100 or carry a scale word). */
export function parseWords(tokens: Token[], i: number, lang: Lang, isScale: (t: Token | undefined) => boolean): ParsedNumber | null {
  // the "cent" of "22 per cent", "30 pour cent" opens no number
  if (tokens[i].lower === 'cent' && i > 0 && (tokens[i - 1].lower === 'per' || tokens[i - 1].lower === 'pour')) return null;
  const frac = matchAt(tokens, i, fractions);
  if (frac && isScale(tokens[i + frac.len])) return { value: frac.value, from: i, to: i + frac.len, bare4: false, written: true, phoneLike: false, commaThousands: null };
  if (ARTICLE_ONE[lang].includes(tokens[i].lower) && isScale(tokens[i + 1])) return { value: 1, from: i, to: i + 1, bare4: false, written: true, phoneLike: false, commaThousands: null };
  // "mil millones de dólares": one thousand million, the scale word does all the work
  if (isScaleOnly(tokens, i)) return { value: 1, from: i, to: i, bare4: false, written: true, phoneLike: false, commaThousands: null };
  let total = 0;
  let current = 0;
  let j = i;
  let used = 0;
  let compound: number | null;
  let fraction: [number, number] | null;
  for (;;) {
    const t = tokens[j];
    if (!t) break;
    const w = t.lower;
    const unit = t.kind === 'word' ? unitWord(w) : undefined;
    if (unit !== undefined) current += unit;
    else if (t.kind === 'word' && HUNDRED_WORDS.has(w)) current = (current || 1) * 100;
    else if (t.kind === 'word' && THOUSAND_WORDS.has(w) && !isScaleOnly(tokens, j)) {
      total += (current || 1) * 1000;
      current = 0;
    } else if (t.kind === 'word' && (compound = germanNumberWord(w)) !== null) {
      // "zweihundertvierzig", "zweitausend" ("zweitausend fünfhundert" goes on with the next word)
      if (compound >= 1000) total += compound;
      else current += compound;
    } else if (lang === 'es' && t.kind === 'num' && total > 0 && current === 0 && w.length <= 3 && t.gap === ' ' && used > 0) {
      current = Number(w); // "mil 200": Mexican copy writes the hundreds in digits
    } else if (used > 0 && current > 0 && w === 'and' && (fraction = fractionBeforeScale(tokens, j + 1, isScale)) !== null) {
      // "two and a half billion pounds", "one and a half thousand jobs": the scale comes after
      current += fraction[0];
      used++;
      j += 1 + fraction[1];
      break;
    } else if (used > 0 && (w === '-' || (NUMBER_JOINERS.has(w) && t.kind === 'word' && joinsNumber(current, total, tokens[j + 1]))) && isNumberWord(tokens[j + 1])) {
      j++;
      continue;
    } else break;
    used++;
    j++;
  }
  if (!used) return null;
  return { value: total + current, from: i, to: j, bare4: false, written: true, phoneLike: false, commaThousands: null };
}

/** "a half" or "a quarter" right before a scale word: its value and its length in tokens. */
function fractionBeforeScale(tokens: Token[], j: number, isScale: (t: Token | undefined) => boolean): [number, number] | null {
  if (tokens[j]?.lower !== 'a') return null;
  const part = tokens[j + 1]?.lower === 'half' ? 0.5 : tokens[j + 1]?.lower === 'quarter' ? 0.25 : 0;
  return part && isScale(tokens[j + 2]) ? [part, 2] : null;
}

/** "treinta y cinco", "vingt et un", "two hundred and fifty", "three thousand and six" are one number;
 * "entre cuatro y cinco", "zwischen zehn und zwölf", "entre six et huit" are two (a range). */
function joinsNumber(current: number, total: number, next: Token | undefined): boolean {
  if (current === 0) return total > 0;
  if (current % 100 === 0) return true;
  const unit = next ? unitWord(next.lower) : undefined;
  return current >= 20 && current % 10 === 0 && unit !== undefined && unit < 10;
}

// "mil millones" (Spanish billion): the "mil" belongs to the scale, not to the number
function isScaleOnly(tokens: Token[], j: number): boolean {
  return tokens[j].lower === 'mil' && /^millon(es)?$|^millón$/.test(tokens[j + 1]?.lower ?? '');
}

function isNumberWord(t: Token | undefined): boolean {
  return !!t && t.kind === 'word' && (unitWord(t.lower) !== undefined || HUNDRED_WORDS.has(t.lower) || THOUSAND_WORDS.has(t.lower));
}
