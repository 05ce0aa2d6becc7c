// Claims the eleventh session's blind batches showed missing: currencies the wires name in
// English, a second conversion in one bracket, a project's cost, prices after "à" and "por",
// nationalities and consortiums standing for companies, French trade houses with a particle or
// known by their initials, long appositions, and the story's only company as the last resort.
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../utils/core/extract/index';
import { claimSummary as summary } from './claim-summary';

const claims = (text: string, lang: string) => extractDocument('d1', text, lang).claims;

describe('currencies named by the wires', () => {
  it.each([
    ['Orsted will invest 2.6 billion Danish crowns in a port hub at Esbjerg.', 'investment 2600000000 DKK Orsted'],
    ['Acme Corp will invest 1.2 trillion rupiah in a plant in Batam.', 'investment 1200000000000 IDR Acme'],
    ['Acme Corp plans to spend 500 million ringgit on a plant in Penang.', 'investment 500000000 MYR Acme'],
    ['Acme Corp will invest 4 billion Hong Kong dollars in a data centre.', 'investment 4000000000 HKD Acme'],
    ['Acme Corp will invest HKD 4 billion in a data centre.', 'investment 4000000000 HKD Acme'],
    ['Falcon Freight will build a Dh2 billion logistics hub in Jebel Ali.', 'investment 2000000000 AED Falcon Freight'],
    ['Rudraksh Group will invest Rs 1.2 lakh crore in green hydrogen.', 'investment 1200000000000 INR Rudraksh'],
    ['Arabian Olefins will build a SR22.5bn petrochemicals complex in Jubail.', 'investment 22500000000 SAR Arabian Olefins'],
    ['Al Dafna Aerotech will build a QR1.8bn aircraft maintenance centre in Doha.', 'investment 1800000000 QAR Al Dafna Aerotech'],
  ])('%s', (text, expected) => expect(summary(text, 'en')).toEqual([expected]));

  it('reads every amount in one bracket as a conversion, the first as the alternative', () => {
    const found = claims('Orsted will invest 2.6 billion Danish crowns (£300m; $400m) in a new port hub at Esbjerg.', 'en');
    expect(found.map((c) => [c.amount, c.currency, c.alt])).toEqual([[2_600_000_000, 'DKK', { amount: 300_000_000, currency: 'GBP' }]]);
  });
});

describe("a project's price and cost", () => {
  it.each([
    ["Sénégal: Ciments Cayor lance une cimenterie de 85 milliards FCFA à Pout\n\nCiments Cayor a posé la première pierre samedi.", 'fr', 'investment 85000000000 XOF Ciments Cayor'],
    ["Ciments du Cayor, filiale d'Atlas Matériaux, construit à Pout. Le coût total du projet est évalué à 85 milliards de francs CFA.", 'fr', 'investment 85000000000 XOF Ciments du Cayor'],
    ["Batteries : Elyon Batteries choisit Dunkerque pour une gigafactory à 2 milliards d'euros\n\nElyon Batteries a confirmé le site mardi.", 'fr', 'investment 2000000000 EUR Elyon Batteries'],
    ['La minera Puna Lithium presentó al RIGI un proyecto de litio por US$870 millones', 'es', 'investment 870000000 USD Puna Lithium'],
  ])('%s', (text, lang, expected) => expect(summary(text, lang)).toEqual([expected]));

  it.each([
    ["Ivoire Cacao construit à San-Pédro. D'un coût global de 75 milliards de FCFA, l'unité aura une capacité de 100 000 tonnes.", 'fr', 'investment 75000000000 XOF Ivoire Cacao'],
    ['Ciments Teranga SA agrandit son site de Bargny. Cette extension, d’un coût de 120 milliards de francs CFA, démarre en mars.', 'fr', 'investment 120000000000 XOF Ciments Teranga'],
    ['Die Parcelo GmbH baut in Magdeburg. Die Investitionssumme bezifferte Parcelo auf rund 200 Millionen Euro.', 'de', 'investment 200000000 EUR Parcelo'],
    ['Dolomiti Resorts investiert am Kronplatz. Die Gruppe plant 48 Millionen Euro für ein Luxushotel.', 'de', 'investment 48000000 EUR Dolomiti Resorts'],
    ['La productora de litio Litio del Pacífico confirmó que destinará US$ 780 millones a una refinería.', 'es', 'investment 780000000 USD Litio del Pacífico'],
  ])('%s', (text, lang, expected) => expect(summary(text, lang)).toEqual([expected]));

  it('keeps glued letters that open no amount with a scale as words ("Q3", "SR22")', () => {
    expect(summary('Arabian Olefins said in Q3 that work on the SR22 road will cost SR 5 a day.', 'en')).toEqual([]);
  });

  it('keeps "jusqu\'à" a qualifier', () => {
    expect(claims("Elyon Batteries investira jusqu'à 2 milliards d'euros dans une usine à Dunkerque.", 'fr').map((c) => c.qualifier)).toEqual(['up_to']);
  });
});

