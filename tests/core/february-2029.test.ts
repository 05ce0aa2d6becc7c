// What the nineteenth session found. 300-303 (a random week of February 2029, one story in four an updated or
// corrected dispatch) and 304-307 (local and regional papers: council meetings, planning, business parks, ground-breakings).
// A trade written after a name's comma with no article makes the name a company ("Aeroestructuras del Bajío, proveedora
// de componentes …"), but not a family's ("La familia Funes, productora de uvas …"); a payroll told with "da trabajo a"
// is no hiring, nor a region's total "en el sector"; a claim that names no place, in a story that names no country,
// takes the town of the headline or, failing that, of the dateline.
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../utils/core/extract/index';
import { claimSummary as summary } from './claim-summary';

const withPlace = (text: string, lang: string) => extractDocument('d1', text, lang).claims.map((c) => `${c.metric} ${c.amount} ${c.location}`);

describe('a trade after the comma, with no article, names a company', () => {
  it.each([
    [
      'Aeroestructuras del Bajío, proveedora de componentes para fuselajes, inauguró la ampliación de su planta, en la que invirtió 40 millones de dólares.',
      'es',
      ['investment 40000000 USD Aeroestructuras del Bajío'],
    ],
    [
      'Zentrix Aero, proveedora de componentes para fuselajes, invertirá 40 millones de dólares en Querétaro.',
      'es',
      ['investment 40000000 USD Zentrix Aero'],
    ],
    [
      'Mecaforge, équipementier automobile installé à Vesoul, investit 12 millions d’euros dans une nouvelle presse.',
      'fr',
      ['investment 12000000 EUR Mecaforge'],
    ],
  ])('%s', (text, lang, expected) => {
    expect(summary(text, lang)).toEqual(expected);
  });

  it('not a family', () => {
    const text = 'Bodega Funes Hermanos invierte US$ 4 millones en una nueva bodega. La familia Funes, productora de uvas desde los años 50, dejará de vender su fruta. La bodega contratará a 15 personas.';
    expect(summary(text, 'es')).toEqual(['investment 4000000 USD Bodega Funes Hermanos', 'jobs 15 - Bodega Funes Hermanos']);
  });
});

describe('a payroll and a region’s total are no claim', () => {
  it.each([
    ['Talleres Duriel invertirá 40 millones de dólares. La compañía, que actualmente da trabajo a mil 100 personas, busca técnicos en maquinado.', 'es', ['investment 40000000 USD Talleres Duriel']],
    [
      'Talleres Duriel invertirá 40 millones de dólares. El secretario destacó que Querétaro acumula 2 mil 400 millones de dólares de inversión en el sector aeroespacial.',
      'es',
      ['investment 40000000 USD Talleres Duriel'],
    ],
  ])('%s', (text, lang, expected) => {
    expect(summary(text, lang)).toEqual(expected);
  });
});

describe('a local story’s town', () => {
  it.each([
    [
      'Bäckerei Lechner baut neue Backstube in Kaufering\n\nDer Gemeinderat hat dem Bauantrag zugestimmt. Das Investitionsvolumen liegt bei rund 4,5 Millionen Euro.',
      'de',
      ['investment 4500000 Kaufering'],
    ],
    [
      // (no town in the headline: the dateline's)
      'Mehr Platz für Teig und Öfen\n\nKAUFERING. Die Bäckerei Lechner GmbH verlagert ihre Produktion ins Gewerbegebiet. Das Investitionsvolumen liegt bei rund 4,5 Millionen Euro.',
      'de',
      ['investment 4500000 Kaufering'],
    ],
    [
      // (a story that names its country keeps the country for a claim with no place of its own)
      'Bäckerei Lechner baut neue Backstube in Kaufering\n\nDer Gemeinderat hat zugestimmt. Das Investitionsvolumen liegt bei rund 4,5 Millionen Euro, so viel wie nirgends sonst in Deutschland.',
      'de',
      ['investment 4500000 Germany'],
    ],
  ])('%s', (text, lang, expected) => {
    expect(withPlace(text, lang)).toEqual(expected);
  });
});

