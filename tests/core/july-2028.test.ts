// What the eighteenth session found. An abbreviation the story uses as a company's name stands for the name spelled
// out before it in brackets, even when the abbreviation takes several letters from one word ("Aérocomposites de
// l'Ouest (ACO)", "Thurgauer Kunststofftechnik AG (TKT)") or was read as a company before its brackets were; one that
// spells out a public body or scheme ("Superintendencia del Mercado de Valores (SMV)") names no company at all.
// 272-279 (random weeks of July and August 2028): a sentence opening on a past when-clause ("When it arrived in
// Belfast, the company said it would create 150 jobs"); a past date in a participle's clause after the figure dates
// its own object; a headline's "A$2.1bn" and the body's "$2.1 billion" are one money; nationalities, rivers and
// points of the compass alone are no company ("Norwegian group picks …", "L'axe Seine confirme …"), nor a verb opening
// a Mexican headline ("Invertirá Grupo Arteaga …"); the spelled-out name after an abbreviation ("CAF (Construcciones y
// Auxiliar de Ferrocarriles)"); a region after its town is no public spender ("in Ibadan, Oyo State, and hire …"), a
// body the plan is shown to neither ("ha presentado al Ayuntamiento"), but "the federal government" is; German "stellt
// … ein" across the clause and "sollen … künftig arbeiten"; construction jobs "durante los dos años de construcción";
// a range with the currency on its first bound and the scale on its second; a town "am Montag" is the town.
// 280-283 (September 2028, one article in three a press release as published): a release's key figures and goals
// ("- Auftragseingang: 652,9 Mio. Euro", "- Neue Arbeitsplätze: 420", "• Ziel: mehr als 250 Neueinstellungen"); the
// papers of a deal ("MoU", "Final Investment Decision", "the Project") and streets ("Oxford Road") are no company, nor are
// investment agencies ("IDA Ireland", "Invest NI"); a fiscal year is no town ("in FY2032"); "direct employment for about
// 3,500 people"; a contact centre's "conseillers"; Spanish pulp houses ("Celulosa del Biobío"). 284-287 (a random week
// of October 2028): a short form in mixed case stands for the name before its brackets ("Câblerie Méditerranéenne
// (Cablemed)"); what a plant makes, as an acronym, is no company ("LFP", "EV"), nor a sector's nickname ("Fintech
// Tallypay"), a town with its preposition ("Au Locle, un sous-traitant …") or an elided town's last part ("Val-d'Or Mayor
// …"); a headline's bare "85 millones" takes the currency the story writes the same amount with. 288-291 (features of
// November 2028): a company introduced after a colon or as "celui de"/"el de" and described in the next sentence
// ("Dernier en date : Nordique Calcul. L'entreprise montréalaise …", "El caso más emblemático es el de HyPampa. La empresa …").
// 292-295 (December 2028, interviews, round-ups and year-end reviews): an interview's headline with a hyphened first name
// ("Jean-Marc Delpech (Aérostructures Garonne) : …"); a name with a company's tail opening the lede before its verb
// ("Alpina Biologics stellt in Schlieren … her"); stock exchanges and short answers ("—Sí, los 4 mil millones …") are no company.
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../utils/core/extract/index';
import { claimSummary as summary } from './claim-summary';

const withStatus = (text: string, lang: string) => extractDocument('d1', text, lang).claims.map((c) => `${c.metric} ${c.amount} ${c.status} ${c.subject}`);
const withPlace = (text: string, lang: string) => extractDocument('d1', text, lang).claims.map((c) => `${c.metric} ${c.amount} ${c.location}`);

