// What the fourteenth session's first two rounds showed, read after they were scored. 160-163 (mid-February
// 2027: stories naming two or three companies, joint ventures, regional roundups): Spanish houses named for
// their trade, a company whose name ends in "Company", a lede past a dek, byline and date line, German
// subjects after a place that opens a clause, German nouns that are neither towns nor companies, French
// crafts and verbs, the places of a company's home and of what lies outside, ministries with their
// initials, free zones, the Ghanaian cedi, and job cuts told as headlines. 164-167 (late February, hiring
// stories): German and Spanish ways of seeking and taking people on, the "ab" of a date, German plural
// verbs after a name of two words, Irish towns and a byline with its desk, a phase's budget. 168-171 (early
// March, announcements made through governments and agencies, interviews): an interview's headline naming the
// speaker's company in brackets, Swiss towns, the Algerian "DA", the Malaysian "RM2.1bil", compound adjectives
// that are no sum, net debt and fines, teams built up, money budgeted, jobs "betroffen". 172-175 (mid-March):
// a site that will "et employer à terme" its staff. 176-179 (late March): the Gulf's rial and dinars before the
// amount, Omani towns, "employment to", installing verbs, German jobs to be "beschäftigt", a figure "die Rede"
// was of, and positions phased out or a core payroll that are no hiring. 180-183 (early April): a ministry's name
// after "de l'", the Pakistani "Rs8bn", "persons", a net present value and cash in hand, the "cent" of "per cent"
// opening no range.
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../utils/core/extract/index';
import { claimSummary as summary } from './claim-summary';

const places = (text: string, lang: string) => extractDocument('d1', text, lang).claims.map((c) => `${c.metric} ${c.location}`);

describe('companies', () => {
  it.each([
    // a Spanish house named for its trade, with its region after "del" or a Galician "do"
    ['Cementos del Cauca ganó 90.000 millones y destinará 300.000 millones de euros a una nueva línea de clínker en Yumbo.', 'es',
      ['investment 300000000000 EUR Cementos del Cauca']],
    ['Conservas do Morrazo levantará en Cangas una fábrica de 38 millones de euros con 150 empleos.', 'es',
      ['investment 38000000 EUR Conservas do Morrazo', 'jobs 150 - Conservas do Morrazo']],
    // a French house named for its craft, and "promet"
    ["Tarbes : Mécaniques de Bigorre construit une deuxième usine. Le sous-traitant va investir 45 millions d'euros.", 'fr',
      ['investment 45000000 EUR Mécaniques de Bigorre']],
    ['Externalisation – Talarys Services promet 900 emplois à Antsirabe\n\nLe groupe a lancé hier les travaux de son troisième centre.', 'fr',
      ['jobs 900 - Talarys Services']],
    // "Chez" opens no name
    ["Chez Chaudronnerie Fosséenne, une entreprise familiale de 45 salariés, on a investi 1,2 million d'euros dans un atelier.", 'fr',
      ['investment 1200000 EUR Chaudronnerie Fosséenne']],
    // a headline drops the article of "la danesa Nordlink"
    ['Danesa Fjordlink instalará en Montevideo su centro regional con una inversión de US$ 45 millones', 'es', ['investment 45000000 USD Fjordlink']],
  ])('%s', (text, lang, expected) => expect(summary(text, lang)).toEqual(expected));

  it('a name ending in "Company" is found before any verb, and its first word is no parent company', () => {
    const story = [
      'Up to 400 jobs as £90m cable plant confirmed for Invergordon',
      'Joint venture between a Glasgow engineer and a Japanese cable maker gives the Highlands a boost',
      'By Jane Ross',
      'Wednesday, 17 February 2027, 6:00 am',
      'A £90 million factory to make subsea cables will be built at Invergordon, creating up to 400 jobs in Easter Ross.',
      "Tarvel Cable Company, a joint venture between Glasgow-based Firth Marine Engineering and Japan's Aoyama Electric, confirmed yesterday that it had taken a final investment decision.",
      'The factory will be visible from across the Tarvel Firth.',
      'Site owner Dockside Estates Ltd will spend £6m extending its quay.',
    ].join('\n\n');
    expect(summary(story, 'en')).toEqual([
      'jobs 400 - Tarvel Cable Company', 'investment 90000000 GBP Tarvel Cable Company',
      'investment 90000000 GBP Tarvel Cable Company', 'jobs 400 - Tarvel Cable Company', 'investment 6000000 GBP Dockside Estates',
    ]);
  });

  it('a German subject after a place that opens a clause, even if the story writes the name after "bei"', () => {
    expect(summary('Der starke Franken hat bei Rietmann Spuren hinterlassen. Auch der Heimatstandort geht nicht leer aus: In Winterthur investiert Rietmann 30 Mio. Fr. in ein Testzentrum.', 'de'))
      .toEqual(['investment 30000000 CHF Rietmann']);
  });

  it('German nouns and money words are no company', () => {
    expect(summary('Genossenschaft investiert 140 Mio. Euro. Die Molkereigenossenschaft Allgäuer Käse eG baut in Leutkirch eine neue Käserei.', 'de'))
      .toEqual(['investment 140000000 EUR Allgäuer Käse']);
    expect(summary('Der Hersteller von Hydraulik für Bau- und Landmaschinen baut eine Halle. Die Fluidtec Traun GmbH nimmt dafür 38 Millionen Euro in die Hand.', 'de'))
      .toEqual(['investment 38000000 EUR Fluidtec Traun']);
  });
});

