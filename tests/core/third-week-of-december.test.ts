// Claims the thirteenth session's fifth round of blind batches (the third week of December: first
// reports and follow-ups) showed missing or wrongly read: companies named before the verbs that move
// a plan (recorta, eleva, mantiene, revoit, kürzt, delays), a plant "worth" its cost, a figure moved
// and its noun after a Spanish article, the Philippine "P", French "millions $" as Canadian dollars,
// dinars, a project's amount (d'un montant de), a future payroll (doit employer), German jobs
// that "sollen entstehen", job posts in one German compound, and no company named for a public body.
import { describe, expect, it } from 'vitest';
import { claimSummary as summary } from './claim-summary';

describe('companies before the verbs of follow-ups', () => {
  it.each([
    ['Salmones Australes recorta a US$ 60 millones su inversión en Aysén. Salmones Australes informó a la CMF.', 'es', ['investment 60000000 USD Salmones Australes']],
    ['Talleres Ferroviarios Deba eleva a 380 las contrataciones previstas para 2027. Talleres Ferroviarios Deba contratará en Azkoitia.', 'es',
      ['jobs 380 - Talleres Ferroviarios Deba']],
  ])('%s', (text, lang, expected) => expect(summary(text, lang)).toEqual(expected));

  it('not a public body before such a verb', () => {
    expect(summary('La Municipalidad de Rosario mantiene su plan. La Municipalidad de Rosario dijo que las obras generarán unos 300 puestos de trabajo.', 'es')).toEqual([]);
  });
});

describe('money', () => {
  it.each([
    ['Boreal Timber Ltd: mass timber plant worth $140M coming to Prince Albert', 'en', ['investment 140000000 USD Boreal Timber']],
    ['Brightline Philippines Inc. will invest about P850 million in a new center in Iloilo.', 'en', ['investment 850000000 PHP Brightline Philippines']],
    ['Les Pêcheries Arsenault investissent 24 millions $ à Caraquet. Les Pêcheries Arsenault ajoutent une ligne.', 'fr', ['investment 24000000 CAD Pêcheries Arsenault']],
    ["La société Aérostructures Sud SA construira une usine. L'investissement est estimé à 60 millions de dinars.", 'fr', ['investment 60000000 TND Aérostructures Sud']],
    ['Le groupe Kyowa Câbles SA ouvre un site. Le projet, d’un montant de 500 millions de dirhams, sera livré en 2028.', 'fr', ['investment 500000000 MAD Kyowa Câbles']],
  ])('%s', (text, lang, expected) => expect(summary(text, lang)).toEqual(expected));
});

describe('jobs', () => {
  it.each([
    ["L'usine de la société Thermia Nord SA doit désormais employer 480 personnes à terme.", 'fr', ['jobs 480 - Thermia Nord']],
    ['Die Kronberg Tissue GmbH baut kleiner: Statt der ursprünglich angekündigten 150 Stellen sollen nun rund 80 entstehen.', 'de',
      ['jobs 150 - Kronberg Tissue', 'jobs 80 - Kronberg Tissue']],
    ['Die Weidlinger Kabel GmbH investiert in Bayreuth, 25 Ingenieursstellen sollen dort entstehen.', 'de', ['jobs 25 - Weidlinger Kabel']],
    ['Die Railwerk GmbH baut in Stendal. Die ersten 110 Beschäftigten sollen Ende 2027 anfangen.', 'de', ['jobs 110 - Railwerk']],
  ])('%s', (text, lang, expected) => expect(summary(text, lang)).toEqual(expected));
});