describe('an abbreviation in brackets stands for the name before it', () => {
  it.each([
    [
      "Chez Aérocomposites de l'Ouest (ACO), on ne parle plus de reprise. ACO investit 48 millions d'euros à Rochefort.",
      'fr',
      ["investment 48000000 EUR Aérocomposites de l'Ouest"],
    ],
    [
      'Servicios Petroleros del Comahue (SPC), la empresa neuquina de fractura, invertirá 30 millones de dólares. SPC contratará 200 personas.',
      'es',
      ['investment 30000000 USD Servicios Petroleros del Comahue', 'jobs 200 - Servicios Petroleros del Comahue'],
    ],
    [
      'Frauenfeld. Die Thurgauer Kunststofftechnik AG (TKT) erweitert ihren Hauptsitz. TKT investiert 20 Millionen Franken.',
      'de',
      ['investment 20000000 CHF Thurgauer Kunststofftechnik'],
    ],
    [
      'Die Nordhessische Waggon- und Drehgestellbau GmbH (NWD) baut ihr Werk in Kassel aus. NWD investiert 30 Millionen Euro.',
      'de',
      ['investment 30000000 EUR Nordhessische Waggon- und Drehgestellbau'],
    ],
    [
      // (the abbreviation was read as a company, from its verb, before its brackets were)
      'Chennai: Sundaram Precision Components Ltd (SPCL) will invest ₹1,200 crore. SPCL will hire 300.',
      'en',
      ['investment 12000000000 INR Sundaram Precision Components', 'jobs 300 - Sundaram Precision Components'],
    ],
    [
      'La Société de transformation agricole de la Vallée (SOTRAVAL) a posé la première pierre. La SOTRAVAL investit 18 milliards de francs CFA et créera 400 emplois.',
      'fr',
      ['investment 18000000000 XOF Société de transformation agricole de la Vallée', 'jobs 400 - Société de transformation agricole de la Vallée'],
    ],
  ])('%s', (text, lang, expected) => {
    expect(summary(text, lang)).toEqual(expected);
  });

  it.each([
    [
      // a capitalised word before the bracket that gives no letter ends the spelled-out name
      'Ayer Grupo Vesta y Logística Andina (LA) firmaron. LA invertirá 40 millones de dólares.',
      'es',
      ['investment 40000000 USD Logística Andina'],
    ],
  ])('only the words that spell it: %s', (text, lang, expected) => {
    expect(summary(text, lang)).toEqual(expected);
  });
});

describe('an abbreviation that spells out a public body or scheme is no company', () => {
  it.each([
    [
      'La minera Minera Sur Andino retrasó su proyecto Chachani, según un hecho de importancia remitido ayer a la Superintendencia del Mercado de Valores (SMV).\n\nEl documento enviado a la SMV indica ahora que la fase de construcción demandará hasta 4.000 trabajadores.\n\nHasta la fecha, la empresa ha invertido US$ 146 millones en exploración.',
      'es',
      ['jobs 4000 - Minera Sur Andino', 'investment 146000000 USD Minera Sur Andino'],
    ],
  ])('%s', (text, lang, expected) => {
    expect(summary(text, lang)).toEqual(expected);
  });
});

describe('statuses of the July and August rounds', () => {
  it.each([
    [
      'Prairie Gold will build a plant in Sioux Center. When the project was first announced, the company said it would create 250 jobs.',
      'en',
      ['jobs 250 earlier Prairie Gold'],
    ],
    [
      'Quillon is to create up to 350 jobs in Belfast over the next five years, expanding an office it opened in the city in 2023. When it arrived in Belfast, the company said it would create 150 jobs over three years.',
      'en',
      ['jobs 350 new Quillon', 'jobs 150 earlier Quillon'],
    ],
    [
      'Minera Sur invierte en Arequipa. Cuando anunció el proyecto, la empresa dijo que crearía 3.500 empleos.',
      'es',
      ['jobs 3500 earlier Minera Sur'],
    ],
    [
      "Lianxin construit une usine à Lambres. Lorsqu'il a annoncé le projet, le groupe prévoyait 800 emplois.",
      'fr',
      ['jobs 800 earlier Lianxin'],
    ],
    [
      'Helios baut in Bitterfeld. Als das Werk 2024 angekündigt wurde, versprach der Konzern 800 Arbeitsplätze.',
      'de',
      ['jobs 800 earlier Helios'],
    ],
  ])('%s', (text, lang, expected) => {
    expect(withStatus(text, lang)).toEqual(expected);
  });

  it.each([
    // a when-clause of the future, or a participle with no subject, dates nothing
    ['Prairie Gold builds a plant in Sioux Center. When completed, the plant will employ 250 people.', 'en', ['jobs 250 new Prairie Gold']],
    ['Minera Sur invierte en Arequipa. Cuando esté terminada, la planta creará 3.500 empleos.', 'es', ['jobs 3500 new Minera Sur']],
    ['Helios baut in Bitterfeld. Als größter Arbeitgeber der Region schafft Helios 800 Arbeitsplätze.', 'de', ['jobs 800 new Helios']],
  ])('not past: %s', (text, lang, expected) => {
    expect(withStatus(text, lang)).toEqual(expected);
  });

  it('an earlier figure restated later keeps its company', () => {
    const text = "Un an après, l'usine Aldrena tient-elle ses promesses ?\n\nQuand il a présenté le projet, Aldrena Batteries a promis 1 200 emplois.\n\nLe président de Douaisis Agglo se montre prudent. « Les 1 200 postes annoncés, je les veux », dit-il.";
    expect(summary(text, 'fr')).toEqual(['jobs 1200 - Aldrena Batteries', 'jobs 1200 - Aldrena Batteries']);
  });
});

