// How each language writes the figures the generator plants (money, job counts) and the
// distractors it scatters around them (percentages, dates, share prices). The forms vary on
// purpose — symbols, codes, words, abbreviations, three kinds of thousands space — because a
// bench on one tidy form would measure nothing about real articles.
import type { Random } from './random';

export const LANGS = ['en', 'fr', 'de', 'es'] as const;
export type Lang = (typeof LANGS)[number];
export type Currency = 'EUR' | 'USD' | 'GBP';

const FRENCH_GROUP_SPACES = [' ', '\u00A0', '\u202F'];

/** An integer with the thousands separator the language uses in news copy. */
function formatInt(n: number, lang: Lang, rng: Random): string {
  const digits = String(Math.round(n));
  if (digits.length < 4) return digits;
  const sep = lang === 'en' ? ',' : lang === 'fr' ? rng.pick(FRENCH_GROUP_SPACES) : '.';
  return digits.replace(/\B(?=(\d{3})+$)/g, sep);
}

/** A number with at most two decimals, decimal comma outside English. */
function formatDecimal(x: number, lang: Lang): string {
  const plain = String(Math.round(x * 100) / 100);
  return lang === 'en' ? plain : plain.replace('.', ',');
}

const BILLION_MANTISSAS = [1, 1.2, 1.5, 2, 2.5, 3, 3.5, 4, 4.3, 5, 7, 10, 12.5];
const MILLION_MANTISSAS = [40, 75, 120, 150, 200, 250, 300, 400, 500, 600, 750, 850];

export function randomMoneyAmount(rng: Random): number {
  return rng.chance(0.5) ? rng.pick(BILLION_MANTISSAS) * 1e9 : rng.pick(MILLION_MANTISSAS) * 1e6;
}

export function randomCurrency(rng: Random): Currency {
  const r = rng.next();
  return r < 0.7 ? 'EUR' : r < 0.9 ? 'USD' : 'GBP';
}

const SYMBOL: Record<Currency, string> = { EUR: '€', USD: '$', GBP: '£' };
const WORDS: Record<Lang, Record<Currency, string>> = {
  en: { EUR: 'euros', USD: 'dollars', GBP: 'pounds' },
  fr: { EUR: 'euros', USD: 'dollars', GBP: 'livres sterling' },
  de: { EUR: 'Euro', USD: 'US-Dollar', GBP: 'Pfund' },
  es: { EUR: 'euros', USD: 'dólares', GBP: 'libras' },
};
const ONE_BILLION: Record<Lang, (c: Currency) => string> = {
  en: (c) => `one billion ${WORDS.en[c]}`,
  fr: (c) => `un milliard ${frenchOf(c, '\u2019')}`,
  de: (c) => `eine Milliarde ${WORDS.de[c]}`,
  es: (c) => `mil millones de ${WORDS.es[c]}`,
};

function frenchOf(c: Currency, apostrophe: string): string {
  return c === 'EUR' ? `d${apostrophe}euros` : `de ${WORDS.fr[c]}`;
}

/** A sum of money as a journalist in `lang` might write it. */
export function renderMoney(amount: number, currency: Currency, lang: Lang, rng: Random): string {
  const billions = amount >= 1e9;
  const mantissa = billions ? amount / 1e9 : amount / 1e6;
  const d = formatDecimal(mantissa, lang);
  const sym = SYMBOL[currency];
  const word = WORDS[lang][currency];
  if (amount === 1e9 && rng.chance(0.3)) return ONE_BILLION[lang](currency);
  switch (lang) {
    case 'en':
      return billions
        ? rng.pick([`${sym}${d}bn`, `${d} billion ${word}`, `${currency} ${d} billion`, `${sym}${d} billion`, `${currency} ${d} bn`])
        : rng.pick([`${sym}${d}m`, `${d} million ${word}`, `${currency} ${d} million`, `${sym}${d} million`]);
    case 'fr': {
      const of = frenchOf(currency, rng.pick(["'", '\u2019']));
      const space = rng.pick([' ', '\u00A0']);
      return billions
        ? rng.pick([`${d} milliard${mantissa >= 2 ? 's' : ''} ${of}`, `${d}${space}Md${sym}`])
        : rng.pick([`${d} millions ${of}`, `${d}${space}M${sym}`]);
    }
    case 'de':
      return billions
        ? rng.pick([`${d} Milliarde${mantissa === 1 ? '' : 'n'} ${word}`, `${d} Mrd. ${word}`])
        : rng.pick([`${d} Millionen ${word}`, `${d} Mio. ${word}`]);
    case 'es':
      // Spanish papers count billions in thousands of millions: 3.500 millones = 3.5 billion.
      return billions && rng.chance(0.3)
        ? `${d} mil millones de ${word}`
        : `${formatInt(mantissa * (billions ? 1000 : 1), lang, rng)} millones de ${word}`;
  }
}

