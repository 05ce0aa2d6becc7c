// Claims the cues alone missed: a large company the story names with no legal form, verb or
// company word next to it; German compound job nouns; a region's name in apposition to a town;
// a count of megawatt-hours after a jobs figure; Latin American regions that decide the money.
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../utils/core/extract/index';
import { claimSummary as summary } from './claim-summary';

const claims = (text: string, lang: string) => extractDocument('d1', text, lang).claims;

describe('a large company named with no cue around it', () => {
  const google = 'Google setzt weiter auf Zürich. Bis Ende 2028 will der Konzern in der Stadt bis zu 1000 zusätzliche Mitarbeitende einstellen.';

  it('is the subject when the cues found no company at all', () => {
    expect(summary(google, 'de')).toEqual(['jobs 1000 - Google']);
  });

  it('does not take the claims of the company the story is about', () => {
    const supplier = "Méridienne Aéro, qui fabrique des portes de soute pour Airbus, investira 350 millions d'euros à Colomiers. Airbus vise 75 A320 par mois. L'entreprise créera 600 emplois.";
    expect(claims(supplier, 'fr').map((c) => c.subject)).toEqual(['Méridienne Aéro', 'Méridienne Aéro']);
  });

  it('leaves names that are also words to the other rules', () => {
    expect(summary('Orange juice makers plan to spend more. Total investment in the sector reached $2bn.', 'en')).toEqual([]);
  });
});

describe('a name the story introduces, then describes', () => {
  it.each([
    ['Jüngster Neuzugang ist Voltaris. Das schwedisch-deutsche Start-up kündigte am Montag an, 800 Millionen Euro in eine Fertigung in Bitterfeld-Wolfen zu investieren.', 'de', 'investment 800000000 EUR Voltaris'],
    ['El último en sumarse es Solvera. La energética asturiana anunció el martes una inversión de 1.300 millones de euros en Puertollano.', 'es', 'investment 1300000000 EUR Solvera'],
  ])('%s', (text, lang, expected) => expect(summary(text, lang)).toEqual([expected]));

  it('needs the description right after it', () => {
    expect(summary('Der Gewinner ist Voltaris. Im Land sollen 800 Millionen Euro in neue Fabriken fließen.', 'de')).toEqual([]);
  });
});

describe('German compound job nouns', () => {
  it.each([
    ['Zudem will die Medvita Kliniken GmbH 80 zusätzliche Pflegekräfte einstellen.', 'jobs 80 - Medvita Kliniken'],
    ['Zugleich will die Rheinwerk Chemie AG bis 2028 etwa 900 IT- und Digitalfachkräfte in Deutschland einstellen.', 'jobs 900 - Rheinwerk Chemie'],
    ['Voltaris Energy AB baut eine Zellfabrik. Für die Bauphase rechnet das Unternehmen mit bis zu 2.000 Bauarbeitern gleichzeitig auf dem Gelände.', 'jobs 2000 - Voltaris Energy'],
  ])('%s', (text, expected) => expect(summary(text, 'de')).toEqual([expected]));

  it('still needs a hiring verb for people', () => {
    expect(summary('Die Medvita Kliniken GmbH beschäftigt heute 1.200 Pflegekräfte.', 'de')).toEqual([]);
  });
});

describe('places and units around a figure', () => {
  it('reads a region in apposition to a town as a place, not a public spender', () => {
    const text = 'Compañía Minera Altos de Tarapacá presentó el estudio de su proyecto en Pozo Almonte, Región de Tarapacá, que contempla una inversión de US$ 2.400 millones.';
    const [claim] = claims(text, 'es');
    expect(claim?.amount).toBe(2_400_000_000);
  });

  it('takes no count of megawatt-hours for the jobs just named', () => {
    const text = 'La empresa Enerlis Renovables construirá cinco plantas, que generarán cerca de 1.300 empleos. Las plantas incorporarán almacenamiento con una capacidad total de 800 megavatios hora.';
    expect(claims(text, 'es').map((c) => c.amount)).toEqual([1300]);
  });

  it("reads pesos by the Colombian region the story names", () => {
    const text = 'La generadora Solaris Andina S.A.S. anunció una inversión de 2,8 billones de pesos para construir cinco granjas solares en Valledupar, en el departamento del Cesar.';
    const [claim] = claims(text, 'es');
    expect([claim?.currency, claim?.location]).toEqual(['COP', 'Valledupar, Colombia']);
  });
});