describe('companies of the July and August rounds', () => {
  it.each([
    [
      'Norcable to build £310m factory in Blyth\n\nNorwegian group picks Northumberland port\n\nNorwegian cable maker Norcable will build a £310m factory at the Port of Blyth, with 450 jobs to be created.',
      'en',
      ['investment 310000000 GBP Norcable', 'investment 310000000 GBP Norcable', 'jobs 450 - Norcable'],
    ],
    [
      "L'estuaire de la Seine attire deux projets\n\nLe chimiste normand Ammonor va construire une unité d'ammoniac à Gonfreville-l'Orcher.\n\nL'axe Seine confirme son statut de laboratoire. Le projet représente 900 millions d'euros et 250 emplois.",
      'fr',
      ['investment 900000000 EUR Ammonor', 'jobs 250 - Ammonor'],
    ],
    [
      'Invertirá Grupo Arteaga 300 mdd en Ramos Arizpe; generará mil 200 empleos',
      'es',
      ['investment 300000000 USD Grupo Arteaga', 'jobs 1200 - Grupo Arteaga'],
    ],
    [
      "Alstom et l'espagnol CAF (Construcciones y Auxiliar de Ferrocarriles) ont annoncé des investissements. A Reichshoffen, CAF investit 45 millions d'euros.",
      'fr',
      ['investment 45000000 EUR Construcciones y Auxiliar de Ferrocarriles'],
    ],
  ])('%s', (text, lang, expected) => {
    expect(summary(text, lang)).toEqual(expected);
  });
});

describe('who spends, in the July and August rounds', () => {
  it.each([
    [
      // a region after its town is where, not who
      'Lagos-based payments company Paystride will invest $15 million in a new engineering centre in Ibadan, Oyo State, and hire two hundred software engineers, the company announced.',
      'en',
      ['investment 15000000 USD Paystride', 'jobs 200 - Paystride'],
    ],
    [
      // a body the plan is shown to
      'La empresa castellonense Fritas Almassora ha presentado al Ayuntamiento de Almassora el proyecto de su nueva planta, que supondrá una inversión de 95 millones de euros y la creación de 230 puestos de trabajo.',
      'es',
      ['investment 95000000 EUR Fritas Almassora', 'jobs 230 - Fritas Almassora'],
    ],
    [
      // the level of government between the article and the body
      'Northvale Materials will build a $1.3-billion plant in Bécancour, Que. The federal government and Quebec will together contribute $420-million, split between forgivable loans and a contribution.',
      'en',
      ['investment 1300000000 CAD Northvale Materials'],
    ],
    [
      // taxes paid to the town
      'Nordvik construirá un centro de datos en Villamayor de Gállego con una inversión de 300 millones de euros. El proyecto aportará además al Ayuntamiento unos 4 millones de euros anuales en impuestos y tasas municipales.',
      'es',
      ['investment 300000000 EUR Nordvik'],
    ],
  ])('%s', (text, lang, expected) => {
    expect(summary(text, lang)).toEqual(expected);
  });
});

