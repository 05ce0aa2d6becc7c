// Company names compared the way a reader would: "Helvio Batteries SA", "HELVIO BATTERIES"
// and "Helvio Batteries, S.A." are one company. Legal forms and "Group"-like words are dropped
// only at the ends of a name and only while something remains.
import { foldText } from './classify';

const LEGAL_FORMS = new Set([
  'sa', 'sas', 'sasu', 'sca', 'se', 'ag', 'kgaa', 'gmbh', 'kg', 'plc', 'inc', 'incorporated', 'corp', 'corporation',
  'co', 'company', 'cos', 'ltd', 'limited', 'llc', 'lp', 'nv', 'bv', 'spa', 'sarl', 'ab', 'publ', 'asa', 'as',
  'oyj', 'oy', 'abp', 'sanv', 'sgps', 'sme', 'holding', 'holdings', 'group', 'groupe', 'gruppe', 'grupo', 'gruppo', 'sau', 'sl', 'kk', 'the',
  'international', 'intl', 'industries', 'mfg',
]);
// Words that are legal forms but also whole names ("Group" alone stays "group").
const MIN_WORDS_LEFT = 1;

/** Folded words of a name: no diacritics, no punctuation; "&" between words becomes a space. */
export function nameWords(name: string): string[] {
  return foldText(name)
    .replace(/\s&\s/g, ' ')
    .replace(/(?<![\p{L}\p{N}])(\p{L})\/(\p{L})(?![\p{L}\p{N}])/gu, '$1$2') // "A/S" -> "as"
    .replace(/[.'’`&]/g, '') // "S.A." → "sa", "L'Oréal" → "loreal", "AT&T" → "att"
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** The name with legal forms dropped from both ends: "AB Volvo (publ)" → "volvo". */
export function coreWords(name: string): string[] {
  const words = nameWords(name);
  while (words.length > MIN_WORDS_LEFT && LEGAL_FORMS.has(words.at(-1) ?? '')) words.pop();
  while (words.length > MIN_WORDS_LEFT && LEGAL_FORMS.has(words[0] ?? '')) words.shift();
  return words;
}

/** Key for exact-but-forgiving comparison: all words, joined by single spaces. */
export function exactKey(name: string): string {
  return nameWords(name).join(' ');
}

/** Key without legal forms. */
export function coreKey(name: string): string {
  return coreWords(name).join(' ');
}

/** The name as written, minus trailing legal forms: "Helvio Batteries SA" → "Helvio Batteries". */
export function withoutLegalForm(name: string): string {
  const tokens = name.trim().replace(/[,\s]+$/, '').split(/\s+/);
  while (tokens.length > 1 && LEGAL_FORMS.has(nameWords(tokens.at(-1) ?? '').join(''))) tokens.pop();
  return tokens.join(' ').replace(/,$/, '');
}
