// What the sixteenth session's rounds showed, read after they were scored. 224-227 (texts as companies publish
// them: releases with their boilerplate, investor notes, company blogs): a blog's "we" is the company its copyright
// line names, an exchange written in words before a ticker, careers and colleagues as jobs, bond tranches,
// tax credits, one-off costs and savings as no investment, a planning approval as no public spending, the
// dot of "Mio." inside a clause, "zu Buche schlagen". 228-231 (a random week of September 2027): a Chilean
// region written after its commune, Spanish power producers named by their trade, money and jobs told
// side by side in a headline past a comma or a qualifier. 232-235 (several actors on one page): fact-box lines,
// sums over two projects or a dozen agreements, development agencies and a town's budget. 236-239 (follow-ups:
// costs revised, posts filled so far): the earlier amount after "from", an estimate moved, a final cost, a
// budget named after its amount, German participles and filled posts. 240-243 (a random week of December 2027):
// a sum another word made no investment, a "prime d'investissement", German chains before the firm. 244-247
// (interviews, radio and podcast transcripts, columns): the company's own "we" verbs, Spanish "meter" and "poner",
// a phase told with a copula, the imperfect of an announcement.
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../utils/core/extract/index';
import { claimSummary as summary } from './claim-summary';

describe('first round: what a company publishes', () => {
  it('a blog that says "we" speaks for the company its copyright line names', () => {
    const blog = [
      'FRA-3 wächst: Ein Blick auf die Baustelle',
      'Rund 40 Millionen Euro stecken wir in den ersten Bauabschnitt, also Gebäude und Kühlung.',
      'Für FRA-3 suchen wir 30 neue Kolleginnen und Kollegen.',
      '© 2025 Datahaus GmbH · Impressum · Datenschutz',
    ].join('\n\n');
    expect(summary(blog, 'de')).toEqual(['investment 40000000 EUR Datahaus', 'jobs 30 - Datahaus']);
  });

  it('a page\'s copyright line lends no company to sentences that do not say "we"', () => {
    const page = 'Le marché régional\n\nLa région investira 40 millions d’euros dans ses routes.\n\n© 2025 Dépêches Océanes SA';
    expect(summary(page, 'fr')).toEqual([]);
  });

  it('an exchange written in words before the ticker marks the company', () => {
    const note = 'Paris, le 27 janvier 2026 – Valmontel (Euronext Paris : VMT), acteur de la chimie, précise son plan. Ces projets s’accompagneront d’environ 230 créations de postes d’ici 2028.';
    expect(summary(note, 'fr')).toEqual(['jobs 230 - Valmontel']);
  });

  it.each([
    ['Lakeshore Cell Technologies Inc. picked Kokomo. "Lakeshore\'s decision brings up to 1,400 high-wage careers to north central Indiana," said the secretary.', 'en', ['jobs 1400 - Lakeshore']],
    ['Redgum Lithium Ltd says the refinery will create around 450 jobs during construction and 160 long-term roles in the South West.', 'en', ['jobs 450 - Redgum Lithium', 'jobs 160 - Redgum Lithium']],
    ['Transportes Ebro abre un hub en Zaragoza. El hub permitirá a Transportes Ebro incorporar 150 nuevos compañeros y compañeras.', 'es', ['jobs 150 - Transportes Ebro']],
  ])('%s', (text, lang, expected) => expect(summary(text, lang)).toEqual(expected));

  it.each([
    // a payroll in the past, staff moved from other sites
    ['Vandermeulen publie ses résultats. Au 31 décembre 2024, le groupe Vandermeulen employait 5 800 équivalents temps plein, contre 6 050 un an plus tôt.', 'fr'],
    ['Comercial Andes abrirá un centro en Pudahuel, cuyos 420 trabajadores serán trasladados desde Quilicura.', 'es'],
    // a building's desks
    ['Quanta Labs ocupará un edificio que tendrá capacidad para 1.400 puestos de trabajo en modalidad híbrida.', 'es'],
  ])('%s', (text, lang) => expect(summary(text, lang)).toEqual([]));

  it.each([
    ['Northway Industrial updated investors. Up to $5 billion is earmarked for acquisitions in electrical distribution.', 'en'],
    ['The Indiana agency committed an investment in Lakeshore Cell Technologies of up to $145 million in conditional tax credits.', 'en'],
    ['Atlas Foncière SA émet un emprunt. Tranche A : cotée à Casablanca, maturité 5 ans, taux fixe de 3,85 %, montant alloué de 600 millions de dirhams.', 'fr'],
    ['Die Hagedorn AG spart. Die Einmalaufwendungen dafür werden auf 18 Millionen Euro veranschlagt.', 'de'],
    ['Die Stadtwerke Weserbergland GmbH baut einen Windpark. Bürger können sich über Nachrangdarlehen mit bis zu 5 Millionen Euro an dem Projekt beteiligen.', 'de'],
    ['Viento Sur SpA construirá una planta. La iniciativa obtuvo un cofinanciamiento de Corfo por US$ 35 millones para su primera etapa.', 'es'],
  ])('%s', (text, lang) => expect(summary(text, lang)).toEqual([]));

  it('a public body that grants planning approval does not spend the money that follows', () => {
    const text = 'Coastline Renewables Ltd has received State and Federal planning approvals for its Burnett Valley Energy Hub, clearing the way for a A$1.1 billion investment in solar generation near Gayndah.';
    expect(summary(text, 'en')).toEqual(['investment 1100000000 AUD Coastline Renewables']);
  });

  it.each([
    // the dot of an abbreviated scale does not end the clause before its verb
    ['Die Rheintal Präzision AG baut ein Werk. Das Werk ist Kernstück des Programms, für das Rheintal Präzision in den kommenden vier Jahren insgesamt CHF 310 Mio. aufwenden will.', 'de', ['investment 310000000 CHF Rheintal Präzision']],
    // what a phase costs, in the German idiom
    ['Die Alpenwerk AG baut in Gerlos. Der zweite Bauabschnitt mit dem Ausbau des Oberbeckens und der Anbindung an das Umspannwerk folgt ab 2029 und schlägt mit etwa 230 Millionen Euro zu Buche.', 'de', ['investment 230000000 EUR Alpenwerk']],
    // a qualifier ending in "de" between the project and its price
    ['Ardenne Protéines SA lance à Seneffe une usine de protéines végétales de près de 100 millions d’euros', 'fr', ['investment 100000000 EUR Ardenne Protéines']],
  ])('%s', (text, lang, expected) => expect(summary(text, lang)).toEqual(expected));
});

