// Claims the thirteenth session's first two rounds of blind batches (foreign companies settling in a
// country; a random week of ordinary news) showed missing: companies named only by a name ending in
// a trade word ("Qilin Lithium", "Jinlong Motors"), an adverb between a name and its verb, hiring
// past the other languages' qualifiers and seeking words, new ones of jobs named before, the
// Börsen-Zeitung's "Mill.", a German price that opens its sentence, and the Central African franc.
import { describe, expect, it } from 'vitest';
import { claimSummary as summary } from './claim-summary';

describe('companies named by a name ending in a trade word', () => {
  it.each([
    ['Tarvik Lithium somete a evaluación una planta de 900 millones de dólares en Antofagasta. Tarvik Lithium espera iniciar obras en 2027.', 'es',
      ['investment 900000000 USD Tarvik Lithium']],
    ['Haoyu Motors estudia una fábrica en Navarra. La compañía invertirá 400 millones de euros. Haoyu Motors decidirá en marzo.', 'es',
      ['investment 400000000 EUR Haoyu Motors']],
  ])('%s', (text, lang, expected) => expect(summary(text, lang)).toEqual(expected));

  it('needs the name more than once: a title-case phrase seen once is no company', () => {
    expect(summary('Green Energy dominates the budget. Ministers will spend £400m on insulation grants.', 'en')).toEqual([]);
  });
});

describe('an adverb between a company and its verb', () => {
  it.each([
    ['Ferrosur Andina ya ha invertido 35 millones de dólares en la mina.', 'es', ['investment 35000000 USD Ferrosur Andina']],
    ['Brightwell also plans to invest $80 million in Dayton. Brightwell said hiring starts in May.', 'en', ['investment 80000000 USD Brightwell']],
  ])('%s', (text, lang, expected) => expect(summary(text, lang)).toEqual(expected));
});

describe('people hired past a qualifier or a seeking word', () => {
  it.each([
    ['Le groupe Aérogarde SA prévoit l’embauche de 280 agents avant l’été.', 'fr', 'jobs 280 - Aérogarde'],
    ['La société Boutiques Vexin SA veut recruter environ 180 vendeurs pour Noël.', 'fr', 'jobs 180 - Boutiques Vexin'],
    ['Le groupe Aéroservices Nord SA recherche 120 techniciens pour son atelier.', 'fr', 'jobs 120 - Aéroservices Nord'],
    ['Agrícola Levante SA contratará hasta 300 temporeros para la campaña.', 'es', 'jobs 300 - Agrícola Levante'],
  ])('%s', (text, lang, expected) => expect(summary(text, lang)).toEqual([expected]));

  it('a research centre of some size is no hiring', () => {
    expect(summary('Le groupe Nervia SA ouvre un centre de recherche de 120 places à Lyon.', 'fr')).toEqual([]);
  });
});

describe('new ones of the jobs named before, and jobs that exist already', () => {
  it.each([
    ['Castlereagh Foundry Ltd will secure the plant\'s 450 existing jobs and create 90 new ones.', 'en', ['jobs 90 - Castlereagh Foundry']],
    ['Le projet de la société Alumarc SA permettra de maintenir les 500 emplois du site et d’en créer 70 nouveaux.', 'fr', ['jobs 70 - Alumarc']],
  ])('%s', (text, lang, expected) => expect(summary(text, lang)).toEqual(expected));

  it('indirect jobs told after a preposition ("entre proveedores")', () => {
    expect(summary('Frenos Kessel SA generará 500 empleos directos y alrededor de 1.100 indirectos entre proveedores y servicios.', 'es'))
      .toEqual(['jobs 500 - Frenos Kessel', 'jobs 1100 - Frenos Kessel']);
  });
});

describe('German prices', () => {
  it.each([
    ['Die Weidacher Glas AG investiert 47 Mill. Euro in eine neue Schmelzwanne.', ['investment 47000000 EUR Weidacher Glas']],
    ['Die Rotorwerk GmbH baut in Donauwörth. Für 90 Millionen Euro entsteht auf dem Gelände eine neue Montagehalle.', ['investment 90000000 EUR Rotorwerk']],
    ['Die Rotorwerk GmbH baut in Eisenach. Eine zweite Halle für weitere 25 Millionen Euro ist genehmigt.', ['investment 25000000 EUR Rotorwerk']],
  ])('%s', (text, expected) => expect(summary(text, 'de')).toEqual(expected));

  it('a buyback programme and workers fearing for their jobs are no claims', () => {
    expect(summary('Gulf Quay Logistics PJSC extended a share buyback programme of up to AED 400 million.', 'en')).toEqual([]);
    expect(summary('Die Velowerk GmbH ist insolvent: 380 Beschäftigte bangen um ihre Jobs.', 'de')).toEqual([]);
  });
});

describe('a project priced with its kind and place between, and running totals', () => {
  it.each([
    ['Salar Refinados SA aprueba refinería de hidróxido de litio en Taltal por US$ 640 millones', 'es', ['investment 640000000 USD Salar Refinados']],
    ['Kano : une usine de broyage de cacao de 40 milliards FCFA lancée par le groupe Helvacao SA', 'fr', ['investment 40000000000 XOF Helvacao']],
    ['Pharmadak SA s’installe à Thiès pour 18 milliards FCFA', 'fr', ['investment 18000000000 XOF Pharmadak']],
    ['Die Kemper Fördertechnik GmbH legt in Texas nach. Damit summiert sich das Engagement in Texas auf 75 Millionen Dollar.', 'de', ['investment 75000000 USD Kemper Fördertechnik']],
  ])('%s', (text, lang, expected) => expect(summary(text, lang)).toEqual(expected));

  it('not a purchase or a plan to cut costs', () => {
    expect(summary('Inmobiliaria Levante SA cerró la adquisición de una plataforma de frío en Valencia por 95 millones.', 'es')).toEqual([]);
    expect(summary("Le groupe Pneuval SA a annoncé un plan de réduction des coûts de 400 millions d'euros.", 'fr')).toEqual([]);
  });
});

describe('money a company is given, and public agencies', () => {
  it.each([
    ['Kanmore Ammonia Ltd received a $380 million commitment from the federal hydrogen program.', 'en'],
    ['Orkney Quay Ltd said the National Investment Bank is taking a £50m stake in the port works.', 'en'],
    ["La société Verrerie Orvane SA modernise son four. L'Ademe apportera 14 millions d'euros au projet.", 'fr'],
    ['Die Thermalon GmbH zieht nach Ostrava. Czechinvest stellt Investitionsanreize von rund 15 Millionen Euro in Aussicht.', 'de'],
  ])('%s', (text, lang) => expect(summary(text, lang).filter((c) => c.startsWith('investment'))).toEqual([]));
});

describe('the CFA franc of Central Africa', () => {
  it('is XAF in a Cameroonian story', () => {
    const text = 'Le laboratoire Pharmacam SA investit 30 milliards de F CFA dans une usine à Douala, au Cameroun.';
    const c = summary(text, 'fr');
    expect(c).toEqual(['investment 30000000000 XAF Pharmacam']);
    expect(summary('Le groupe Sénélab SA investit 25 milliards FCFA dans une usine à Dakar, au Sénégal.', 'fr')).toEqual(['investment 25000000000 XOF Sénélab']);
  });
});