// 304 (English local papers): a council's consent to a priced project is not the council's money; "a Boyne Digital
// spokesperson" names a company, not a town after a preposition; Irish counties are regions ("Meath County Council").
describe('a council consents, the company spends', () => {
  it.each([
    [
      'The Brookfield County Council on Monday approved a tax abatement for a $40 million expansion by Wexley Plastics Inc., which plans to hire 120 people.',
      'en',
      ['investment 40000000 USD Wexley Plastics', 'jobs 120 - Wexley Plastics'],
    ],
    [
      // (money the council approves for something is its own)
      'Wexley Plastics Inc. opened its plant last year. The Brookfield County Council on Monday approved $2.4 million for a new library.',
      'en',
      [],
    ],
  ])('%s', (text, lang, expected) => {
    expect(summary(text, lang)).toEqual(expected);
  });

  it('a spokesperson’s company, an Irish county', () => {
    const text = 'Go-ahead for €80m data centre expansion near Navan\n\nMeath County Council has granted planning permission for an €80 million expansion of the Boyne Digital data centre campus outside Navan.\n\nA Boyne Digital spokesperson said the company would create 40 permanent jobs.';
    const claims = extractDocument('d1', text, 'en').claims.map((c) => `${c.metric} ${c.amount} ${c.subject}`);
    expect(claims).toEqual(['investment 80000000 Boyne Digital', 'investment 80000000 Boyne Digital', 'jobs 40 Boyne Digital']);
  });
});

// 308-311 (trade press): the vendor that supplies or designs the equipment is not the company the story is about
// ("fournie par l'allemand Groninger", "Conçu avec l'ingénieriste allemand Sorg"), unless a relative clause gives it a plan
// of its own; a parent named with its share ("filiale à 100 % de l'énergéticien strasbourgeois Rhénergie") is the owner;
// a German craft's word opens a firm's name ("Die Spedition Brandhorst", later "Brandhorst").
describe('trade press: vendors, owners and crafts', () => {
  it.each([
    [
      'Les Verreries du Barrois reconstruisent leur four. Conçu avec l’ingénieriste allemand Sorg, le nouveau four doit réduire les émissions. Le chantier représente un investissement de 52 millions d’euros, pour lequel le groupe a obtenu une aide.',
      'fr',
      ['investment 52000000 EUR Verreries du Barrois'],
    ],
    [
      'La Biscuiterie Ker Avel agrandit son site. Le four tunnel de 80 mètres, livré par le néerlandais Kaak, sera mis en service en septembre. Une quinzaine d’embauches sont prévues.',
      'fr',
      ['jobs 15 - Biscuiterie Ker Avel'],
    ],
    [
      'Biométhane : Méthalys veut bâtir douze unités\n\nMéthalys accélère. Le développeur-exploitant, filiale à 100 % de l’énergéticien strasbourgeois Rhénergie, prévoit environ 180 millions d’euros d’investissements.',
      'fr',
      ['investment 180000000 EUR Méthalys'],
    ],
    [
      'Die Spedition Brandhorst aus Melsungen errichtet in Lohfelden ein Logistikzentrum. Brandhorst investiert 65 Mio. Euro und schafft 220 Arbeitsplätze.',
      'de',
      ['investment 65000000 EUR Spedition Brandhorst', 'jobs 220 - Spedition Brandhorst'],
    ],
  ])('%s', (text, lang, expected) => {
    expect(summary(text, lang)).toEqual(expected);
  });
});

// 305, 307, 309 (local and trade press): large private firms the press directory has no page for are companies
// ("Getafe concede licencia a Mercadona"), a known company's name with a country after it names its national arm
// ("Lidl France : une nouvelle plateforme"), and French meat and poultry houses name firms ("Volailles de l’Oust agrandit").
describe('firms the local press names bare', () => {
  it.each([
    [
      'Getafe concede licencia a Mercadona para un supermercado en Perales del Río\n\nLa Junta de Gobierno Local ha concedido la licencia de obras. La cadena invertirá 5,2 millones de euros en la tienda y creará 60 empleos fijos.',
      'es',
      ['investment 5200000 EUR Mercadona', 'jobs 60 - Mercadona'],
    ],
    [
      'Lidl France : une nouvelle plateforme logistique à Fontenay-le-Comte\n\nL’enseigne a déposé le permis de construire. Le projet représente un investissement de plus de 80 millions d’euros et doit générer 250 emplois.',
      'fr',
      ['investment 80000000 EUR Lidl', 'jobs 250 - Lidl'],
    ],
    [
      'Volailles de l’Oust agrandit son site de Plémet\n\nL’entreprise va investir 14 millions d’euros dans une nouvelle ligne de découpe. À la clé, 45 postes en CDI.',
      'fr',
      ['investment 14000000 EUR Volailles de l’Oust', 'jobs 45 - Volailles de l’Oust'],
    ],
  ])('%s', (text, lang, expected) => {
    expect(summary(text, lang)).toEqual(expected);
  });
});