describe('second round: an ordinary week', () => {
  it('a Chilean region written after its commune is a place, not a public body spending', () => {
    const text = 'La cadena de supermercados Montecarmelo anunció un nuevo centro de distribución en la comuna de Lampa, Región Metropolitana, que contempla una inversión de US$ 75 millones.';
    expect(summary(text, 'es')).toEqual(['investment 75000000 USD Montecarmelo']);
  });

  it('the bare "$" of a story set in Santiago\'s communes is the Chilean peso', () => {
    const text = 'Comercial Andes construirá un centro de distribución en la comuna de Pudahuel con una inversión de $ 98.000 millones.';
    expect(extractDocument('d1', text, 'es').claims.map((c) => c.currency)).toEqual(['CLP']);
  });

  it('a power producer named by its trade is a company', () => {
    const text = 'La generadora Viento Austral ingresó a evaluación el Parque Eólico Los Copihues, una iniciativa que requerirá una inversión de US$ 320 millones.';
    expect(summary(text, 'es')).toEqual(['investment 320000000 USD Viento Austral']);
  });

  it.each([
    ['95 Millionen Euro, bis zu 250 Jobs: Twistringen bekommt eine Backfabrik\n\nDie Lindemann GmbH baut in Twistringen.', 'de', ['investment 95000000 EUR Lindemann', 'jobs 250 - Lindemann']],
    ['Dunkerque : H2Nord SAS confirme sa gigafactory d’électrolyseurs, 1,2 milliard d’euros et jusqu’à 1 500 emplois à terme', 'fr', ['investment 1200000000 EUR H2Nord', 'jobs 1500 - H2Nord']],
  ])('%s', (text, lang, expected) => expect(summary(text, lang)).toEqual(expected));

  it.each([
    // a run of kinds and adjectives between the project and its price
    ['Volterra Materials SA choisit Seneffe pour une usine de précurseurs de cathodes à 320 millions', 'fr', ['investment 320000000 EUR Volterra Materials']],
    ['Ath : un centre logistique géant de 60 millions d\'euros à Ghislenghien pour Vanhoutte Logistics SA', 'fr', ['investment 60000000 EUR Vanhoutte Logistics']],
    // the Tunisian press's millions of dinars, and a milliard that keeps its euro sign
    ['Le groupe Medivia SA avait investi 40 MD dans l\'extension de son site de Sfax en 2022.', 'fr', ['investment 40000000 TND Medivia']],
    ['Alstom SA investira 1,2 Md€ à Belfort.', 'fr', ['investment 1200000000 EUR Alstom']],
  ])('%s', (text, lang, expected) => expect(summary(text, lang)).toEqual(expected));
});

