// Stage 3b: figures. Money ("€1.2bn", "USD 2 bn", "1,2 milliard d'euros", "500 M€",
// "half a billion dollars") and counts ("3 000", "Two thousand"), with ranges ("between 300
// and 500", "300-500") and a conversion given beside the amount ("($1.3 billion)",
// "soit près de 1,3 milliard de dollars"). Years, dates, times, percentages, share prices,
// phone numbers and measures ("2,000-acre") are recognised so that nothing reads them as amounts.
import type { Token, TokenKind } from './01-tokens';
import { parseDigits, parseWords, type ParsedNumber } from './04-numbers';
import { germanNumberWord } from './german-numbers';
import { APPROXIMATE_SCALES, FRACTIONS, HUNDRED_WORDS, THOUSAND_WORDS, UNIT_WORDS, CURRENCY_CODES, CURRENCY_SIGNS, CURRENCY_WORDS, DOLLAR_PREFIX, LONG_SCALE_BILLION, MONTHS, PERCENT_WORDS, PREFIX_CURRENCY_WORDS, SCALE_LETTERS_BEFORE_DOLLAR, SCALED_CURRENCY_WORDS, SCALES, TIME_WORDS, type Lang, type Scale } from './data/numbers';
import { APPROX_BEFORE_ALT, CHANGE_VERBS, RANGE_OPENERS, RANGE_JOINERS } from './data/cues';
import { matchAt, matchEndingAt, phraseTable, recordReader, wordSet } from './phrases';

export type FigureKind = 'money' | 'count' | 'percent' | 'year' | 'other';

export interface Figure {
  kind: FigureKind;
  value: number;
  max: number | null;
  currency: string | null;
  /** Token range [from, to) of the figure with its currency and scale words. */
  from: number;
  to: number;
  written: boolean;
  scaled: boolean;
  alt: { amount: number; currency: string } | null;
  /** Token range of the bracketed or "soit …" conversion, if any. */
  altTo: number;
  reasons: string[];
}

// looked up beside a figure only: no bits of their own (see phraseTable)
const currencyWords = phraseTable(CURRENCY_WORDS, true);
const percentWords = phraseTable(PERCENT_WORDS.map((w) => [w, true] as [string, boolean]), true);
const approxAlt = phraseTable(APPROX_BEFORE_ALT.map((w) => [w, true] as [string, boolean]), true);
const rangeJoiners = phraseTable(RANGE_JOINERS, true);
const rangeOpeners = phraseTable(RANGE_OPENERS.map((w) => [w, true] as [string, boolean]), true);

const scaleWord = recordReader<Scale>(SCALES);
const currencySign = recordReader(CURRENCY_SIGNS);
const scaledCurrencyWord = recordReader(SCALED_CURRENCY_WORDS);

const TUNISIAN_MILLIONS: [string, number] = ['TND', 1e6];
const GLUED_MILLION: Scale = { value: 1e6, glued: true, needsMoney: true };
function scaleOf(t: Token | undefined, lang: Lang) {
  if (!t || t.kind !== 'word') return null;
  const s = scaleWord(t.lower);
  if (!s) return null;
  if (LONG_SCALE_BILLION.has(lang) && (t.lower === 'billion' || t.lower === 'billionen')) return { ...s, value: 1e12 };
  // English glued "mil" is the Malaysian press's million ("RM850mil"); elsewhere "mil" is the Spanish thousand
  if (t.lower === 'mil' && lang === 'en' && t.gap === '') return GLUED_MILLION;
  return s;
}

