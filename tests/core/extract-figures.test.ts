// Figures as written, in every common form, and the numbers that are not amounts.
// Each row: [text, language, expected figures as "kind value[-max] [currency] «as written»"].
import { describe, expect, it } from 'vitest';
import { tokenize } from '../../utils/core/extract/01-tokens';
import { findFigures } from '../../utils/core/extract/05-figures';
import type { Lang } from '../../utils/core/extract/data/numbers';

function figures(text: string, lang: Lang): string[] {
  const tokens = tokenize(text);
  return findFigures(tokens, 0, tokens.length, lang)
    .filter((f) => f.kind === 'money' || f.kind === 'count')
    .map((f) => {
      const span = text.slice(tokens[f.from].start, tokens[f.to - 1].end);
      const range = f.max !== null ? `-${f.max}` : '';
      const alt = f.alt ? ` alt ${f.alt.amount} ${f.alt.currency}` : '';
      return `${f.kind} ${f.value}${range}${f.currency ? ` ${f.currency}` : ''}${alt} «${span}»`;
    });
}

const table: [string, Lang, string[]][] = [
  ['will invest 1.2 billion euros ($1.3 billion) in', 'en', ['money 1200000000 EUR alt 1300000000 USD «1.2 billion euros»']],
  ['a €1.2bn plant', 'en', ['money 1200000000 EUR «€1.2bn»']],
  ['the 1.2bn euro project', 'en', ['money 1200000000 EUR «1.2bn euro»']],
  ['EUR 400 million', 'en', ['money 400000000 EUR «EUR 400 million»']],
  ['USD 2 bn over four years', 'en', ['money 2000000000 USD «USD 2 bn»']],
  ['betting $850m on it', 'en', ['money 850000000 USD «$850m»']],
  ['£750m (about $1 billion)', 'en', ['money 750000000 GBP alt 1000000000 USD «£750m»']],
  ['US$ 3.5 billion', 'en', ['money 3500000000 USD «US$ 3.5 billion»']],
  ['half a billion dollars', 'en', ['money 500000000 USD «half a billion dollars»']],
  ['Three-quarters of a billion pounds', 'en', ['money 750000000 GBP «Three-quarters of a billion pounds»']],
  ['three thousand', 'en', ['count 3000 «three thousand»']],
  ['two and a half billion pounds', 'en', ['money 2500000000 GBP «two and a half billion pounds»']],
  ['One and a half thousand new staff over two and a half years', 'en', ['count 1500 «One and a half thousand»']],
  ["un milliard et demi d'euros", 'fr', ["money 1500000000 EUR «un milliard et demi d'euros»"]],
  ["3 millions et demie d'euros, une heure et demie", 'fr', ["money 3500000 EUR «3 millions et demie d'euros»"]],
  ['dos millones y medio de euros', 'es', ['money 2500000 EUR «dos millones y medio de euros»']],
  ['will spend Sh5.2 billion ($40 million) and KSh800m', 'en', ['money 5200000000 KES alt 40000000 USD «Sh5.2 billion»', 'money 800000000 KES «KSh800m»']],
  ['plans to invest ₦45 billion in Ewekoro', 'en', ['money 45000000000 NGN «₦45 billion»']],
  ['invertirá $75 millones (unos ₡38.000 millones) y RD$10,800 millones', 'es', ['money 75000000 USD alt 38000000000 CRC «$75 millones»', 'money 10800000000 DOP «RD$10,800 millones»']],
  ["une vingtaine de millions d'euros, une centaine de salariés", 'fr', ["money 20000000 EUR «une vingtaine de millions d'euros»", 'count 100 «une centaine»']],
  ['una decena de millones de euros y una veintena de empleos', 'es', ['money 10000000 EUR «una decena de millones de euros»', 'count 20 «una veintena»']],
  ['zweieinhalb Milliarden Euro, anderthalb Millionen Euro, dreieinhalb Jahre', 'de', ['money 2500000000 EUR «zweieinhalb Milliarden Euro»', 'money 1500000 EUR «anderthalb Millionen Euro»']],
  ['over a thousand jobs', 'en', ['count 1000 «a thousand»']],
  ['between 300 and 500 jobs', 'en', ['count 300-500 «300 and 500»']],
  ['the 300-500 range', 'en', ['count 300-500 «300-500»']],
  ['3,000 people', 'en', ['count 3000 «3,000»']],
  ['a C$1.5-billion plant', 'en', ['money 1500000000 CAD «C$1.5-billion»']],
  ['a 1.2 billion-euro plant', 'en', ['money 1200000000 EUR «1.2 billion-euro»']],
  ['a 1,000-job plant', 'en', ['count 1000 «1,000»']],
  ['jusqu\'à 500 M€', 'fr', ['money 500000000 EUR «500 M€»']],
  ['1,2 milliard d\u2019euros, soit près de 1,3 milliard de dollars', 'fr', ['money 1200000000 EUR alt 1300000000 USD «1,2 milliard d\u2019euros»']],
  ['1,2 Md€', 'fr', ['money 1200000000 EUR «1,2 Md€»']],
  ['3 000 emplois', 'fr', ['count 3000 «3 000»']],
  ['3\u00a0000 emplois', 'fr', ['count 3000 «3\u00a0000»']],
  ['3\u202f000 emplois', 'fr', ['count 3000 «3\u202f000»']],
  ['Trois mille emplois', 'fr', ['count 3000 «Trois mille»']],
  ['entre 300 et 500 postes', 'fr', ['count 300-500 «300 et 500»']],
  ['1,5 Milliarden Euro', 'de', ['money 1500000000 EUR «1,5 Milliarden Euro»']],
  ['850 Millionen US-Dollar (rund 1,4 Milliarden Euro)', 'de', ['money 850000000 USD alt 1400000000 EUR «850 Millionen US-Dollar»']],
  ['2.000 Arbeitsplätze', 'de', ['count 2000 «2.000»']],
  ['drei Milliarden Euro', 'de', ['money 3000000000 EUR «drei Milliarden Euro»']],
  ['zweitausend Stellen', 'de', ['count 2000 «zweitausend»']],
  ['3,5 Mrd. Euro', 'de', ['money 3500000000 EUR «3,5 Mrd. Euro»']],
  ['3.500 millones de euros', 'es', ['money 3500000000 EUR «3.500 millones de euros»']],
  ['17.500 empleos', 'es', ['count 17500 «17.500»']],
  ['dos mil empleos', 'es', ['count 2000 «dos mil»']],
  ['tres mil millones de dólares', 'es', ['money 3000000000 USD «tres mil millones de dólares»']],
  ['invertirá mil millones de dólares', 'es', ['money 1000000000 USD «mil millones de dólares»']],
  ['120 Mio. Euro', 'de', ['money 120000000 EUR «120 Mio. Euro»']],
  ['entre 300 y 500 empleos', 'es', ['count 300-500 «300 y 500»']],
  // abbreviations and plurals of the Moroccan, Mexican, Quebec, Swiss, Japanese, Chinese, Polish, Indian and Swedish press
  ['engage 6,5 MMDH et 900 MDH', 'fr', ['money 6500000000 MAD «6,5 MMDH»', 'money 900000000 MAD «900 MDH»']],
  ['invertirá 1,200 mdd en Nuevo León', 'es', ['money 1200000000 USD «1,200 mdd»']],
  ['investira 1,6 G$ et injectera 42 M$', 'fr', ['money 1600000000 USD «1,6 G$»', 'money 42000000 USD «42 M$»']],
  ['über 3 Mrd. Fr. investiert', 'de', ['money 3000000000 CHF «3 Mrd. Fr.»']],
  ["15 milliards de yens et 5 milliards de yuans", 'fr', ['money 15000000000 JPY «15 milliards de yens»', 'money 5000000000 CNY «5 milliards de yuans»']],
  ['30 Millionen Złoty und 9 Milliarden Rupien', 'de', ['money 30000000 PLN «30 Millionen Złoty»', 'money 9000000000 INR «9 Milliarden Rupien»']],
  ['3.500 millones de coronas suecas', 'es', ['money 3500000000 SEK «3.500 millones de coronas suecas»']],
  ["nonante millions d'euros", 'fr', ["money 90000000 EUR «nonante millions d'euros»"]],
  ['will invest R2bn (about $110 million)', 'en', ['money 2000000000 ZAR alt 110000000 USD «R2bn»']],
  ['investit 18 milliards de FCFA', 'fr', ['money 18000000000 XOF «18 milliards de FCFA»']],
  ['invertirá S/ 85 millones en Olmos', 'es', ['money 85000000 PEN «S/ 85 millones»']],
  ['Eighty-five new positions', 'en', ['count 85 «Eighty-five»']],
  ["Trente-huit nouveaux postes et une douzaine d'emplois", 'fr', ['count 38 «Trente-huit»', 'count 12 «une douzaine»']],
  ['schafft sechzig neue Arbeitsplätze', 'de', ['count 60 «sechzig»']],
  ['Die Investition von Fr. 38 Millionen (rund 40 Millionen Euro)', 'de', ['money 38000000 CHF alt 40000000 EUR «Fr. 38 Millionen»']],
  ['invirtió UF 300.000 (unos US$ 12 millones de entonces)', 'es', ['money 300000 CLF alt 12000000 USD «UF 300.000»']],
  ['a $1,234.5 million plant', 'en', ['money 1234500000 USD «$1,234.5 million»']],
  // not figures: years, dates, percentages, share prices, phone numbers, tickers, measures
  ['in 2028, on March 11 and 11 mars', 'en', []],
  ['rose 4.2% to 38.15 Swiss francs', 'en', []],
  ['a 3,2 % hausse', 'fr', []],
  ['um 4,2 Prozent auf 38,15 Franken', 'de', []],
  ['call +41 21 555 01 23 today', 'fr', []],
  ['Shares were 1.2% higher at 1,468p', 'en', []],
  ['the 2,000-acre Wilton site and a 1.2 million-square-foot campus', 'en', []],
  ['its 40,000th robot, the A321neo, at 1030 GMT', 'en', []],
  ['https://example.com/news/2025-05-06-plant-1200', 'en', []],
];

describe('figures', () => {
  it.each(table)('%s (%s)', (text, lang, expected) => {
    expect(figures(text, lang)).toEqual(expected);
  });

  it('keeps offsets on the text as given, whatever the spaces', () => {
    const text = 'Le groupe créera 3\u202f000 emplois et investira 1,2\u00a0milliard d\u2019euros.';
    const tokens = tokenize(text);
    const spans = findFigures(tokens, 0, tokens.length, 'fr').map((f) => text.slice(tokens[f.from].start, tokens[f.to - 1].end));
    expect(spans).toEqual(['3\u202f000', '1,2\u00a0milliard d\u2019euros']);
  });
});