describe('third round: several actors on one page', () => {
  it.each([
    // a fact box's line with a number in its label, and a cost line
    ['NubeAndes SAS construirá un centro de datos en Funza.\n\n• Inversión fase 1: USD 65 millones', 'es', ['investment 65000000 USD NubeAndes']],
    ['Coastline Renewables Ltd builds a hub near Gayndah.\n\n• Capital cost: A$1.1 billion', 'en', ['investment 1100000000 AUD Coastline Renewables']],
    ['Immunext Bio SA agrandit son usine de Gosselies.\n\nCoût : 75 millions €', 'fr', ['investment 75000000 EUR Immunext Bio']],
  ])('%s', (text, lang, expected) => expect(summary(text, lang)).toEqual(expected));

  it.each([
    // two projects summed by "together", a dozen agreements signed at once
    ['Federal Industry Minister Priya Sandhu was in Windsor on Friday to announce two auto-parts projects that together will bring $173 million in investment to the region.', 'en'],
    ['Le ministre a présidé à Tanger la signature de douze conventions d\'investissement dans le secteur automobile, pour un montant global de 7,8 milliards de dirhams.', 'fr'],
  ])('%s', (text, lang) => expect(summary(text, lang)).toEqual([]));

  it('two projects of one company are still its own when nothing sums them', () => {
    expect(summary('Berthomé Industries SA agrandit Cholet. Les deux projets portent l\'investissement du groupe à 12 millions d\'euros.', 'fr'))
      .toEqual(['investment 12000000 EUR Berthomé Industries']);
    expect(summary('Harwell Foods Inc. will build two projects that will bring $173 million in investment to the region.', 'en'))
      .toEqual(['investment 173000000 USD Harwell Foods']);
  });

  it.each([
    ['Lácteos de la Sabana SAS abrirá una planta en Tocancipá. La firma prevé vincular a 45 operarios.', 'es', ['jobs 45 - Lácteos de la Sabana']],
    // people joined to the money just claimed
    ['Kappa Analytics SA instalará en Medellín un centro de desarrollo con una inversión de US$12 millones y 180 ingenieros.', 'es',
      ['investment 12000000 USD Kappa Analytics', 'jobs 180 - Kappa Analytics']],
    // an investment that amounted to a sum; drivers and warehouse staff sought
    ['Die Oberpfalz Logistik GmbH erweitert ihr Lager in Schwandorf. Die Investition belief sich auf 2,3 Millionen Euro. Gesucht werden 25 zusätzliche Fahrer und Lageristen.', 'de',
      ['investment 2300000 EUR Oberpfalz Logistik', 'jobs 25 - Oberpfalz Logistik']],
    // a building put up, named as a German "-bau"
    ['Die Medikath GmbH baut in Weiden. Für 14 Millionen Euro entsteht ein zweigeschossiger Reinraumbau.', 'de', ['investment 14000000 EUR Medikath']],
  ])('%s', (text, lang, expected) => expect(summary(text, lang)).toEqual(expected));

  it.each([
    // a development agency's money, a place's companies summed, a town's budget, jobs moved abroad, a turnover that amounted to a sum
    ['Química Austral SpA invertirá en Mejillones. Corfo, por su parte, comprometió US$ 35 millones para un programa de desarrollo de proveedores locales.', 'es'],
    ['Die Emsland Protein GmbH baut aus. Im vergangenen Jahr hätten die Betriebe im Emsland nach Zahlen der Wirtschaftsförderung zusammen 1,7 Milliarden Euro investiert.', 'de'],
    ['Die Rotbau Fertigteile GmbH baut ein Werk. Für die Erschließung des Gewerbegebiets sind im Haushalt 6,8 Millionen Euro vorgesehen.', 'de'],
    ['Im Frühjahr hatte die Brugger Kabelwerke AG angekündigt, ihre Fertigung mit 170 Stellen nach Polen zu verlagern.', 'de'],
    ['Die Oberpfalz Logistik GmbH meldet Zahlen. Der Umsatz belief sich auf 40 Millionen Euro.', 'de'],
  ])('%s', (text, lang) => expect(summary(text, lang)).toEqual([]));
});