/** A currency written before the number: "$", "€", "US$", "EUR", "USD". Returns [code, tokens used]. */
function currencyBefore(tokens: Token[], i: number): [string, number] | null {
  const t = tokens[i];
  // "u$s 180 millones", "U$S": the Argentine press's US dollars (read from the "$", as the "u" opens no figure)
  if (t.lower === '$' && t.gap === '' && tokens[i - 1]?.lower === 'u' && tokens[i + 1]?.lower === 's' && tokens[i + 1].gap === '') return ['USD', 2];
  // "$us 120 millones": the Bolivian press's US dollars
  if (t.lower === '$' && tokens[i + 1]?.lower === 'us' && tokens[i + 1].gap === '') return ['USD', 2];
  // the Ghanaian cedi: "GH¢180 million", "GH₵ 1.4 billion" (before the cent sign alone is read as the colón)
  if (t.kind === 'word' && t.lower === 'gh' && t.cap && (tokens[i + 1]?.lower === '¢' || tokens[i + 1]?.lower === '₵') && tokens[i + 1].gap === '') return ['GHS', 2];
  if (t.kind === 'punct' && currencySign(t.lower)) return [currencySign(t.lower)!, 1];
  if (t.kind === 'word' && DOLLAR_PREFIX[t.lower] && t.cap && tokens[i + 1]?.lower === '$' && tokens[i + 1].gap === '') return [DOLLAR_PREFIX[t.lower], 2];
  if (t.kind === 'word' && CURRENCY_CODES.has(t.lower) && t.cap && t.end - t.start === 3) return [t.lower.toUpperCase(), 1];
  // "Rs 9,000 crore", "Rs. 500 crore"
  if (t.kind === 'word' && t.lower === 'rs' && t.cap) return [`INR`, tokens[i + 1]?.lower === '.' && tokens[i + 1].gap === '' ? 2 : 1];
  // the Peruvian sol, "S/ 85 millones", "S/. 30 millones"
  if (t.kind === 'word' && t.lower === 's' && t.cap && tokens[i + 1]?.lower === '/' && tokens[i + 1].gap === '') return ['PEN', tokens[i + 2]?.lower === '.' && tokens[i + 2].gap === '' ? 3 : 2];
  // the Swiss franc before the number, "Fr. 38 Millionen"; the Chilean unidad de fomento, "UF 300.000"
  if (t.kind === 'word' && t.lower === 'fr' && t.cap && tokens[i + 1]?.lower === '.' && tokens[i + 1].gap === '' && tokens[i + 2]?.kind === 'num') return ['CHF', 2];
  if (t.kind === 'word' && t.lower === 'uf' && t.cap && tokens[i + 1]?.kind === 'num' && tokens[i + 1].gap !== '') return ['CLF', 1];
  // the South African rand glued to its number: "R2bn", "R5 billion"
  if (t.kind === 'word' && t.lower === 'r' && t.cap && tokens[i + 1]?.kind === 'num' && tokens[i + 1].gap === '') return ['ZAR', 1];
  // the naira, as the Nigerian press writes it: "N95bn" (the tokenizer splits the "N" only before an amount with a scale)
  if (t.kind === 'word' && t.lower === 'n' && t.cap && t.gap !== '' && tokens[i + 1]?.kind === 'num' && tokens[i + 1].gap === '') return ['NGN', 1];
  // the letters of other presses, glued to an amount with a scale (the tokenizer splits them only there): "Dh2 billion", "SR22.5bn"
  if (t.kind === 'word' && t.cap && tokens[i + 1]?.kind === 'num' && tokens[i + 1].gap === '' && GLUED_LETTER_CURRENCIES[t.lower]) return [GLUED_LETTER_CURRENCIES[t.lower], 1];
  // the Kenyan shilling: "Sh5.2 billion", "KSh 800 million"
  if (t.kind === 'word' && (t.lower === 'sh' || t.lower === 'ksh') && t.cap && tokens[i + 1]?.kind === 'num') return ['KES', 1];
  // and the Ugandan shilling: "Shs450b", "Shs 1.2 trillion"
  if (t.kind === 'word' && t.lower === 'shs' && t.cap && tokens[i + 1]?.kind === 'num') return ['UGX', 1];
  // the boliviano and the guaraní as their presses write them: "Bs 1.740 millones", "Bs. 210 millones", "G. 340.000 millones"
  if (t.kind === 'word' && t.lower === 'bs' && t.cap && (tokens[i + 1]?.kind === 'num' || (tokens[i + 1]?.lower === '.' && tokens[i + 2]?.kind === 'num'))) return ['BOB', tokens[i + 1].lower === '.' ? 2 : 1];
  if (t.kind === 'word' && t.lower === 'g' && t.cap && t.end - t.start === 1 && tokens[i + 1]?.lower === '.' && tokens[i + 1].gap === '' && tokens[i + 2]?.kind === 'num' && tokens[i + 2].gap !== '') return ['PYG', 2];
  // the Gulf press's rial and dinars before the amount: "RO 115 million", "BD 40 million", "KD 12 million"
  if (t.kind === 'word' && t.cap && t.end - t.start === 2 && GULF_LETTERS[t.lower] && tokens[i + 1]?.kind === 'num') return [GULF_LETTERS[t.lower], 1];
  return null;
}

