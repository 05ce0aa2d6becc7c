// Follow-up stories set the new plan beside the old one: "passe de 95 à 130 millions d'euros",
// "contre 750 millions lors de l'annonce initiale", "90 millions d'euros et 210 emplois". Each
// case here was missed on a blind batch of such stories (the forty-first).
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../utils/core/extract/index';

const read = (text: string, lang: string) =>
  extractDocument('d1', text, lang).claims.map((c) => [c.metric, c.amount, c.currency, c.status, c.subject]);

describe('an amount moved from one figure to another', () => {
  it.each([
    ["Atlantis Marine Systems a annoncé une usine. L'investissement, lui, passe de 95 à 130 millions d'euros.", 'fr',
      [['investment', 95e6, 'EUR', 'earlier', 'Atlantis Marine Systems'], ['investment', 130e6, 'EUR', 'new', 'Atlantis Marine Systems']]],
    ['La española Grupo Ibervía elevó de US$90 millones a US$140 millones su inversión en el parque logístico.', 'es',
      [['investment', 90e6, 'USD', 'earlier', 'Grupo Ibervía'], ['investment', 140e6, 'USD', 'new', 'Grupo Ibervía']]],
  ])('%s', (text, lang, expected) => expect(read(text, lang)).toEqual(expected));

  it('keeps a range a range where nothing moves', () => {
    expect(read("Acme SA investira entre 95 et 130 millions d'euros.", 'fr')).toEqual([['investment', 95e6, 'EUR', 'new', 'Acme']]);
  });
});

describe('a figure set against the claim just made', () => {
  it.each([
    ["Voltanor SA investira finalement 1,1 milliard d'euros dans son usine, contre 750 millions lors de l'annonce initiale.", 'fr',
      [['investment', 1.1e9, 'EUR', 'new', 'Voltanor'], ['investment', 750e6, 'EUR', 'earlier', 'Voltanor']]],
    ['Hydroneo SAS annonce que le site créera 600 emplois directs, au lieu des 1 000 promis à l’époque.', 'fr',
      [['jobs', 600, null, 'new', 'Hydroneo'], ['jobs', 1000, null, 'earlier', 'Hydroneo']]],
    ['Hanseong Auto Parts generará 2 mil 500 empleos directos, frente a los mil 500 que se habían contemplado originalmente.', 'es',
      [['jobs', 2500, null, 'new', 'Hanseong Auto Parts'], ['jobs', 1500, null, 'earlier', 'Hanseong Auto Parts']]],
  ])('%s', (text, lang, expected) => expect(read(text, lang)).toEqual(expected));

  it('takes no figure of another kind for the claim', () => {
    // a percentage or a count of something else after "contre" is not the earlier plan
    const found = read("Voltanor SA investira 1,1 milliard d'euros, contre 3 % de son chiffre d'affaires.", 'fr');
    expect(found).toEqual([['investment', 1.1e9, 'EUR', 'new', 'Voltanor']]);
  });
});

describe('money told beside a jobs claim', () => {
  it.each([
    ["Biscuiterie Dumont SA agrandit son site. La première phase, annoncée en 2022, représentait déjà 90 millions d’euros et 210 emplois.", 'fr',
      [['investment', 90e6, 'EUR', 'earlier', 'Biscuiterie Dumont'], ['jobs', 210, null, 'earlier', 'Biscuiterie Dumont']]],
    ['Die Helvetic Compute AG baut in Dietikon. Als das Projekt vor zwei Jahren erstmals vorgestellt wurde, war noch von 480 Mio. Fr. und 80 Arbeitsplätzen die Rede.', 'de',
      [['investment', 480e6, 'CHF', 'earlier', 'Helvetic Compute'], ['jobs', 80, null, 'earlier', 'Helvetic Compute']]],
  ])('%s', (text, lang, expected) => expect(read(text, lang)).toEqual(expected));
});

describe('money signs and company names of follow-up stories', () => {
  it.each([
    ['Patagonia Midstream SA proyecta invertir u$s2.300 millones en el oleoducto.', 'es', [['investment', 2.3e9, 'USD', 'new', 'Patagonia Midstream']]],
    ['Sahyadri Motors to invest Rs 2,500 cr in phase 2 of Chakan EV plant', 'en', [['investment', 2.5e10, 'INR', 'new', 'Sahyadri Motors']]],
    ['Umoya Data Centres (Pty) Ltd confirmed that it would spend R3.2bn on a second campus in Ekurhuleni.', 'en', [['investment', 3.2e9, 'ZAR', 'new', 'Umoya Data Centres']]],
    ['Verdalia Energía presentó el jueves su planta. Vamos a contratar a 400 personas en Avilés.', 'es', [['jobs', 400, null, 'new', 'Verdalia Energía']]],
    // a company noun, then an adjective, then the name
    ['La siderúrgica asturiana Aceros del Cantábrico sustituirá su alto horno. La compañía invertirá 900 millones de euros en Avilés.', 'es',
      [['investment', 900e6, 'EUR', 'new', 'Aceros del Cantábrico']]],
  ])('%s', (text, lang, expected) => expect(read(text, lang)).toEqual(expected));
});

describe('a timeline', () => {
  it("reads a line of a past year as an earlier plan, and the story's own year as new", () => {
    const text = 'Kaltmann GmbH abrirá una planta\n\nMonterrey, 24 de noviembre de 2026. Kaltmann GmbH abrirá una planta en Salinas Victoria.\n\n' +
      '15/03/2019 – Kaltmann abre su primera planta en Ramos Arizpe con una inversión de 120 millones de dólares y 450 empleos.\n\n' +
      '24/11/2026 – Kaltmann anuncia una inversión de 500 millones de dólares en Salinas Victoria.';
    expect(read(text, 'es').map(([metric, amount, , status]) => [metric, amount, status])).toEqual([
      ['investment', 120e6, 'earlier'], ['jobs', 450, 'earlier'], ['investment', 500e6, 'new'],
    ]);
  });
});

describe('the earlier figure told first, and totals told as such', () => {
  it.each([
    ['Die Murtec Sensorik GmbH baut in Leoben. Statt der im Jänner angekündigten 300 Millionen Euro will das Unternehmen nun 420 Millionen Euro in den Standort investieren.', 'de',
      [['investment', 300e6, 'EUR', 'earlier', 'Murtec Sensorik'], ['investment', 420e6, 'EUR', 'new', 'Murtec Sensorik']]],
    ['Andes H2 SpA construirá una planta en Mejillones. La versión original contemplaba 180 puestos en la fase de operación.', 'es',
      [['jobs', 180, null, 'earlier', 'Andes H2']]],
    ["Voltanor SA construit son usine à Bécancour. L'entreprise dit y avoir déjà injecté quelque 120 millions d'euros dans les travaux.", 'fr',
      [['investment', 120e6, 'EUR', 'cumulative', 'Voltanor']]],
  ])('%s', (text, lang, expected) => expect(read(text, lang)).toEqual(expected));
});
