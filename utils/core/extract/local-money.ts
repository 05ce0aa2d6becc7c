// Which money a figure is in when the text leaves it open: euros in the French, German and Spanish
// press, the local dollar or peso where the story is set ("$" in a Colombian or Quebec story), a
// bare "$" told by its conversion into US dollars, and the currency of a place's country.
import type { Token } from './01-tokens';
import type { Figure } from './05-figures';
import type { Mention } from './06-entities';
import type { Lang } from './data/numbers';
import { countryOf, type Place } from './gazetteer';
import { wordIn } from './phrases';

/** Where an amount in millions with no currency ("invertirá 900 millones") is most likely in euros. */
export const EURO_PRESS = new Set(['fr', 'de', 'es']);

/** The country the story names most often (datelines aside): where a claim with no place of its own goes;
 * with `among`, the most named of the countries it accepts. */
export function storyCountry(mentions: Mention[], among?: (country: string) => boolean): string | null {
  const counts = new Map<string, number>();
  let best: string | null = null;
  for (const m of mentions) {
    if (m.type !== 'place' || m.place!.dateline) continue;
    const c = countryOf(m.place!);
    if (!c || (among && !among(c))) continue;
    counts.set(c, (counts.get(c) ?? 0) + 1);
    if (!best || counts.get(c)! > counts.get(best)!) best = c;
  }
  return best;
}

/**
 * Where a bare "$" (and, in Spanish, "pesos") is the local money: the peso in the Spanish-language
 * press of Latin America, the Canadian dollar in Quebec's and Canada's press, the Australian and
 * New Zealand dollars in theirs, the Singapore dollar in Singapore's. Judged by the country the story names most.
 */
const LOCAL_DOLLAR: Record<Lang, Record<string, string>> = {
  es: { Argentina: 'ARS', Colombia: 'COP', Chile: 'CLP', Mexico: 'MXN', Uruguay: 'UYU' },
  fr: { Canada: 'CAD' },
  en: { Canada: 'CAD', Australia: 'AUD', 'New Zealand': 'NZD', Singapore: 'SGD' },
  de: {},
};

/**
 * A bare "$" amount no company's project reaches in US dollars ("$ 350.000 millones" for a dairy plant in Sopó,
 * in a story that names the United States more often than Colombia): in the Spanish-language press, the peso
 * of the Latin American country the story names most.
 */
export const TOO_LARGE_FOR_DOLLARS = 1e11;
export function storyPeso(mentions: Mention[]): string | null {
  const country = storyCountry(mentions, (c) => Object.hasOwn(LOCAL_DOLLAR.es, c));
  return country ? LOCAL_DOLLAR.es[country] : null;
}

/** The local dollar written with its own mark: then a bare "$" is another dollar (US, mostly). */
const OWN_DOLLAR_MARKED: Record<string, RegExp> = {
  CAD: /(?:^|[^\p{L}])(?:C|CA|CDN)\$|\bCAD\b/u,
  AUD: /(?:^|[^\p{L}])(?:A|AU)\$|\bAUD\b/u,
  NZD: /(?:^|[^\p{L}])NZ\$|\bNZD\b/u,
  SGD: /(?:^|[^\p{L}])S\$|\bSGD\b/u,
};

const US_DOLLAR_MARKED = /(?:^|[^\p{L}])US\$|\bUSD\b/u;
/** "C$7 billion ($5.1 billion)", "(about $3.6bn)": a bare "$" in brackets, where a conversion into US dollars goes. */
const BARE_DOLLAR_IN_BRACKETS = /\((?:[^()$]{0,20}[^\p{L}$])?\$/u;

/** The local money of the story's country, if "$" means it there; Argentina also by its "u$s" notation. */
export function localDollar(text: string, lang: Lang, country: string | null): string | null {
  const local = country ? LOCAL_DOLLAR[lang][country] : undefined;
  if (lang !== 'es') {
    // an outlet that writes "C$7 billion ($5.1 billion)" keeps the bare "$" for US dollars; one
    // that marks only another country's dollar ("NZ$85m" in Sydney) still means its own by "$"
    // (the scan of the whole text runs only for the few stories set in those countries)
    // (unless it marks the US dollar too: then "$" alone is its own, "S$8.1 billion" a conversion's, "US$350 million" another's)
    // (and only when a bare "$" stands in brackets, as a conversion does: a headline's "A$2.1bn" and the body's "$2.1 billion" are one money)
    if (!local || (OWN_DOLLAR_MARKED[local].test(text) && !US_DOLLAR_MARKED.test(text) && BARE_DOLLAR_IN_BRACKETS.test(text))) return null;
    return local;
  }
  if (local) return local;
  // (a story without a "$" has no "u$s": the text is searched for the char before the regex scans it)
  return text.includes('$') && /\bu\$s\b/i.test(text) ? 'ARS' : null;
}

/** Where "dollars" alone is the local dollar ("investira 1,6 milliard de dollars" in Quebec); in Latin America "dólares" are US dollars. */
const DOLLAR_COUNTRIES = new Set(['CAD', 'AUD', 'NZD', 'SGD']);
const DOLLAR_WORDS = new Set(['dollars', 'dollar']);
/** The word "dollars" ends the figure with nothing glued before or after it naming another ("US dollars", "dollars américains"). */
function dollarWordIn(tokens: Token[], from: number, to: number): boolean {
  const last = tokens[to - 1];
  return to - from >= 2 && DOLLAR_WORDS.has(last.lower) && tokens[to - 2].lower !== 'us' && !/^(us|américains|americains|américain)$/.test(tokens[to]?.lower ?? '');
}

/**
 * "$350 millones (unos 19 millones de dólares)", "$1.4-billion (US$1-billion)": a bare "$" converted
 * into US dollars is another dollar or a peso; in a story set nowhere we know, the rate tells which
 * (recent years' rates, wide bands that do not overlap).
 */
const DOLLAR_SIGN_RATES: [string, number, number][] = [
  ['CAD', 1.2, 1.46], ['AUD', 1.46, 1.66], ['NZD', 1.66, 1.85], ['MXN', 15, 22], ['ARS', 800, 1600], ['COP', 3500, 4600],
];
export function dollarByItsConversion(tokens: Token[], f: Figure): void {
  if (f.currency !== 'USD' || f.alt?.currency !== 'USD' || !f.alt.amount || !bareDollarIn(tokens, f.from, f.to)) return;
  const rate = f.value / f.alt.amount;
  for (const [code, low, high] of DOLLAR_SIGN_RATES) if (rate >= low && rate <= high) f.currency = code;
}

/** "$" written alone (not "US$", "C$", "u$s") at one of the tokens [from, to). */
function bareDollarIn(tokens: Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    if (tokens[k].lower !== '$') continue;
    const next = tokens[k + 1];
    // (Quebec's "42 M$" and "1,6 G$" are bare dollars with the scale's letter glued on)
    const prefixed = k > 0 && tokens[k - 1].kind === 'word' && tokens[k].gap === '' && !(tokens[k - 1].end - tokens[k - 1].start === 1 && (tokens[k - 1].lower === 'm' || tokens[k - 1].lower === 'g'));
    if (!prefixed && !(next && next.kind === 'word' && next.gap === '')) return true;
  }
  return false;
}