// 303 (Spanish wires): a port authority, a council or a provincial government named in full is no company.
describe('public bodies named in full', () => {
  it.each([
    [
      'Los estibadores del puerto de Algeciras irán a la huelga el lunes. La Autoridad Portuaria de la Bahía de Algeciras (APBA) ha pedido calma. La APBA, que tiene previstas inversiones de 320 millones de euros en la ampliación del muelle hasta 2032, confía en un acuerdo.',
      'es',
      [],
    ],
  ])('its own plan: %s', (text, lang, expected) => {
    expect(summary(text, lang)).toEqual(expected);
  });

  it('a port authority', () => {
    const text = 'Energías Marismas invertirá 400 millones de euros en Palos de la Frontera. El presidente de la Autoridad Portuaria de Huelva ha subrayado el anuncio. La Autoridad Portuaria de Huelva, que tiene previstas inversiones de 320 millones de euros en el muelle, celebró el acto.';
    expect(summary(text, 'es')).toEqual(['investment 400000000 EUR Energías Marismas']);
  });
});

// 304 and 312 (Australian local papers and state releases): Victoria is an Australian state, and its towns
// (Shepparton, Warrnambool, Mildura …) place a story in Australia, whose "$" is the Australian dollar; a known place
// followed by another land's state is a town of that state ("Victoria, Texas", "Paris, Texas").
describe('Victoria and its namesakes', () => {
  it.each([
    [
      'Coastline Dairy will build a $120 million milk powder drying tower at its Allansford factory near Warrnambool, Victoria, creating 60 jobs.',
      'en',
      ['investment 120000000 AUD Coastline Dairy', 'jobs 60 - Coastline Dairy'],
    ],
  ])('%s', (text, lang, expected) => {
    expect(summary(text, lang)).toEqual(expected);
  });

  it.each([
    ['Brazos Steel will invest $450 million in a mill in Victoria, Texas.', 'en', ['investment 450000000 Victoria, Texas, United States']],
    ['Southern Spar will hire 120 workers at its tower factory in Portland, Victoria.', 'en', ['jobs 120 Portland, Australia']],
  ])('%s', (text, lang, expected) => {
    expect(withPlace(text, lang)).toEqual(expected);
  });
});

// 312 (agency releases): "supporting a $420 million investment by Strathmore Precision Components …, creating 300 new
// jobs": the amount named as a company's investment is the company's, and so are the jobs the sentence goes on to.
describe('a government backs a company’s investment', () => {
  it('the money and the jobs are the company’s', () => {
    const text = 'The Ontario government is supporting a $420 million investment by Strathmore Precision Components to expand its facility in Woodstock, creating 300 new jobs.';
    expect(summary(text, 'en')).toEqual(['investment 420000000 CAD Strathmore Precision Components', 'jobs 300 - Strathmore Precision Components']);
  });
});

// 313 and 315 (agency releases): investment agencies and public banks are no company ("Wallonie Entreprendre",
// "Centre de Promotion des Investissements en Côte d'Ivoire", "Bpifrance"); a body joined after another one's
// preposition is no spender either ("soutenu par AD Normandie et l'Ademe, représente un investissement de …").
describe('agencies beside the company', () => {
  it.each([
    [
      'Biolam va construire une unité de production de bioplastiques à Gembloux\n\nWallonie Entreprendre entre au capital et accompagne un investissement de 27 millions d’euros\n\nLa spin-off Biolam a annoncé la construction de sa première unité. Elle créera 85 emplois.',
      'fr',
      ['investment 27000000 EUR Biolam', 'jobs 85 - Biolam'],
    ],
    [
      'Circuloop construit une usine au Havre. Le projet, soutenu par AD Normandie et l’Ademe, représente un investissement de 45 à 50 millions d’euros.',
      'fr',
      ['investment 45000000 EUR Circuloop'],
    ],
  ])('%s', (text, lang, expected) => {
    expect(summary(text, lang)).toEqual(expected);
  });
});

// 316-319 (a random week of May 2029): a payroll that will grow by the figure is hiring ("su plantilla crecerá en cerca de
// 300 personas"); a co-founder's company is a company ("Camila Restrepo, cofundadora de Kolibri"); a craft's word stays out of
// a name that has its own trade word ("Die Spedition Kranich Logistik", but "Die Spedition Brandhorst").
describe('a random week of May 2029', () => {
  it.each([
    [
      'Supermercados Brisa abrirá seis tiendas, con lo que su plantilla crecerá en cerca de 300 personas.',
      'es',
      ['jobs 300 - Supermercados Brisa'],
    ],
    [
      '"Vamos a contratar 400 ingenieros en Colombia este año": Camila Restrepo, cofundadora de Kolibri\n\nKolibri nació en 2021 en Chapinero.\n\nVamos a invertir 60 millones de dólares en Colombia en los próximos tres años.',
      'es',
      ['jobs 400 - Kolibri', 'investment 60000000 USD Kolibri'],
    ],
  ])('%s', (text, lang, expected) => {
    expect(summary(text, lang)).toEqual(expected);
  });
});

