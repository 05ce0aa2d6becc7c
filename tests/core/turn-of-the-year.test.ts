// Claims the thirteenth session's sixth round of blind batches (the turn of the year 2026/27) showed
// missing or wrongly read: a company's verb of saying in the present, people "looked for", a
// conversion or refurbishment priced, hyphenated words before a project noun, a payroll that is
// "actual" or "tiene hoy", an offer for a business, an investment contract, German
// money told before a list of what it goes into, and people who will "find work".
import { describe, expect, it } from 'vitest';
import { claimSummary as summary } from './claim-summary';

describe('investments', () => {
  it.each([
    ['Caledon Hotels Ltd reopens former bank HQ as a hotel after £38m conversion', 'en', ['investment 38000000 GBP Caledon Hotels']],
    ['Highveld Polymers Ltd: R520m bottle-to-bottle recycling plant for Ekurhuleni', 'en', ['investment 520000000 ZAR Highveld Polymers']],
    ['Cacaotera Andina SA suscribió con el Ministerio un contrato de inversión por USD 28 millones para construir una planta.', 'es', ['investment 28000000 USD Cacaotera Andina']],
    ['Die Bergbahnen Zillertal AG baut. Rund 30 Millionen Euro hat die Bergbahnen Zillertal AG in die Bahn, die neue Talstation und die Beschneiung investiert.', 'de',
      ['investment 30000000 EUR Bergbahnen Zillertal']],
    ['Die Obstbau Etsch GmbH hat in zehn Jahren knapp 50 Millionen Euro in Sortieranlagen, Verpackung und Lager gesteckt.', 'de', ['investment 50000000 EUR Obstbau Etsch']],
  ])('%s', (text, lang, expected) => expect(summary(text, lang)).toEqual(expected));

  it('not an offer for a business, a support scheme or a state\'s statistics', () => {
    expect(summary('Muebles Tajo SA está en concurso. Un fondo puso sobre la mesa una oferta inicial de 10 millones de euros por las tiendas.', 'es')).toEqual([]);
    expect(summary('Derwent Rail Ltd needs orders. The ministry pointed to a £40m supply-chain support scheme.', 'en')).toEqual([]);
    expect(summary('Crestmed Inc. builds in Penang. "Penang recorded RM12 billion in approved manufacturing investments," he said.', 'en')).toEqual([]);
  });
});

describe('jobs', () => {
  it.each([
    ["Stellara CX Inc. expands in Cebu. \"We'll be looking for about 1,800 people for the new site,\" the president said.", 'en', ['jobs 1800 - Stellara CX']],
    ['Die Kaltenegger GmbH baut in Judenburg. Ab 2028 sollen dort 50 Menschen Arbeit finden.', 'de', ['jobs 50 - Kaltenegger']],
    ['Ivoire Broyage SA a achevé son usine. Ivoire Broyage assure que la seconde phase créera 150 emplois.', 'fr', ['jobs 150 - Ivoire Broyage']],
  ])('%s', (text, lang, expected) => expect(summary(text, lang)).toEqual(expected));

  it("the payroll a plant has today is no new jobs, and posts lost are none", () => {
    expect(summary('Carrocerías Aizpurua SA supondrá la creación de 150 empleos, que se sumarán a los 1.040 trabajadores que tiene hoy la fábrica.', 'es'))
      .toEqual(['jobs 150 - Carrocerías Aizpurua']);
    expect(summary('Astilleros del Sur SA sumará 350 puestos permanentes a su planilla actual de 900 trabajadores.', 'es')).toEqual(['jobs 350 - Astilleros del Sur']);
    expect(summary('Le siège de Maxi Horizon SA à Wavre perdrait également une soixantaine de postes.', 'fr')).toEqual([]);
  });
});
