// Claims the twelfth session's blind batches (an ordinary month of news in each language) showed
// missing or wrongly read: fractions written as one compound, digit groups split by plain spaces in
// English, a headline's company named after the byline's lines, money and jobs cues the rules did
// not know, and sums over many projects or over public money that are no company's claim.
import { describe, expect, it } from 'vitest';
import { claimSummary as summary } from './claim-summary';


describe('figures written as one compound or grouped by plain spaces', () => {
  it.each([
    ['Brightwater Foods will build a half-billion-dollar bakery campus in Tulsa.', 'en', 'investment 500000000 USD Brightwater Foods'],
    ["Cimalys va investir un demi-milliard d'euros dans une cimenterie à Dunkerque.", 'fr', 'investment 500000000 EUR Cimalys'],
    ['Karoo Wind Power (Pty) Ltd said the farm would create about 1 200 jobs in the Northern Cape.', 'en', 'jobs 1200 - Karoo Wind Power'],
  ])('%s', (text, lang, expected) => expect(summary(text, lang)).toEqual([expected]));
});

describe("a headline's company named after the page's furniture", () => {
  it('passes over short lines of capitalised words (a byline, a job title, an outlet) to the story', () => {
    const text = [
      'Cable maker confirms £350m factory at Nigg with up to 330 jobs',
      'By Morag Lennox',
      'Business Editor',
      'Press and Journal',
      'A Norwegian cable maker has confirmed plans for a new factory at Nigg, where work starts next spring.',
      'Nordkabel ASA said the site would make export cables for offshore wind farms.',
      'The Scottish National Investment Bank, Highland Energy Group and Cromarty Port Holdings back the wider port upgrade.',
    ].join('\n\n');
    expect(summary(text, 'en').slice(0, 2)).toEqual(['investment 350000000 GBP Nordkabel', 'jobs 330 - Nordkabel']);
  });

  it('does not pass over a short line in lower case ("Les projets annoncés :")', () => {
    const text = [
      'Sommet : 12 milliards d’euros d’annonces',
      'Les projets annoncés :',
      '- Prologis : 1 milliard d’euros pour des entrepôts en Île-de-France.',
    ].join('\n');
    expect(summary(text, 'fr').map((c) => c.split(' ').slice(0, 2).join(' '))).toEqual(['investment 1000000000']);
  });
});

describe('cues for money and jobs', () => {
  it.each([
    ['The first phase of the campus NimbusEdge Ltd is building, entailing an outlay of Rs 3,200 crore, will add 80 MW of IT load.', 'en', 'investment 32000000000 INR NimbusEdge'],
    ['Puna Litio S.A. había desembolsado hasta ahora unos 85 millones de dólares en una planta piloto en Salta.', 'es', 'investment 85000000 USD Puna Litio'],
    ['La estadounidense Verdant DataCenters prepara su primera etapa, con un monto de 420 millones de dólares, en Colón.', 'es', 'investment 420000000 USD Verdant DataCenters'],
    ["Le groupe Hynova engage à Fos-sur-Mer un pari à 1,3 milliard d'euros sur l'hydrogène vert.", 'fr', 'investment 1300000000 EUR Hynova'],
    ['Die Aurelis Pharma GmbH setzt auf Penzberg: 430 Millionen für neue Biologika-Anlage', 'de', 'investment 430000000 EUR Aurelis Pharma'],
    ['Die Alpenstahl AG stellt in Kapfenberg um. Rund 900 Millionen Euro kostet das Projekt, sagte der Vorstand.', 'de', 'investment 900000000 EUR Alpenstahl'],
  ])('%s', (text, lang, expected) => expect(summary(text, lang)).toEqual([expected]));

  it.each([
    ['Aurovance Pharma opens its new unit in Anakapalli. The facility is expected to provide employment to about 1,200 people.', 'en', 'jobs 1200 - Aurovance Pharma'],
    ['Prairie Hydrogen Inc. says its Alberta facility will employ 200 once running.', 'en', 'jobs 200 - Prairie Hydrogen'],
    ['Eólica Guajira Norte S.A.S. terminó el parque. En la fase de operación, el parque necesitará unos 70 trabajadores permanentes.', 'es', 'jobs 70 - Eólica Guajira Norte'],
    ['Málaga tendrá un centro de diseño de chips con 650 ingenieros\n\nLa empresa Siltronix abrirá el centro en 2027.', 'es', 'jobs 650 - Siltronix'],
    ['Finory eröffnet in Leipzig. Rund 100 Entwicklerinnen, Datenanalysten und Risikoexperten sollen dort arbeiten.', 'de', 'jobs 100 - Finory'],
  ])('%s', (text, lang, expected) => expect(summary(text, lang)).toEqual([expected]));

  it('keeps a payroll a payroll: "employ" with no future before it, "provides employment" in the present', () => {
    expect(summary('Aurovance Pharma’s plants employ 2,000 across Andhra Pradesh and provide employment to 5,000 people.', 'en')).toEqual([]);
  });

  it("reads a public scheme's outlay as no company's claim", () => {
    expect(summary('Sahyadri Motors welcomed the PM E-DRIVE scheme, which has an outlay of Rs 10,900 crore.', 'en')).toEqual([]);
  });
});

describe('sums that are no company’s claim', () => {
  it.each([
    ['El consejero destacó que es el quinto proyecto logístico del año y que, entre todos, suman más de 300 millones de euros de inversión.', 'es'],
    ['Kuota cerró una ronda de inversión Serie C por US$60 millones liderada por Harbor Lane Ventures.', 'es'],
    ['La tercera etapa de Chavimochic demandó una inversión pública y privada de más de US$ 1,000 millones.', 'es'],
    ['Cochilco estima que la cartera de inversión minera del país supera los US$ 83.000 millones.', 'es'],
  ])('%s', (text, lang) => expect(summary(text, lang)).toEqual([]));
});
