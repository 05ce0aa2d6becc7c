// Money or jobs that are not the company's to claim, whatever the verb says: a public body's own
// spending ("Leeds City Council approved plans to invest £30m"), a plan the company denies or a
// correction note's wrong figure, and a sum several companies are expected to spend together.
import type { Token } from './01-tokens';
import { isTradeWord, type Mention } from './06-entities';
import { AND_WORDS } from './07-metric';
import { GERMAN_PUBLIC_HEAD_WORDS, PUBLIC_HEAD_WORDS, REPORTING_VERBS } from './data/cues';
import { ROLES, TRADE_DESCRIPTORS } from './data/entities';
import type { Lang } from './data/numbers';
import { matchAt, phraseTable, wordSet } from './phrases';
import { gatedMatchesIn, gatedTable } from './word-gate';

const saying = new Set(REPORTING_VERBS);

/** Words before a public body that make it no subject: "with support from the council", "in the state", "backed by the government". */
const NOT_ACTOR_BEFORE = new Set(['with', 'from', 'by', 'in', 'of', 'to', 'for', 'avec', 'par', 'de', 'du', 'des', 'dans', 'en', 'à', 'pour', 'con', 'por', 'del', 'para', 'mit', 'von', 'vom', 'durch', 'im', 'ins', 'für', 'aus',
  // where a company stands: "installée sur le port de Douarnenez"
  'on', 'sur', 'auf', 'sobre',
  // a plan filed with a body, or its source: "el plan presentado ante el Ministerio de Economía", "selon le ministère"
  'ante', 'según', 'selon', 'laut', 'before', 'at', 'auprès', 'devant', 'vor', 'bei', 'beim', 'according',
  // or shown to it: "ha presentado al Ayuntamiento de Almassora el proyecto", "présenté au conseil municipal"
  'al', 'au', 'aux']);
const REGULATORS = new Set(['regulator', 'régulateur', 'regulador', 'watchdog', 'governments', 'gouvernements', 'gobiernos']);
const CLAUSE_OPENERS = new Set(['that', 'que', 'qui', 'dass', 'which', 'where', 'où', 'donde', 'wo', ';', ':']);
const DETERMINERS = new Set(['the', 'la', 'le', 'l', 'les', 'el', 'los', 'las', 'die', 'der', 'das', 'den', 'dem']);
/** An office written after a body's head word ("Council leader", "state Governor"): the roles the entity rules
 * know, and the titles of public office they lack. */
/** (Read only after a public head word: it takes no bit of Token.starts, which the search below makes better use of.) */
const speakersOffice = phraseTable([...ROLES, 'leader', 'leaders', 'official', 'officials', 'member', 'members', 'senator', 'secretary'].map((w) => [w, true] as [string, boolean]), true);
/** Words that stand for the story's company ("the company", "le groupe", "der Konzern"): they end the search. */
export const COMPANY_WORDS = ['company', 'firm', 'group', 'groupe', 'entreprise', 'société', 'empresa', 'compañía', 'firma', 'grupo', 'konzern', 'unternehmen'];

/** What a word is to the search for a public spender, as bits: the words of the lists above and
 * below, read with one look-up per word (the search asks each word of up to 30 before a figure). */
const ENDS_SEARCH = 1; // a company word or a trade ("the company", "the carmaker"): the story's company
const PUBLIC_HEAD = 2; // a public body's head word ("council", "gobierno")
const GERMAN_PUBLIC_HEAD = 4; // one in German, capitalised ("Stadt", "Land")
const SPENDER_WORDS = new Map<string, number>();
function file(words: Iterable<string>, bit: number): void {
  for (const w of words) SPENDER_WORDS.set(w, (SPENDER_WORDS.get(w) ?? 0) | bit);
}
file(COMPANY_WORDS, ENDS_SEARCH);
file(TRADE_DESCRIPTORS, ENDS_SEARCH);
file(PUBLIC_HEAD_WORDS, PUBLIC_HEAD);
file(GERMAN_PUBLIC_HEAD_WORDS, GERMAN_PUBLIC_HEAD);
/** Every word the search stops at or looks at twice (SPENDER_WORDS and "port"), as a bit of Token.starts when one is
 * left (see wordSet): the other words, most of them, are passed over on a bit test instead of a Map look-up. */
