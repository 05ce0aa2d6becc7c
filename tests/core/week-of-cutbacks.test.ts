// Claims the twelfth session's fourth round of blind batches (the last week of November in each
// language, many plans cut back) showed missing: a company named with its short form in brackets,
// a plan's new figure after "ramenée à" or "raised to" (which alone read as accounts cut back),
// what a phase "represents" or a project "was costed at" or has "cost", crafts and trades hired,
// and hiring "as many as" a number.
import { describe, expect, it } from 'vitest';
import { claimSummary as summary } from './claim-summary';


describe('companies named with their short form in brackets', () => {
  it.each([
    ['Química Tarraconense (QTSA) ha decidido ejecutar una inversión de 150 millones de euros en Tarragona.', 'es', ['investment 150000000 EUR Química Tarraconense']],
    ['Energías del Noroeste (Enorsa) ha presentado una inversión de 800 millones de euros en A Coruña.', 'es', ['investment 800000000 EUR Energías del Noroeste']],
  ])('%s', (text, lang, expected) => expect(summary(text, lang)).toEqual(expected));

  it('not a public body, a town or a councillor', () => {
    expect(summary('La Comisión Nacional del Agua (Conagua) ha negado los permisos de 9.000 millones de pesos.', 'es')).toEqual([]);
    expect(summary("Le maire de Wissous (Essonne) a délivré le permis d'un campus de 1 milliard d'euros.", 'fr')).toEqual([]);
  });
});

describe("a plan's new figure and what a project costs", () => {
  it.each([
    ["La société Lithium d'Allier SA revoit son projet. L'enveloppe globale, annoncée à 1 milliard d'euros en 2024, est ramenée à environ 650 millions d'euros.", 'fr',
      ['investment 1000000000 EUR Lithium', 'investment 650000000 EUR Lithium']],
    ["Le groupe Nordcloud SA construit à Fos. Une première phase de 100 MW, représentant quelque 700 millions d'euros, doit être livrée fin 2028.", 'fr', ['investment 700000000 EUR Nordcloud']],
    ['Le groupe Hydrova SA revoit son électrolyseur. La version initiale du projet était chiffrée à 1,1 Md€.', 'fr', ['investment 1100000000 EUR Hydrova']],
    ['Die Alpenstahl AG hat den Umbau abgeschlossen. Das neue Stahlwerk hat rund 1,1 Mrd. Euro gekostet.', 'de', ['investment 1100000000 EUR Alpenstahl']],
  ])('%s', (text, lang, expected) => expect(summary(text, lang)).toEqual(expected));

  it('keeps spending cut back in the accounts out ("investissements corporels … ramenés à")', () => {
    expect(summary("Le groupe Arvel SA a publié ses comptes. Les investissements corporels ont été ramenés à 97 millions d'euros.", 'fr')).toEqual([]);
  });
});

describe('people hired', () => {
  it.each([
    ['La cadena Supermercados del Sur prevé contratar a unos 3.000 colaboradores en provincias.', 'es', 'jobs 3000 - Supermercados del Sur'],
    ['Die Veritas Biologics GmbH baut in Mainz ein Forschungszentrum, in dem vierhundert Wissenschaftlerinnen arbeiten sollen.', 'de', 'jobs 400 - Veritas Biologics'],
    ['Kestrel Aerostructures Inc. plans to hire as many as 800 in Wichita.', 'en', 'jobs 800 - Kestrel Aerostructures'],
  ])('%s', (text, lang, expected) => expect(summary(text, lang)).toEqual([expected]));
});

// The fifth round (regional and trade press on small firms): headlines' verbs, and German nouns for a
// firm or its site that open a sentence and name no company.
describe('regional and trade press on small firms', () => {
  it.each([
    ['Prairie Tine Manufacturing adds 12 jobs with plant upgrade', 'en', ['jobs 12 - Prairie Tine Manufacturing']],
    ['Die Bäckerei Kornmayr GmbH baut in Fürstenfeldbruck. Der Familienbetrieb investiert 4,2 Millionen Euro und schafft 25 neue Stellen.', 'de',
      ['investment 4200000 EUR Bäckerei Kornmayr', 'jobs 25 - Bäckerei Kornmayr']],
    ['Die Infineon Technologies Austria AG baut aus. Der Standort erhält 1,6 Milliarden Euro für eine neue Fertigung.', 'de', ['investment 1600000000 EUR Infineon Technologies Austria']],
  ])('%s', (text, lang, expected) => expect(summary(text, lang)).toEqual(expected));

  it('reads a place that "lands" a plant as no company', () => {
    expect(summary('Transpark lands $1.4B battery plant, 1,100 jobs', 'en')).toEqual([]);
  });
});

// The sixth round (a random sample of ordinary news): a decision to spend in a headline, a project
// named with two kinds joined by "and", net job creations.
describe('a random sample of ordinary news', () => {
  it.each([
    ["HydroScheldt décide d'investir 300 millions dans un électrolyseur à Anvers", 'fr', ['investment 300000000 EUR HydroScheldt']],
    ['Sunreach Energy Pty Ltd will build a $600m solar and battery farm near Dalby.', 'en', ['investment 600000000 USD Sunreach Energy Pty']],
    ['Le groupe Semis SA agrandit son usine de Crolles. Environ 350 créations nettes sont prévues.', 'fr', ['jobs 350 - Semis']],
  ])('%s', (text, lang, expected) => expect(summary(text, lang)).toEqual(expected));
});