const GULF_LETTERS: Record<string, string> = { ro: 'OMR', bd: 'BHD', kd: 'KWD' };
const GLUED_LETTER_CURRENCIES: Record<string, string> = { dh: 'AED', dhs: 'AED', sr: 'SAR', qr: 'QAR', rm: 'MYR', rp: 'IDR', q: 'GTQ', dkr: 'DKK', skr: 'SEK', nkr: 'NOK', p: 'PHP' };

/** A currency written after the number: "€", "EUR", "euros", "d'euros", "de dólares", "US-Dollar". */
function currencyAfter(tokens: Token[], j: number, limit: number, scaled: boolean): [string, number] | null {
  const t = tokens[j];
  if (!t || j >= limit) return null;
  if (t.kind === 'punct' && currencySign(t.lower)) return [currencySign(t.lower)!, 1];
  if (t.kind === 'word' && CURRENCY_CODES.has(t.lower) && t.gap !== '') return [t.lower.toUpperCase(), 1];
  // Quebec's "(environ 1,15 milliard US)": US dollars, after a scale only ("500 US workers" is no money)
  // (not the start of "US-Dollar", "US$")
  if (scaled && t.kind === 'word' && t.cap && t.lower === 'us' && t.gap !== '' && !(tokens[j + 1]?.gap === '' && (tokens[j + 1].lower === '-' || tokens[j + 1].lower === '$'))) return ['USD', 1];
  let k = j;
  if (scaled && (t.lower === 'de' || t.lower === 'd' || t.lower === 'of')) k = tokens[j + 1]?.lower === "'" ? j + 2 : j + 1;
  // the Algerian press's dinar: "33 milliards de DA" (in capitals; after a scale only)
  if (scaled && k < limit && tokens[k]?.lower === 'da' && tokens[k].cap && tokens[k].end - tokens[k].start === 2) return ['DZD', k - j + 1];
  const m = matchAt(tokens, k, currencyWords, limit);
  return m ? [m.value, k - j + m.len] : null;
}

const SCALE_TEST: Record<Lang, (t: Token | undefined) => boolean> = {
  en: (x) => !!scaleOf(x, 'en'), fr: (x) => !!scaleOf(x, 'fr'), de: (x) => !!scaleOf(x, 'de'), es: (x) => !!scaleOf(x, 'es'),
};
/** Cheap gate before the written-number parser: most words are not number words. */
function mayStartWords(t: Token): boolean {
  return isNumberStart(t);
}
/** First letters of German number words ("ein", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun", "hundert", "tausend"). */
const GERMAN_NUMBER_FIRST = new Uint8Array(256);
for (const c of 'ezdvfsanht') GERMAN_NUMBER_FIRST[c.charCodeAt(0)] = 1;
// asked of nearly every lower-case word: its length and first letter rule out most at once
function mayBeGermanCompound(w: string): boolean {
  return w.length >= 7 && GERMAN_NUMBER_FIRST[w.charCodeAt(0) & 255] === 1 && (w.includes('hundert') || w.includes('tausend') || w.endsWith('halb'));
}
// tested on every word of every sentence: a bit test (see wordSet) rather than a Set look-up
const NUMBER_START = [...Object.keys(UNIT_WORDS), ...HUNDRED_WORDS, ...THOUSAND_WORDS, ...FRACTIONS.map(([f]) => f.split(/[\s-]/)[0]), 'a', 'an'];
const isNumberStart = wordSet(NUMBER_START, isGermanNumberWord);
/** A one-word German number ("zweitausend"): asked once per spelling for the bit above. */
function isGermanNumberWord(lower: string): boolean {
  return mayBeGermanCompound(lower) && germanNumberWord(lower) !== null;
}
const PREFIX_CURRENCIES = new Set(PREFIX_CURRENCY_WORDS);
/** Every token that findFigures looks at: numbers, number words and German compounds
 * ("zweitausend"), URL heads, "per"/"pour", the "+" of a phone number, and what may stand for a
 * currency before the number (signs, codes, dollar prefixes, the words above). */
