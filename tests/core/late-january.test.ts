// What the thirteenth session's last rounds (152-159, late January and early February 2027) showed,
// read after they were scored: a project whose kinds are joined by "et" or follow an elided "d'",
// Algerian dinars by the story's adjectives and towns, a cement works' name, a hiring range opened by
// "entre", "una cuarentena", "darán empleo a", and figures that are no claim (a buyback programme, loan
// guarantees, venture capital into a segment, a payroll "derzeit" or that "bleiben").
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

describe('the early February round', () => {
  it.each([
    ['Cimenterie du Littoral : 60 milliards FCFA pour une nouvelle ligne à Douala, au Cameroun', 'fr', ['investment 60000000000 XAF Cimenterie du Littoral']],
    ['ContactPlus SA abrirá un centro en Santiago y contratará entre 1.200 y 1.500 agentes bilingües.', 'es', ['jobs 1200 - ContactPlus']],
    ['Cervexa Atlántica SA ampliará su planta, lo que supondrá la contratación de una cuarentena de trabajadores.', 'es', ['jobs 40 - Cervexa Atlántica']],
    ['Hoteles Costa Azul SA construirá dos complejos. La compañía calcula que darán empleo directo a 1.400 personas.', 'es', ['jobs 1400 - Hoteles Costa Azul']],
  ])('%s', (text, lang, expected) => expect(summary(text, lang)).toEqual(expected));

  it('venture capital into a segment is no investment', () => {
    expect(summary('Die Lumaro GmbH sammelt Geld ein. Im vergangenen Jahr flossen europaweit mehr als 900 Millionen Euro Risikokapital in das Segment.', 'de')).toEqual([]);
  });
});
