// What the seventeenth session's rounds showed, read after they were scored. 248-251 (a random week of January
// 2028): a common word at a sentence's start that the story also writes in lower case is no company ("Project
// would create 80 jobs", "Copper traded at …"); between two commas a role is the person's before it, and the
// name after it the employer's ("Dr K Srilatha, Managing Director, Navya Biologics"); a name ending in "Bank" is a
// company's; the French "ESN" (an IT services firm) is a trade before the name; "pesos" in a story the gazetteer
// sets outside the peso countries are the pesos of the Latin American country it names. 252-255 (a random week of
// February 2028): "FCFA" is money, not a company; French houses named for their trade in the plural ("Ciments du
// Littoral"); a government's cabinet is a public body, and so are central, world, investment and development banks;
// German people who "sollen … beschäftigt werden" or will work there past a few words; the number of jobs moved from
// one figure to another ("Die Zahl der geplanten Arbeitsplätze sinkt von 1.500 auf 900"): the figure it leaves is
// the earlier one, the one it reaches the new one (not training places, not jobs merely touched). 256-259 (a random
// week of March 2028): cities of Canada, the US, India, Pakistan and southern Africa the gazetteer lacked
// ("Winnipeg hangar to add 250 jobs" named a company "Winnipeg"); "just northwest of" a town is near it; a past
// year and a when-clause after it ("in 2021, when it spent $35 million", "en 2019, cuando anunció") date what it says.
// 260-263 (April 2028 as readers copy it): a hospital's jobs are the new hospital's, and "hospital operator" is a
// trade, not a public body; German processors ("Kunststoffverarbeiter", "Holzverarbeiter") and brands ("Die Genfer
// Marke Montavel") are trades before the name, and a region's adjective opens it ("Innviertler Leichtmetall AG");
// a price after "privé"/"nuevo"; German posts named by who fills them ("Forscherstellen"). 264-267 (May 2028, one
// story in three a follow-up): a longer name's common first word is no company ("Private"); "l'investisseur privé X";
// the Bolivian "Bs" and the Paraguayan "G."; conjunctions opening a sentence ("Cuando …"); "previsto originalmente".
// 268-271 (June 2028, the major outlets): a known company opening the headline and another sentence; a buyback
// further on in the clause.
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../utils/core/extract/index';
import { claimSummary as summary } from './claim-summary';

const orgs = (text: string, lang: string) => [...new Set(extractDocument('d1', text, lang).entities.filter((e) => e.type === 'org').map((e) => e.text))];
const claims = (text: string, lang: string) => extractDocument('d1', text, lang).claims.map((c) => `${c.metric} ${c.amount} ${c.status}`);

describe('a capital that is the sentence\'s, not a company\'s', () => {
  it.each([
    [
      'Northgate Digital plans Dunboyne data centre\n\nProject would create 80 permanent jobs\n\nNorthgate Digital will build the data centre on a 30-acre site. The project would create 80 permanent jobs, the company said.',
      'en',
      ['Northgate Digital'],
    ],
    [
      'Tallawarra Resources will spend $600 million at Mount Boppy. "Copper is the metal of electrification," she said. Copper traded at $US10,420 a tonne, and copper stocks fell.',
      'en',
      ['Tallawarra Resources'],
    ],
  ])('%s', (text, lang, expected) => expect(orgs(text, lang)).toEqual(expected));

  it('claims take the company, not the word', () => {
    const story = 'Project would create 80 permanent jobs\n\nNorthgate Digital will build a data centre in Dunboyne. The project would create 80 permanent jobs.';
    expect(summary(story, 'en')).toEqual(['jobs 80 - Northgate Digital', 'jobs 80 - Northgate Digital']);
  });

  it('a name written in lower case only in a web address is still a name', () => {
    const release = 'Ledgerly will create 300 jobs in Dublin. Ledgerly said hiring starts now; see ledgerly.com/careers.';
    expect(summary(release, 'en')).toEqual(['jobs 300 - Ledgerly']);
  });

  it('a company known by a common word keeps it where the story writes it inside a sentence', () => {
    const story = 'Shell will invest $1 billion in Rotterdam, where the shell of the old refinery stays. A spokesman said Shell would hire 200 people.';
    expect(orgs(story, 'en')).toContain('Shell');
    expect(summary(story, 'en')).toEqual(['investment 1000000000 USD Shell', 'jobs 200 - Shell']);
  });
});