const mayMatterForFigures = wordSet([
  ...NUMBER_START, 'http', 'https', 'www', 'per', 'pour', '+', ...PREFIX_CURRENCY_WORDS,
  ...Object.keys(CURRENCY_SIGNS), ...CURRENCY_CODES, ...Object.keys(DOLLAR_PREFIX),
], numberOrCompound);

/** The shapes no word list holds, tested once per spelling for the bit above. */
function numberOrCompound(lower: string, kind: TokenKind): boolean {
  return kind === 'num' || mayBeGermanCompound(lower);
}

/** No rule of findFigures can use this token: most words and signs, decided on one bit test
 * (a number's or a compound's string is not read per token). */
export function skippedByFigures(t: Token): boolean {
  return !mayMatterForFigures(t);
}

/** "$1.5-billion", "a 1.2 billion-euro plant": a hyphen at k glues the scale or the currency on.
 * At module level, not a closure in readCore (see thousandsOnly in 04-numbers). */
function hyphenBefore(tokens: Token[], k: number, limit: number): boolean {
  return tokens[k]?.lower === '-' && tokens[k].gap === '' && tokens[k + 1]?.gap === '' && k + 1 < limit;
}

/** One to three plain digits with a space before them: the "200" of "mil 200". */
function isHundreds(t: Token | undefined): boolean {
  return !!t && t.kind === 'num' && t.lower.length <= 3 && t.gap === ' ';
}

interface Core { value: number; currency: string | null; from: number; to: number; scaled: boolean; written: boolean; num: ParsedNumber }

/** The joiner and the words for a half after a scale word, by language. */
const HALF_AFTER_SCALE: Partial<Record<Lang, { joiner: string; halves: string[] }>> = { fr: { joiner: 'et', halves: ['demi', 'demie'] }, es: { joiner: 'y', halves: ['medio'] } };