describe('figures of the July and August rounds', () => {
  it.each([
    ['Der Solarmodulhersteller Helios Modul stellt in Bitterfeld-Wolfen weitere 120 Mitarbeiter ein.', 'de', ['jobs 120 - Helios Modul']],
    ['Die Firma Warnow Steel baut ein Werk in Rostock. Rund fünfhundert Menschen sollen in dem Werk künftig arbeiten.', 'de', ['jobs 500 - Warnow Steel']],
    [
      'Nubalia construirá un centro de datos en Talavera. La compañía prevé crear 180 empleos directos en la fase de operación y hasta 900 durante los dos años de construcción.',
      'es',
      ['jobs 180 - Nubalia', 'jobs 900 - Nubalia'],
    ],
    ['Kilima Pharmaceuticals will build a plant in Athi River. A further 450 casual workers will be hired during construction.', 'en', ['jobs 450 - Kilima Pharmaceuticals']],
    // Swiss French for jobs
    ["Medivia construit une usine à Yverdon. Trois cent cinquante places de travail seront créées d'ici 2030.", 'fr', ['jobs 350 - Medivia']],
    ['Forestal Tacuarembó invertirá entre US$ 200 y 250 millones en la planta.', 'es', ['investment 200000000 USD Forestal Tacuarembó']],
    [
      // the outlet marks its own dollar in the headline and writes no conversion: the bare "$" is the same money
      'Kestrel bets A$2.1bn on Western Sydney AI data campus\n\nData centre developer Kestrel Data Centres will spend $2.1 billion building a hyperscale campus at Kemps Creek in Sydney, one of the largest sites in Australia.',
      'en',
      ['investment 2100000000 AUD Kestrel', 'investment 2100000000 AUD Kestrel Data Centres'],
    ],
  ])('%s', (text, lang, expected) => {
    expect(summary(text, lang)).toEqual(expected);
  });

  it('a range keeps its maximum', () => {
    expect(extractDocument('d1', 'Forestal Tacuarembó invertirá entre US$ 200 y 250 millones en la planta.', 'es').claims.map((c) => c.amount_max)).toEqual([250000000]);
  });

  it('German staff moved under one roof are not hired', () => {
    expect(summary('Das Klinikum Hameln baut neu. Rund 1900 Beschäftigte werden dann unter einem Dach arbeiten.', 'de')).toEqual([]);
  });

  it('a town "am Montag" is the town', () => {
    expect(withPlace('Hanse Defence baut ein Werk. Bei einem Termin in Munster am Montag versprach er etwa 450 Arbeitsplätze.', 'de')).toEqual(['jobs 450 Munster']);
  });
});