describe('the earlier figure told first, the claim after it', () => {
  const statuses = (text: string, lang: string) => claims(text, lang).map((c) => `${c.metric} ${c.amount} ${c.status}`);

  it.each([
    ['Die Voltaris Energy AB baut in Brunsbüttel. Statt drei Milliarden Euro will das Unternehmen nun 4,2 Milliarden Euro in die Fabrik investieren.', 'de',
      ['investment 3000000000 earlier', 'investment 4200000000 new']],
    ['Die Voltaris Energy AB baut in Brunsbüttel. Statt 2.500 sollen in der Endausbaustufe bis zu 3.200 Menschen in dem Werk arbeiten.', 'de',
      ['jobs 2500 earlier', 'jobs 3200 new']],
  ])('%s', (text, lang, expected) => expect(statuses(text, lang)).toEqual(expected));
});

describe('money words read by what is around them', () => {
  it('takes "im Auftrag von" (on behalf of) for no contract', () => {
    const text = 'Die Valmont Biologics AG, die im Auftrag von Pharmafirmen Wirkstoffe herstellt, will in Visp rund 850 Mio. Fr. in eine neue Anlage investieren.';
    expect(summary(text, 'de')).toEqual(['investment 850000000 CHF Valmont Biologics']);
  });

  it('reads "d\'investissements industriels" as one company\'s investment, and a year\'s total as no claim', () => {
    const plan = "Le groupe Altéon a présenté son plan. Le chiffre phare : 6 milliards d'euros d'investissements industriels entre 2026 et 2030.";
    expect(summary(plan, 'fr')).toEqual(['investment 6000000000 EUR Altéon']);
    const total = "Le groupe Altéon a publié ses résultats. Les investissements industriels du groupe ont atteint 95 millions d'euros en 2025.";
    expect(summary(total, 'fr')).toEqual([]);
  });

  it('takes jobs a change "has cost" for no hiring', () => {
    const text = "Aurora Cables will build a plant in Port Talbot, a town where Tata Steel's switch to an electric arc furnace has cost about 2,800 jobs.";
    expect(claims(text, 'en').filter((c) => c.metric === 'jobs')).toEqual([]);
  });
});

describe('who spends, read from the words around the figure', () => {
  it('reads a company told by its trade before the name', () => {
    const text = "L'enseigne d'ameublement et de décoration Maisons Lorval a choisi Lillers. Le distributeur y consacrera 50 millions d'euros.";
    expect(summary(text, 'fr')).toEqual(['investment 50000000 EUR Maisons Lorval']);
  });

  it('takes no street for a company', () => {
    const text = "Sodiplast SAS fabrique des pièces à Oyonnax. Dans les ateliers de la rue Anatole-France, la direction a présenté un plan d'investissement de 38 millions d'euros.";
    expect(claims(text, 'fr').map((c) => c.subject)).toEqual(['Sodiplast']);
  });

  it('counts many companies as spenders, not as where the jobs go', () => {
    const jobsGo = 'Iberdrola construirá la central. Las obras generarán hasta 1.500 empleos durante la fase de construcción, la mayoría de ellos en empresas de la comarca.';
    expect(summary(jobsGo, 'es')).toEqual(['jobs 1500 - Iberdrola']);
    const sector = 'Iberdrola construirá la central. El sector prevé inversiones de 33.000 millones de euros hasta 2028, según la patronal SpainDC.';
    expect(summary(sector, 'es')).toEqual([]);
  });

  it('takes no public body for a company, and a law or a budget for public money', () => {
    const text = "Arvelle Défense agrandit son usine de Bourges. La loi de programmation militaire prévoit 413 milliards d'euros de dépenses, et l'État a débloqué 16 milliards pour les munitions.";
    expect(summary(text, 'fr')).toEqual([]);
  });

  it('reads a hyphenated département as a place, not a public spender', () => {
    const text = "Sanofi a annoncé un investissement d’un milliard d’euros dans ses usines, au Trait (Seine-Maritime), avec environ 500 emplois à la clé.";
    expect(summary(text, 'fr')).toEqual(['investment 1000000000 EUR Sanofi', 'jobs 500 - Sanofi']);
  });

  it('takes a payment and a standing total for no investment', () => {
    const paid = "Textinord ferme son usine. La convention prévoit que le groupe versera 2,5 millions d’euros pour soutenir la création d’activités.";
    expect(summary(paid, 'fr')).toEqual([]);
    const stock = 'Novartis will build a plant. Swiss direct investment in the US already stands at around CHF 300 billion.';
    expect(summary(stock, 'en')).toEqual([]);
  });
});

