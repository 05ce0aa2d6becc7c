// Lists of pledges, as trade-policy and summit coverage writes them: "- Apple: $500 billion over
// four years", "Nordvik Foods (Norvège) – 75 millions d'euros …", "Soprane Énergie, 220 millions
// d'euros à Pont-de-Claix". The name before the colon or dash is the company whose figures follow.
import type { Token } from './01-tokens';
import type { Sentence } from './03-sentences';
import type { Mention } from './06-entities';
import { NOT_NAMES } from './data/entities';

/**
 * A line of a list of pledges: "- Apple: $500 billion over the next four years", "Harbourline Data – £1.1bn,
 * Warrington", "- Norlys Data (Danemark) : 2 milliards d'euros …", "Caldris Pharma (États-Unis) – Le laboratoire
 * investira …". The name before the colon or dash is the company whose figures follow.
 */
export interface ListItem { name: string; from: number; after: number; bullet: boolean }
const BULLETS = new Set(['-', '•', '*', '–', '—', '·', '▪']);
const LIST_SEPARATORS = new Set([':', '–', '—', '-']);
/** Small words inside a company's name ("Banco de Sabadell", "Bank of Ireland"). */
const NAME_PARTICLES = new Set(['de', 'del', 'la', 'le', 'of']);
/** Words that label a line rather than name a company ("Total: €37bn", "Jobs: 300", "Standort: Linz"). */
const LABEL_WORDS = new Set(['total', 'totals', 'gesamt', 'insgesamt', 'summe', 'montant', 'monto', 'importe', 'jobs', 'emplois', 'empleos', 'arbeitsplätze',
  'investment', 'investissement', 'investition', 'inversión', 'location', 'lieu', 'standort', 'ubicación', 'site', 'sector', 'secteur', 'branche',
  'country', 'pays', 'land', 'país', 'date', 'datum', 'fecha', 'note', 'update', 'correction', 'source', 'quelle', 'fuente', 'q', 'a', 'r', 'p',
  'photo', 'foto', 'bild', 'image', 'picture', 'video', 'watch', 'read', 'lire', 'lesen', 'leer', 'editor', 'reporting', 'by', 'von', 'par', 'por',
  // a fact box's other labels ("- Empleo: 900 puestos en obra", "Construction: 24 months", "Calendrier : 2027")
  'empleo', 'emploi', 'employment', 'beschäftigung', 'inversiones', 'investments', 'investissements', 'investitionen', 'plazo', 'calendario',
  'timeline', 'calendrier', 'zeitplan', 'capacity', 'capacidad', 'capacité', 'kapazität', 'construction', 'construcción', 'obra', 'obras', 'bau',
  'project', 'proyecto', 'projet', 'projekt', 'cost', 'coste', 'costo', 'coût', 'financing', 'financiación', 'financement', 'finanzierung',
  'workforce', 'plantilla', 'effectif', 'belegschaft', 'opening', 'apertura', 'ouverture', 'eröffnung', 'production', 'producción', 'produktion',
  // and a release's goals ("• Ziel: mehr als 250 Neueinstellungen bis Ende 2030")
  // (not "Target" nor "Meta": companies' names)
  'ziel', 'ziele', 'goal', 'objectif', 'objectifs', 'objetivo', 'objetivos']);
/** The nouns that end a label of several words ("Neue Arbeitsplätze", "Nuevos empleos"); not "Bau", "Site": "Steinberg Bau" is a company. */
const LABEL_LAST_WORDS = new Set(['jobs', 'emplois', 'empleos', 'puestos', 'arbeitsplätze', 'stellen', 'investment', 'investments', 'investissement',
  'investissements', 'inversión', 'inversiones', 'investition', 'investitionen', 'postes']);