/** Currency? number scale? currency? starting at i. */
function readCore(tokens: Token[], i: number, limit: number, lang: Lang): Core | null {
  if (i >= limit || !tokens[i]) return null;
  let cur: string | null = null;
  let k = i;
  const pre = currencyBefore(tokens, i);
  if (pre) {
    cur = pre[0];
    k = i + pre[1];
    if (tokens[k]?.gap === 'nl') return null;
  }
  const t = tokens[k];
  if (!t || k >= limit) return null;
  const num = t.kind === 'num' ? parseDigits(tokens, k, lang) : t.kind === 'word' && !pre && mayStartWords(t) ? parseWords(tokens, k, lang, SCALE_TEST[lang]) : null;
  if (!num || num.to > limit) return null;
  let j = num.to;
  // "3,500 millones" in Mexican or other Latin American copy: thousands (Spain writes 3.500)
  let value = lang === 'es' && num.commaThousands !== null && scaleOf(tokens[j], lang) ? num.commaThousands : num.value;
  let scaled = false;
  const viaHyphen = hyphenBefore(tokens, j, limit) && !!scaleOf(tokens[j + 1], lang) && !scaleOf(tokens[j + 1], lang)!.glued;
  if (viaHyphen) j++;
  const s = scaleOf(tokens[j], lang);
  if (s && j < limit) {
    // (a fraction written with its hyphen is no number glued to a letter: "un demi-milliard", "half-billion")
    const glued = tokens[j].gap === '' && !viaHyphen && tokens[j - 1]?.lower !== '-';
    // (past the dot of an abbreviated scale: "47 Mill. Euro")
    const nextIsMoney = !!currencyAfter(tokens, j + 1, limit, true) || !!cur
      || (tokens[j + 1]?.lower === '.' && tokens[j + 1].gap === '' && !!currencyAfter(tokens, j + 2, limit, true));
    // (a square or cubic metre is no million: "the 42,000m² factory")
    const metres = glued && tokens[j + 1]?.gap === '' && (tokens[j + 1].lower === '²' || tokens[j + 1].lower === '³');
    const ok = metres ? false : glued ? s.glued : !s.needsMoney || nextIsMoney;
    if (ok && !(num.written && glued)) {
      const milMillones = tokens[j].lower === 'mil' && /^millon|^millón/.test(tokens[j + 1]?.lower ?? '');
      // "Rs 1.2 lakh crore", "₹10 lakh crore": a lakh of crores (10^12)
      const lakhCrore = (tokens[j].lower === 'lakh' || tokens[j].lower === 'lakhs') && (tokens[j + 1]?.lower === 'crore' || tokens[j + 1]?.lower === 'crores');
      const scale = milMillones ? 1e9 : lakhCrore ? 1e12 : s.value;
      value *= scale;
      j += milMillones || lakhCrore ? 2 : 1;
      scaled = true;
      // "un milliard et demi d'euros", "dos millones y medio": half the scale more
      const half = HALF_AFTER_SCALE[lang];
      if (half && scale >= 1e3 && j + 1 < limit && tokens[j].lower === half.joiner && half.halves.includes(tokens[j + 1].lower)) {
        value += scale / 2;
        j += 2;
      }
      // "une vingtaine de millions d'euros", "una decena de millones": a round count of millions
      if (APPROXIMATE_SCALES.has(tokens[j - 1].lower) && s.value < 1e3) {
        const of = tokens[j]?.lower === 'de' ? 1 : tokens[j]?.lower === 'd' && tokens[j + 1]?.lower === "'" ? 2 : 0;
        const big = of && j + of < limit ? scaleOf(tokens[j + of], lang) : undefined;
        if (big && !big.glued && big.value >= 1e6) {
          value *= big.value;
          j += of + 1;
        }
      }
      // "2 mil 500 millones" (Mexico): the hundreds after "mil" belong to the number
      if (lang === 'es' && tokens[j - 1].lower === 'mil' && isHundreds(tokens[j]) && j < limit) {
        value += Number(tokens[j].lower);
        j++;
        const more = scaleOf(tokens[j], lang);
        if (more && !more.glued && more.value > 1e3 && j < limit) {
          value *= more.value;
          j++;
        }
        // "3 mil 500 mdp": the abbreviation carries the millions and the currency
        const abbreviated = !more && j < limit && tokens[j]?.kind === 'word' ? scaledCurrencyWord(tokens[j].lower) : undefined;
        if (abbreviated && !cur) {
          value *= abbreviated[1];
          cur = abbreviated[0];
          j++;
        }
      }
      // "Mio." / "Mrd." before a currency: the dot belongs to the abbreviation
      if (tokens[j]?.lower === '.' && tokens[j].gap === '' && currencyAfter(tokens, j + 1, limit, true)) j++;
    }
  }
  // "850 mdd": millions of dollars in one word
  // (and the Tunisian press's "95 MD", "48 MDT": millions of dinars, when no currency follows to make "Md" a milliard: "1,2 Md€")
  const tunisian = !cur && !scaled && lang === 'fr' && j < limit && tokens[j]?.kind === 'word' && tokens[j].cap && (tokens[j].lower === 'md' || tokens[j].lower === 'mdt')
    && !currencyAfter(tokens, j + 1, limit, true);
  const both = tunisian ? TUNISIAN_MILLIONS : !cur && !scaled && j < limit && tokens[j]?.kind === 'word' ? scaledCurrencyWord(tokens[j].lower) : undefined;
  if (both) {
    // "1,200 mdd": Mexico groups thousands with a comma
    if (lang === 'es' && num.commaThousands !== null && value === num.value) value = num.commaThousands;
    cur = both[0];
    value *= both[1];
    scaled = true;
    j++;
  }
  // "42 M$", "1,6 G$"
  const letter = !cur && !scaled && j + 1 < limit && tokens[j]?.kind === 'word' && tokens[j].cap && tokens[j + 1].lower === '$' && tokens[j + 1].gap === '' ? SCALE_LETTERS_BEFORE_DOLLAR[tokens[j].lower] : undefined;
  if (letter && tokens[j].end - tokens[j].start === 1) {
    cur = 'USD';
    value *= letter;
    scaled = true;
    j += 2;
  }
  if (!cur && scaled && hyphenBefore(tokens, j, limit) && currencyAfter(tokens, j + 1, limit, false)) j++;
  if (!cur) {
    const post = currencyAfter(tokens, j, limit, scaled);
    if (post) {
      cur = post[0];
      j += post[1];
    }
  }
  // "3,000 empleos", "1,500 Stellen": a count has no decimals, so the comma groups thousands
  if (!scaled && !cur && num.commaThousands !== null) value = num.commaThousands;
  // the figure as written starts at the "u" of "u$s"
  // (not "$us", whose "$" comes first)
  const from = pre && pre[1] === 2 && tokens[i].lower === '$' && tokens[i + 1]?.lower === 's' ? i - 1 : i;
  return { value, currency: cur, from, to: j, scaled, written: num.written, num };
}

