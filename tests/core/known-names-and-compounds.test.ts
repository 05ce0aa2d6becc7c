// Claims the cues alone missed: a large company the story names with no legal form, verb or
// company word next to it; German compound job nouns; a region's name in apposition to a town;
// a count of megawatt-hours after a jobs figure; Latin American regions that decide the money.
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../utils/core/extract/index';

const claims = (text: string, lang: string) => extractDocument('d1', text, lang).claims;
const summary = (text: string, lang: string) => claims(text, lang).map((c) => `${c.metric} ${c.amount} ${c.currency ?? '-'} ${c.subject}`);

describe('a large company named with no cue around it', () => {
  const google = 'Google setzt weiter auf Zürich. Bis Ende 2028 will der Konzern in der Stadt bis zu 1000 zusätzliche Mitarbeitende einstellen.';

  it('is the subject when the cues found no company at all', () => {
    expect(summary(google, 'de')).toEqual(['jobs 1000 - Google']);
  });

  it('does not take the claims of the company the story is about', () => {
    const supplier = "Méridienne Aéro, qui fabrique des portes de soute pour Airbus, investira 350 millions d'euros à Colomiers. Airbus vise 75 A320 par mois. L'entreprise créera 600 emplois.";
    expect(claims(supplier, 'fr').map((c) => c.subject)).toEqual(['Méridienne Aéro', 'Méridienne Aéro']);
  });

  it('leaves names that are also words to the other rules', () => {
    expect(summary('Orange juice makers plan to spend more. Total investment in the sector reached $2bn.', 'en')).toEqual([]);
  });
});

describe('German compound job nouns', () => {
  it.each([
    ['Zudem will die Medvita Kliniken GmbH 80 zusätzliche Pflegekräfte einstellen.', 'jobs 80 - Medvita Kliniken'],
    ['Zugleich will die Rheinwerk Chemie AG bis 2028 etwa 900 IT- und Digitalfachkräfte in Deutschland einstellen.', 'jobs 900 - Rheinwerk Chemie'],
    ['Voltaris Energy AB baut eine Zellfabrik. Für die Bauphase rechnet das Unternehmen mit bis zu 2.000 Bauarbeitern gleichzeitig auf dem Gelände.', 'jobs 2000 - Voltaris Energy'],
  ])('%s', (text, expected) => expect(summary(text, 'de')).toEqual([expected]));

  it('still needs a hiring verb for people', () => {
    expect(summary('Die Medvita Kliniken GmbH beschäftigt heute 1.200 Pflegekräfte.', 'de')).toEqual([]);
  });
});

describe('places and units around a figure', () => {
  it('reads a region in apposition to a town as a place, not a public spender', () => {
    const text = 'Compañía Minera Altos de Tarapacá presentó el estudio de su proyecto en Pozo Almonte, Región de Tarapacá, que contempla una inversión de US$ 2.400 millones.';
    const [claim] = claims(text, 'es');
    expect(claim?.amount).toBe(2_400_000_000);
  });

  it('takes no count of megawatt-hours for the jobs just named', () => {
    const text = 'La empresa Enerlis Renovables construirá cinco plantas, que generarán cerca de 1.300 empleos. Las plantas incorporarán almacenamiento con una capacidad total de 800 megavatios hora.';
    expect(claims(text, 'es').map((c) => c.amount)).toEqual([1300]);
  });

  it("reads pesos by the Colombian region the story names", () => {
    const text = 'La generadora Solaris Andina S.A.S. anunció una inversión de 2,8 billones de pesos para construir cinco granjas solares en Valledupar, en el departamento del Cesar.';
    const [claim] = claims(text, 'es');
    expect([claim?.currency, claim?.location]).toEqual(['COP', 'Valledupar, Colombia']);
  });
});
