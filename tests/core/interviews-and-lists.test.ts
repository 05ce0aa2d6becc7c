// Claims told the way interviews, fact boxes and lists of pledges tell them (the forty-second and
// forty-third blind batches): "We will need about 900 people", "- Aerotec Huesca: 135 millones en
// un centro …", and a town's tax income beside a company's plan.
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../utils/core/extract/index';

const read = (text: string, lang: string) =>
  extractDocument('d1', text, lang).claims.map((c) => [c.metric, c.amount, c.currency, c.subject]);

describe('hiring told in an interview or about a site', () => {
  it.each([
    ['Tarrow Components Inc will build a plant in Greenville. We will need about 900 people by the time both lines are running.', 'en', [['jobs', 900, null, 'Tarrow Components']]],
    ['Caledon Data Ltd plans a campus. The former steelworks site in Motherwell will host 650 permanent jobs once fully built.', 'en', [['jobs', 650, null, 'Caledon Data']]],
    ['Durante la fase de obras, Salud Norte SA prevé emplear hasta 1.800 trabajadores.', 'es', [['jobs', 1800, null, 'Salud Norte']]],
    // a French house named by its craft, speaking in the headline
    ['Biscuiterie Maréchal : « Nous allons recruter 120 personnes à Lamballe »', 'fr', [['jobs', 120, null, 'Biscuiterie Maréchal']]],
  ])('%s', (text, lang, expected) => expect(read(text, lang)).toEqual(expected));
});

describe('jobs joined to the jobs claim just made, their noun left out', () => {
  it.each([
    ['Energías del Cierzo SA invertirá 1.200 millones de euros en Puertollano, que creará 400 empleos directos y hasta 2.000 durante la fase de construcción.', 'es',
      [['investment', 1.2e9, 'EUR', 'Energías del Cierzo'], ['jobs', 400, null, 'Energías del Cierzo'], ['jobs', 2000, null, 'Energías del Cierzo']]],
  ])('%s', (text, lang, expected) => expect(read(text, lang)).toEqual(expected));

  it('takes no other count for jobs', () => {
    const found = read('Energías del Cierzo SA creará 400 empleos directos y 2.000 paneles solares en Puertollano.', 'es');
    expect(found).toEqual([['jobs', 400, null, 'Energías del Cierzo']]);
  });
});

describe('a list of pledges with the currency left out', () => {
  it('reads each line as its company investment', () => {
    const text = 'Aragón suma tres proyectos industriales\n\nLos proyectos presentados en el foro:\n\n' +
      '- Ebro Norte Logística: 320 millones en una plataforma de distribución en Zaragoza.\n' +
      '- Aerotec Huesca: 135 millones en un centro de mantenimiento de aviones y hasta 200 empleos.\n';
    expect(read(text, 'es')).toEqual([
      ['investment', 320e6, 'EUR', 'Ebro Norte Logística'], ['investment', 135e6, 'EUR', 'Aerotec Huesca'], ['jobs', 200, null, 'Aerotec Huesca'],
    ]);
  });
});

describe('money that is not the company investment', () => {
  it.each([
    ['Die Helvetic Compute AG investiert 650 Mio. Fr. in Dietikon. Der Stadtrat rechnet mit zusätzlichen Steuereinnahmen von jährlich 3 bis 5 Mio. Fr.', 'de',
      [['investment', 650e6, 'CHF', 'Helvetic Compute']]],
  ])('%s', (text, lang, expected) => expect(read(text, lang)).toEqual(expected));
});