describe('press releases as published (280-283)', () => {
  it.each([
    [
      'Lechwerk Antriebstechnik AG legt Zahlen vor. Der Umsatz sank leicht.\n\nKennzahlen Geschäftsjahr 2027/28 im Überblick\n- Umsatz: 684,2 Mio. Euro (–3,8 %)\n- Auftragseingang: 652,9 Mio. Euro (–6,1 %)\n- Bereinigtes EBIT: 61,6 Mio. Euro, Marge 9,0 %\n- Konzernergebnis: 38,9 Mio. Euro',
      'de',
      [],
    ],
    [
      'Voltaris Energy Systems GmbH baut ein Speicherwerk in Schwarzheide.\n\nFakten auf einen Blick\n- Investition: 340 Millionen Euro\n- Neue Arbeitsplätze: bis zu 420\n- Fläche: 18 Hektar',
      'de',
      ['investment 340000000 EUR Voltaris Energy Systems', 'jobs 420 - Voltaris Energy Systems'],
    ],
    [
      'Nordlicht Software eröffnet ein Entwicklungszentrum in Leipzig und will dort Fachkräfte einstellen.\n\n• Start mit 45 Beschäftigten\n• Ziel: mehr als 250 Neueinstellungen bis Ende 2030',
      'de',
      ['jobs 250 - Nordlicht Software'],
    ],
    [
      'Sarvottam Steel signs MoU for ₹12,500 crore steel plant\n\nSarvottam Steel Limited today signed a Memorandum of Understanding (MoU) with the Government of Odisha. The first phase entails an investment of ₹12,500 crore and is expected to be commissioned in FY2032.\n\nKey highlights:\n\n• Direct employment for about 3,500 people and indirect employment for over 9,000 people',
      'en',
      ['investment 125000000000 INR Sarvottam Steel', 'investment 125000000000 INR Sarvottam Steel', 'jobs 3500 - Sarvottam Steel', 'jobs 9000 - Sarvottam Steel'],
    ],
    [
      'Plans for a £150m laboratory building on Oxford Road have been approved. Oriel Diagnostics will move in. "We\'ll be hiring up to 300 people, and Oxford Road is where those people want to work," Oriel Diagnostics said. Oxford Road is busy.',
      'en',
      ['investment 150000000 GBP Oriel Diagnostics', 'jobs 300 - Oriel Diagnostics'],
    ],
    [
      'Tessellate will open a hub in Limerick. The expansion represents an investment of €25 million and is supported by the Irish Government through IDA Ireland.',
      'en',
      ['investment 25000000 EUR Tessellate'],
    ],
    [
      "Ardent Services ouvre un centre de relation client à Saint-Quentin. Le site accueillera à terme 250 conseillers, recrutés en CDI, dont 150 dès l'ouverture.",
      'fr',
      ['jobs 250 - Ardent Services', 'jobs 150 - Ardent Services'],
    ],
    [
      'Celulosa del Biobío ingresa a evaluación ambiental proyecto de US$ 1.450 millones para modernizar planta Nacimiento\n\nCelulosa del Biobío ingresó este lunes el estudio de su proyecto Nacimiento Futuro, en la comuna de Nacimiento.',
      'es',
      ['investment 1450000000 USD Celulosa del Biobío'],
    ],
  ])('%s', (text, lang, expected) => {
    expect(summary(text, lang)).toEqual(expected);
  });

  it('the claim of a release dated in a fiscal year is not placed there', () => {
    const text = 'Sarvottam Steel Limited today signed a Memorandum of Understanding (MoU) with the Government of Odisha for a plant at Kalinganagar. The first phase entails an investment of ₹12,500 crore and is expected to be commissioned in FY2032.';
    expect(withPlace(text, 'en').every((c) => !c.includes('FY2032') && !c.includes('Fy2032'))).toBe(true);
  });

  it('a street is no place of a claim', () => {
    expect(withPlace('Driftwood Creamery will invest $68 million and add 140 jobs at its plant on Eastern Avenue.', 'en').some((c) => c.includes('Avenue'))).toBe(false);
  });
});

