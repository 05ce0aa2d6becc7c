// Claims the thirteenth session's fourth round of blind batches (the second week of December: wires,
// local papers, trade press, republished releases, briefs, interviews) showed missing or wrongly
// read: a Spanish name spelled out before its initials, the Bolivian "$us", Mauritian rupees, French
// houses named for their craft, German jobs figures carried on or grown "um" a number, and money or
// jobs that are no claim (a scheme's minimum, a sale's price, commercial paper, jobs at risk).
import { describe, expect, it } from 'vitest';
import { claimSummary as summary } from './claim-summary';

describe('companies and currencies', () => {
  it.each([
    ['Fundiciones Metálicas del Bajío (FMB) destinará mil 100 millones de pesos a su planta de Celaya.', 'es', ['investment 1100000000 MXN Fundiciones Metálicas del Bajío']],
    ['Aceitera del Chaco SA construirá una planta en Montero con una inversión de $us 90 millones.', 'es', ['investment 90000000 USD Aceitera del Chaco']],
    ['Saint-Pierre : la Rhumerie des Hauts investit 12 millions d’euros pour une nouvelle distillerie. La rhumerie créera 20 emplois.', 'fr',
      ['investment 12000000 EUR Rhumerie des Hauts', 'jobs 20 - Rhumerie des Hauts']],
    ['À l’île Maurice, le groupe Lagon Hotels Ltd a annoncé un programme de Rs 2,4 milliards pour ses hôtels mauriciens.', 'fr', ['investment 2400000000 MUR Lagon Hotels']],
  ])('%s', (text, lang, expected) => expect(summary(text, lang)).toEqual(expected));

  it('the initials of a public body before a verb name no company', () => {
    expect(summary('La Comisión Nacional de Energía (CNE) destinará 200 millones de pesos a la red.', 'es')).toEqual([]);
  });
});

describe('German jobs figures', () => {
  it.each([
    ['Die Falkner Drohnen GmbH baut in Erding. In einer ersten Stufe sollen ab 2027 rund 300 Beschäftigte dort arbeiten, im Endausbau bis zu 900.',
      ['jobs 300 - Falkner Drohnen', 'jobs 900 - Falkner Drohnen']],
    ['Die Vireon Raumfahrt GmbH baut aus. Die Zahl der Beschäftigten soll um bis zu 250 steigen.', ['jobs 250 - Vireon Raumfahrt']],
    ['Die Drautal Holz GmbH beschäftigt 540 Mitarbeiter, mit dem neuen Werk kommen rund 60 dazu.', ['jobs 60 - Drautal Holz']],
  ])('%s', (text, expected) => expect(summary(text, 'de')).toEqual(expected));

  it('a payroll told after a comma, and jobs at risk, are no new jobs', () => {
    expect(summary('Die Kranich Antrieb GmbH investiert 50 Millionen Euro in Chemnitz. Dort arbeiten 1.900 Menschen, weltweit sind es etwa 3.100.', 'de'))
      .toEqual(['investment 50000000 EUR Kranich Antrieb']);
    expect(summary('E-Bike-Hersteller Velomax GmbH ist insolvent – 600 Jobs in Gefahr', 'de')).toEqual([]);
    expect(summary('La Banque Cantonale du Nord SA fermera trois agences, une décision qui touchera 35 postes.', 'fr')).toEqual([]);
  });
});

describe('money that is no investment, and a park that is one', () => {
  it.each([
    ['Citrícola Tafí SA invertirá US$30 millones. El régimen exige un mínimo de US$200 millones.', 'es', ['investment 30000000 USD Citrícola Tafí']],
    ['Rhodan Biologics SA agrandit son site. Elle a été rachetée en 2023 par un fonds américain pour 1,1 milliard de dollars.', 'fr', []],
    ['Medivant Pharma Ltd builds a plant in Ogun, funded by its ₦20 billion commercial paper programme.', 'en', []],
    ['Corvane Logistics breaks ground on €60 million Brno West logistics park. Corvane Logistics said tenants move in next year.', 'en',
      ['investment 60000000 EUR Corvane Logistics']],
  ])('%s', (text, lang, expected) => expect(summary(text, lang)).toEqual(expected));
});
