// Claims the twelfth session's second round of blind batches (large companies in the big outlets:
// follow-ups, roundups, interviews, conversions) showed missing or wrongly read: the Nordic crowns
// the FT glues to an amount, plans moved to or by a figure, verbs and nouns for promises, work
// built into a site, trades and crafts as people hired, one more of a scale in German, and a bare
// "$" too large to be US dollars in the Latin American press.
import { describe, expect, it } from 'vitest';
import { claimSummary as summary } from './claim-summary';


describe('money moved, promised or built in', () => {
  it.each([
    ['Nordvik Pharma A/S will invest DKr4.2bn in a new plant in Kalundborg.', 'en', ['investment 4200000000 DKK Nordvik Pharma']],
    ['Toyota Motor Corp raised the budget of its Liberty battery plant to $13.9 billion.', 'en', ['investment 13900000000 USD Toyota Motor']],
    ['TSMC Arizona Corp raised its Arizona commitment by $100 billion.', 'en', ['investment 100000000000 USD TSMC Arizona']],
    ["Michelin SA ramène de 250 à 170 millions d'euros l'enveloppe de son usine de Bassens.", 'fr', ['investment 250000000 EUR Michelin', 'investment 170000000 EUR Michelin']],
    ['Le groupe Sanofi promet 1 milliard d’euros à ses usines françaises.', 'fr', ['investment 1000000000 EUR Sanofi']],
    ['Die Infineon Technologies AG steckt eine weitere Milliarde Euro in Villach.', 'de', ['investment 1000000000 EUR Infineon Technologies']],
    ['Die Infineon Technologies AG steckt weitere halbe Milliarde in Villach.', 'de', ['investment 500000000 EUR Infineon Technologies']],
    ['Die Murtal Stahl AG hat seit 2015 rund 85 Millionen Euro in Leoben verbaut.', 'de', ['investment 85000000 EUR Murtal Stahl']],
  ])('%s', (text, lang, expected) => expect(summary(text, lang)).toEqual(expected));

  it.each([
    ['Harcourt Inc. runs a program to cut annual expenses by $600 million.', 'en'],
    ['Die Rheintal Sensorik AG verspricht sich Synergien von jährlich 60 Millionen Franken.', 'de'],
  ])('not an investment: %s', (text, lang) => expect(summary(text, lang)).toEqual([]));

  it('keeps a salary out of the hiring claim it comes with', () => {
    expect(summary('Pellworth Inc. will add 600 jobs with an average salary of $128,400.', 'en')).toEqual(['jobs 600 - Pellworth']);
  });
});

describe('people hired by their trade', () => {
  it.each([
    ["Le maroquinier Vuitton SA ouvre deux ateliers.\n\nAu total, 800 artisans y seront recrutés d'ici 2029.", 'fr', 'jobs 800 - Vuitton'],
    ['Die Nvidia GmbH eröffnet ein Zentrum in München. Bis zu 800 Fachleute sollen dort arbeiten.', 'de', 'jobs 800 - Nvidia'],
    ['Die Bosch GmbH will in Bengaluru rund 3.000 Softwareentwickler zusätzlich einstellen.', 'de', 'jobs 3000 - Bosch'],
    ['Airbus SE prevé 600 nuevas incorporaciones en Getafe.', 'es', 'jobs 600 - Airbus'],
  ])('%s', (text, lang, expected) => expect(summary(text, lang)).toEqual([expected]));
});

describe('a bare "$" too large for US dollars', () => {
  it('is the peso of the Latin American country the story names, though it names the United States more', () => {
    const text = 'Alpina S.A. invertirá $ 350.000 millones en su planta de Sopó, en Colombia, para exportar a Estados Unidos. Estados Unidos compra el 10 %. Estados Unidos es su segundo mercado.';
    expect(summary(text, 'es')).toEqual(['investment 350000000000 COP Alpina']);
  });

  it('stays US dollars at a size a project can have', () => {
    const text = 'Alpina S.A. invertirá $ 85 millones en su planta de Sopó, en Colombia, para exportar a Estados Unidos. Estados Unidos compra el 10 %. Estados Unidos es su segundo mercado.';
    expect(summary(text, 'es')).toEqual(['investment 85000000 USD Alpina']);
  });
});