const mayEndSearch = wordSet([...SPENDER_WORDS.keys(), 'port']);

/** Words that end the phrase before a company's name: what comes before them is another clause. */
const CLAUSE_JOINS = new Set(['que', 'qu', 'that', 'dass', 'anuncia', 'annonce', 'announces', 'announced', 'kündigt', 'says', 'said', 'dijo']);


/** What a public body grants rather than spends, written right after its head word ("Federal planning approvals"). */
const PERMISSIONS = new Set(['planning', 'approval', 'approvals', 'permit', 'permits', 'consent', 'consents', 'licence', 'license', 'autorisation',
  'autorisations', 'permis', 'genehmigung', 'genehmigungen', 'baugenehmigung', 'permiso', 'permisos', 'autorización', 'autorizaciones']);

/** A body's verbs of consent: what it approves is not its own money. */
const APPROVING = new Set(['approved', 'approves', 'approve', 'granted', 'grants', 'cleared', 'clears', 'backs', 'backed', 'oks', "ok'd", 'okayed', 'endorsed',
  'approuvé', 'approuve', 'autorisé', 'autorise', 'validé', 'valide', 'genehmigt', 'genehmigte', 'aprobó', 'aprueba', 'autorizó', 'autoriza', 'avaló', 'avala']);
/** Consent to a priced project ("Meath County Council has granted planning permission for an €80 million expansion",
 * "Strathcona County backs tax break for $1.3B hydrogen plant"): a verb of consent after the body, and the amount
 * priced on the project's noun ("an €80 million expansion", "a proposed $1.3-billion hydrogen plant"). Money the
 * body approves for something ("approved $2.4 million for the library") stays its own. */
export function approvesPriced(tokens: Token[], from: number, figureFrom: number): boolean {
  // (the 30 words before the figure at most: a long sentence full of figures stays linear)
  let approving = false;
  for (let k = Math.max(from, figureFrom - 30); k < figureFrom && !approving; k++) approving = APPROVING.has(tokens[k].lower);
  if (!approving) return false;
  // the article or the project noun right before the amount, one word allowed between ("a proposed $1.3-billion")
  for (let k = figureFrom - 1; k >= Math.max(from, figureFrom - 2); k--) {
    const w = tokens[k].lower;
    if (w === 'a' || w === 'an' || w === 'for') return true;
  }
  return false;
}

/** Hospitals: public bodies when they spend, but the jobs they create are the new hospital's. */
const HOSPITALS = new Set(['hospital', 'hôpital']);

/** `role`: the word's bits in SPENDER_WORDS. */
function isPublicHead(t: Token, role: number, lang: Lang): boolean {
  // (a port in lower case is its authority, "le port de Marseille-Fos investira"; "Port Sunlight", "the Port of Savannah" are places)
  // ("el Ejecutivo" is the government, "el ejecutivo detalló" a company's executive)
  if (t.lower === 'ejecutivo') return t.cap;
  return (role & PUBLIC_HEAD) !== 0 || (t.lower === 'port' && !t.cap) || (lang === 'de' && t.cap && (role & GERMAN_PUBLIC_HEAD) !== 0);
}

/** The level of a government, between its article and its head ("the federal government"). */
const GOVERNMENT_LEVELS = new Set(['federal', 'provincial', 'state', 'regional', 'local', 'national', 'central', 'municipal', 'territorial']);
/** A public body's head word at k doing something: named with an article or a capital ("the council", "Leeds City Council",
 * "Die Stadt Hanau"), not after a preposition ("with support from the council"), not "state-owned" or "the state's". */
