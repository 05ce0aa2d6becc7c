// Claims from single sentences: metric, amount, currency, qualifier, status and subject,
// in four languages; false positives (revenue, aid, headcount, cuts, sector figures) in the
// same table with no claim expected. Each row: [text, language, expected claims].
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../utils/core/extract/index';

const brief = (text: string, lang: string) =>
  extractDocument('d1', text, lang).claims.map((c) =>
    [c.metric, c.amount, c.amount_max, c.currency, c.qualifier, c.status, c.subject].filter((x) => x !== null).join(' '));

const table: [string, string, string[]][] = [
  // English
  ['Airbus will invest USD 2 bn in Mobile, Alabama, and hire at least 1,000 workers.', 'en',
    ['investment 2000000000 USD exact new Airbus', 'jobs 1000 at_least new Airbus']],
  ['Kestrel Pharma will create between 300 and 500 jobs.', 'en', ['jobs 300 500 range new Kestrel Pharma']],
  ['Tessaro Foods Inc will invest more than USD500m in Texas.', 'en', ['investment 500000000 USD over new Tessaro Foods']],
  ['Korvan Energy Inc will invest 1.9 trillion won in a battery plant in Georgia.', 'en', ['investment 1900000000000 KRW exact new Korvan Energy']],
  ['Norvane Robotics said it would create as many as 1,100 new jobs and spend $850m on the campus.', 'en',
    ['jobs 1100 up_to new Norvane Robotics', 'investment 850000000 USD exact new Norvane Robotics']],
  ['Helvio Batteries SA has invested more than €3bn in Europe since 2010.', 'en', ['investment 3000000000 EUR over cumulative Helvio Batteries']],
  ['Airbus announced 1,000 jobs for Mobile in 2023.', 'en', ['jobs 1000 exact earlier Airbus']],
  ['Tessaro Foods will spend $3.3 billion on the site, creating 2,300 union construction jobs.', 'en',
    ['investment 3300000000 USD exact new Tessaro Foods', 'jobs 2300 exact new Tessaro Foods']],
  ['Varlon Corp will invest an additional $8 billion in its Texas plant, bringing its total investment there to nearly $14 billion.', 'en',
    ['investment 8000000000 USD exact new Varlon', 'investment 14000000000 USD nearly cumulative Varlon']],
  ['Varlon Corp will invest $1 billion in Texas. Varlon President Jane Roe said the plant would bring the company\u2019s total investment in the state to more than $3 billion.', 'en',
    ['investment 1000000000 USD exact new Varlon', 'investment 3000000000 USD over cumulative Varlon']],
  ['Tessaro Foods Inc said the plant would bring the company\u2019s total investment in the state to more than $4 billion.', 'en',
    ['investment 4000000000 USD over cumulative Tessaro Foods']],
  ['The hiring comes on top of the 400 jobs Airbus pledged last year.', 'en', ['jobs 400 exact earlier Airbus']],
  ['Brightwell Foods Inc reported revenue of $4.2 billion and net income of $312 million.', 'en', []],
  ['Brightwell Foods Inc, which employs about 12,400 people, will return $1 billion through share buybacks.', 'en', []],
  ['Brightwell Foods Inc will cut 2,000 jobs and expects $250 million of cost savings.', 'en', []],
  ['The aerospace industry accounts for more than 15,000 jobs in the state.', 'en', []],
  ['The government will invest £520m in a manufacturing fund.', 'en', []],
  ['Around three thousand travelling fans made the trip.', 'en', []],
  // French
  ['Helvio Batteries SA va investir 1,2 milliard d\u2019euros et créer environ 2\u202f000 emplois.', 'fr',
    ['investment 1200000000 EUR exact new Helvio Batteries', 'jobs 2000 about new Helvio Batteries']],
  ['Airbus a confirmé un investissement de 2 milliards de dollars. L\u2019avionneur prévoit de recruter près de 700 personnes.', 'fr',
    ['investment 2000000000 USD exact new Airbus', 'jobs 700 nearly new Airbus']],
  ['Depuis sa création en 2010, Helvio a investi plus de 3 milliards d\u2019euros.', 'fr', ['investment 3000000000 EUR over cumulative Helvio']],
  ['L\u2019entreprise Ardelis SE emploie 3\u202f200 personnes et a réalisé un chiffre d\u2019affaires de 870 millions d\u2019euros.', 'fr', []],
  ['L\u2019État apportera 180 millions d\u2019euros de soutien.', 'fr', []],
  ['Ardelis SE va investir 2 milliards d\u2019euros. Ce montant s\u2019ajoute aux 500 millions d\u2019euros déjà engagés en 2022.', 'fr',
    ['investment 2000000000 EUR exact new Ardelis', 'investment 500000000 EUR exact earlier Ardelis']],
  ['Ardelis SE investira 500 millions d\u2019euros en France. Au total, les entreprises étrangères ont promis 15 milliards d\u2019euros lors du sommet.', 'fr',
    ['investment 500000000 EUR exact new Ardelis']],
  ['Norvel Industries SA avait supprimé 5\u202f000 emplois en 2020.', 'fr', []],
  // German
  ['Der Konzern Korvit AG will rund 1,5 Milliarden Euro in Leipzig investieren. Dort sollen bis zu 2.000 Arbeitsplätze entstehen.', 'de',
    ['investment 1500000000 EUR about new Korvit', 'jobs 2000 up_to new Korvit']],
  ['Korvit AG hatte 2023 angekündigt, 90 Millionen Euro in Zwickau zu investieren.', 'de', ['investment 90000000 EUR exact earlier Korvit']],
  ['Korvit AG beschäftigt 15.000 Mitarbeiter und erzielte einen Umsatz von 3,4 Milliarden Euro.', 'de', []],
  ['Die Brauner AG hatte 2021 rund 500 Arbeitsplätze abgebaut.', 'de', []],
  ['Brauner steckt 2 Milliarden Euro in sein Werk in Rostock. Der Autobauer hatte im vergangenen Jahr 300 Millionen Euro in Emden investiert.', 'de',
    ['investment 2000000000 EUR exact new Brauner', 'investment 300000000 EUR exact earlier Brauner']],
  ['Die Brauner AG kündigte an, am Standort Rostock bis zu 2.500 Beschäftigte einzustellen.', 'de', ['jobs 2500 up_to new Brauner']],
  ['Der Markt werde auf mehr als 90 Milliarden Euro wachsen, sagte Korvit AG.', 'de', []],
  // Spanish
  ['Solenta Motores S.A. invertirá 3.500 millones de euros y creará 1.200 empleos.', 'es',
    ['investment 3500000000 EUR exact new Solenta Motores', 'jobs 1200 exact new Solenta Motores']],
  ['Solenta Motores S.A. abrirá una planta. La compañía contratará a unos 800 trabajadores.', 'es', ['jobs 800 about new Solenta Motores']],
  ['Desde 2015, Solenta Motores S.A. ha invertido más de 2.000 millones de euros en España.', 'es',
    ['investment 2000000000 EUR over cumulative Solenta Motores']],
  ['Solenta Motores S.A. emplea a 9.400 personas y facturó 6.100 millones de euros.', 'es', []],
  ['El Gobierno aportará una ayuda de 250 millones de euros a Solenta Motores S.A.', 'es', []],
  ['Cervantes Energía eliminó 1.000 empleos en 2019.', 'es', []],
  ['Solenta Motores destinará 500 millones de euros a su fábrica de Palencia, donde generará 400 puestos de trabajo.', 'es',
    ['investment 500000000 EUR exact new Solenta Motores', 'jobs 400 exact new Solenta Motores']],
];

