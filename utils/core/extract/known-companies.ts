// Large companies the reader's news names without any of the cues the name finder looks for
// ("Google setzt weiter auf Zürich", "un centre de recherche de Google à Paris"): the names and
// short names of the company directory the press-release lookup ships (press/companies.json),
// written with their exact capitals. A name that is also a common word, a person's name or a
// place is left to the other rules.
import type { Token } from './01-tokens';
import { COMPANIES } from '../press/directory';
import { matchAt, phraseTable, type PhraseTable } from './phrases';

/** Short names that are words or acronyms of their own, or common first names and surnames. */
const AMBIGUOUS = new Set([
  'Chase', 'Visa', 'Oracle', 'Target', 'Delta', 'Carrier', 'Dow', 'Total', 'Orange', 'Shell', 'Puma', 'Arm',
  'Evergreen', 'Lucid', 'Canon', 'Reliance', 'Signify', 'Hexagon', 'Pandora', 'Caterpillar', 'Allianz', 'Coke',
  'PMI', 'FCA', 'PSA', 'TI', 'GF', 'EMD', 'FMC', 'HP', 'GE', 'GM', 'BAT', 'SSE', 'TIM', 'UPS', 'ACS', 'ADI', 'SEB', 'ING', 'AIA', 'MSD',
  'Lilly', 'Mercedes', 'Emerson', 'Schneider', 'Zara', 'Eon', 'Otis', 'Indra', 'Puig', 'Yara', 'Leonardo', 'Vinci',
  'Legrand', 'Hilton', 'Abbott', 'Ford', 'Dell', 'Sabadell', 'Santander', 'Stadler', 'Bayer', 'Chubb', 'Lloyds',
  'Exor', 'Temu', 'Nike', 'Magna', 'Quanta', 'Corning', 'Cummins', 'Suzuki', 'Honda', 'Mitsui',
]);

/** Large private firms, most of them retailers and food makers, that local news names bare ("Getafe concede licencia a
 * Mercadona", "Lidl France : une nouvelle plateforme logistique"): unlisted, so the press directory has no page for them. */
const PRIVATE_FIRMS = [
  'Lidl', 'Aldi', 'Aldi Süd', 'Aldi Nord', 'Kaufland', 'Rewe', 'REWE', 'Edeka', 'EDEKA', 'Mercadona', 'E.Leclerc', 'Leclerc', 'Intermarché',
  'Auchan', 'Decathlon', 'Leroy Merlin', 'IKEA', 'Ikea', 'El Corte Inglés', 'Eroski', 'Primark', 'Cargill', 'Würth', 'Haribo', 'Ferrero',
  'Lactalis', 'Sodiaal', 'Bigard', 'Savencia', 'Tereos', 'Roquette', 'Mahle', 'Liebherr', 'Freudenberg', 'Vorwerk', 'Miele', 'Stihl', 'Trumpf',
];

const names: [string, string][] = PRIVATE_FIRMS.map((name) => [name, name]);
for (const company of COMPANIES) {
  for (const name of [company.name, ...(company.aliases ?? [])]) {
    // capitalised names only (the finder looks at capitalised words), and none of the above
    if (!/^\p{Lu}/u.test(name) || AMBIGUOUS.has(name) || name.length < 2) continue;
    names.push([name, name]);
  }
}

/** The directory's names, by their tokens' lower-case spellings; looked up at capitalised words only. */
const KNOWN: PhraseTable<string> = phraseTable(names, true);

/**
 * The known company name written at token i with its exact capitals, as [end token, name], or
 * null. `limit`: the sentence's end.
 */
export function knownCompanyAt(text: string, tokens: Token[], i: number, limit: number): [number, string] | null {
  const t = tokens[i];
  if (!KNOWN.byFirst.has(t.lower)) return null;
  const m = matchAt(tokens, i, KNOWN, limit);
  if (!m) return null;
  const end = i + m.len;
  return text.slice(t.start, tokens[end - 1].end) === m.value ? [end, m.value] : null;
}