const JOB_COUNTS = [150, 250, 300, 400, 500, 650, 800, 1000, 1200, 1500, 2000, 2500, 3000, 3500, 5000, 17500];
export function randomJobCount(rng: Random): number {
  return rng.pick(JOB_COUNTS);
}

/** Nouns for posts created ("3,000 jobs"), people hired ("hire 3,000 people") and posts cut. */
export const JOB_NOUNS: Record<Lang, { posts: string[]; people: string[]; cuts: string[] }> = {
  en: { posts: ['jobs', 'new jobs', 'positions', 'roles'], people: ['people', 'workers', 'staff', 'employees'], cuts: ['jobs', 'positions'] },
  fr: { posts: ['emplois', 'postes', 'nouveaux emplois', 'emplois directs'], people: ['personnes', 'salariés', 'collaborateurs'], cuts: ['emplois', 'postes'] },
  de: { posts: ['Arbeitsplätze', 'neue Arbeitsplätze', 'Stellen', 'neue Stellen'], people: ['Mitarbeiter', 'Beschäftigte', 'Fachkräfte'], cuts: ['Arbeitsplätze', 'Stellen'] },
  es: { posts: ['empleos', 'puestos de trabajo', 'nuevos empleos', 'empleos directos'], people: ['personas', 'trabajadores', 'empleados'], cuts: ['empleos', 'puestos de trabajo'] },
};

const WRITTEN_THOUSANDS: Record<Lang, Record<number, string>> = {
  en: { 1000: 'one thousand', 2000: 'two thousand', 3000: 'three thousand' },
  fr: { 1000: 'mille', 2000: 'deux mille', 3000: 'trois mille' },
  de: { 1000: 'eintausend', 2000: 'zweitausend', 3000: 'dreitausend' },
  es: { 1000: 'mil', 2000: 'dos mil', 3000: 'tres mil' },
};

/** A head count with its noun: "3 000 emplois", "2.000 Arbeitsplätze", "three thousand jobs". */
export function renderCount(n: number, lang: Lang, kind: 'posts' | 'people' | 'cuts', rng: Random): string {
  const written = WRITTEN_THOUSANDS[lang][n];
  const number = written && rng.chance(0.2) ? written : formatInt(n, lang, rng);
  return `${number} ${rng.pick(JOB_NOUNS[lang][kind])}`;
}

const MONTHS: Record<Lang, string[]> = {
  en: ['January', 'March', 'May', 'June', 'September', 'November'],
  fr: ['janvier', 'mars', 'mai', 'juin', 'septembre', 'novembre'],
  de: ['Januar', 'März', 'Mai', 'Juni', 'September', 'November'],
  es: ['enero', 'marzo', 'mayo', 'junio', 'septiembre', 'noviembre'],
};

export function renderDate(lang: Lang, rng: Random): string {
  const day = rng.int(1, 28);
  const month = rng.pick(MONTHS[lang]);
  const year = rng.int(2019, 2026);
  if (lang === 'en') return rng.chance(0.5) ? `${month} ${day}, ${year}` : `${day} ${month} ${year}`;
  if (lang === 'fr') return `${day} ${month} ${year}`;
  if (lang === 'de') return `${day}. ${month} ${year}`;
  return `${day} de ${month} de ${year}`;
}

export function renderPercent(lang: Lang, rng: Random): string {
  const value = rng.chance(0.5) ? rng.int(2, 40) : rng.int(11, 99) / 10;
  const d = formatDecimal(value, lang);
  if (lang === 'en') return `${d}%`;
  if (lang === 'de' && rng.chance(0.5)) return `${d} Prozent`;
  return `${d}${rng.pick(['\u00A0', ' ', ''])}%`;
}

export function renderSharePrice(lang: Lang, rng: Random): string {
  const d = formatDecimal(rng.int(1000, 40000) / 100, lang);
  return lang === 'en' ? `€${d}` : `${d} ${WORDS[lang].EUR}`;
}