describe('fact boxes and German word order', () => {
  const jobs = (text: string, lang: string) => claims(text, lang).filter((c) => c.metric === 'jobs').map((c) => c.amount);

  it.each([
    ['Greystone Logistics Ltd opens its Doncaster hub.\n\n650 – jobs when fully open\n\n1,500 – construction workers at peak', 'en', [650, 1500]],
    ['Iberwind Renovables SL construye en Teruel.\n\nEmpleo en construcción: hasta 1.800\n\nEmpleo permanente: unos 250', 'es', [1800, 250]],
    ['Halden AB cuts costs.\n\n3,000: job cuts\n\n3,500: peak construction workforce', 'en', [3500]],
  ])('%s', (text, lang, expected) => expect(jobs(text, lang)).toEqual(expected));

  it('passes over German adjectives, not the ones that make jobs vacancies', () => {
    expect(jobs('Die Lufthansa Technik AG plant eine Viertelmilliarde Euro und 400 hochwertige Industriearbeitsplätze in Schönefeld.', 'de')).toEqual([400]);
    expect(jobs('Die Inntaler Bau GmbH baut in Wörgl. Im Bezirk gibt es derzeit 1.420 offene Stellen.', 'de')).toEqual([]);
  });

  it('reads a board releasing capital spending, and a town council releasing its own money', () => {
    expect(summary('Der Aufsichtsrat der Kapfenberg Stahl AG hat rund 1,5 Mrd. Euro für den Umbau der Hochofenstandorte freigegeben.', 'de'))
      .toEqual(['investment 1500000000 EUR Kapfenberg Stahl']);
    expect(summary('Die Hafen Straubing-Sand GmbH wächst. Der Stadtrat hat einstimmig 12,5 Millionen Euro für die Erweiterung des Hafens freigegeben.', 'de')).toEqual([]);
  });

  it('takes grants and guarantees for public money', () => {
    expect(summary('Nordwind Cells baut in Heide. Bund und Land hatten Fördermittel zugesagt, dazu eine Bürgschaft über 200 Millionen Euro.', 'de')).toEqual([]);
  });
});

describe('the naira, joined jobs and clauses after the noun', () => {
  it('reads "N95bn" as naira only before a scale', () => {
    expect(summary('Nestlé Nigeria Plc is to invest N95bn in its Agbara factory.', 'en')).toEqual(['investment 95000000000 NGN Nestlé Nigeria']);
    const figures = extractDocument('d1', 'N26 raised funds. The N7 road was closed.', 'en').claims;
    expect(figures).toEqual([]);
  });

  it('joins a later jobs figure to the claim past a few words, not a payroll', () => {
    const jobs = (text: string) => claims(text, 'en').filter((c) => c.metric === 'jobs').map((c) => c.amount);
    expect(jobs('Aerolink Cargo SA is to invest €140m in a cargo terminal at Liège Airport, creating 250 jobs in the first phase and up to 400 by 2030.')).toEqual([250, 400]);
    const payroll = claims('Medtrion Devices Inc se comprometió a contratar 500 personas y hoy emplea ahí a unas 900.', 'es').map((c) => c.amount);
    expect(payroll).toEqual([500]);
  });

  it('reads a hiring verb past a clause that keeps the jobs', () => {
    const text = 'An incentive agreement requires Meridian Foods Inc to create at least 400 full-time jobs and keep them for 10 years.';
    expect(claims(text, 'en').map((c) => `${c.metric} ${c.amount} ${c.qualifier}`)).toEqual(['jobs 400 at_least']);
  });
});

describe('a name opening a relative clause about its plan', () => {
  it('is a company', () => {
    const text = "Norelec Cellules, qui avait annoncé en 2023 un investissement de 1,8 milliard d'euros à Loon-Plage, a présenté une version resserrée de son projet.";
    expect(claims(text, 'fr').map((c) => `${c.amount} ${c.subject} ${c.status}`)).toEqual(['1800000000 Norelec Cellules earlier']);
  });

  it('needs the plan in the clause', () => {
    expect(summary("Dunkerque, qui compte 90 000 habitants, accueille le salon. Le salon attire 300 millions d'euros de commandes.", 'fr')).toEqual([]);
  });
});