describe('fourth round: follow-ups', () => {
  it.each([
    // the earlier amount right after the claim's "from"; an estimate moved to a figure
    ["Brazos Steel Co said it would delay its mill and raised the project's estimated cost to about $3.1 billion from $2.5 billion.", 'en',
      ['investment 3100000000 USD Brazos Steel', 'investment 2500000000 USD Brazos Steel']],
    ['Northern Crown Polymers Ltd builds a plant. In May 2026 the company lifted the estimate to $10.1 billion, citing labour costs.', 'en',
      ['investment 10100000000 USD Northern Crown Polymers']],
    // an adverb between "will" and "employ"
    ['Marwick Castings Inc. said the plant will now employ 700 people at full capacity, compared with the 500 jobs announced last year.', 'en',
      ['jobs 700 - Marwick Castings', 'jobs 500 - Marwick Castings']],
    // posts filled so far; a cost told with the participle first; the Austrian "um"; German building words
    ['Die Rotach Präzision AG eröffnet ihr Werk. Von den 90 angekündigten Stellen sind bisher 55 besetzt.', 'de', ['jobs 90 - Rotach Präzision', 'jobs 55 - Rotach Präzision']],
    ['Die Rotach Präzision AG eröffnet ihr Werk in Arbon. Gekostet hat der Neubau mit Reinraumfläche am Ende 74 Millionen Franken.', 'de', ['investment 74000000 CHF Rotach Präzision']],
    ['Die Pallwerk Logistik GmbH legt in Marchtrenk nach: Zweiter Bauabschnitt um 48 Millionen Euro.', 'de', ['investment 48000000 EUR Pallwerk Logistik']],
    // a final cost; people hired so far, "déjà" before the participle; a budget named after its amount
    ["Alu Nordik inc. inaugure son usine. Le coût final s'établit plutôt à 312 millions $, en raison de l'inflation. Côté emploi, 62 personnes ont déjà été embauchées.", 'fr',
      ['investment 312000000 CAD Alu Nordik', 'jobs 62 - Alu Nordik']],
    ["Biovalis SA relève à 340 millions d'euros le budget de son usine de Gosselies.", 'fr', ['investment 340000000 EUR Biovalis']],
    // a plan sent to a public body, which does not spend
    ['H2 Atlántico SL amplía su planta de Palos. Según la documentación remitida a la Junta de Andalucía, la segunda fase creará 250 empleos directos.', 'es',
      ['jobs 250 - H2 Atlántico']],
  ])('%s', (text, lang, expected) => expect(summary(text, lang)).toEqual(expected));

  it.each([
    // a fine that falls on a building firm; the staff who stay on
    ['Die Tschudin Bau AG wird gebüsst. Die höchste Strafe von 2,9 Millionen Franken trifft die Calanda Bau AG.', 'de'],
    ['Die Brauerei Hörmann GmbH baut ein Sudhaus. Neue Arbeitsplätze entstehen dadurch nicht, die 48 Beschäftigten bleiben aber an Bord.', 'de'],
  ])('%s', (text, lang) => expect(summary(text, lang)).toEqual([]));
});

