// Blind batches 44 (the trade press) and 45 (results, deals, cuts and budgets with a few real claims):
// the company names trade magazines use, and figures that only look like plans.
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../utils/core/extract/index';

const read = (text: string, lang: string) =>
  extractDocument('d1', text, lang).claims.map((c) => [c.metric, c.amount, c.subject]);

describe('company names of the trade press', () => {
  it.each([
    ['Alpenmilch eG investiert 85 Millionen Euro in Kempten', 'de', [['investment', 85e6, 'Alpenmilch']]],
    ["Le logisticien lyonnais Entrepôts Dumoulin accélère. Il construira une plateforme à Saint-Quentin-Fallavier pour un investissement de 58 millions d'euros.", 'fr',
      [['investment', 58e6, 'Entrepôts Dumoulin']]],
  ])('%s', (text, lang, expected) => expect(read(text, lang)).toEqual(expected));

  it('keeps "eg" in lower case for what it is', () => {
    expect(read('Suppliers eg Norvane will build plants. Norvane Ltd will invest £40m in Hull.', 'en')).toEqual([['investment', 40e6, 'Norvane']]);
  });
});

describe('figures that only look like plans', () => {
  it('reads a fine as no investment beside the one the story is about', () => {
    const text = "Banque Delorme investit 200 millions d’euros dans la conformité.\n\nL’Autorité de contrôle prudentiel et de résolution (ACPR) a infligé mardi une sanction de 45 millions d’euros à Banque Delorme pour des « carences graves ».";
    expect(read(text, 'fr')).toEqual([['investment', 200e6, 'Banque Delorme']]);
  });

  it.each([
    ['Calder Logistics plc warned that up to 700 roles could go as a result.', 'en'],
    ['«Se destruyen 900 empleos en Componentes Levante SA», dijo el comité.', 'es'],
    ['Tessaract Semiconductor Inc said industry association SEMI expects global fab equipment spending to reach $137 billion next year.', 'en'],
  ])('%s', (text, lang) => expect(read(text, lang)).toEqual([]));
});

describe('chains, networks and young companies (blind batches 47-49)', () => {
  it.each([
    ['La néobanque Moneyra veut recruter 300 personnes en 2026 et s’installe à Lille', 'fr', [['jobs', 300, 'Moneyra']]],
    ["Les Fromageries Delmont injectent 95 millions d'euros dans leur site de Rodez", 'fr', [['investment', 95e6, 'Fromageries Delmont']]],
    ["Hôtellerie : le groupe Azuréa lance un plan de rénovation de 85 millions d'euros sur la Côte d'Azur", 'fr', [['investment', 85e6, 'Azuréa']]],
  ])('%s', (text, lang, expected) => expect(read(text, lang)).toEqual(expected));

  it('takes no French "if" or "its" for a company', () => {
    const text = "Vendelia Énergies SA recrutera 750 salariés à Brest. « Si Vendelia veut ses 750 salariés, il faudra les payer », glisse une syndicaliste.";
    expect(read(text, 'fr').map(([, , subject]) => subject)).toEqual(['Vendelia Énergies', 'Vendelia Énergies']);
  });
});

describe('a French name that opens with the elided article', () => {
  it('keeps "L’" in "L’Oréal" and leaves "l’Allemagne" a place', () => {
    const text = "L’Oréal va investir 1,5 Md€ dans ses usines françaises. L’Oréal emploie 12 000 personnes en France, contre 9 000 pour l’Allemagne.";
    expect(read(text, 'fr')).toEqual([['investment', 1.5e9, 'L’Oréal']]);
  });
});

describe('the last two blind batches (50, French; 51, English)', () => {
  it.each([
    ['Orbe: Nestlé va investir 60 millions dans son usine\n\nLe groupe veveysan Nestlé SA investira 60 millions de francs à Orbe (VD), en Suisse.', 'fr',
      [['investment', 60e6, 'Nestlé'], ['investment', 60e6, 'Nestlé']]],
    ['Brandtner Automotive South Africa (Pty) Ltd is expected to create 600 jobs, rising to about 900 when a second phase is completed in 2029.', 'en',
      [['jobs', 600, 'Brandtner Automotive South Africa'], ['jobs', 900, 'Brandtner Automotive South Africa']]],
    ['Tuas Semicon Pte will build a plant. "We will start with about 120 people," its chief said.', 'en', [['jobs', 120, 'Tuas Semicon Pte']]],
  ])('%s', (text, lang, expected) => expect(read(text, lang)).toEqual(expected));

  it('reads a cost added to the wage bill as no investment', () => {
    expect(read("Pemberton Foods plc said rising costs, including employers' national insurance, would add about £45m to the wage bill this year.", 'en')).toEqual([]);
  });

  it('reads bare "millions" of a Swiss story as francs', () => {
    const found = extractDocument('d1', 'Orbe: Nestlé va investir 60 millions dans son usine\n\nLe groupe Nestlé SA agrandit son site d’Orbe, en Suisse.', 'fr').claims;
    expect(found.map((c) => c.currency)).toEqual(['CHF']);
  });
});
