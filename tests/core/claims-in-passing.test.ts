// Claims the twelfth session's third round of blind batches showed missed where the claim is not
// the story's lead (a campaign rally, a minister's visit, a court ruling, a weekly column): the
// company named once after a trade word with a hyphenated adjective or after "X-based", a verb
// after the amount in a German relative clause, an investment programme named in one compound,
// people still to come, and public support that is no company's spending.
import { describe, expect, it } from 'vitest';
import { claimSummary as summary } from './claim-summary';


describe('a company named once in a story about something else', () => {
  it.each([
    ["Côté industrie, Kénitra se porte bien. L'équipementier sino-européen Lumax Seating a signé mardi une convention : 1,1 milliard de dirhams d'investissement et quelque 1 800 emplois attendus.", 'fr',
      ['investment 1100000000 MAD Lumax Seating', 'jobs 1800 - Lumax Seating']],
    ['Tiruppur-based Arvana Knits, which supplies two British chains, said it would invest ₹450 crore in a new knitting park at Avinashi.', 'en', ['investment 4500000000 INR Arvana Knits']],
    ["À Porrentruy, la manufacture Ajoie Mouvements a inauguré un bâtiment : un investissement de 48 millions de francs.", 'fr', ['investment 48000000 CHF Ajoie Mouvements']],
    ['El tribunal anuló la licencia del campus que Nubia Data Centers proyecta en San Sebastián de los Reyes, con una inversión de 450 millones de euros.', 'es', ['investment 450000000 EUR Nubia Data Centers']],
  ])('%s', (text, lang, expected) => expect(summary(text, lang)).toEqual(expected));
});

describe('money and people the rules did not reach', () => {
  it.each([
    ['Die Elbwerk AG baut in Bitterfeld. Es sind 340 Millionen Euro, die hier verbaut werden.', 'de', ['investment 340000000 EUR Elbwerk']],
    ['Die Elbwerk AG kündigte ein Investitionspaket von 30 Millionen Euro für Ried an.', 'de', ['investment 30000000 EUR Elbwerk']],
    ['H2 Onuba S.L. presenta un proyecto de hidrógeno verde de 1.500 millones de euros en Palos de la Frontera.', 'es', ['investment 1500000000 EUR H2 Onuba']],
    ["La société Norlith construit à Bécancour. « Nos 350 futurs employés travailleront dans une usine propre », a dit son président.", 'fr', ['jobs 350 - Norlith']],
  ])('%s', (text, lang, expected) => expect(summary(text, lang)).toEqual(expected));

  it.each([
    ['Bund und Land fördern das Projekt der Elbwerk AG mit 97 Millionen Euro, die nicht in der Investitionssumme enthalten sind.', 'de'],
    ["Le gouvernement wallon confirme que la Région investira dans le cadre de son plan de relance doté de 2,3 milliards d’euros.", 'fr'],
  ])('not a company’s claim: %s', (text, lang) => expect(summary(text, lang)).toEqual([]));
});