describe('companies, towns and public bodies the new batches showed', () => {
  it.each([
    // a Quebec town is no company; an aluminium smelter named by its trade is one
    ["Alma : un investissement de 1,4 milliard de dollars pour moderniser l'aluminerie Boréale. Le projet créera 250 emplois permanents.", 'fr',
      ['investment 1400000000 CAD Boréale', 'jobs 250 - Boréale']],
    ['Northmoor Foods Ltd will invest £85m in a new bakery in Wrexham, creating 350 jobs.', 'en', ['investment 85000000 GBP Northmoor Foods', 'jobs 350 - Northmoor Foods']],
  ])('%s', (text, lang, expected) => expect(summary(text, lang)).toEqual(expected));

  it.each([
    ["Vitré Communauté investira 12 millions d'euros dans la zone d'activités.", 'fr'],
    ['Der Gemeinderat hat 6 Millionen Euro für die Erschließung freigegeben.', 'de'],
    ['The plot was allotted by the Maharashtra Industrial Development Corporation, which will spend ₹520 crore on roads.', 'en'],
  ])('%s', (text, lang) => expect(summary(text, lang)).toEqual([]));
});

describe('fifth and sixth rounds: a random week, and the company speaking', () => {
  it.each([
    ['Die Drogeriekette Alpina stellt in Österreich 800 neue Mitarbeiter ein.', 'de', ['jobs 800 - Alpina']],
    // the company's own words
    ['Martín Echeverría, de Siderúrgica del Paraná SA: Vamos a meter unos 200 millones de dólares en Campana.', 'es', ['investment 200000000 USD Siderúrgica del Paraná']],
    ['Pagora SAS abre en Bogotá. Este año contratamos 150 ingenieros en Bogotá, más o menos la mitad en datos.', 'es', ['jobs 150 - Pagora']],
    ['Sunteranga Énergie SA construit une centrale à Kahone. Nous investissons 28 milliards de francs CFA.', 'fr', ['investment 28000000000 XOF Sunteranga Énergie']],
    ["Helvimed SA écrit: Nous engagerons 35 millions de francs d'ici 2029 dans notre site d'Yverdon-les-Bains. Et nous recruterons une cinquantaine de collaborateurs supplémentaires.", 'fr',
      ['investment 35000000 CHF Helvimed', 'jobs 50 - Helvimed']],
    ['Ridgeback Compute Inc. builds in Amarillo. EVAN REYES: First phase is about $4 billion.', 'en', ['investment 4000000000 USD Ridgeback Compute']],
    // a reader's letter telling the announcement in the imperfect
    ['Alumina Boréal, le pont et le salaire minimum. La semaine dernière, Alumina Boréal annonçait en grande pompe un investissement de 1,4 milliard $ à Jonquière et 600 emplois.', 'fr',
      ['investment 1400000000 CAD Alumina Boréal', 'jobs 600 - Alumina Boréal']],
  ])('%s', (text, lang, expected) => expect(summary(text, lang)).toEqual(expected));

  it.each([
    ["Le ministre a signé douze conventions. Au total, les conventions signées depuis le début de l'année représentent 14,2 milliards de DH et plus de 31.000 emplois.", 'fr'],
    ["Camed Câblage SA s'agrandit à Béja. Le projet a bénéficié d'une prime d'investissement de 4,8 MD au titre du développement régional.", 'fr'],
  ])('%s', (text, lang) => expect(summary(text, lang)).toEqual([]));
});