describe('a payroll the site will reach', () => {
  it('French "pourra atteindre"', () => {
    const text = 'Kabeltec ouvre une usine de câblage à Béja. L’effectif pourra atteindre, à terme, jusqu’à 1 500 emplois, selon le directeur général.';
    expect(summary(text, 'fr')).toEqual(['jobs 1500 - Kabeltec']);
  });
});

describe('Spanish vendors after their verb, and a distribution centre', () => {
  it.each([
    [
      'Laboratorios Aldaz construirá una planta en Tres Cantos. Los equipos de llenado los suministrará la alemana Groninger. La planta dará empleo a 140 profesionales.',
      'es',
      ['jobs 140 - Laboratorios Aldaz'],
    ],
    [
      'Grupo Comercial Altamar abrirá un CEDIS en Huehuetoca. El nuevo CEDIS generará 1,500 empleos.',
      'es',
      ['jobs 1500 - Grupo Comercial Altamar'],
    ],
  ])('%s', (text, lang, expected) => {
    expect(summary(text, lang)).toEqual(expected);
  });
});

// 320 (June 2029): a name ending in a trade word and followed by a relative clause is a company ("Carrow Bakeries, which
// makes crumpets …"); more British towns are known ("on the edge of Norwich").
describe('a trade-word name with its relative clause, and British towns', () => {
  it('Carrow Bakeries', () => {
    const text = 'Bakery’s £38m expansion to bring 220 jobs to Norwich\n\nOne of Norfolk’s biggest food manufacturers is to spend £38 million expanding its factory on the edge of Norwich, creating around 220 jobs.\n\nCarrow Bakeries, which makes crumpets and own-label bread, said the money would pay for two new production lines.';
    const claims = extractDocument('d1', text, 'en').claims.map((c) => `${c.metric} ${c.amount} ${c.subject} ${c.location}`);
    expect(claims).toEqual([
      'investment 38000000 Carrow Bakeries Norwich, United Kingdom',
      'jobs 220 Carrow Bakeries Norwich, United Kingdom',
      'investment 38000000 Carrow Bakeries Norwich, United Kingdom',
      'jobs 220 Carrow Bakeries Norwich, United Kingdom',
    ]);
  });
});

// 321 and 323 (June 2029): a summit is no company ("lors du sommet Choose France"); the second of two owners is an owner
// ("participada por el fondo danés Nordvind Capital y el grupo asturiano Valcarce"); a sentence that opens on the story's
// company keeps it, whoever it names after the figure ("La empresa invertirá …, según comunicó a la CNMV Valcarce, su accionista").
describe('owners, sources and summits', () => {
  it.each([
    [
      'Hidrógena Ibérica elige Puertollano\n\nHidrógena Ibérica, la sociedad participada por el fondo danés Nordvind Capital y el grupo asturiano Valcarce, ha elegido Puertollano. La empresa invertirá 620 millones de euros en un complejo, según comunicó este lunes a la CNMV Valcarce, su accionista cotizado.',
      'es',
      ['investment 620000000 EUR Hidrógena Ibérica'],
    ],
    [
      'Voltanor, trois ans après\n\nEn mai 2026, lors du sommet Choose France, le fabricant de batteries Voltanor avait annoncé un investissement de 2 milliards d’euros.',
      'fr',
      ['investment 2000000000 EUR Voltanor'],
    ],
  ])('%s', (text, lang, expected) => {
    expect(summary(text, lang)).toEqual(expected);
  });
});