describe('not claims', () => {
  it.each([
    ['Cementos Serranía SAB informó que destinó 4,200 millones de pesos a pagar deuda en el trimestre.', 'es'],
    ['480 jobs to go as Brackwell Pumps shuts Wolverhampton foundry', 'en'],
    ['Bokamoso Platinum said a long strike could affect up to 1,200 jobs at the two older shafts.', 'en'],
    ['Harbour Data Ltd will build a campus. The combined authorities say they add up to £2.4bn of investment and around 3,200 jobs.', 'en'],
  ])('%s', (text, lang) => expect(summary(text, lang)).toEqual([]));

  it('the "cent" of "per cent" is no hundred', () => {
    expect(summary('Vaigai Electronics Pvt will build a plant. The unit will employ 6,000 people, at least 70 per cent of them women.', 'en'))
      .toEqual(['jobs 6000 - Vaigai Electronics Pvt']);
  });
});

describe('money and places', () => {
  it('the Ghanaian cedi', () => {
    expect(summary('Adinkra Cocoa Ltd will invest GH¢180 million in a shea butter plant in Tamale.', 'en')).toEqual(['investment 180000000 GHS Adinkra Cocoa']);
  });

  it.each([
    // a company's home is not where its new hub goes
    ["Le groupe Zhongli Express, basé à Shenzhen, a confirmé la construction d'un hub à Grâce-Hollogne. L'entreprise y investit 70 millions d'euros.", 'fr',
      ['investment Grâce-Hollogne']],
    // a ministry and its initials are no town in its province
    ['La Compañía Minera Vilcanota presentó al Ministerio de Energía y Minas (Minem) su estudio (MEIA) para ampliar su unidad Chalhuanca, en la provincia de Aymaraes (Apurímac), con una inversión de US$ 1,150 millones.', 'es',
      ['investment Aymaraes']],
    // a free zone named by its town
    ['Meditek invertirá US$120 millones en una nueva planta en la zona franca de San Cristóbal.', 'es', ['investment San Cristóbal']],
    // what lies outside is not where the money goes
    ['Halcyon Labs baut in Zürich ein Forschungszentrum. Das Unternehmen investiert rund 300 Mio. Fr. in seinen ersten Standort ausserhalb der USA.', 'de',
      ['investment Zurich, Switzerland']],
    // German nouns after "in" are no town
    ['Die Voltrion GmbH plant in Saarlouis bis zu 600 Arbeitsplätze und will zusätzlich 90 Millionen Euro in Maschinen und Anlagen investieren.', 'de',
      ['jobs Saarlouis', 'investment Saarlouis']],
    // Belgian and Moroccan towns
    ['Le logisticien Zhongli va créer 300 emplois à Liège.', 'fr', ['jobs Liège, Belgium']],
    ["L'équipementier Morvan Seating investit 620 millions de dirhams à Kénitra.", 'fr', ['investment Kénitra, Morocco']],
  ])('%s', (text, lang, expected) => expect(places(text, lang)).toEqual(expected));
});