describe('a role between two commas', () => {
  it('names the person before it and the employer after it', () => {
    const story = 'Navya Biologics will invest ₹850 crore in Genome Valley. "We are targeting WHO prequalification," said Dr K Srilatha, Managing Director, Navya Biologics.';
    const people = extractDocument('d1', story, 'en').entities.filter((e) => e.type === 'person').map((e) => e.text);
    expect(people).not.toContain('Navya Biologics');
    expect(summary(story, 'en')).toEqual(['investment 8500000000 INR Navya Biologics']);
  });

  it('still reads the person after a role with one comma', () => {
    const story = 'Acme Robotics will invest €50 million in Lyon, said its chief executive, Jane Morel.';
    const people = extractDocument('d1', story, 'en').entities.filter((e) => e.type === 'person').map((e) => e.text);
    expect(people).toEqual(['Jane Morel']);
  });
});

describe('names and money of the first round', () => {
  it('a name ending in "Bank" is a company\'s', () => {
    const story = 'Le Luxembourg devient le hub européen de Nordhaven Bank. Nordhaven Bank regroupe ses équipes au Kirchberg et prévoit 300 recrutements. La banque prévoit d\'embaucher quelque 300 personnes sur trois ans.';
    expect(summary(story, 'fr')).toEqual(['jobs 300 - Nordhaven Bank', 'jobs 300 - Nordhaven Bank']);
  });

  it('"ESN" before a French name is its trade', () => {
    expect(summary("Emploi : l'ESN Kerlis prévoit 3 000 recrutements en France cette année.", 'fr')).toEqual(['jobs 3000 - Kerlis']);
  });

  it('"pesos" of a Colombian chain building in Cartagena are Colombian pesos', () => {
    const story = 'La cadena hotelera colombiana Mareazul Hoteles anunció un nuevo hotel en Cartagena, con una inversión de 180.000 millones de pesos. Mareazul opera 14 hoteles en Colombia.';
    expect(summary(story, 'es')).toEqual(['investment 180000000000 COP Mareazul Hoteles']);
  });
});

describe('names of the second round', () => {
  it('a French house named for its trade, not the currency it spends', () => {
    const story = [
      'Kribi : la cimenterie de Ciments du Littoral accuse deux ans de retard',
      'Le chantier de la cimenterie de Ciments du Littoral à Kribi ne sera achevé qu\'en 2030. Le coût du projet a été réévalué à 95 milliards de FCFA, contre 70 milliards de FCFA prévus.',
      'Les retards ne sont pas propres à Ciments du Littoral. Le financement de 60 milliards de FCFA a été bouclé. Les importations ont coûté 150 milliards de FCFA.',
    ].join('\n\n');
    expect(orgs(story, 'fr')).toEqual(['Ciments du Littoral']);
  });

  it('a cabinet that clears a plan is no company', () => {
    const story = [
      'Meridian Semitech to set up chip assembly unit in Gujarat',
      'New Delhi: The Union Cabinet on Wednesday approved Meridian Semitech\'s proposal to set up an assembly unit in Sanand, Gujarat, at an investment of Rs 7,500 crore.',
      'The company will build the plant in two phases, the minister told reporters after the Cabinet meeting.',
      'With this approval, the Cabinet has cleared 11 semiconductor projects.',
    ].join('\n\n');
    expect(orgs(story, 'en')).toEqual(['Meridian Semitech']);
    expect(summary(story, 'en')).toEqual(['investment 75000000000 INR Meridian Semitech']);
  });
});

describe('jobs of the second round', () => {

  it.each([
    ['Die Cellforge GmbH kürzt ihre Pläne. Die Zahl der geplanten Arbeitsplätze sinkt von 1.500 auf 900.', 'de', ['jobs 1500 earlier', 'jobs 900 new']],
    ['Die Datavault GmbH baut aus. Die Zahl der Arbeitsplätze auf dem Campus soll von 60 auf etwa 110 steigen.', 'de', ['jobs 60 earlier', 'jobs 110 new']],
    ["Hylence va réduire son projet à Belfort. Le nombre d'emplois créés passe de 500 à 200 d'ici à 2031.", 'fr', ['jobs 500 earlier', 'jobs 200 new']],
    ['Acme Corp scaled back its plant. The number of jobs will fall from 1,500 to 900.', 'en', ['jobs 1500 earlier', 'jobs 900 new']],
    ['Voltia anunció un recorte en Badajoz. El número de empleos pasará de 1.800 a 1.200.', 'es', ['jobs 1800 earlier', 'jobs 1200 new']],
  ])('the number of jobs moved: %s', (text, lang, expected) => expect(claims(text, lang)).toEqual(expected));

  it.each([
    ['Die Kernbauer GmbH investiert 12 Millionen Euro. Kernbauer will die Zahl der Lehrstellen von 28 auf 40 erhöhen.', 'de', ['investment 12000000 new']],
    ['Die Brenner AG schließt ein Werk. Die Kammer schätzt die Zahl der indirekt betroffenen Stellen auf bis zu 2.000.', 'de', []],
  ])('not new jobs: %s', (text, lang, expected) => expect(claims(text, lang)).toEqual(expected));

  it.each([
    ['Die Stubaier Hof GmbH baut neu. Nach der Wiedereröffnung sollen zwei Dutzend zusätzliche Mitarbeiter beschäftigt werden.', 'de', ['jobs 24 new']],
    ['Die Genovia GmbH eröffnet in Basel. Dort sollen bis Ende 2029 bis zu 45 Beschäftigte vor allem in der klinischen Entwicklung arbeiten.', 'de', ['jobs 45 new']],
  ])('German people who will work there: %s', (text, lang, expected) => expect(claims(text, lang)).toEqual(expected));

  it('a central bank is no company', () => {
    const story = 'Quayline Payments will create 300 jobs in Dublin. The Central Bank said it had approved the licence.';
    expect(orgs(story, 'en')).toEqual(['Quayline Payments']);
  });
});