// 324-327 (July 2029, some plans scaled back, delayed or revived): "contre les 400 millions annoncés" and "alors que le
// groupe en promettait 150" set the old plan against the new one; "Instead" opening a sentence is no company; Vietnam's
// industrial provinces are places ("Bac Ninh").
describe('plans scaled back', () => {
  it('the old figures are the earlier plan', () => {
    const text = 'Solvaco va investir 240 millions d’euros à Tertre, contre les 400 millions annoncés en 2027. Le site emploiera à terme 90 personnes supplémentaires, alors que le groupe en promettait 150 il y a deux ans.';
    expect(extractDocument('d1', text, 'fr').claims.map((c) => `${c.metric} ${c.amount} ${c.status}`)).toEqual([
      'investment 240000000 new', 'investment 400000000 earlier', 'jobs 90 new', 'jobs 150 earlier',
    ]);
  });

  it.each([
    [
      'GulfStar Chemicals defers decision on $7 billion Texas cracker\n\nGulfStar Chemicals said on Monday it had put off its cracker. Instead, the company will spend about $350 million to debottleneck its existing complex in Baytown. The Baytown project is expected to create 60 permanent jobs.',
      'en',
      ['investment 350000000 USD GulfStar Chemicals', 'jobs 60 - GulfStar Chemicals'],
    ],
  ])('%s', (text, lang, expected) => {
    expect(summary(text, lang)).toEqual(expected);
  });
});

describe('French towns with elided parts', () => {
  it.each([
    ['Bénéteau investit 45 millions d’euros pour agrandir son chantier aux Sables-d’Olonne.', 'fr', ['investment 45000000 Sables-d’Olonne']],
    ['Aubrac investit 140 millions d’euros à L’Aigle-Nord.', 'fr', ['investment 140000000 L’Aigle-Nord']],
  ])('%s', (text, lang, expected) => {
    expect(withPlace(text, lang)).toEqual(expected);
  });
});

// 328-331 (plans split over sites and phases): a sentence that opens on the parts of the investment the sentence before
// claimed gives each part ("Davon entfallen 1,1 Milliarden Euro auf Bayern, 850 Millionen Euro auf Baden-Württemberg …").
describe('the parts of a total, in the next sentence', () => {
  it('German "Davon entfallen"', () => {
    const text = 'Telvia investiert 2,4 Milliarden Euro in den Glasfaserausbau. Davon entfallen 1,1 Milliarden Euro auf Bayern, 850 Millionen Euro auf Baden-Württemberg und 450 Millionen Euro auf Hessen.';
    expect(summary(text, 'de')).toEqual([
      'investment 2400000000 EUR Telvia', 'investment 1100000000 EUR Telvia', 'investment 850000000 EUR Telvia', 'investment 450000000 EUR Telvia',
    ]);
  });
});

describe('jobs site by site, the noun left out', () => {
  it('Spanish', () => {
    const text = 'Kodexa contratará ingenieros. En Ciudad de México sumará 400 ingenieros, en Buenos Aires, 350, y en Montevideo 250.';
    expect(summary(text, 'es')).toEqual(['jobs 400 - Kodexa', 'jobs 350 - Kodexa', 'jobs 250 - Kodexa']);
  });
  it('not a phase’s number', () => {
    const text = 'Eko Polymers will hire 350 people in Phase 2 of the plant.';
    expect(summary(text, 'en')).toEqual(['jobs 350 - Eko Polymers']);
  });
});

describe('German trade words before a name', () => {
  it('"Logistiker"', () => {
    expect(summary('Der Logistiker Trans-Ruhr investiert 85 Millionen Euro in ein Verteilzentrum in Hamm.', 'de')).toEqual(['investment 85000000 EUR Trans-Ruhr']);
  });
});

describe('more investment agencies', () => {
  it('Tunisia’s FIPA', () => {
    const text = 'Zaghouan : Aérotec Composites va créer 800 postes à El Fahs\n\nLe groupe toulousain a signé hier avec l’Agence de promotion de l’investissement extérieur (FIPA-Tunisia) un accord. Le directeur général de la FIPA a salué le projet. L’usine emploiera 300 ingénieurs.';
    expect(summary(text, 'fr')).toEqual(['jobs 800 - Aérotec Composites', 'jobs 300 - Aérotec Composites']);
  });
});

describe('a joint venture’s partners are its owners', () => {
  it('French "coentreprise entre"', () => {
    const text = 'Gigafactory : Volthea engage 1,8 milliard d’euros\n\nVolthea, coentreprise entre le coréen Hanseo Energy et le groupe français Ardent Mobilité, va investir 1,8 milliard d’euros à Loon-Plage et créer 1 100 emplois.';
    expect(summary(text, 'fr').map((c) => c.split(' ').slice(3).join(' '))).toEqual(['Volthea', 'Volthea', 'Volthea']);
  });
});

describe('the Emirati dirham', () => {
  it('in a story set in the Emirates', () => {
    const text = 'Khaleej Logistics will spend half a billion dirhams on a hub at Khalifa Port in Abu Dhabi, United Arab Emirates, creating 400 jobs.';
    expect(summary(text, 'en')).toEqual(['investment 500000000 AED Khaleej Logistics', 'jobs 400 - Khaleej Logistics']);
  });
});