describe('claims from sentences', () => {
  it.each(table)('%s', (text, lang, expected) => {
    expect(brief(text, lang)).toEqual(expected);
  });

  it('names the rules that fired on every claim', () => {
    const [claim] = extractDocument('d1', 'Airbus will invest USD 2 bn over the next four years.', 'en').claims;
    expect(claim.reasons).toContain('invest-word-before');
    expect(claim.period).toBe('over the next four years');
  });

  it('keeps a conversion given beside the amount as alt, not as a second claim', () => {
    const { claims } = extractDocument('d1', 'Helvio Batteries SA will invest 1.2 billion euros ($1.3 billion) in France.', 'en');
    expect(claims).toHaveLength(1);
    expect(claims[0].alt).toEqual({ amount: 1300000000, currency: 'USD' });
    expect(claims[0].location).toBe('France');
  });

  it('keeps a subsidiary apart from its parent', () => {
    const text = 'Amazon Web Services (AWS) will invest EUR 2.5 billion in Italy. Separately, Amazon said it would invest EUR 400 million in Bologna.';
    expect(extractDocument('d1', text, 'en').claims.map((c) => c.subject)).toEqual(['Amazon Web Services', 'Amazon']);
  });
});

describe('claims: more wording', () => {
  it.each([
    ['Tarvo Systems Inc will hire 300 at the new site.', 'en', ['jobs 300 exact new Tarvo Systems']],
    ['Tarvo Systems Inc is pumping $400 million into a new plant in Texas.', 'en', ['investment 400000000 USD exact new Tarvo Systems']],
    ['Tarvo Systems Inc will cut 2,000 jobs and slash 500 roles in Ohio.', 'en', []],
    ['Tarvo Systems Inc raised $300 million in a funding round.', 'en', []],
    ['Tarvo Systems Inc will acquire a rival for $2 billion.', 'en', []],
    ['Tarvo Systems Inc will get $150 million in state incentives.', 'en', []],
    ['Korvit AG streicht 2.000 Stellen.', 'de', []],
    ['Der Autozulieferer Brenner & Söhne GmbH baut ein Werk. Der Konzern investiert dafür rund 800 Millionen Euro und schafft 1.500 neue Arbeitsplätze.', 'de',
      ['investment 800000000 EUR about new Brenner & Söhne', 'jobs 1500 exact new Brenner & Söhne']],
    ['Acme Corp will build a plant in Austin. It has already invested $2 billion in the state since 2015.', 'en',
      ['investment 2000000000 USD exact cumulative Acme']],
    ['Ardelis SE va recruter 500 CDI à Lyon.', 'fr', ['jobs 500 exact new Ardelis']],
    ['Solenta Motores S.A. contratará a 400 trabajadores.', 'es', ['jobs 400 exact new Solenta Motores']],
    ['Solenta Motores S.A. recortará 1.000 empleos.', 'es', []],
    ['Solenta Motores S.A. invertirá 1.200 millones de euros. La compañía ya invirtió 500 millones en 2022.', 'es',
      ['investment 1200000000 EUR exact new Solenta Motores', 'investment 500000000 EUR exact earlier Solenta Motores']],
  ])('%s', (text, lang, expected) => {
    expect(brief(text, lang)).toEqual(expected);
  });
});

describe('claims: places', () => {
  it.each([
    ['Airbus will invest USD 2 bn in Mobile, Alabama.', 'en', 'Mobile, Alabama, United States'],
    ['Helvio Batteries SA va investir 1,2 milliard d’euros à Saint-Fons, près de Lyon.', 'fr', 'Saint-Fons, France'],
    ['Der Autozulieferer Brenner & Söhne GmbH baut ein Werk in Bayern. Der Konzern investiert dafür 800 Millionen Euro.', 'de', 'Bavaria, Germany'],
    ['Solenta Motores S.A. invertirá 3.500 millones de euros en Sagunto, cerca de Valencia.', 'es', 'Sagunto, Spain'],
    ['Norvane Robotics Inc will invest $850m in Lima, Ohio.', 'en', 'Lima, Ohio, United States'],
  ])('%s', (text, lang, place) => {
    expect(extractDocument('d1', text, lang).claims[0]?.location).toBe(place);
  });
});
