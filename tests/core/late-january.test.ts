// What the thirteenth session's unfixed last round (152-155, late January 2027) showed, read after it
// was scored: a project whose kinds are joined by "et" or follow an elided "d'", Algerian dinars by the
// story's adjectives and towns, and figures that are no claim (a buyback programme, loan guarantees, a
// payroll "derzeit" or that "bleiben").
import { describe, expect, it } from 'vitest';
import { claimSummary as summary } from './claim-summary';

describe('projects and money', () => {
  it.each([
    ['Akoupé : Ivoire Motors SA lance une usine d’assemblage de motos et tricycles de 18,5 milliards FCFA', 'fr', ['investment 18500000000 XOF Ivoire Motors']],
    ["Sétif : le groupe Ardis SPA construit une usine d’électroménager de 14,5 milliards de dinars. L'agence algérienne a validé le projet.", 'fr',
      ['investment 14500000000 DZD Ardis']],
  ])('%s', (text, lang, expected) => expect(summary(text, lang)).toEqual(expected));

  it('a buyback programme and loan guarantees are no investment', () => {
    expect(summary("Le groupe Nimbus SA a annoncé un nouveau programme de rachats d'actions de 60 milliards de dollars.", 'fr')).toEqual([]);
    expect(summary('Les Scieries du Nord SA ferment. Québec rappelle que son programme de garanties de prêts de 150 millions $ reste ouvert.', 'fr')).toEqual([]);
  });
});

describe('payrolls', () => {
  it('a payroll as it stands is no new jobs', () => {
    expect(summary('Die Fensterbau Pustertal GmbH baut aus. Für den Betrieb mit derzeit 290 Beschäftigten bedeutet der Ausbau 40 neue Mitarbeiter.', 'de'))
      .toEqual(['jobs 40 - Fensterbau Pustertal']);
    expect(summary('Die Brauerei Hörmann GmbH baut ein Sudhaus. Neue Arbeitsplätze entstehen nicht, die 48 Beschäftigten bleiben aber an Bord.', 'de')).toEqual([]);
  });
});