describe('hiring, late February', () => {
  it.each([
    // German: training places offered "ab August" (the "ab" of a date, not of "bauen … ab"), people sought, won, brought on board, planned
    ['Die Hubert Logistik GmbH baut ein Verteilzentrum. Zudem sollen ab August zwölf Ausbildungsplätze angeboten werden.', 'de', ['jobs 12 - Hubert Logistik']],
    ['Die Kessler Antriebstechnik GmbH baut aus. Dafür würden etwa 60 Ingenieure und Softwareentwickler gesucht, sagte der Chef.', 'de',
      ['jobs 60 - Kessler Antriebstechnik']],
    ['Der Klinikbetreiber Medivita Kliniken will 400 Pflegefachkräfte aus dem Ausland gewinnen.', 'de', ['jobs 400 - Medivita Kliniken']],
    ['Die Clearpath Analytics GmbH eröffnet in München. „Wir wollen mindestens 250 Leute an Bord holen.“', 'de', ['jobs 250 - Clearpath Analytics']],
    ['Die Voltaris GmbH baut ein Zellwerk. In der ersten Ausbaustufe sind 450 Beschäftigte vorgesehen.', 'de', ['jobs 450 - Voltaris']],
    // Spanish: people added or taken on, vacancies opened, a building site's peak, programmers
    ['La empresa CodexSur sumará 250 programadores este año.', 'es', ['jobs 250 - CodexSur']],
    ['Patagonia Well Services SA tomará 300 trabajadores en Añelo.', 'es', ['jobs 300 - Patagonia Well Services']],
    ['Conectia SA abre 900 vacantes en su nuevo centro de Zapopan.', 'es', ['jobs 900 - Conectia']],
    ['Minera Altiplano SA aprobó su expansión. La etapa de construcción alcanzará un peak de 5.000 trabajadores en 2028.', 'es', ['jobs 5000 - Minera Altiplano']],
  ])('%s', (text, lang, expected) => expect(summary(text, lang)).toEqual(expected));

  it('stores opened and a payroll at peak season are no hiring', () => {
    expect(summary('Supermercados Oliva SA abrirá 40 tiendas este año.', 'es')).toEqual([]);
    expect(summary('Fraser Logistics Ltd runs the warehouse, which employs about 1,400 people at peak season.', 'en')).toEqual([]);
  });
});

describe('companies and money, late February', () => {
  it('a German plural verb after a name of two words, not after one noun nor as a clause-closing infinitive', () => {
    expect(summary('Die Murtaler Holzwerke investieren 45 Millionen Euro in ein neues Werk in Judenburg.', 'de')).toEqual(['investment 45000000 EUR Murtaler Holzwerke']);
    expect(summary('Die Landwirte investieren 45 Millionen Euro in neue Ställe.', 'de')).toEqual([]);
    expect(summary('Die Cloud-Sparte will in der Börde einen Campus für Künstliche Intelligenz errichten. Dafür fließen 8,8 Milliarden Euro.', 'de')).toEqual([]);
  });

  it('an Irish town is no company, and a byline with its desk does not shorten the lede', () => {
    const story = ['€1.1bn data centre plan for Navan would create 80 permanent jobs', 'Developer seeks planning permission for a campus', 'Ciarán Maguire, Business Reporter',
      'Thursday, 25 February 2027', 'A data centre developer has lodged plans for a €1.1 billion campus on the outskirts of Navan, Co Meath.',
      'Tarvin Data Centres Ltd, which is backed by a Canadian pension fund, submitted the application on Monday.'].join('\n\n');
    expect(summary(story, 'en')).toEqual(['investment 1100000000 EUR Tarvin Data Centres', 'jobs 80 - Tarvin Data Centres', 'investment 1100000000 EUR Tarvin Data Centres']);
  });

  it("a phase's budget", () => {
    expect(summary('Voltara SL construirá una gigafactoría. La primera fase, con un presupuesto de 650 millones de euros, arrancará en 2027.', 'es'))
      .toEqual(['investment 650000000 EUR Voltara']);
  });
});

describe('early March', () => {
  it.each([
    // an interview's headline: the speaker, the company in brackets, a colon
    ['Claire Vasseur (Thermalis) : « Nous allons investir 250 millions d’euros à Amiens »\n\nLa patronne du fabricant de pompes à chaleur détaille son plan.', 'fr',
      ['investment 250000000 EUR Thermalis']],
    // a Swiss town makes a bare "millions" Swiss francs
    // (not a dateline's town and its département)
    ["Saint-Fons : Helvio va investir 1,2 milliard d'euros\n\nSAINT-FONS (RHÔNE) – C'est officiel : Helvio Batteries SA va investir 1,2 milliard d'euros dans une usine.", 'fr',
      ['investment 1200000000 EUR Helvio Batteries', 'investment 1200000000 EUR Helvio Batteries']],
    ['Le sous-traitant horloger Microtec Jura SA investit 40 millions à Delémont.', 'fr', ['investment 40000000 CHF Microtec Jura']],
    ["Sétif : la société Hodna Pneus SPA pose la première pierre d'une usine de pneumatiques pour un investissement de 33 milliards de DA", 'fr',
      ['investment 33000000000 DZD Hodna Pneus']],
    ['Veltrix Semiconductor NV will invest RM2.1bil to build a second plant in Batu Kawan. It set up its first plant in 2022 with an investment of RM850mil.', 'en',
      ['investment 2100000000 MYR Veltrix Semiconductor', 'investment 850000000 MYR Veltrix Semiconductor']],
    ['Japanese firm Hokuto Chemical Co. to invest RM4.8 bln in Bintulu green ammonia plant.', 'en', ['investment 4800000000 MYR Hokuto Chemical']],
    ['Die Clearline Instruments GmbH kommt nach Villach. „Wir wollen hier in wenigen Jahren ein Team von 75 Leuten aufbauen.“', 'de', ['jobs 75 - Clearline Instruments']],
    ['Kernstück ist ein neues Werk der Brunnmatt AG in Grenchen, für das das Unternehmen 110 Mio. Fr. budgetiert.', 'de', ['investment 110000000 CHF Brunnmatt']],
    ['Envases del Plata SA amplía su planta. -Vamos a sumar unas 150 personas de manera directa.', 'es', ['jobs 150 - Envases del Plata']],
  ])('%s', (text, lang, expected) => expect(summary(text, lang)).toEqual(expected));

  it.each([
    ['Crestline Cement Plc will build a new three-million-tonne-per-annum production line at its Ewekoro plant.', 'en'],
    ["Un analyste s'interroge sur la capacité de Sorelec SA à financer ses investissements sans alourdir une dette nette de 1,1 milliard d'euros.", 'fr'],
    ['Les Brasseries Vanhoutte SA écopent de 12,1 millions d’euros pour entente sur les prix.', 'fr'],
    ['Möbelkette Wohnwelt Kainz GmbH ist pleite – 480 Jobs betroffen', 'de'],
  ])('no claim: %s', (text, lang) => expect(summary(text, lang)).toEqual([]));
});