describe('places of the third round', () => {
  const locations = (text: string, lang: string) => extractDocument('d1', text, lang).claims.map((c) => c.location);

  it('a city is no company and places the claim', () => {
    const story = 'Borealis AeroTech profit climbs; Winnipeg hangar to add 250 jobs\n\nBorealis AeroTech Inc. will spend about $90 million on a new hangar in Winnipeg.';
    expect(orgs(story, 'en')).not.toContain('Winnipeg');
    expect(locations(story, 'en')).toEqual(['Winnipeg, Canada', 'Winnipeg, Canada']);
  });

  it.each([
    ['Sunridge Airlines will open a call centre in Albuquerque, hiring 500 agents.', 'en', ['Albuquerque, New Mexico, United States']],
    ['Aurovance Pharma will invest Rs 850 crore in a unit in Lucknow.', 'en', ['Lucknow, India']],
    ['Boreal Modular will build a $48-million factory in Moncton.', 'en', ['Moncton, Canada']],
  ])('%s', (text, lang, expected) => expect(locations(text, lang)).toEqual(expected));

  it('a town "just northwest of" a city is the site, the city only its landmark', () => {
    const story = 'Prairie Gold Oilseeds Ltd. will build a $680-million plant in the Rural Municipality of Corman Park, just northwest of Saskatoon.';
    expect(locations(story, 'en')).toEqual(['Corman Park, Canada']);
  });
});

describe('statuses of the third round', () => {

  it.each([
    ['Brennan Precision will invest $180 million. The company last expanded in Cambridge in 2021, when it spent $35 million on a new press line.', 'en',
      ['investment 180000000 new', 'investment 35000000 earlier']],
    ['Meridian Vascular contratará 300 personas. La empresa llegó al país en 2019, cuando anunció la creación de 400 empleos en su primera planta.', 'es',
      ['jobs 300 new', 'jobs 400 earlier']],
  ])('%s', (text, lang, expected) => expect(claims(text, lang)).toEqual(expected));

  it('a date before a comma still belongs to what was said', () => {
    const story = 'Acme Corp will reach full output in 2028, the company said, and will hire 300 people.';
    expect(claims(story, 'en')).toEqual(['jobs 300 new']);
  });
});

describe('a private hospital', () => {
  it('is built by its operator and its jobs are claims', () => {
    const story = [
      'Private hospital operator Harbourline Health will invest $520 million in a 320-bed hospital at Marsden Park in Sydney.',
      'Harbourline said the hospital would create about 900 jobs once fully operational.',
    ].join('\n\n');
    expect(summary(story, 'en')).toEqual(['investment 520000000 AUD Harbourline Health', 'jobs 900 - Harbourline Health']);
  });

  it('is built for a price told after "privé" or "nuevo"', () => {
    const story = "Mérignac : un hôpital privé de 165 millions d'euros sortira de terre en 2030\n\nLe groupe Santé Atlantique construira l'établissement.";
    expect(summary(story, 'fr')).toEqual(['investment 165000000 EUR Santé Atlantique']);
  });

  it('a hospital that spends is still a public body', () => {
    expect(summary('Acme Builders will build the wing. The hospital will invest £5m in new scanners.', 'en')).toEqual([]);
  });
});