describe('short items', () => {
  it('reads trades written before an English job noun', () => {
    const text = 'Chipmaker Tessaly Semiconductors plans to invest $120 million in Albuquerque, adding as many as 150 engineering and technician positions over three years.';
    expect(claims(text, 'en').map((c) => `${c.metric} ${c.amount}`)).toEqual(['investment 120000000', 'jobs 150']);
    expect(claims('Harlow Batteries Inc won an eight-year Job Development Investment Grant.', 'en')).toEqual([]);
  });

  it('takes a regional council for public money, and a port a company stands on for no spender', () => {
    expect(summary("Le conseil régional de Nouvelle-Aquitaine débloque 22 millions d'euros pour moderniser les scieries.", 'fr')).toEqual([]);
    const text = "La Conserverie Le Guen SAS, installée sur le port de Douarnenez, annonce un investissement de 8 millions d'euros pour agrandir son atelier.";
    expect(summary(text, 'fr')).toEqual(['investment 8000000 EUR Conserverie Le Guen']);
  });
});

describe("an agency's yearly totals", () => {
  it.each([
    ['Velomatic Austria GmbH baut in Wels. Die Austrian Business Agency verweist auf ihre Jahresbilanz: 2024 hätten sich 482 internationale Unternehmen in Österreich angesiedelt, mit Investitionen von 1,28 Milliarden Euro und 3.950 neuen Arbeitsplätzen.', 'de'],
    ['Halvorsen Foods will build in Bowling Green. Since 2019 the private sector in Kentucky has announced more than 1,100 new-location and expansion projects totaling $38.6 billion in announced investments.', 'en'],
    ['Metalúrgica del Nalón SA invertirá en Langreo. El IDEPA contribuyó el año pasado a atraer 61 proyectos empresariales, con 1.150 millones de euros de inversión.', 'es'],
    ['Tarnwell Ltd is hiring in Sunderland. The agency said the projects it supported created or safeguarded 4,950 jobs last year.', 'en'],
  ])('%s', (text, lang) => expect(claims(text, lang).filter((c) => c.amount !== 2024)).toEqual([]));

  it('still reads the company\'s own figure after a year', () => {
    expect(summary('Seit 2010 hat das Unternehmen Tyrolia Glas GmbH mehr als eine Milliarde Euro in den Standort Wörgl gesteckt.', 'de')).toEqual(['investment 1000000000 EUR Tyrolia Glas']);
  });
});

describe('German verbs last, construction crews and lenders', () => {
  it('reads a German investment verb past a list of what the money goes into', () => {
    const text = 'Die Chemiepark Bitterfeld-Wolfen GmbH will 15 Millionen Euro in neue Rohrbrücken, eine Erweiterung der Abwasserbehandlung und eine zusätzliche Zufahrt investieren.';
    expect(summary(text, 'de')).toEqual(['investment 15000000 EUR Chemiepark Bitterfeld-Wolfen']);
  });

  it('stops at a clause that is not part of the list', () => {
    const text = 'Die Chemiepark Bitterfeld-Wolfen GmbH zahlt 15 Millionen Euro in den Fonds, wie der Konzern ankündigte, und will investieren.';
    expect(summary(text, 'de')).toEqual([]);
  });

  it('reads workers "en la construcción" as construction jobs', () => {
    const text = 'Minera Coral del Norte SA construirá la mina y creará 420 puestos permanentes. Contempla hasta 2.800 trabajadores en la construcción.';
    expect(claims(text, 'es').map((c) => c.amount)).toEqual([420, 2800]);
  });

  it("takes the EU's bank lending for no company's investment", () => {
    expect(summary("Hikari Verdane construit à Douai. La Banque européenne d’investissement prêtera 200 millions d’euros.", 'fr')).toEqual([]);
  });
});

describe('ranges with the scale on the second bound, adjectives before the noun', () => {
  it('reads "entre 40 y 50 millones" as millions in the story\'s money', () => {
    const text = 'Oleícola Sierra Sur SA invertirá 45 millones de euros en Jaén. Oleícola Sierra Sur invertirá entre 40 y 50 millones en una nueva planta en Martos.';
    expect(claims(text, 'es').map((c) => `${c.amount}-${c.amount_max ?? ''} ${c.currency} ${c.qualifier}`)).toEqual(['45000000- EUR exact', '40000000-50000000 EUR range']);
  });

  it('passes over "bons", "buenos", "qualifiés" between a count and a job noun', () => {
    const text = "Verdane Énergie SA s'installe à Bécancour. « Quatre cents bons emplois, dans une région qui a les compétences », a déclaré le président de Verdane.";
    expect(claims(text, 'fr').map((c) => c.amount)).toEqual([400]);
  });
});

