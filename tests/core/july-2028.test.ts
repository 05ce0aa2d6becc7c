// What the eighteenth session found. An abbreviation the story uses as a company's name stands for the name spelled
// out before it in brackets, even when the abbreviation takes several letters from one word ("Aérocomposites de
// l'Ouest (ACO)", "Thurgauer Kunststofftechnik AG (TKT)") or was read as a company before its brackets were; one that
// spells out a public body or scheme ("Superintendencia del Mercado de Valores (SMV)") names no company at all.
import { describe, expect, it } from 'vitest';
import { claimSummary as summary } from './claim-summary';

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