describe('German names of the fourth round', () => {
  it.each([
    ['Die Innviertler Leichtmetall AG investiert 220 Millionen Euro in Enns.', ['Innviertler Leichtmetall']],
    ['Die Genfer Marke Montavel investiert 90 Millionen Franken in Grenchen.', ['Montavel']],
    ['Der Kärntner Holzverarbeiter Steiner Holz investiert 74 Millionen Euro in St. Veit.', ['Steiner Holz']],
    ['Der Metallverarbeiter Auerwerk AG investiert 180 Mio. Euro in Wels.', ['Auerwerk']],
  ])('%s', (text, expected) => expect(orgs(text, 'de')).toEqual(expected));
});

describe('German posts and hyphened countries', () => {
  it('posts named by the people they are for are jobs, and a US-company is no place', () => {
    const story = [
      'Biotech-Firma Lumacell baut Forschungszentrum in Belval',
      '75 Millionen Euro, 150 Forscherstellen bis 2031: Das US-Unternehmen bündelt seine europäische Entwicklung in Esch/Alzette.',
    ].join('\n\n');
    const placed = extractDocument('d1', story, 'de').claims.map((c) => `${c.metric} ${c.amount} ${c.location}`);
    expect(placed).toEqual(['investment 75000000 Esch', 'jobs 150 Esch']);
  });
});

describe('a common first word of a longer name', () => {
  it('is no company of its own', () => {
    const story = [
      'Private operator bets $420m on western Sydney hospital',
      'Southern Cross Health Partners will build a $420 million hospital at Marsden Park.',
      'The Australian Private Hospitals Association says 23 private hospitals have closed.',
    ].join('\n\n');
    expect(orgs(story, 'en')).not.toContain('Private');
    expect(summary(story, 'en')).toEqual(['investment 420000000 AUD Southern Cross Health Partners', 'investment 420000000 AUD Southern Cross Health Partners']);
  });
});

describe('the fifth round: investors and local money', () => {
  it('an investor named after "l\'investisseur privé" is the company', () => {
    const story = "Le projet, porté par l'investisseur privé Sahel Hospitality, comprend un hôtel. D'un coût global de 9 milliards DA, le complexe devra générer 450 emplois directs.";
    expect(summary(story, 'fr')).toEqual(['investment 9000000000 DZD Sahel Hospitality', 'jobs 450 - Sahel Hospitality']);
  });

  it.each([
    ['Cementos Illimani destinará Bs 210 millones a la planta de Oruro.', ['investment 210000000 BOB Cementos Illimani']],
    ['Supermercados Guaraní invertirá G. 340.000 millones en un depósito en Luque.', ['investment 340000000000 PYG Supermercados Guaraní']],
  ])('%s', (text, expected) => expect(summary(text, 'es')).toEqual(expected));
});

describe('follow-ups of the fifth round', () => {
  const withSubject = (text: string, lang: string) => extractDocument('d1', text, lang).claims.map((c) => `${c.metric} ${c.amount} ${c.status} ${c.subject}`);

  it('a conjunction opening a sentence is no company\'s name', () => {
    const story = 'Qingtai Home Appliances ampliará su planta de Apodaca. Cuando Qingtai llegó a Nuevo León prometió 1.500 empleos.';
    expect(orgs(story, 'es')).not.toContain('Cuando');
    expect(orgs(story, 'es')).not.toContain('Cuando Qingtai');
  });

  it('a figure "previsto originalmente" is the earlier one', () => {
    const story = 'La empresa Logisur trasladará su hub a Panamá Pacífico. Logisur creará 750 puestos. En Colón iba a crear los 600 puestos previstos originalmente.';
    expect(withSubject(story, 'es')).toEqual(['jobs 750 new Logisur', 'jobs 600 earlier Logisur']);
  });
});

describe('the sixth round: big names and buybacks', () => {
  it('a known company that opens the headline and another sentence is the story\'s, whatever other names the story holds', () => {
    const story = [
      'Microsoft acelera en Aragón: un cuarto campus de centros de datos con 1.900 millones',
      'Microsoft seguirá ampliando su huella en Aragón, con una inversión adicional de 1.900 millones de euros.',
      'La constructora Obras del Ebro levantará las naves del campus.',
    ].join('\n\n');
    expect(summary(story, 'es')).toEqual(['investment 1900000000 EUR Microsoft']);
  });

  it('a known company named inside the story only is a customer, not the subject', () => {
    const story = 'Tomoe Precision to create 600 jobs in Sunderland\n\nTomoe Precision, which supplies Nissan, will create 600 jobs.';
    expect(summary(story, 'en')).toEqual(['jobs 600 - Tomoe Precision', 'jobs 600 - Tomoe Precision']);
  });

  it('a buyback further on in the clause is no investment', () => {
    expect(summary('Banco Sabadell destinará 755 millones de euros a un nuevo programa de recompra de acciones.', 'es')).toEqual([]);
  });
});