describe('family firms and names described without an article', () => {
  it.each([
    ['Cementos Olza, empresa familiar con más de un siglo de historia, invertirá 75 millones de euros en la modernización de su fábrica de Olazagutía.', 'es', 'investment 75000000 EUR Cementos Olza'],
    ["Les Forges de Bazeilles, ETI familiale spécialisée dans les pièces forgées, investiront 35 millions d'euros à Sedan.", 'fr', 'investment 35000000 EUR Forges de Bazeilles'],
    ['Brackley & Sons Forgings, which has been run by the Brackley family for four generations, is to spend £42m modernising its Attercliffe works.', 'en', 'investment 42000000 GBP Brackley & Sons Forgings'],
  ])('%s', (text, lang, expected) => expect(summary(text, lang)).toEqual([expected]));

  it('takes no "&" between ordinary words for a family firm', () => {
    expect(summary('Research & Development will get £42m from the council.', 'en')).toEqual([]);
  });
});

describe('a speaker that is an "it" planning business', () => {
  it('is a company', () => {
    const text = 'The plant boss on the expansion. Tarrow Composites said last week it would spend £180m expanding its factory in Sunderland.';
    expect(summary(text, 'en')).toEqual(['investment 180000000 GBP Tarrow Composites']);
  });

  it('needs the "it"', () => {
    expect(summary('The plant boss on the expansion. Denise Marlow said last week she would spend £180m on new presses.', 'en')).toEqual([]);
  });
});

describe('a story whose company no rule names', () => {
  it('takes the capitalised word it repeats most, four times at least', () => {
    const text = [
      'Data center géant à Marseille : ce que l\'on sait du projet de Digitalis',
      "L'opérateur a confirmé mercredi son intention de construire un vaste centre de données. Le projet de Digitalis est le plus grand de la région.",
      "Les élus de la métropole soutiennent le projet de Digitalis. Le président de Digitalis, François Lemaire, l'a présenté.",
      "L'opérateur prévoit d'investir 2,4 milliards d'euros sur cinq ans.",
    ].join('\n\n');
    expect(claims(text, 'fr').map((c) => `${c.amount} ${c.subject}`)).toEqual(['2400000000 Digitalis']);
  });

  it('takes nothing from a word seen fewer times', () => {
    const text = "Le projet de Digitalis avance. Le président de Digitalis l'a présenté.\n\nL'opérateur prévoit d'investir 2,4 milliards d'euros sur cinq ans.";
    expect(claims(text, 'fr')).toEqual([]);
  });
});

describe('new jobs past a payroll named further off, and small project counts', () => {
  it('reads jobs called new though a payroll is named earlier in the sentence', () => {
    const text = 'Brasa Norte SL abrirá 50 restaurantes. Cada local emplea a una media de 22 personas, por lo que el plan supondrá unos 1.100 nuevos empleos.';
    expect(claims(text, 'es').map((c) => c.amount)).toEqual([1100]);
  });

  it('counts several projects in words, but not a company\'s two', () => {
    const agency = 'Harlan Foods Inc will expand in Ames. The board also approved tax credits for four smaller projects that together represent 64 new jobs.';
    expect(claims(agency, 'en').filter((c) => c.amount === 64)).toEqual([]);
    const company = "Le groupe Dumoulin SA agrandit deux sites. Les deux projets portent l'effort d'investissement du groupe à près de 80 millions d'euros sur deux ans.";
    expect(claims(company, 'fr').map((c) => c.amount)).toEqual([80_000_000]);
  });
});

describe("a place's share of a plan, in brackets", () => {
  it('is a part of the investment just claimed', () => {
    const text = "Vaubel Emballages SA investira 3 milliards d'euros d'ici 2030, dont 1,5 milliard en France, devant la Pologne (700 millions) et l'Espagne (450 millions).";
    expect(claims(text, 'fr').map((c) => c.amount)).toEqual([3e9, 1.5e9, 7e8, 4.5e8]);
  });
});