describe('companies named by a nationality, a consortium or a trade house', () => {
  it.each([
    ['El consorcio Austral H2, controlado por la danesa Nordvind Energy, invertirá US$ 11.000 millones en Magallanes.', 'es', 'investment 11000000000 USD Austral H2'],
    ['Le projet est porté par la belge Solvane, qui investira 120 millions d’euros à Tertre.', 'fr', 'investment 120000000 EUR Solvane'],
    ['Les Chantiers de Keroman lancent 200 recrutements en 2026.', 'fr', 'jobs 200 - Chantiers de Keroman'],
    ["Les Viennoiseries du Val investissent 28 millions d'euros à Châteauroux.", 'fr', 'investment 28000000 EUR Viennoiseries du Val'],
    ['La Coopérative Laitière des Monts du Cantal (CLMC) a posé la première pierre. La CLMC investit 18 millions d’euros.', 'fr', 'investment 18000000 EUR Coopérative Laitière des Monts du Cantal'],
  ])('%s', (text, lang, expected) => expect(summary(text, lang)).toEqual([expected]));

  it('does not make a public body of initials a company', () => {
    const text = 'La Comisión Nacional de Valores (CNV) informó que el proyecto supondrá una inversión de 400 millones de dólares.';
    expect(summary(text, 'es')).toEqual([]);
  });

  it('finds the name before a long apposition and its verb', () => {
    const text = 'Penllyn Precision, which makes components for the aerospace and medical sectors at its factory on the Brackla Industrial Estate, will invest £12.5m and create 60 new jobs.';
    expect(summary(text, 'en')).toEqual(['investment 12500000 GBP Penllyn Precision', 'jobs 60 - Penllyn Precision']);
  });
});

describe('jobs and aid in French idioms', () => {
  it('reads "Sur le plan social" as the social side, not a redundancy plan', () => {
    const text = 'Ciments Cayor construit une usine à Pout. Sur le plan social, la direction annonce 450 emplois directs et 1.200 emplois indirects.';
    expect(summary(text, 'fr')).toEqual(['jobs 450 - Ciments Cayor', 'jobs 1200 - Ciments Cayor']);
  });

  it('leaves a region\'s support out', () => {
    const text = "La Fromagerie des Aravis investit 18 millions d'euros à Thônes. Le projet est soutenu par la Région à hauteur de 1,2 million d'euros.";
    expect(summary(text, 'fr')).toEqual(['investment 18000000 EUR Fromagerie des Aravis']);
  });
});

describe('written numbers in Spanish', () => {
  it.each([
    ['Austral H2 invertirá once mil millones de dólares en Magallanes.', 'investment 11000000000 USD Austral H2'],
    ['Austral H2 contratará a dieciséis mil trabajadores en Magallanes.', 'jobs 16000 - Austral H2'],
  ])('%s', (text, expected) => expect(summary(text, 'es')).toEqual([expected]));
});

describe("the story's only company, named in its lede", () => {
  const interview = [
    'Châteauroux : « Nous avons déjà embauché 30 personnes »',
    '',
    'La troisième ligne de croissants des Viennoiseries du Val entrera en service en juin à Châteauroux.',
    '',
    "Frédéric Pasquier : C'est un investissement de 28 millions d'euros, bâtiment compris.",
  ].join('\n');

  it('is the subject of figures no other company claims', () => {
    expect(summary(interview, 'fr')).toContain('investment 28000000 EUR Viennoiseries du Val');
  });

  it('is not taken when the story names it only in passing, further on', () => {
    const roundup = [
      'Bilan des investissements étrangers',
      '',
      "La région a attiré 37 milliards d'euros d'investissements annoncés et 10 000 emplois.",
      '',
      'Les projets viennent de partout.',
      '',
      'Le rythme reste soutenu.',
      '',
      'Les élus se félicitent.',
      '',
      'Les chiffres seront publiés en mars.',
      '',
      'Parmi les projets, celui de Verdalia Énergie à Fos.',
    ].join('\n');
    expect(summary(roundup, 'fr')).toEqual([]);
  });
});

describe('more of what the sixth round showed', () => {
  it.each([
    ['Lorzag Pharma prévoit 380 MCHF pour son usine de Huningue.', 'fr', 'investment 380000000 CHF Lorzag Pharma'],
    ['Boralis Aluminium investira 1,4 G$ à Jonquière.', 'fr', 'investment 1400000000 CAD Boralis Aluminium'],
    ['Corrigan Minerals will spend $1.2 billion on a lithium refinery in Kwinana.', 'en', 'investment 1200000000 AUD Corrigan Minerals'],
    ['La obra de Litio Puna SA tendrá un pico de 1.800 trabajadores.', 'es', 'jobs 1800 - Litio Puna'],
    ['Levante Frutas SA ha presentado hoy el proyecto, que supondrá la creación de 220 puestos de trabajo.', 'es', 'jobs 220 - Levante Frutas'],
  ])('%s', (text, lang, expected) => expect(summary(text, lang)).toEqual([expected]));

  it('still reads a payroll told "today" as no hiring', () => {
    expect(summary("Le site de Levante Frutas SA, qui emploie aujourd'hui 2 700 salariés, fête ses 50 ans.", 'fr')).toEqual([]);
  });

  it('takes the company before "boss" as a company', () => {
    const text = "'We will need 300 people': Karrawong boss on the Kwinana refinery\n\nThe plan is budgeted at $780 million.";
    expect(claims(text, 'en').map((c) => c.subject)).toContain('Karrawong');
  });
});