const COUNT_BESIDE = new Set(['jobs', 'arbeitsplätze', 'stellen', 'mitarbeiter', 'beschäftigte', 'emplois', 'postes', 'empleos', 'puestos', 'workers', 'people',
  'employees', 'personnes', 'personas', 'trabajadores', 'new', 'neue', 'nouveaux', 'nuevos', 'rund', 'etwa', 'about', 'around', 'roughly', 'environ', 'quelque', 'unos', 'unas']);

const VAGUE_BEFORE = new Set(['wenige', 'einige', 'mehrere', 'paar', 'several', 'few', 'quelques', 'plusieurs', 'varios', 'varias', 'algunos', 'algunas']);
function kindOf(tokens: Token[], c: Core, limit: number): FigureKind {
  const next = tokens[c.to];
  const prev = tokens[c.from - 1];
  if (c.num.phoneLike || Number.isNaN(c.value)) return 'other';
  if (matchAt(tokens, c.to, percentWords, limit)) return 'percent';
  // (a written number from five up may count people: "Eighty-five new positions", "créera sept emplois")
  // ("wenige Hundert Jobs", "several hundred", "quelques centaines": no number at all)
  if (c.written && VAGUE_BEFORE.has(prev?.lower ?? '')) return 'other';
  if (c.written) return c.value >= 5 || c.scaled ? (c.currency ? 'money' : 'count') : 'other';
  // "rund 2000 Jobs", "about 2000 workers": four digits with a count's word beside them are no year
  if (c.num.bare4 && !c.currency && !c.scaled && c.value >= 1800 && c.value <= 2100 && !COUNT_BESIDE.has(next?.lower ?? '') && !COUNT_BESIDE.has(prev?.lower ?? '')) return 'year';
  const small = c.num.to - c.num.from === 1 && tokens[c.num.from].lower.length <= 2;
  if (small && !c.scaled && (MONTHS.has(next?.lower ?? '') || MONTHS.has(prev?.lower ?? '') || (next?.lower === '.' && MONTHS.has(tokens[c.to + 1]?.lower ?? '')))) return 'other';
  if (next && next.gap === '' && next.kind === 'word') return 'other'; // 40,000th, 06h45, 1,468p
  if (next && TIME_WORDS.has(next.lower) && next.kind === 'word' && !c.currency) return 'other';
  const hyphenWord = next && next.gap === '' && (next.lower === '-' || next.lower === '‑') && tokens[c.to + 1]?.kind === 'word' && tokens[c.to + 1].gap === '' ? tokens[c.to + 1].lower : null;
  if (hyphenWord && !c.currency && /^(jobs?|person|people|strong|worker)$/.test(hyphenWord)) return 'count'; // a 1,000-job plant
  if (hyphenWord && c.currency && c.scaled && hyphenWord === 'plus') return 'money'; // "$1 billion-plus"
  // money glued to a noun is still the amount: "die 380-Millionen-Euro-Investition" ("a 1.2 million-square-foot campus" is no count)
  if (hyphenWord && c.scaled && c.currency) return 'money';
  if (hyphenWord) return 'other'; // 2,000-acre
  if (prev && tokens[c.from].gap === '' && prev.kind === 'word') return 'other'; // glued to a word
  // 7:45 (not a fact box's "Inversión fase 1: 65 millones de dólares", a space after its colon)
  if (prev && prev.lower === ':' && tokens[c.from - 2]?.kind === 'num' && tokens[c.from].gap === '') return 'other';
  if (c.currency && !c.scaled && c.value < 1000 && c.value % 1 !== 0) return 'other'; // a share price
  return c.currency ? 'money' : 'count';
}

