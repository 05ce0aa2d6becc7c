// Language detection on short texts with no hint: a few lines must be enough, even when
// words such as "in", "la" or "de" belong to several of the languages.
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../utils/core/extract/index';

const table: [string, string][] = [
  ['Brauner steckt 2 Milliarden Euro in sein Werk in Rostock und schafft dort 1.500 neue Stellen.', 'de'],
  ['Solenta Motores destinará 500 millones de euros a su fábrica de Palencia.', 'es'],
  ["Ardelis va injecter 2 milliards d'euros dans son usine de Sochaux.", 'fr'],
  ['Tessaro Foods will spend $3.3 billion on a plant in Wisconsin.', 'en'],
];

describe('language without a hint', () => {
  for (const [text, lang] of table) it(`${lang}: ${text}`, () => expect(extractDocument('d1', text).lang).toBe(lang));
  it('a hint the engine reads wins', () => expect(extractDocument('d1', table[0][0], 'fr-FR').lang).toBe('fr'));
});