const MEXICAN = new Set(['mexicanos']);
/** "$1,2 billones", "1,2 billones de pesos" in a Colombian story, "1,1 milliard $" in a Quebec one: the local money. */
export function localMoney(tokens: Token[], f: Figure, local: string): void {
  if (f.currency === 'USD' && (bareDollarIn(tokens, f.from, f.to) || (DOLLAR_COUNTRIES.has(local) && dollarWordIn(tokens, f.from, f.to)))) f.currency = local;
  else if (f.currency === 'MXN' && local !== 'MXN' && tokens[f.from].lower !== '$' && !wordIn(tokens, f.from, f.to, MEXICAN)) f.currency = local;
  if (f.alt?.currency === 'USD' && bareDollarIn(tokens, f.to, f.altTo)) f.alt = { ...f.alt, currency: local };
}

/** Where the CFA franc is the Central African one (XAF), not the West African XOF the words default to. */
const CENTRAL_AFRICAN_FRANC = new Set(['Cameroon', 'Gabon', 'Chad', 'Equatorial Guinea']);
/** Where "Rs" is the country's own rupee, not India's ("Rs 3,2 milliards" in a Mauritian paper). */
const LOCAL_RUPEE: Record<string, string> = { Mauritius: 'MUR', Pakistan: 'PKR', 'Sri Lanka': 'LKR' };

/**
 * Money the words leave to the story's country: "F CFA" in Cameroon, Gabon, Chad or Equatorial Guinea is the Central
 * African franc; "Rs" in Mauritius, Pakistan or Sri Lanka that country's rupee (the "₹" sign stays India's); dinars in
 * Algeria Algeria's; dirhams in the Emirates the Emirati dirham; and the French press's "millions $" Canadian dollars
 * outside a US story (France writes "millions de dollars"), unless the story's own dollar is already known.
 */
export function moneyOfStoryCountry(tokens: Token[], figures: Figure[], lang: Lang, country: string | null, localDollarKnown: boolean): void {
  const centralAfrican = country !== null && CENTRAL_AFRICAN_FRANC.has(country);
  const rupee = country !== null && Object.hasOwn(LOCAL_RUPEE, country) ? LOCAL_RUPEE[country] : null;
  const canadianSign = lang === 'fr' && !localDollarKnown && country !== 'United States';
  const emirati = country === 'United Arab Emirates';
  if (!centralAfrican && !rupee && !canadianSign && !emirati && country !== 'Algeria') return;
  for (const f of figures) {
    if (centralAfrican && f.currency === 'XOF') f.currency = 'XAF';
    if (centralAfrican && f.alt?.currency === 'XOF') f.alt = { ...f.alt, currency: 'XAF' };
    if (rupee && f.currency === 'INR' && tokens[f.from].lower === 'rs') f.currency = rupee;
    if (country === 'Algeria' && f.currency === 'TND') f.currency = 'DZD';
    // ("half a billion dirhams" in an Abu Dhabi story: the Emirati dirham, not the Moroccan one the word defaults to)
    if (emirati && f.currency === 'MAD') f.currency = 'AED';
    if (canadianSign && f.currency === 'USD' && tokens[f.to - 1].lower === '$' && tokens[f.from].lower !== '$') f.currency = 'CAD';
  }
}

/** Where a currency left out is plain from the place (the euro area, the UK, Switzerland, the US). */
export const CURRENCY_OF_COUNTRY: Record<string, string> = {
  Spain: 'EUR', France: 'EUR', Germany: 'EUR', Italy: 'EUR', Portugal: 'EUR', Austria: 'EUR', Belgium: 'EUR', Netherlands: 'EUR',
  Ireland: 'EUR', Finland: 'EUR', Greece: 'EUR', Luxembourg: 'EUR', 'United Kingdom': 'GBP', Switzerland: 'CHF', 'United States': 'USD',
};