describe('a random week of October 2028 (284-287)', () => {
  it.each([
    [
      "Béja : Cablemed inaugure sa quatrième usine en Tunisie\n\nLa Câblerie Méditerranéenne (Cablemed), filiale du groupe japonais Sanwa Wiring, a inauguré samedi son site de Béja. Cablemed y a investi 35 millions d'euros et emploiera 450 personnes.",
      'fr',
      ["investment 35000000 EUR Câblerie Méditerranéenne", 'jobs 450 - Câblerie Méditerranéenne'],
    ],
    [
      "Batteries : Voltaïs lance sa gigafactory de Dunkerque, un chantier de 1,8 milliard d’euros\n\nVoltaïs, coentreprise entre le français Energis Mobilité et le coréen Hanseong Chemical, a annoncé mardi le lancement des travaux de son usine de cellules lithium-fer-phosphate (LFP) à Loon-Plage. Montant total du projet : 1,8 milliard d’euros.\n\nUne première tranche de 650 millions d’euros doit permettre de démarrer une ligne dès 2031.\n\nA terme, l’usine doit créer jusqu’à 1.700 emplois d’ici à 2033.",
      'fr',
      ['investment 1800000000 EUR Voltaïs', 'investment 1800000000 EUR Voltaïs', 'investment 650000000 EUR Voltaïs', 'jobs 1700 - Voltaïs'],
    ],
    [
      'Fintech Tallypay will create 150 jobs at a new EMEA headquarters in Dublin, backed by a €12m investment.',
      'en',
      ['jobs 150 - Tallypay', 'investment 12000000 EUR Tallypay'],
    ],
    [
      "Au Locle, un sous-traitant medtech mise 45 millions de francs sur l'implant dentaire\n\nLa société Joux Medical agrandit son usine et prévoit 80 nouveaux postes d'ici à 2030.",
      'fr',
      ['investment 45000000 CHF Joux Medical', 'jobs 80 - Joux Medical'],
    ],
    [
      "Nordlac Lithium will build a $540-million refinery in Val-d'Or, Que. Val-d'Or Mayor Céline Brindle said six hundred workers would be needed.",
      'en',
      ['investment 540000000 CAD Nordlac Lithium', 'jobs 600 - Nordlac Lithium'],
    ],
    [
      'Atlántida Hoteles invertirá 85 millones en un resort de cinco estrellas en Fuerteventura\n\nRedacción | Puerto del Rosario | 19/10/2028\n\nLa cadena canaria Atlántida Hoteles ha presentado al Cabildo de Fuerteventura el proyecto de su nuevo resort en Costa Calma, en el municipio de Pájara, en el que invertirá 85 millones de euros.',
      'es',
      ['investment 85000000 EUR Atlántida Hoteles', 'investment 85000000 EUR Atlántida Hoteles'],
    ],
  ])('%s', (text, lang, expected) => {
    expect(summary(text, lang)).toEqual(expected);
  });

  it.each([
    [
      'Kestrel Automotive will build a plant in Windsor. The factory will employ 1,100 people directly when the first shift is running, rising to about 1,800 if a second shift is added, the company said.',
      'en',
      ['jobs 1100 - Kestrel Automotive', 'jobs 1800 - Kestrel Automotive'],
    ],
    [
      // a rate is no later phase of the jobs
      'Ridgeback will hire 1,200 workers at the plant. It will build trucks, starting with about 15,000 vehicles a year in 2027 and rising to 40,000 a year.',
      'en',
      ['jobs 1200 - Ridgeback'],
    ],
    [
      // the government a company signs with is the other party, not the money's kind
      'Sahyadri Motors will build an electric vehicle plant at Cheyyar. The company signed a memorandum of understanding with the Tamil Nadu government to invest Rs 6,500 crore in the plant.',
      'en',
      ['investment 65000000000 INR Sahyadri Motors'],
    ],
  ])('%s', (text, lang, expected) => {
    expect(summary(text, lang)).toEqual(expected);
  });

  it('an official gazette is no company', () => {
    const text = 'Litio Puna S.A. invertirá US$620 millones en Catamarca. El Boletín Oficial publicó la adhesión al régimen. Según el Boletín Oficial, el proyecto creará 850 puestos de trabajo.';
    expect(summary(text, 'es')).toEqual(['investment 620000000 USD Litio Puna', 'jobs 850 - Litio Puna']);
  });
});

describe('features of November 2028 (288-291)', () => {
  it.each([
    [
      "Les centres de données affluent au Québec.\n\nDernier en date : Nordique Calcul. L’entreprise montréalaise, fondée en 2019, a confirmé mercredi un investissement de 1,4 milliard $ pour construire un campus à Beauharnois.",
      'fr',
      ['investment 1400000000 CAD Nordique Calcul'],
    ],
    [
      "Le dossier le plus attendu était celui de Sidéral Méditerranée. Le sidérurgiste, qui emploie 2 500 salariés à Fos, a confirmé lundi la construction d'un four à arc électrique et d'une unité de réduction directe du minerai de fer, pour un montant de 1,8 milliard d'euros.",
      'fr',
      ['investment 1800000000 EUR Sidéral Méditerranée'],
    ],
    [
      'Aguas del Pacífico Norte invertirá US$ 420 millones en la desaladora.\n\nEl caso más emblemático es el de HyPampa. La empresa, controlada por inversionistas alemanes, anunció en 2025 una inversión de US$ 3.000 millones para una planta.',
      'es',
      ['investment 420000000 USD Aguas del Pacífico Norte', 'investment 3000000000 USD HyPampa'],
    ],
    [
      // a name after "from", described in an apposition that closes on a relative clause
      'Kaiyuan Electronics led the list. The second-largest commitment came from Suryan Components, a Coimbatore-based maker of printed circuit boards, which said it would invest Rs 1,200 crore in a plant at Tirunelveli and hire 3,500 workers.',
      'en',
      ['investment 12000000000 INR Suryan Components', 'jobs 3500 - Suryan Components'],
    ],
  ])('%s', (text, lang, expected) => {
    expect(summary(text, lang)).toEqual(expected);
  });

  it.each([
    // a label's colon or a speaker's is no introduction
    // (nor a German adverb opening the sentence: "Stattdessen investiert …")
    ['Die Alpentex Kunststoff GmbH baut nicht in Kapfenberg. Stattdessen investiert das Familienunternehmen 120 Millionen Euro in einen neuen Standort im slowakischen Trnava.', 'de', ['investment 120000000 EUR Alpentex Kunststoff']],
    ['NubeAxis Data Centers construirá un centro en Colón.\n\nFoto: Cortesía NubeAxis. La empresa invertirá 1.100 millones de dólares.', 'es', ['investment 1100000000 USD NubeAxis']],
  ])('not an introduction: %s', (text, lang, expected) => {
    expect(summary(text, lang)).toEqual(expected);
  });
});