function actingPublicBody(tokens: Token[], from: number, k: number, lang: Lang, money: boolean): boolean {
  const t = tokens[k];
  const next = tokens[k + 1];
  if (next && next.gap === '' && (next.lower === '-' || next.lower === "'s" || next.lower === "'")) return false;
  // "Doncaster Council said it would create 1,200 jobs": the body reports the company's figure; but
  // "Somerset Council said it would spend £35m upgrading the road junction" is the council's own money
  // (a company named after "said" ends the search before the body is met)
  if (next && saying.has(next.lower) && !money) return false;
  // "has received State and Federal planning approvals for its hub, clearing the way for a A$1.1 billion investment": a body's
  // permission, not its money
  // (past a second body joined to it: "State and Federal planning approvals")
  const afterPair = next && /^(and|et|und|y)$/.test(next.lower) && tokens[k + 2]?.cap ? tokens[k + 3] : next;
  if (afterPair && PERMISSIONS.has(afterPair.lower)) return false;
  // "Council leader Helen Priestley said: …", "state Governor …": the head names a speaker's office, not a body at work
  if (next && matchAt(tokens, k + 1, speakersOffice)) return false;
  const before = tokens[k - 1];
  // the end of a hyphenated place's name: "au Trait (Seine-Maritime)"
  if (t.gap === '' && before?.lower === '-') return false;
  // a place's region in apposition: "en Pozo Almonte, Región de Tarapacá, que contempla …", "in Monterrey, State of Nuevo León"
  // (or named by its own name: "en la comuna de Lampa, Región Metropolitana, que contempla una inversión de US$ 75 millones")
  if (t.cap && before?.lower === ',' && tokens[k - 2]?.cap && next && ((/^(de|of|del|du|von)$/.test(next.lower) && tokens[k + 2]?.cap) || (next.cap && next.kind === 'word'))) return false;
  // (or its head after its name: "a new engineering centre in Ibadan, Oyo State, and hire two hundred engineers")
  if (t.cap && before?.cap && tokens[k - 2]?.lower === ',' && tokens[k - 3]?.cap && (!next || next.kind === 'punct')) return false;
  // (a regulator acts however it is described: "Britain's energy regulator has approved …"; so do governments:
  // "The federal and provincial governments will together contribute …")
  // (a determiner may stand before the level of government: "The federal government and Quebec will together contribute $420-million";
  // not before any adjective: "construirá el nuevo hospital de Antofagasta" builds the hospital)
  const determined = before && k - 1 >= from && (DETERMINERS.has(before.lower) || before.cap ||
    (GOVERNMENT_LEVELS.has(before.lower) && k - 2 >= from && DETERMINERS.has(tokens[k - 2].lower)));
  if (!determined && !(t.cap && lang !== 'de') && !REGULATORS.has(t.lower)) return false;
  // a preposition a few words before, within the clause: "in the northern Mexican state of …", "mit dem Land"
  // (past a body joined before it, which has the preposition: "soutenu par AD Normandie et l'Ademe")
  let floor = k - 6;
  for (let j = k - 1; j >= from && j > floor; j--) {
    const w = tokens[j].lower;
    if (w === ',' || CLAUSE_OPENERS.has(w)) break;
    if (AND_WORDS.has(w) && j - 4 < floor) floor = j - 4;
    // (and the Spanish "a" of a plan sent to a body: "la documentación remitida a la Junta de Andalucía")
    if (NOT_ACTOR_BEFORE.has(w) || (lang === 'es' && w === 'a')) return false;
  }
  return true;
}

/** How many of a sentence's companies (in text order) end before token `at`: a binary search, as one endless
 * sentence may name thousands and rules look at the ones just before each figure. */