describe('mid-March', () => {
  it('a site that will "et employer" its staff', () => {
    expect(summary('Lumétal SA construit un laminoir à Dunkerque. Le site doit entrer en production fin 2029 et employer à terme 450 personnes.', 'fr'))
      .toEqual(['jobs 450 - Lumétal']);
  });
});

describe('late March', () => {
  it.each([
    ['MUSCAT, MARCH 24 — Majan Rolling Company will invest RO 115 million in a second line at its plant in Sohar.', 'en',
      ['investment 115000000 OMR Majan Rolling Company']],
    ['Sreenidhi Vaccines Ltd will build a plant in Genome Valley that is expected to provide direct employment to 1,100 people.', 'en',
      ['jobs 1100 - Sreenidhi Vaccines']],
    ['Flexipack instala una línea de coextrusión en Zapopan con una inversión de 280 millones de pesos. Flexipack exporta a Texas.', 'es',
      ['investment 280000000 MXN Flexipack']],
    ['Die Solvant AG baut in Itzehoe. Beschäftigt werden sollen dort zunächst rund 400 Menschen.', 'de', ['jobs 400 - Solvant']],
    ['Als die Kessler Biologics AG den Bau in Visp ankündigte, war von 400 Millionen Franken die Rede.', 'de', ['investment 400000000 CHF Kessler Biologics']],
  ])('%s', (text, lang, expected) => expect(summary(text, lang)).toEqual(expected));

  it('positions phased out and a core payroll are no hiring', () => {
    expect(summary('Great Lakes Steel Corp. will build a furnace. Roughly 300 positions will be phased out by 2030.', 'en')).toEqual([]);
    expect(summary('Die Getriebe Huber GmbH baut aus. Zur Stammbelegschaft von 650 Beschäftigten sollen etwa 70 neue Mitarbeiter hinzukommen.', 'de'))
      .toEqual(['jobs 70 - Getriebe Huber']);
  });
});

describe('early April', () => {
  it.each([
    // (Karachi places the story in Pakistan, whose rupee "Rs" is)
    ['Zafran Pharma Ltd to set up Rs8bn plant in Korangi, Karachi.', 'en', ['investment 8000000000 PKR Zafran Pharma']],
    ['Voltaris Energy Pvt Ltd will build a cell plant. The project would generate employment for 4,500 persons.', 'en', ['jobs 4500 - Voltaris Energy Pvt']],
  ])('%s', (text, lang, expected) => expect(summary(text, lang)).toEqual(expected));

  it.each([
    ["Le ministre wallon de l’Économie a présenté jeudi un plan de 135 millions d’euros pour les parcs d'activités.", 'fr'],
    ['Laurentian Nickel Corp. approved the expansion. A study estimated an after-tax net present value of $1.05-billion for the expansion.', 'en'],
    ['Kestrel Biologics Inc. ended 2026 with about $5.1 billion in cash and investments.', 'en'],
  ])('no claim: %s', (text, lang) => expect(summary(text, lang)).toEqual([]));

  it('"per cent to N610 billion" is no range from a hundred', () => {
    expect(summary('Ikeja Foods Plc said aggregate investment in new production lines dropped by 22 per cent to N610 billion.', 'en'))
      .not.toContain('investment 100000000000 NGN Ikeja Foods');
  });
});