/** German compounds of those labels ("Dauerarbeitsplätze: 60 bis 80", "Investitionsvolumen: 650 Millionen Euro"). */
const GERMAN_LABEL_ENDINGS = /(arbeitsplätze|stellen|investition|investitionen|volumen|kosten)$/;
export function listItemAt(text: string, tokens: Token[], s: Sentence, local: readonly Mention[]): ListItem | null {
  let k = s.from;
  const bullet = BULLETS.has(tokens[k]?.lower ?? '');
  if (bullet) k++;
  const start = k;
  // the name: capitalised words, "&", particles and a legal form's dots ("Johnson & Johnson", "Banco de Sabadell", "Acme Inc.")
  while (k < s.to && k - start < 7 && tokens[k].kind !== 'num' && (tokens[k].cap || tokens[k].lower === '&' || (tokens[k].lower === '.' && tokens[k].gap === '') || NAME_PARTICLES.has(tokens[k].lower))) k++;
  if (k === start || !tokens[start].cap) return null;
  const end = k;
  // (the tests below are in order of cost, the cheapest first: every line with a figure comes
  // here, and nearly all fail at the separator; each failing test gives the same null)
  // "(Danemark)", "(États-Unis)": the company's country after its name (which the places stage reads
  // like "Town (Province)": "Nordvik Foods (Norvège) – 75 millions")
  const bracketed = tokens[k]?.lower === '(';
  if (bracketed) {
    let close = k + 1;
    while (close < s.to && close - k < 5 && tokens[close].lower !== ')') close++;
    if (tokens[close]?.lower !== ')') return null;
    k = close + 1;
  }
  const sep = tokens[k];
  // (a comma in a short line of a top-five list: "Soprane Énergie, 220 millions d'euros à Pont-de-Claix (Isère)")
  const commaLine = sep?.lower === ',' && s.to - s.from <= 16 && (tokens[k + 1]?.kind === 'num' || tokens[k + 2]?.kind === 'num' || tokens[k + 3]?.kind === 'num');
  if (!sep || (!LIST_SEPARATORS.has(sep.lower) && !commaLine) || (sep.lower === '-' && sep.gap === '')) return null;
  // (a label's words are asked only of a line with a separator: the pattern is dearer than the tests above)
  // (its last word too: "- Neue Arbeitsplätze: 420", "Nuevos empleos: 300")
  // (nor a word that names nothing: an interview's "—Sí, los 4 mil millones de pesos para Apodaca")
  if (LABEL_WORDS.has(tokens[start].lower) || GERMAN_LABEL_ENDINGS.test(tokens[start].lower) || (end - start === 1 && NOT_NAMES.has(tokens[start].lower)) ||
    (end - start > 1 && (LABEL_LAST_WORDS.has(tokens[end - 1].lower) || GERMAN_LABEL_ENDINGS.test(tokens[end - 1].lower)))) return null;
  if (!bracketed) for (const m of local) if (m.type === 'place' && m.from <= start && m.to > start) return null;
  // not a dateline ("PARIS –", "BERLIN (dpa) –", "Madrid, 12 mar. (EUROPA PRESS) -"): a place, or a name in capitals
  const written = text.slice(tokens[start].start, tokens[end - 1].end);
  if (written.length > 3 && written === written.toUpperCase()) return null;
  // a list's line, not a speaker ("Brunner: Rund 900 Millionen …") nor a headline's topic ("Neue Jobs: …"):
  // after a bullet, with the company's country in brackets, a company the story names, or a dash and the figure at once
  let company = false;
  for (const m of local) {
    if (m.from !== start) continue;
    if (m.type === 'person') return null;
    if (m.type === 'org') company = true;
  }
  const dashAndFigure = sep.lower !== ':' && (commaLine || tokens[k + 1]?.kind === 'num' || (tokens[k + 1]?.kind === 'punct' && tokens[k + 2]?.kind === 'num'));
  if (!(bullet || bracketed || company || dashAndFigure)) return null;
  return { name: written, from: start, after: k + 1, bullet };
}

export function withoutPlaceAt(mentions: readonly Mention[], at: number): Mention[] {
  const kept: Mention[] = [];
  for (const m of mentions) if (!(m.type === 'place' && m.from <= at && m.to > at)) kept.push(m);
  return kept;
}

export function countListLines(text: string, tokens: Token[], sentences: Sentence[], perSentence: Mention[][]): number {
  let n = 0;
  for (let si = 0; si < sentences.length && n < 2; si++) if (listItemAt(text, tokens, sentences[si], perSentence[si])) n++;
  return n;
}