/** A conversion right after a money figure: "($1.3 billion)", ", soit près de 1,3 milliard de dollars". */
function readAlt(tokens: Token[], j: number, limit: number, lang: Lang): { amount: number; currency: string; to: number } | null {
  let k = j;
  const bracket = tokens[k]?.lower === '(';
  if (bracket) k++;
  else {
    if (tokens[k]?.lower === ',') k++;
    const w = tokens[k]?.lower;
    if (w !== 'soit' && w !== 'or' && w !== 'oder' && w !== 'bzw' && w !== 'equivalent' && w !== 'o') return null;
    k++;
    if (tokens[k]?.lower === '.' || tokens[k]?.lower === 'to' || tokens[k]?.lower === 'sea') k++;
  }
  const c = moneyAt(tokens, k, limit, lang);
  if (!c) return null;
  let to = c.to;
  if (bracket) {
    // (a few words may follow inside: "(unos $ 1.130.000 millones al tipo de cambio oficial)")
    for (let words = 0; words < 6 && tokens[to]?.kind === 'word' && to < limit; words++) to++;
    // a second conversion in the same brackets is one too: "(£300m; $400m)", "(€1.1bn/$1.2bn)"
    to = furtherConversions(tokens, to, limit, lang);
    if (tokens[to]?.lower !== ')') return null;
    to++;
  }
  return { amount: c.value, currency: c.currency!, to };
}

/** An amount of money at k, past an "about" of a conversion ("soit environ", "(unos"), or null. */
function moneyAt(tokens: Token[], k: number, limit: number, lang: Lang): Core | null {
  const approx = matchAt(tokens, k, approxAlt, limit);
  if (approx) k += approx.len;
  const c = readCore(tokens, k, limit, lang);
  return c && c.currency && kindOf(tokens, c, limit) === 'money' ? c : null;
}

const CONVERSION_SEPARATORS = new Set([';', ',', '/']);
/** Past any further amounts of money listed after a bracketed conversion, each after ";", "," or "/". */
function furtherConversions(tokens: Token[], to: number, limit: number, lang: Lang): number {
  for (let more = 0; more < 3 && CONVERSION_SEPARATORS.has(tokens[to]?.lower); more++) {
    const c = moneyAt(tokens, to + 1, limit, lang);
    if (!c) break;
    to = c.to;
  }
  return to;
}

const CHAIN_PUNCT = new Set(['-', '.', '(', ')', '/']);
/** Three or more digit groups in a row with spaces between, at most four digits each. */
function isDigitChain(tokens: Token[], i: number, to: number): boolean {
  let groups = 0;
  for (let k = i; k < to && groups < 3; k++) {
    const t = tokens[k];
    if (t.kind !== 'num' || t.lower.length > 4 || (k > i && (t.gap === '' || t.gap === 'nl'))) break;
    groups++;
  }
  return groups >= 3 && !(tokens[i].lower.length <= 3 && tokens[i + 1]?.lower.length === 3 && tokens[i + 2]?.lower.length === 3);
}
function chainEnd(tokens: Token[], k: number, to: number): number {
  while (k < to && tokens[k].gap !== 'nl' && (tokens[k].kind === 'num' || (CHAIN_PUNCT.has(tokens[k].lower) && tokens[k + 1]?.kind === 'num'))) k++;
  return k;
}

const CLAIMABLE = new Set<FigureKind>(['money', 'count']);

/** What findFigures returns for the many sentences with no figure (frozen: a caller that added to it would throw, not corrupt the next sentence's). */
const NO_FIGURES: Figure[] = Object.freeze([]) as unknown as Figure[];