function orgsEndedBefore(orgs: readonly Mention[], at: number): number {
  let lo = 0;
  let hi = orgs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (orgs[mid].to <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Going back from a figure to the start of its sentence, a public body met before the company: it does the spending
 * ("… confirmed that the Région will invest €60m"; "Die Stadtgemeinde Ried investiert …", a body named like a company). */
/** `money`: the figure is money the story has not claimed for the company already (a body's own spending rather than a figure it reports). */
export function publicSpenderBefore(tokens: Token[], from: number, figureFrom: number, orgs: readonly Mention[], lang: Lang, money = false): boolean {
  const org = orgsEndedBefore(orgs, figureFrom) - 1; // the last company named before the figure
  const floor = Math.max(from, org >= 0 ? orgs[org].to : from, figureFrom - 30);
  for (let k = figureFrom - 1; k >= floor; k--) {
    const t = tokens[k];
    if (t.kind !== 'word') continue;
    if (!mayEndSearch(t)) {
      // (a word of none of the lists: only a German trade noun ends the search)
      if (lang === 'de' && isTradeWord(t)) return false;
      continue;
    }
    const role = SPENDER_WORDS.get(t.lower) ?? 0;
    if ((role & ENDS_SEARCH) !== 0 || (lang === 'de' && isTradeWord(t))) return false;
    // ("Harbourline said the hospital would create about 900 jobs": a hospital's jobs are the new hospital's, whoever runs it)
    if (isPublicHead(t, role, lang) && (money || !HOSPITALS.has(t.lower)) && actingPublicBody(tokens, from, k, lang, money)) {
      return !approvesPriced(tokens, k + 1, figureFrom);
    }
  }
  if (org < 0 || floor !== orgs[org].to) return false;
  // (or a word just before it: "Die Stadt Hanau investiert", "El regulador británico Ofgem aprobó"; not "the hospital group Quirónsalud")
  // (only the words of its own phrase: "El presidente de la Junta anuncia que Talleres Duriel invertirá" is the company's)
  let first = orgs[org].from;
  while (first - 1 >= Math.max(from, orgs[org].from - 3) && tokens[first - 1].kind === 'word' && !CLAUSE_JOINS.has(tokens[first - 1].lower)) first--;
  for (let k = first; k < orgs[org].to; k++) {
    const role = SPENDER_WORDS.get(tokens[k].lower) ?? 0;
    if ((role & ENDS_SEARCH) !== 0) return false;
    // (a trade word after it makes the head a trade's: "Private hospital operator Harbourline Health", "the hospital group Quirónsalud")
    if (isPublicHead(tokens[k], role, lang) && !((SPENDER_WORDS.get(tokens[k + 1]?.lower ?? '') ?? 0) & ENDS_SEARCH)) return true;
  }
  return false;
}

/** A plan the company denies ("hat einen Bericht zurückgewiesen, wonach …"), or a figure a correction note says
 * was wrong ("An earlier version of this article incorrectly stated that …"). */
const denialOrWrongFigure = gatedTable(phraseTable([
  'denied', 'denies', 'deny', 'zurückgewiesen', 'dementiert', 'dementierte', 'démenti', 'dément', 'desmintió', 'desmiente', 'negó', 'niega',
  'earlier version', 'previous version', 'früheren version', 'version précédente', 'version antérieure', 'versión anterior',
  'incorrectly', 'erroneously', 'wrongly', 'fälschlicherweise', 'erróneamente', 'par erreur', 'à tort', 'por error',
].map((w) => [w, true] as [string, boolean]), true));
export function deniedBefore(tokens: Token[], from: number, figureFrom: number): boolean {
  return gatedMatchesIn(tokens, Math.max(from, figureFrom - 30), figureFrom, denialOrWrongFigure);
}

export const TOGETHER = new Set(['together', 'combined', 'collectively', 'ensemble', 'zusammen', 'gemeinsam', 'juntos', 'juntas', 'conjuntamente']);
export function togetherBefore(tokens: Token[], from: number, figureFrom: number, orgs: readonly Mention[]): boolean {
  // companies named in the 40 tokens before the figure
  let named = 0;
  for (let o = orgsEndedBefore(orgs, figureFrom) - 1; o >= 0 && orgs[o].from >= figureFrom - 40 && named < 3; o--) named++;
  // (two partners investing "ensemble" in a joint venture make a claim; the companies of a place counted by their plural do not:
  // "hätten die Betriebe im Emsland … zusammen 1,7 Milliarden Euro investiert")
  const window = Math.max(from, figureFrom - 12);
  let plural = false;
  if (named < 3) for (let k = window; k < figureFrom && !plural; k++) plural = COMPANIES_PLURAL.has(tokens[k].lower);
  if (named < 3 && !plural) return false;
  for (let k = window; k < figureFrom; k++) if (TOGETHER.has(tokens[k].lower) && !WITH_PARTNER.has(tokens[k + 1]?.lower ?? '')) return true;
  return false;
}
const COMPANIES_PLURAL = new Set(['betriebe', 'firmen', 'konzerne', 'companies', 'firms', 'businesses', 'entreprises', 'sociétés', 'empresas', 'compañías']);
const WITH_PARTNER = new Set(['mit', 'with', 'avec', 'con']);