describe('interviews, round-ups and year-end reviews of December 2028 (292-295)', () => {
  it.each([
    [
      "Jean-Marc Delpech (Aérostructures Garonne) : « Nous recruterons jusqu’à 600 personnes d’ici 2031 »\n\nLe sous-traitant aéronautique toulousain engage un plan d’investissement de près de 300 millions d’euros sur cinq ans.\n\nCombien ?\n\nNous allons investir près de 300 millions d’euros entre 2029 et 2033.",
      'fr',
      ['jobs 600 - Aérostructures Garonne', 'investment 300000000 EUR Aérostructures Garonne', 'investment 300000000 EUR Aérostructures Garonne'],
    ],
    [
      'Interview: Beat Gerber\n\nAlpina Biologics stellt in Schlieren Wirkstoffe für Antikörpertherapien her. Nun baut das Unternehmen für rund 250 Mio. Fr. eine neue Produktionslinie.',
      'de',
      ['investment 250000000 CHF Alpina Biologics'],
    ],
    [
      "Celyo Biologics investira 250 millions d’euros à Mont-Saint-Guibert.\n\nCotée sur Euronext Bruxelles depuis 2024, l'entreprise créera 180 emplois. Euronext Bruxelles a salué l'annonce.",
      'fr',
      ['investment 250000000 EUR Celyo Biologics', 'jobs 180 - Celyo Biologics'],
    ],
  ])('%s', (text, lang, expected) => {
    expect(summary(text, lang)).toEqual(expected);
  });

  it.each([
    [
      // a look back at pledges: a pledge told in the past is the earlier one
      "2028 in review: Teesside's year of big promises\n\nAlderley Foods chose Stockton in May. Alderley promised 320 jobs and a £48m investment.",
      'en',
      ['jobs 320 earlier Alderley Foods', 'investment 48000000 earlier Alderley Foods'],
    ],
    [
      // (unless the sentence brings it into the week: "Il a annoncé vendredi une seconde tranche")
      "Un an après, la gigafactory solaire de Sarreguemines tient-elle ses promesses ?\n\nHelioVolt a annoncé vendredi une seconde tranche de 150 millions d’euros.",
      'fr',
      ['investment 150000000 new HelioVolt'],
    ],
  ])('%s', (text, lang, expected) => {
    expect(extractDocument('d1', text, lang).claims.map((c) => `${c.metric} ${c.amount} ${c.status} ${c.subject}`)).toEqual(expected);
  });

  it('an interview\'s short answer opens no list of companies', () => {
    const text = '—¿Y Apodaca?\n\n—Sí, los 4 mil millones de pesos para Apodaca. Está ejercida completa.';
    expect(summary(text, 'es').some((c) => c.endsWith(' Sí'))).toBe(false);
  });
});

describe('a random week of January 2029 (296-299)', () => {
  it.each([
    [
      'Northfield Lithium greenlights $780-million Quebec concentrator, betting on price recovery\n\nNorthfield Lithium Corp. said Tuesday it will go ahead with the plant.',
      'en',
      ["investment 780000000 CAD Northfield Lithium"],
    ],
    [
      // an interview's question word is no company
      'Elena Sancho (Ebro Logística): «Este año contrataremos a unas 400 personas en Zaragoza»\n\n—¿Cómo ve 2029?\n\n—Vamos a invertir 150 millones de euros en la nueva plataforma.',
      'es',
      ['jobs 400 - Ebro Logística', 'investment 150000000 EUR Ebro Logística'],
    ],
  ])('%s', (text, lang, expected) => {
    expect(summary(text, lang)).toEqual(expected);
  });
});