export function findFigures(tokens: Token[], from: number, to: number, lang: Lang): Figure[] {
  // made at the first figure: most sentences have none, and most of the rest one
  let out: Figure[] | null = null;
  for (let i = from; i < to; i++) {
    const t = tokens[i];
    if (skippedByFigures(t)) continue;
    if (t.kind === 'word' && (t.lower === 'http' || t.lower === 'https' || t.lower === 'www')) {
      while (i + 1 < to && tokens[i + 1].gap === '') i++; // a URL: its digits are not figures
      continue;
    }
    if (t.kind === 'word' && (t.lower === 'per' || t.lower === 'pour')) continue;
    // phone numbers: "+41 21 555 01 23", "01 23 45 67 89": skip the whole chain of digit groups
    if ((t.lower === '+' && tokens[i + 1]?.kind === 'num' && tokens[i + 1].gap === '') || (t.kind === 'num' && isDigitChain(tokens, i, to))) {
      i = chainEnd(tokens, i + 1, to) - 1;
      continue;
    }
    // cheap gate: a figure starts with a digit, a currency sign or code, or a number word
    if (t.kind === 'word' ? !(mayStartWords(t) || (t.cap && (CURRENCY_CODES.has(t.lower) || DOLLAR_PREFIX[t.lower] || PREFIX_CURRENCIES.has(t.lower)))) : t.kind === 'punct' && !currencySign(t.lower)) continue;
    const c = readCore(tokens, i, to, lang);
    if (!c) continue;
    let kind = kindOf(tokens, c, to);
    const fig: Figure = { kind, value: c.value, max: null, currency: c.currency, from: c.from, to: c.to, written: c.written, scaled: c.scaled, alt: null, altTo: c.to, reasons: [] };
    // (a small written number may open a range: "entre cuatro y cinco millones de euros")
    if (CLAIMABLE.has(kind) || (c.written && kind === 'other')) readRange(tokens, fig, c, to, lang);
    kind = fig.kind;
    if (kind === 'money') {
      const alt = readAlt(tokens, fig.to, to, lang);
      if (alt) {
        fig.alt = { amount: alt.amount, currency: alt.currency };
        fig.altTo = alt.to;
        fig.reasons.push('conversion-beside');
      }
    }
    if (out === null) out = [fig];
    else out.push(fig);
    i = Math.max(i, fig.altTo - 1);
  }
  return out ?? NO_FIGURES;
}

const changeVerbs = new Set(CHANGE_VERBS);
const CHANGE_OPENERS = new Set(['from', 'de', 'von']);
/** A verb that moves an amount ends within the four words before the opener "de"/"from"/"von" at `from - 1`. */
function changedBefore(tokens: Token[], from: number): boolean {
  for (let k = from - 2; k >= Math.max(0, from - 6); k--) {
    const t = tokens[k];
    if (t.kind !== 'word') return false;
    if (changeVerbs.has(t.lower)) return true;
  }
  return false;
}

/** "between 300 and 500", "300-500", "300 à 500", "$1bn-$1.5bn", "1 à 2 milliards d'euros". */
function readRange(tokens: Token[], fig: Figure, c: Core, limit: number, lang: Lang): void {
  const j = c.to;
  const joiner = matchAt(tokens, j, rangeJoiners, limit);
  if (!joiner) return;
  const opened = !!matchEndingAt(tokens, c.from, rangeOpeners, Math.max(0, c.from - 3));
  if (joiner.value === 'needs-opener' && !opened) return;
  if (tokens[j].lower === 'bis' && tokens[j + 1]?.lower === 'zu') return;
  const second = readCore(tokens, j + joiner.len, limit, lang);
  if (!second) return;
  const secondKind = kindOf(tokens, second, limit);
  // (the currency on the first bound, the scale on the second: "entre US$ 200 y 250 millones", "between $200 and 250 million")
  const moneyAcross = c.currency !== null && !second.currency && second.scaled && secondKind === 'count';
  if (secondKind !== (second.currency || c.currency ? 'money' : 'count') && !moneyAcross) return;
  let min = c.value;
  if (!c.scaled && second.scaled && second.num.value > 0) min = c.value * (second.value / second.num.value);
  if (c.currency && second.currency && c.currency !== second.currency) return;
  const currency = c.currency ?? second.currency;
  if (currency && opened && c.from > 0 && CHANGE_OPENERS.has(tokens[c.from - 1].lower) && changedBefore(tokens, c.from)) {
    // the earlier amount, in the later one's scale and currency; the later one is read as a figure of its own
    fig.value = min;
    fig.currency = currency;
    fig.kind = 'money';
    fig.scaled = fig.scaled || second.scaled;
    fig.reasons.push('change-from');
    return;
  }
  if (!(second.value > min)) return;
  fig.value = min;
  fig.max = second.value;
  fig.currency = c.currency ?? second.currency;
  fig.kind = fig.currency ? 'money' : 'count';
  // (the scale of the second bound is the range's: "entre 40 y 50 millones" reads as millions with the currency left out)
  fig.scaled = fig.scaled || second.scaled;
  fig.to = second.to;
  fig.altTo = second.to;
  fig.reasons.push(opened ? 'range-between' : 'range-dash');
}
