// Claims the thirteenth session's third round of blind batches (a random sample of the first week of
// December in each language) showed missing or wrongly read: projects priced as a stage, a tower or
// an electrolyser, an investment after an apposition ending in a word for money that is not the
// company's, a company's total brought to a figure (not a state's), a promise of employment,
// German jobs that "kommen hinzu", and money a company is lent, given as a subsidy or gets for a sale.
import { describe, expect, it } from 'vitest';
import { claimSummary as summary } from './claim-summary';

describe('projects and totals', () => {
  it.each([
    ['Tallon Energy Ltd doubles down on its battery with $900m second stage', 'en', ['investment 900000000 USD Tallon Energy']],
    ['Riverside Health Inc. breaks ground on $380 million patient tower', 'en', ['investment 380000000 USD Riverside Health']],
    ['La société H2 Provence SA lance un électrolyseur de 250 millions d’euros à Fos-sur-Mer.', 'fr', ['investment 250000000 EUR H2 Provence']],
    ['Godavari Green Ammonia Pvt Ltd, a venture of a Delhi developer and a Gulf fund, will invest Rs 7,400 crore in a unit at Kakinada.', 'en',
      ['investment 74000000000 INR Godavari Green Ammonia Pvt']],
    ["Norvale Cloud Ltd will build a campus in Wales. The announcement brings Norvale's total investment in the UK since 2016 to more than £5bn.", 'en',
      ['investment 5000000000 GBP Norvale Cloud']],
  ])('%s', (text, lang, expected) => expect(summary(text, lang)).toEqual(expected));

  it("a state's total is no company's", () => {
    expect(summary("Halvern Chips Inc. will build a fab. Officials said the plan would bring total chip commitments in the state to more than $120 billion.", 'en')
      .filter((c) => c.includes('120000000000'))).toEqual([]);
  });
});

describe('jobs', () => {
  it.each([
    ['Kalinga Steel Ltd proposes a plant entailing an investment of Rs 12,000 crore and employment for 5,400 people.', 'en',
      ['investment 120000000000 INR Kalinga Steel', 'jobs 5400 - Kalinga Steel']],
    ['Die Papierfabrik Auental GmbH baut um: 280 Arbeitsplätze gesichert, 25 kommen hinzu.', 'de', ['jobs 25 - Papierfabrik Auental']],
    ['Die Getriebebau Traun GmbH baut in Ohio. Wir starten mit 40 Mitarbeitern, Ende 2029 sollen es 110 sein.', 'de',
      ['jobs 40 - Getriebebau Traun', 'jobs 110 - Getriebebau Traun']],
    ['Energía Austral SpA presentó su planta. La construcción demandaría un peak de 3.000 trabajadores.', 'es', ['jobs 3000 - Energía Austral']],
  ])('%s', (text, lang, expected) => expect(summary(text, lang)).toEqual(expected));

  it('jobs preserved, and staff who move along, are no new jobs', () => {
    expect(summary('Bokamoso Platinum Ltd approved a R3bn shaft project, preserving about 1,500 jobs.', 'en').filter((c) => c.startsWith('jobs'))).toEqual([]);
    expect(summary('Die Getränke Alzey GmbH baut ein Lager: rund 30 neue Arbeitsplätze, zusätzlich zu den 80 Beschäftigten, die mit umziehen.', 'de'))
      .toEqual(['jobs 30 - Getränke Alzey']);
  });
});

describe('money a company is lent, given or paid for a sale', () => {
  it.each([
    ['Laurentian Avionics Inc. expands in Mirabel. Quebec is lending the company $30 million through its agency.', 'en'],
    ['Okafor Agro Ltd builds a rice mill. It secured a N12 billion facility from the Bank of Industry.', 'en'],
    ['Hidrógeno Austral SpA construirá una planta. Corfo le otorgó un subsidio de US$ 30 millones para la planta de electrólisis.', 'es'],
    ["Le groupe Maison Vercel SA se restructure : cession du centre logistique de Seclin, estimée à 35 millions.", 'fr'],
  ])('%s', (text, lang) => expect(summary(text, lang).filter((c) => c.startsWith('investment'))).toEqual([]));

  it('what a project is estimated at, and what a company lets it cost', () => {
    expect(summary("La société H2 Rhône SA a pris sa décision d’investissement pour un électrolyseur, un projet évalué à 310 millions d’euros.", 'fr'))
      .toEqual(['investment 310000000 EUR H2 Rhône']);
    expect(summary('Die Saarguss GmbH ersetzt ihre Öfen. Rund 60 Millionen Euro lässt sich das Unternehmen den Umbau kosten.', 'de'))
      .toEqual(['investment 60000000 EUR Saarguss']);
  });
});
