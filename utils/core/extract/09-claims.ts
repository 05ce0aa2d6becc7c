// Stage 5c: claims. Each figure of a sentence that is not boilerplate goes through the
// metric rules (07), then gets its qualifier, status, period and place (08) and its subject:
// the company named before it in the sentence (not one after "at"/"of"/"selon"), else after
// it, else the company the story was last about ("the company", "it", "le groupe", "der
// Konzern", "la compañía" all land here).
import type { Claim } from '../report';
import type { Token } from './01-tokens';
import type { Sentence } from './03-sentences';
import { findFigures, type Figure } from './05-figures';
import { COPULAS, oneOfBefore, type Mention } from './06-entities';
import { AND_WORDS, decideCount, decideMoney, moneyNegativeIn, type SentenceView } from './07-metric';
import { countryOf, formatPlace, specificity, type Place } from './gazetteer';
import { addsToBefore, authorityAt, homeAt, locationOf, periodOf, placesInOrder, qualifierOf, statusCues, statusOf } from './08-context';
import { ANOTHER_COMPANY, MANY_COMPANIES, PART_WORDS, PUBLIC_BODIES, REPORTING_VERBS } from './data/cues';
import { besideDecision, comparedShortlyBefore } from './compared-figures';
import { countListLines, listItemAt, withoutPlaceAt } from './list-items';
import { CURRENCY_OF_COUNTRY, dollarByItsConversion, EURO_PRESS, localDollar, localMoney, moneyOfStoryCountry, storyCountry, storyPeso, TOO_LARGE_FOR_DOLLARS } from './local-money';
import { approvesPriced, COMPANY_WORDS, deniedBefore, publicSpenderBefore, TOGETHER, togetherBefore } from './spenders';
import { UNIT_WORDS, type Lang } from './data/numbers';
import { matchAt, matchesIn, phraseTable, wordIn } from './phrases';
import { gatedMatchesIn, gatedTable } from './word-gate';

const NOT_SUBJECT_BEFORE = new Set(['at', 'of', 'from', 'by', 'with', 'to', 'for', 'than', 'selon', 'laut', 'según', 'de', 'von', 'bei', 'chez', 'par', 'des', 'du', 'd', 'vs', 'like', 'comme', 'wie', 'como']);

export interface ClaimDraft extends Omit<Claim, 'id'> {
  figure: Figure;
}

/** "le PDG de Skylon", "chief executive of Brenmar": the company whose head speaks is the one that invests. */
const LEADER_OF = new Set(['pdg', 'patron', 'patronne', 'président', 'présidente', 'dirigeant', 'directeur', 'directrice', 'ceo', 'executive', 'boss',
  'chairman', 'chairwoman', 'president', 'head', 'chef', 'chefin', 'vorstandschef', 'vorstandschefin', 'presidente', 'delegado', 'delegada', 'director', 'directora',
  'gerente', 'gerenta', 'geschäftsführer', 'geschäftsführerin', 'directeur général', 'directrice générale',
  // "El directorio de Minera Andacobre aprobó una inversión", "the board of Acme approved"
  'directorio', 'board', 'conseil', 'aufsichtsrat', 'vorstand', 'consejo']);

/** "porté par Enerlia, qui prévoit d'investir …", "led by Acme, which will spend …": the relative clause makes it the subject again. */
const RELATIVE = new Set(['qui', 'which', 'who', 'que', 'die', 'der', 'das', 'el', 'la', 'quien']);

const NO_MENTIONS: readonly Mention[] = [];

/** subjectOfFigure's key for jobs figures (currencies are ISO codes or null). */
const JOBS_KEY = '|jobs';

function eligibleOrgs(tokens: Token[], mentions: readonly Mention[], storyHasCompany: boolean): readonly Mention[] {
  // a loop, not filter(callback): a full GC drops the optimised code of closures made per call
  let out: Mention[] | null = null; // made at the first one: most sentences name no company
  for (const m of mentions) {
    if (m.type !== 'org') continue;
    // (no read at index -1: a story opening on a company name would turn the read megamorphic)
    if (m.from > 0 && NOT_SUBJECT_BEFORE.has(tokens[m.from - 1].lower) && !relativeAfter(tokens, m.to) && !(m.from > 1 && LEADER_OF.has(tokens[m.from - 2].lower)) && !oneOfAfterCopula(tokens, m.from)) continue;
    // (when the story has named its company already: else the owner is the only name there is)
    // (a supplier with a plan of its own keeps it: "fournies par Saft, la filiale du groupe …, qui va de son côté investir")
    if (storyHasCompany && m.from > 2 && (parentNamedBefore(tokens, m.from) || (supplierNamedBefore(tokens, m.from) && !relativeAfter(tokens, m.to)))) continue;
    if (out === null) out = [m];
    else out.push(m);
  }
  return out ?? NO_MENTIONS;
}

/** "El caso más emblemático es el de HyPampa", "le dossier le plus attendu était celui de Sidéral": the story turns to that company. */
function oneOfAfterCopula(tokens: Token[], from: number): boolean {
  return oneOfBefore(tokens, from) && COPULAS.has(tokens[from - 3].lower);
}

/** Words that make the company named after them the owner of the one the sentence is about. */
const PARENT_MARKERS = new Set(['filiale', 'filial', 'subsidiary', 'unit', 'arm', 'adossé', 'adossée', 'détenu', 'détenue', 'owned', 'backed', 'controlled',
  'contrôlé', 'contrôlée', 'propiedad', 'participada', 'tochter', 'tochterfirma', 'tochtergesellschaft',
  // the partners of a joint venture: "Volthea, coentreprise entre le coréen Hanseo Energy et le groupe français Ardent Mobilité"
  'coentreprise', 'co-entreprise', 'venture', 'gemeinschaftsunternehmen', 'conjunta']);
const OWNER_PREPOSITIONS = new Set(['du', 'de', 'des', 'of', 'au', 'par', 'by', 'del', 'von', 'der', 'por', 'entre', 'between', 'zwischen']);
/** "filiale du groupe bâlois Merian Life Sciences", "adossé au fonds américain Harbor Ridge Capital": an owner named after a
 * word for a parent and its trade noun (the plain "owned by X" is read by NOT_SUBJECT_BEFORE). */
function parentNamedBefore(tokens: Token[], from: number, joined = false): boolean {
  const k = backOverDescription(tokens, from, OWNER_PREPOSITIONS, 3);
  // (the second of two owners: "participada por el fondo danés Nordvind Capital y el grupo asturiano Valcarce")
  if (!joined && k > 2 && AND_WORDS.has(tokens[k].lower) && tokens[k - 1].cap && tokens[k - 1].kind === 'word') {
    let first = k - 1;
    while (first > 1 && k - first < 4 && tokens[first - 1].cap && tokens[first - 1].kind === 'word') first--;
    return parentNamedBefore(tokens, first, true);
  }
  if (!(k < from - 1 && OWNER_PREPOSITIONS.has(tokens[k].lower))) return false;
  if (PARENT_MARKERS.has(tokens[k - 1].lower)) return true;
  // (its share between: "filiale à 100 % de l'énergéticien strasbourgeois Rhénergie")
  return tokens[k - 1].lower === '%' && tokens[k - 2]?.kind === 'num' && (PARENT_MARKERS.has(tokens[k - 3]?.lower ?? '') || PARENT_MARKERS.has(tokens[k - 4]?.lower ?? ''));
}

/** Words a sentence names the story's company by, after its article ("La empresa", "The company", "Le groupe", "Der Konzern"). */
const COMPANY_ANAPHORS = new Set(COMPANY_WORDS);
const DEFINITE = new Set(['la', 'the', 'le', 'el', 'der', 'das', 'die', 'l']);
function companyWordOpens(tokens: Token[], from: number, figureFrom: number): boolean {
  let k = from;
  if (tokens[k]?.lower === 'l' && (tokens[k + 1]?.lower === "'" || tokens[k + 1]?.lower === '’')) k += 2;
  else if (DEFINITE.has(tokens[k]?.lower ?? '')) k++;
  else return false;
  return k < figureFrom && COMPANY_ANAPHORS.has(tokens[k].lower);
}

/** Back from a name over the lower-case words that describe it, an elided article among them ("de l'énergéticien
 * strasbourgeois Rhénergie"), to the first word of `stops` or anything else: that word's index. */
function backOverDescription(tokens: Token[], from: number, stops: ReadonlySet<string>, maxSteps: number): number {
  let k = from - 1;
  for (let steps = 0; k > 1 && steps < maxSteps; steps++) {
    const t = tokens[k];
    if ((t.lower === "'" || t.lower === '’') && tokens[k - 1].lower === 'l') k -= 2;
    else if (t.kind === 'word' && !t.cap && !stops.has(t.lower)) k--;
    else break;
  }
  return k;
}

/** Who supplies the plant's equipment ("fournie par l'allemand Groninger", "Conçu avec l'ingénieriste allemand Sorg",
 * "supplied by Krones"): a vendor, not the company the story is about. */
const SUPPLIED = new Set(['fourni', 'fournie', 'fournis', 'fournies', 'livré', 'livrée', 'livrés', 'livrées', 'conçu', 'conçue', 'conçus', 'conçues',
  'supplied', 'delivered', 'designed', 'engineered', 'geliefert', 'konstruiert', 'entwickelt', 'suministrado', 'suministrada', 'suministrados',
  'suministradas', 'diseñado', 'diseñada', 'diseñados', 'diseñadas', 'provisto', 'provista']);
const SUPPLIED_BY = new Set(['par', 'avec', 'by', 'with', 'von', 'mit', 'por', 'con']);
/** The supplier after its verb, as Spanish and French write it: "Los equipos de llenado los suministrará la alemana Groninger". */
const SUPPLYING = new Set(['suministrará', 'suministrarán', 'suministra', 'fournira', 'fourniront', 'fournit', 'livrera', 'livreront']);
const SUPPLY_STOPS = new Set([...SUPPLIED_BY, ...SUPPLYING]);
function supplierNamedBefore(tokens: Token[], from: number): boolean {
  const k = backOverDescription(tokens, from, SUPPLY_STOPS, 4);
  return (SUPPLIED_BY.has(tokens[k].lower) && SUPPLIED.has(tokens[k - 1]?.lower ?? '')) || SUPPLYING.has(tokens[k].lower);
}

/** The company the story is about once a sentence naming `orgs` is read: the same as before if the
 * sentence names it last, else the one opening a line or the sentence, else the first named. */
function subjectAfterSentence(tokens: Token[], orgs: readonly Mention[], s: Sentence, lastSubject: string | null): string | null {
  if (!orgs.length) return lastSubject;
  if (orgs[orgs.length - 1].canonical === lastSubject) return lastSubject;
  return orgOpeningLine(tokens, orgs, s.from)?.canonical ?? orgs[0].canonical;
}

/** The first of `orgs` that starts its line or the sentence: the company a new line is about. */
function orgOpeningLine(tokens: Token[], orgs: readonly Mention[], sentenceFrom: number): Mention | undefined {
  for (const m of orgs) if (tokens[m.from].gap === 'nl' || m.from === sentenceFrom) return m;
  return undefined;
}

/** The company a list line names before its separator ("- Roche: …"), if the line's mentions have one. */
function orgBeforeSeparator(orgs: readonly Mention[], sentenceFrom: number, after: number): Mention | undefined {
  for (const m of orgs) if (m.from <= sentenceFrom + 1 && m.to <= after) return m;
  return undefined;
}

/** ", qui" / ", which" right after the name or its legal form ("Enerlia SA, qui prévoit …"). */
function relativeAfter(tokens: Token[], k: number): boolean {
  for (let j = k; j < k + 3; j++) if (tokens[j]?.lower === ',') return RELATIVE.has(tokens[j + 1]?.lower ?? '');
  return false;
}

/** The company the next sentences name, for a headline or lede that names none (after a dek and a byline;
 * also as the agent of a passive: "The money will be spent by Nordhav Trucks AB"). A roundup naming many
 * companies ("Choose France : 15 milliards d'euros d'investissements annoncés") looks only at the next three. */
const LEDE_SENTENCES = 6;
const ROUNDUP_COMPANIES = 3;
/** Page furniture the lede's window passes over: boilerplate, and a short line of capitalised words ("Business Editor",
 * "Press and Journal"), which no story sentence is. */
const FURNITURE_TOKENS = 4;
const FURNITURE_JOINERS = new Set(['and', '&', 'of', 'de', 'du', 'et', 'und', 'y', '-', '–', '|']);
/** A line giving the date and time of publication: "Wednesday, 17 February 2027, 6:00 am", "Publié le 16/02/2027 à 11:48". */
const DATE_LINE_TOKENS = 16;
const DATE_LINE_WORDS = new Set(['am', 'pm', 'a.m', 'p.m', 'le', 'à', 'h', 'um', 'uhr', 'de', 'del', 'of', 'at', 'updated', 'published', 'publié', 'mis', 'jour', 'actualizado', 'publicado', 'aktualisiert', 'veröffentlicht', 'el', 'a', 'las', 'mise', 'the']);
function dateLine(tokens: Token[], s: Sentence): boolean {
  if (s.to - s.from > DATE_LINE_TOKENS) return false;
  let year = false;
  for (let k = s.from; k < s.to; k++) {
    const t = tokens[k];
    if (t.kind === 'word' && !t.cap && !DATE_LINE_WORDS.has(t.lower)) return false;
    if (t.kind === 'num' && t.lower.length === 4 && (t.lower.startsWith('19') || t.lower.startsWith('20'))) year = true;
  }
  return year;
}
/** Whether fewer than `limit` of the sentences before `si` are the story's own (page furniture aside): the lede's
 * place counted past a dek, a byline and a date line. Reads at most `limit` + MAX_FURNITURE sentences, so a long
 * story without a company costs no more per figure than a short one. */
const MAX_FURNITURE = 8;
function withinLede(tokens: Token[], sentences: Sentence[], si: number, limit: number): boolean {
  let story = 0;
  for (let k = 0; k < si; k++) {
    if (k >= limit + MAX_FURNITURE) return false;
    if (!furnitureLine(tokens, sentences[k]) && ++story >= limit) return false;
  }
  return true;
}
/** A byline with its desk: "Ciarán Maguire, Business Reporter" (capitalised words around one comma). */
const BYLINE_TOKENS = 7;
function bylineWithDesk(tokens: Token[], s: Sentence): boolean {
  if (s.to - s.from > BYLINE_TOKENS) return false;
  let commas = 0;
  for (let k = s.from; k < s.to; k++) {
    const t = tokens[k];
    if (t.lower === ',') commas++;
    else if (t.kind !== 'word' || (!t.cap && !FURNITURE_JOINERS.has(t.lower))) return false;
  }
  return commas === 1;
}
function furnitureLine(tokens: Token[], s: Sentence): boolean {
  if (s.boilerplate) return true;
  if (s.to - s.from > FURNITURE_TOKENS) return dateLine(tokens, s) || bylineWithDesk(tokens, s);
  for (let k = s.from; k < s.to; k++) if (tokens[k].kind === 'word' && !tokens[k].cap && !FURNITURE_JOINERS.has(tokens[k].lower)) return false;
  return true;
}
function upcomingSubject(tokens: Token[], sentences: Sentence[], perSentence: Mention[][], si: number, roundup: boolean): string | null {
  const window = roundup ? 3 : LEDE_SENTENCES;
  for (let k = si + 1, read = 0; k < perSentence.length && read < window; k++) {
    if (furnitureLine(tokens, sentences[k])) continue;
    read++;
    const o = eligibleOrgs(tokens, perSentence[k], false);
    if (o.length) return o[0].canonical;
    for (const m of perSentence[k]) if (m.type === 'org' && tokens[m.from - 1]?.lower === 'by') return m.canonical;
  }
  return null;
}

/** The name of the story's only company if its opening sentences name it, or null (none, several, or one named only in passing further on). */
function soleCompany(mentions: readonly Mention[], sentences: Sentence[]): string | null {
  const ledeEnd = sentences.length ? sentences[Math.min(sentences.length, LEDE_SENTENCES) - 1].to : 0;
  let name: string | null = null;
  for (const m of mentions) {
    if (m.type !== 'org') continue;
    if (name === null && m.from >= ledeEnd) return null;
    if (name !== null && m.canonical !== name) return null;
    name = m.canonical;
  }
  return name;
}

/** "we", "wir", "nous", "nos": a company's own blog or newsroom speaking of itself. */
const FIRST_PERSON_PLURAL = new Set(['we', 'our', 'wir', 'unser', 'unsere', 'unseren', 'unserem', 'unserer', 'nous', 'notre', 'nos', 'nosotros', 'nuestro', 'nuestra', 'nuestros', 'nuestras']);

/**
 * The company a page's copyright line names ("© 2025 Datahaus GmbH · Impressum"): on a company's
 * own blog, often the only place its name appears, the "we" of every sentence.
 */
function copyrightHolder(tokens: Token[], mentions: readonly Mention[]): string | null {
  for (const m of mentions) {
    if (m.type !== 'org') continue;
    for (let k = m.from - 1; k >= 0 && k >= m.from - 3; k--) {
      const t = tokens[k];
      if (t.lower === '©' || t.lower === 'copyright') return m.canonical;
      if (t.kind !== 'num' && t.lower !== '(' && t.lower !== 'c' && t.lower !== ')') break;
    }
  }
  return null;
}

function companiesNamed(mentions: readonly Mention[]): number {
  const names = new Set<string>();
  for (const m of mentions) if (m.type === 'org') names.add(m.canonical);
  return names.size;
}

/** Mentions grouped per sentence in one sweep (both lists are in text order). */
function mentionsPerSentence(sentences: Sentence[], mentions: Mention[]): Mention[][] {
  const out: Mention[][] = [];
  let k = 0;
  for (const s of sentences) {
    // (most sentences name nothing: they share one empty list, which no reader changes)
    let here = NONE_HERE;
    while (k < mentions.length && mentions[k].from < s.from) k++;
    for (let j = k; j < mentions.length && mentions[j].from < s.to; j++) {
      if (mentions[j].to > s.to) continue;
      if (here === NONE_HERE) here = [];
      here.push(mentions[j]);
    }
    out.push(here);
  }
  return out;
}
const NONE_HERE: Mention[] = [];

/** "dont", "of which", "davon", "de los cuales", "including": a part of the figure before. */
const PART_OF = new Set([...PART_WORDS, 'cuales', 'which']);
/** Words that open a sentence of the parts of the sum before it ("Davon entfallen …", "Dont 300 millions …"). */
const PARTS_OPENING = new Set(['davon', 'dont', 'darunter']);

/**
 * "Et la France ? Amazon y revendique 20 milliards d'euros…", "…und will dort 500 Stellen
 * schaffen": a pronoun for a place points to the place the sentence before named.
 * French "y" is not "il y a" (there is, ago); English "there" is not "there is/are…".
 */
const THERE: Record<Lang, ReadonlySet<string>> = {
  en: new Set(['there']), fr: new Set(['y']), de: new Set(['dort', 'dorthin']), es: new Set(['allí', 'allá', 'ahí']),
};
const NOT_A_PLACE_AFTER: Record<Lang, ReadonlySet<string>> = {
  en: new Set(['is', 'are', 'was', 'were', 'be', 'been', 'will', 'would', 'could', 'should', 'may', 'might', 'must', 'has', 'have', 'had', "'s", '’s', 'seems', 'seem', 'remain', 'remains', 'appears', 'appear', 'exists', 'exist']),
  fr: new Set(['a', 'avait', 'aura', 'aurait', 'ait', 'avoir', 'eut', 'ont']),
  de: new Set(), es: new Set(),
};

function pointsToPlaceBefore(tokens: Token[], s: Sentence, lang: Lang): boolean {
  const words = THERE[lang];
  if (!words) return false;
  for (let i = s.from + 1; i < s.to; i++) {
    if (words.has(tokens[i].lower) && !NOT_A_PLACE_AFTER[lang].has(tokens[i + 1]?.lower ?? '')) return true;
  }
  return false;
}

function withoutAuthorities(tokens: Token[], mentions: Mention[]): Mention[] {
  // (the list is copied only from the first authority on: most stories name none)
  let kept: Mention[] | null = null;
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i];
    if (m.type === 'place' && authorityAt(tokens, m, tokens.length)) kept ??= mentions.slice(0, i);
    else if (kept) kept.push(m);
  }
  return kept ?? mentions;
}

/** A headline that looks back at pledges: "2028 in review: Teesside's year of big promises", "Choose France : le bilan des
 * promesses", "Jahresbilanz: Was aus den Milliardenversprechen wurde", "Balance 2028: las promesas industriales". */
const REVIEW_HEADLINE = /\b(?:in review|year of (?:big )?promises|look(?:s|ing)? back|one year on|a year on|scorecard|bilan|un an après|promesses|rückblick|jahresbilanz|bilanz|versprechen|zusagen-check|balance|promesas|un año después)\b/i;
function reviewHeadline(text: string, tokens: Token[], sentences: readonly Sentence[]): boolean {
  const first = sentences[0];
  return first !== undefined && REVIEW_HEADLINE.test(text.slice(tokens[first.from].start, tokens[Math.min(first.to, tokens.length) - 1].end));
}

/** How many sentences on a bare amount's currency is looked for: a headline's amount comes back in the first paragraphs. */
const SAME_AMOUNT_REACH = 30;
/** The currency each amount of money is written with, the first time, in the sentences after `si` (for a bare "85 millones"
 * before any currency is named; read once per story, over a bounded stretch). */
function currenciesByAmount(tokens: Token[], sentences: readonly Sentence[], si: number, lang: Lang): Map<number, string> {
  const byAmount = new Map<number, string>();
  for (let k = si; k < Math.min(sentences.length, si + SAME_AMOUNT_REACH); k++) {
    if (sentences[k].boilerplate) continue;
    // (not dollars: a bare "$" is the story's own dollar or peso only once the rules below have read it, "1,1 milliard $" in Quebec)
    for (const g of findFigures(tokens, sentences[k].from, sentences[k].to, lang)) if (g.kind === 'money' && g.currency !== null && g.currency !== 'USD' && !byAmount.has(g.value)) byAmount.set(g.value, g.currency);
  }
  return byAmount;
}

export function readClaims(text: string, tokens: Token[], sentences: Sentence[], mentions: Mention[], lang: Lang, docYear: number | null): ClaimDraft[] {
  const claims: ClaimDraft[] = [];
  let lastSubject: string | null = null;
  let lastJobs = -1; // index of the sentence with the last jobs claim
  let lastCurrency: string | null = null;
  // the last sentence's most specific place, formatted only when a claim takes it
  let previousPlace: Place | null = null;
  const lastPlaceBySubject = new Map<string, string>();
  // a capital standing for an authority ("Brussels approved …") places no claim, nor the story
  mentions = withoutAuthorities(tokens, mentions);
  const perSentence = mentionsPerSentence(sentences, mentions);
  const country = storyCountry(mentions);
  let storyTown: Place | null | undefined; // the town of the headline or the dateline, looked for when first needed
  let companies: number | undefined; // how many companies the story names, counted when first needed
  let onlyCompany: string | null | undefined; // the one company the story names, looked for when first needed
  let pageOwner: string | null | undefined; // the company the copyright line names, looked for when first needed
  // whether a sentence says "we", read once per sentence (not per figure: one endless sentence would make it quadratic)
  let weSentence = -1;
  let weSaid = false;
  let listLines: number | undefined; // lines shaped like a list of pledges ("Acme: €200m, Lyon")
  const localCurrency = localDollar(text, lang, country);
  let review: boolean | undefined; // whether the headline announces a look back at pledges, read at the first claim
  let currencyOfAmount: Map<number, string> | undefined; // the currency each amount is written with, read at the first bare "millions" before any
  let largePeso: string | null | undefined; // storyPeso(mentions), looked for at the first huge bare "$"
  // the money the French, German and Spanish press mean by a bare "millions": the story's country's own
  // outside the euro ("Nestlé va investir 60 millions dans son usine" of Orbe: francs), else euros
  const ownMoney = country !== null && Object.hasOwn(CURRENCY_OF_COUNTRY, country) ? CURRENCY_OF_COUNTRY[country] : null;
  const pressCurrency = EURO_PRESS.has(lang) ? (ownMoney !== null && ownMoney !== 'USD' ? ownMoney : 'EUR') : null;
  // amounts already claimed as investments, per currency (a Set of numbers tells apart exactly
  // the values their decimal strings would)
  const claimed = new Map<string | null, Set<number>>();
  const jobsClaimed = new Set<number>(); // new jobs figures claimed so far
  let largestJobs = 0; // the largest jobs figure claimed so far (new or earlier)
  // metric and currency, then value, of a new claim → its company (for jobs the currency is '';
  // a Map of numbers tells values apart as exactly as their strings would, without writing them)
  const subjectOfFigure = new Map<string | null, Map<number, string>>();
  let investmentClaimed = false; // whether some claim so far is an investment
  const sites: { place: Place | null; si: number }[] = []; // per claim: the place its sentence gave, if any
  // a headline or lede naming no company ("Pharmakonzern steckt 1,2 Mrd. Euro in …"): the
  // company the next sentences name
  for (let si = 0; si < sentences.length; si++) {
    const s = sentences[si];
    const local = perSentence[si];
    const orgs = eligibleOrgs(tokens, local, lastSubject !== null);
    if (s.boilerplate) {
      if (orgs.length) lastSubject = orgs[orgs.length - 1].canonical;
      continue;
    }
    const figures = findFigures(tokens, s.from, s.to, lang);
    if (figures.length === 0) {
      // most sentences: nothing to claim, only what the next ones read of this one
      previousPlace = mostSpecificPlace(tokens, s.from, local);
      lastSubject = subjectAfterSentence(tokens, orgs, s, lastSubject);
      continue;
    }
    const view: SentenceView = { tokens, from: s.from, to: s.to, lang };
    // (a line after a bullet, or one of several such lines: a dateline "Vevey (awp) - …" is one line alone;
    // the story's lines are counted only once one looks like a list's)
    const itemHere = listItemAt(text, tokens, s, local);
    const item = itemHere && (itemHere.bullet || (listLines ??= countListLines(text, tokens, sentences, perSentence)) >= 2) ? itemHere : null;
    // (the line's company is no place, whatever its bracketed country made of it)
    const places = item ? withoutPlaceAt(local, item.from) : local;
    moneyOfStoryCountry(tokens, figures, lang, country, localCurrency !== null);
    if (localCurrency) for (const f of figures) localMoney(tokens, f, localCurrency);
    else
      for (const f of figures) {
        dollarByItsConversion(tokens, f);
        // (and "pesos" in a story set outside the peso countries, or in none: "180.000 millones de pesos" of a
        // "cadena hotelera colombiana" building in Cartagena, which the gazetteer places in Spain)
        if (lang === 'es' && ((f.currency === 'USD' && f.value >= TOO_LARGE_FOR_DOLLARS) || f.currency === 'MXN')) {
          const peso = (largePeso ??= storyPeso(mentions));
          if (peso) localMoney(tokens, f, peso);
        }
      }
    let cues: ReturnType<typeof statusCues> | null = null;
    let placeList: Mention[] | null = null;
    // what the sentence as a whole says, asked per figure: read once, when first asked
    let publicOpening: boolean | undefined; // publicSubject(tokens, s)
    let notTheCompanys: boolean | undefined; // another company's money
    // the owner named right after an earlier figure of the sentence ("supporting a $420 million investment by Strathmore …,
    // creating 300 new jobs"): the public body there backs the company's plan, so the sentence's later figures are not its own
    let ownerNamed = false;
    let pointsBack: boolean | undefined; // pointsToPlaceBefore(tokens, s, lang)
    let nextOrg = 0;
    // the sentence set a figure against a claim it makes later ("Statt drei Milliarden Euro … nun 4,2 Milliarden"): that claim is the new one
    let setAgainstLater = false;
    for (let fi = 0; fi < figures.length; fi++) {
      const f = figures[fi];
      // "invertirá 8.000 millones en redes": an amount in millions with the currency left out
      // takes the currency the story has been using
      // (euros in the French, German and Spanish press when none was named yet); not "2 millones de vehículos"
      // (before any currency is named, the one the story writes with the same amount further on: a headline's
      // "invertirá 85 millones en un resort" and the body's "85 millones de euros")
      const storyCurrency = lastCurrency ?? (lastCurrency === null && f.kind === 'count' && f.scaled && f.value >= 1e6 ? (currencyOfAmount ??= currenciesByAmount(tokens, sentences, si, lang)).get(f.value) : undefined) ?? localCurrency ?? pressCurrency;
      const next = tokens[f.to];
      // (English writes the currency: "2 million new customers" is a count of customers)
      // (not "6 milliards de personnes"; but "6 milliards d'investissements", "2.000 millones de inversión" are money)
      const bareMillions = f.kind === 'count' && f.scaled && f.value >= 1e6 && storyCurrency !== null && !(next && ((/^(de|d|of|del)$/.test(next.lower) && !investmentNounAfter(tokens, f.to + 1)) || (lang === 'de' && next.cap) || (lang === 'en' && next.kind === 'word') || (lang === 'en' && next.lower === '-' && next.gap === '')));
      // "un plan de 2 milliards d'euros …, dont 1,2 milliard en France": a part of the investment just claimed
      // (or "… en Escocia y otros 800 millones de euros en plantas solares": another sum of the same spending)
      // (or "a second, covering a battery pack hall, $500 million", "die zweite, …, weitere 250 Mio. Euro": the next stage of it)
      // (the claim before is looked at first: the words are read only after an investment of this sentence)
      // (sites and claims are pushed together: the site of the last claim says whether it is this sentence's, which most figures' are not)
      const partOf = (sites.length > 0 && sites[sites.length - 1].si === si && claims[claims.length - 1].metric === 'investment'
        && (PART_OF.has(tokens[f.from - 1]?.lower ?? '') || ANOTHER.has(tokens[f.from - 1]?.lower ?? '') || nextStageBefore(tokens, s.from, f.from)
          // a place's share in brackets: "devant la Pologne (700 millions), l'Espagne (450 millions)"
          || (tokens[f.from - 1]?.lower === '(' && tokens[f.from - 2]?.kind === 'word' && tokens[f.from - 2].cap && tokens[f.altTo]?.lower === ')')))
        // (or a sentence that opens on the parts of the investment the sentence before claimed: "Davon entfallen 1,1 Milliarden
        // Euro auf Bayern, 850 Millionen Euro auf Baden-Württemberg und 450 Millionen Euro auf Hessen")
        || (f.kind === 'money' && sites.length > 0 && sites[sites.length - 1].si >= si - 1 && claims[claims.length - 1].metric === 'investment'
          && claims[claims.length - 1].currency === f.currency && PARTS_OPENING.has(tokens[s.from].lower));
      // "El monto se suma a los 400 millones que anunció en 2023": an earlier investment the new one adds to
      const addedTo = f.kind === 'money' && investmentClaimed && addsToBefore(tokens, s.from, f.from);
      // "Die 80 Millionen sind für uns ein großer Schritt": the story's amount again, its currency left out
      const restated = partOf || addedTo || (f.kind === 'money' && !!claimed.get(f.currency)?.has(f.value)) || (bareMillions && !!claimed.get(storyCurrency)?.has(f.value));
      const jobsJustBefore = lastJobs >= si - 1 && lastJobs >= 0; // a jobs claim in this sentence or the one before
      let decision = f.kind === 'money' || bareMillions ? decideMoney(view, f, restated) : f.kind === 'count' ? decideCount(view, f, jobsJustBefore, jobsClaimed.has(f.value)) : null;
      // figures told beside another: "passe de 95 à 130 millions", "contre 750 millions lors de l'annonce initiale",
      // "400 empleos directos y hasta 2.000 durante …", "90 millions d'euros et 210 emplois" (compared-figures.ts)
      const previous = claims.length > 0 && sites[sites.length - 1].si === si ? claims[claims.length - 1] : null;
      const changedFrom = f.reasons.includes('change-from');
      const beside = decision && !changedFrom ? null : besideDecision(view, figures, fi, previous, restated, bareMillions, jobsJustBefore, jobsClaimed);
      if (changedFrom || beside) decision = beside;
      const comparedWithLater = beside !== null && beside.reasons.includes('compared-with-later-claim');
      const compared = comparedWithLater || (beside !== null && beside.reasons.includes('compared-with-claim'));
      // a list of pledges: the money right after "Apple:" is Apple's investment unless a word makes it something else
      // ("- Aerotec Huesca: 135 millones en un centro de mantenimiento": millions with the currency left out too)
      if (!decision && item && (f.kind === 'money' || bareMillions) && f.from >= item.after && f.from - item.after <= 4 && f.value >= 100_000 && !moneyNegativeIn(tokens, s.from, s.to, lang)) {
        decision = { metric: 'investment', to: f.to, reasons: ['list-item'] };
      }
      if (f.kind === 'money') lastCurrency = f.currency;
      if (decision && bareMillions) {
        f.currency = storyCurrency;
        decision.reasons.push(lastCurrency ? 'currency-from-context' : 'currency-of-the-press');
      }
      if (!decision) continue;
      while (nextOrg < orgs.length && orgs[nextOrg].from < decision.to) nextOrg++;
      // "IDA Ireland welcomes 250 new jobs at Corbridge Medical": the employer named right after the jobs
      // ("Anuncia Gobernador inversión de 500 millones de dólares de Harwell Thermal en Apodaca": the money's owner named right after it)
      // (for the money's owner, any company named there, even after the "de" that keeps it out of the sentence's subjects;
      // "jobs at" a name only when it can be a subject: "700 jobs at Nigg" names a village)
      const employer = decision.metric === 'jobs' ? employerAfter(tokens, orgs, decision.to, AT_EMPLOYER) : employerAfter(tokens, local, decision.to, OWNER_AFTER);
      const firstBefore = employer ?? (orgs[0] && orgs[0].to <= f.from ? orgs[0] : undefined);
      // ("La empresa invertirá 620 millones …, según comunicó a la CNMV Valcarce, su accionista cotizado": the sentence opens on
      // the story's company, so a name after the figure is a source, not the spender)
      const subjectMention = firstBefore ?? (lastSubject !== null && companyWordOpens(tokens, s.from, f.from) ? undefined : orgs[nextOrg]);
      // many companies', another's, public money (unless it restates the story's own figure: "Unions welcomed the 400 jobs")
      const restatesStory = decision.metric === 'jobs' ? jobsClaimed.has(f.value) : !!claimed.get(f.currency)?.has(f.value);
      if (!subjectMention && !restatesStory && (mentionsManyCompanies(tokens, s, f.from) || projectsCountedBefore(tokens, s.from, f.from) || sumOverManyBefore(tokens, s.from, f.from) || (notTheCompanys ??= gatedMatchesIn(tokens, s.from, s.to, anotherCompany)) ||
        ((publicOpening ??= publicSubject(tokens, s)) && !(decision.metric === 'investment' && approvesPriced(tokens, s.from, f.from))))) continue;
      // "La Autoridad Portuaria de Valencia destinará …": a public body named like a company opens the sentence
      if (subjectMention && subjectMention.from <= s.from + 1 && (publicOpening ??= publicSubject(tokens, s))) continue;
      // "… confirmed that the Région will invest €60m", "Die Stadt Hanau investiert rund 15 Millionen Euro": a public body does the spending
      // (not when the money's owner is named right after it: "Le Gouvernement wallon salue l'investissement de 75 millions d'euros de Solvane Biologics")
      if (employer) ownerNamed = true;
      else if (!ownerNamed && publicSpenderBefore(tokens, s.from, f.from, orgs, lang, decision.metric === 'investment' && !restatesStory)) continue;
      // "Hexacon hat einen Bericht zurückgewiesen, wonach er … 1.500 Arbeitsplätze schaffen wolle": a plan the company denies
      if (deniedBefore(tokens, s.from, f.from)) continue;
      // "Microsoft, Alphabet, Amazon and Meta are together expected to spend well over $300 billion": a sum over companies
      if (togetherBefore(tokens, s.from, f.from, orgs)) continue;
      const roundup: boolean = !subjectMention && !lastSubject && (companies ??= companiesNamed(mentions)) >= ROUNDUP_COMPANIES;
      const ahead: string | null = !subjectMention && !lastSubject && withinLede(tokens, sentences, si, roundup ? 3 : LEDE_SENTENCES) ? upcomingSubject(tokens, sentences, perSentence, si, roundup) : null;
      // (in a list of pledges the line's own name wins: "- Roche: $50 billion …, which the Swiss group says will create …")
      const listed = item && f.from >= item.after ? (orgBeforeSeparator(orgs, s.from, item.after)?.canonical ?? item.name) : null;
      // "Les 260 millions sont ambitieux", "Sixteen hundred jobs …, said Wilson County's mayor": a figure
      // already claimed, told again with no company before it, is the company's that claimed it
      // (the jobs' key is one no currency has)
      const figureKind = decision.metric === 'investment' ? f.currency : JOBS_KEY;
      const claimedBy = !firstBefore && !listed ? subjectOfFigure.get(figureKind)?.get(f.value) : undefined;
      // (or the one company the whole story names, though only as an owner: "la ligne des Viennoiseries du Val", then "C'est un investissement de 28 millions")
      let subject: string | null = listed ?? claimedBy ?? subjectMention?.canonical ?? lastSubject ?? ahead ?? (onlyCompany === undefined ? (onlyCompany = soleCompany(mentions, sentences)) : onlyCompany);
      // (else, on a company's own page, the "we" of its sentences: see copyrightHolder)
      if (subject === null) {
        if (pageOwner === undefined) pageOwner = copyrightHolder(tokens, mentions);
        if (pageOwner !== null && weSentence !== si) {
          weSentence = si;
          weSaid = wordIn(tokens, s.from, s.to, FIRST_PERSON_PLURAL);
        }
        if (pageOwner !== null && weSaid) subject = pageOwner;
      }
      if (!subject) continue; // no company anywhere so far: public money, a market, a sector
      // "the industry supports around 100,000 jobs", "IDA client companies directly employ over 300,000 people": a count
      // many times the story's own hiring, in a sentence that names no company, is a sector's or a region's
      if (decision.metric === 'jobs' && !subjectMention && !listed && f.value >= 5000 && largestJobs > 0 && f.value >= 8 * largestJobs) continue;
      const reasons = [...f.reasons, ...decision.reasons, listed ? 'subject-list-item' : claimedBy ? 'subject-of-figure-claimed-before' : subjectMention ? (firstBefore ? 'subject-in-sentence' : 'subject-after-figure') : ahead ? 'subject-named-next' : 'subject-from-context'];
      const q = qualifierOf(view, f);
      if (q.reason) reasons.push(q.reason);
      cues ??= statusCues(view, docYear, review ??= reviewHeadline(text, tokens, sentences));
      // (a figure after "statt", "up from the", "contre" is the earlier one, whichever comes first: "Statt der im Jänner angekündigten
      // 300 Millionen Euro will das Unternehmen nun 420 Millionen Euro investieren")
      // (and the number of jobs moved "von 1.500 auf 900": the figure it leaves)
      const earlierCompared = changedFrom || compared || decision.reasons.includes('number-of-jobs-moved-from') || comparedShortlyBefore(tokens, s.from, f.from);
      const st = earlierCompared ? { status: 'earlier' as const, reason: changedFrom ? 'amount-changed-from' : 'compared-earlier' }
        : setAgainstLater ? { status: 'new' as const, reason: 'set-against-earlier' } : statusOf(cues, view, f);
      if (comparedWithLater) setAgainstLater = true;
      if (st.reason) reasons.push(st.reason);
      // "2 000 emplois s'ajoutent aux 400 postes … de Grenoble": the place is the earlier claim's
      const loc = st.reason === 'adds-to-earlier' ? null : locationOf(view, f, (placeList ??= placesInOrder(places)));
      // "2.500 millones de libras en Escocia y 800 millones en Extremadura": a currency left out is the place's own
      if (decision.reasons.includes('currency-from-context') && loc) {
        const own = CURRENCY_OF_COUNTRY[countryOf(loc.place) ?? ''];
        if (own && own !== f.currency) f.currency = own;
      }
      let location = loc ? formatPlace(loc.place) : null;
      if (loc) reasons.push(loc.reason);
      else if (previousPlace && (pointsBack ??= pointsToPlaceBefore(tokens, s, lang))) {
        // the same place as the company's last claim keeps the country that claim gave it
        const known = subject ? lastPlaceBySubject.get(subject) : undefined;
        location = known?.split(', ')[0] === previousPlace.name ? known : formatPlace(previousPlace);
        reasons.push('place-pronoun');
      } else if (st.status === 'new' && subject && lastPlaceBySubject.has(subject)) {
        location = lastPlaceBySubject.get(subject)!;
        reasons.push('place-from-context');
      } else if (st.status === 'new' && previousPlace && !item) {
        location = formatPlace(previousPlace); // "… ein neues Werk in Bayern. Der Konzern investiert dafür …"
        reasons.push('place-from-previous-sentence');
      } else if (!country && st.status === 'new' && (storyTown ??= headlineTown(tokens, sentences, perSentence)) !== null) {
        // "Bäckerei Lechner baut neue Backstube in Kaufering", "KAUFERING. …": a local story's town holds its plans
        location = formatPlace(storyTown);
        reasons.push('place-from-headline');
      } else if (country) {
        location = country; // "in the country", "dans l'Hexagone", or no place at all: the story's country
        reasons.push('place-from-story-country');
      }
      if (location && st.status === 'new' && subject) lastPlaceBySubject.set(subject, location);
      const start = tokens[f.from].start;
      const end = tokens[decision.to - 1].end;
      claims.push({
        metric: decision.metric, subject, amount: f.value, amount_max: f.max,
        currency: decision.metric === 'investment' ? f.currency : null,
        qualifier: q.qualifier as Claim['qualifier'], location,
        period: periodOf(text, s.start, s.end, tokens[f.to - 1].end), status: st.status,
        alt: decision.metric === 'investment' ? f.alt : null,
        start, end, sentence: text.slice(s.start, s.end), reasons, figure: f,
      });
      sites.push({ place: loc?.place ?? null, si });
      if (decision.metric === 'jobs') {
        lastJobs = si;
        if (f.value > largestJobs && (st.status === 'new' || st.status === 'earlier')) largestJobs = f.value;
        if (st.status === 'new') jobsClaimed.add(f.value);
      } else {
        investmentClaimed = true;
        const amounts = claimed.get(f.currency);
        if (amounts) amounts.add(f.value);
        else claimed.set(f.currency, new Set([f.value]));
      }
      if (subject) lastSubject = subject;
      // (only a company named in the claim's own sentence, the headline's aside: a guess from context
      // is not passed on, and a headline often opens with a place or an agency: "Liège Airport: Cargolink va créer …")
      // (an earlier figure too: "Les 1 200 postes annoncés" restates the 1,200 jobs Aldrena promised; a running total is no one plan's)
      if (subject && st.status !== 'cumulative' && (firstBefore || listed) && si > 0) {
        const byValue = subjectOfFigure.get(figureKind);
        if (byValue) byValue.set(f.value, subject);
        else subjectOfFigure.set(figureKind, new Map([[f.value, subject]]));
      }
    }
    previousPlace = mostSpecificPlace(tokens, s.from, places);
    lastSubject = subjectAfterSentence(tokens, orgs, s, lastSubject);
  }
  preferTownOverRegion(claims, sites);
  return claims;
}

/**
 * "Tessmar baut Chipfabrik in Sachsen" in a headline, "im Norden von Dresden" further down: a
 * region named in the first lines for a company's new claim is the area around the town the
 * story names for that company's other new claims (same country; same state in the US). A site
 * ("at Wilton International on Teesside") does not replace the area it lies in.
 */
function preferTownOverRegion(claims: ClaimDraft[], sites: { place: Place | null; si: number }[]): void {
  const town = new Map<string, Place>();
  for (let k = 0; k < claims.length; k++) {
    const c = claims[k];
    const p = sites[k].place;
    if (c.status === 'new' && c.subject && p?.kind === 'city' && !p.near && countryOf(p) && !town.has(c.subject)) town.set(c.subject, p);
  }
  for (let k = 0; k < claims.length; k++) {
    const c = claims[k];
    const p = sites[k].place;
    const t = c.subject ? town.get(c.subject) : undefined;
    if (!t || !p || c.status !== 'new' || countryOf(t) !== countryOf(p)) continue;
    // "Amazon baut bei Magdeburg", later "in Sülzetal": the town the story names for the site
    const near = p.near && p.name !== t.name;
    if (!near && (sites[k].si >= 3 || specificity(p) !== 2)) continue;
    const where = formatPlace(t);
    if (!near && p.kind === 'state' && !where.includes(p.name)) continue;
    c.location = where;
    c.reasons.push(near ? 'town-named-for-the-site' : 'town-named-in-story');
  }
}

/** The company a jobs figure ending at `to` is said to be at ("jobs at X", "emplois chez X", "Stellen bei X"), if one is named right there. */
const AT_EMPLOYER = new Set(['at', 'chez', 'bei', 'with']);
const OWNER_AFTER = new Set(['de', 'del', 'of', 'von', 'by']);
function employerAfter(tokens: Token[], mentions: readonly Mention[], to: number, words: Set<string>): Mention | undefined {
  if (!words.has(tokens[to]?.lower ?? '')) return undefined;
  for (const m of mentions) if (m.type === 'org' && (m.from === to + 1 || (m.from === to + 2 && tokens[to + 1].lower === 'the'))) return m;
  return undefined;
}

/**
 * The town a story's headline names, else its dateline's ("KAUFERING. Mehr Platz …"): where a claim goes that names no
 * place and follows none, in a story that names no country (the labels give the country when the story names one).
 */
function headlineTown(tokens: Token[], sentences: readonly Sentence[], perSentence: readonly Mention[][]): Place | null {
  let dateline: Place | null = null;
  for (let si = 0; si < Math.min(sentences.length, 3); si++) {
    for (const m of perSentence[si]) {
      if (m.type !== 'place' || m.place!.adjective || m.place!.near || specificity(m.place!) < 3) continue;
      if (!m.place!.dateline) {
        if (si === 0 && !homeAt(tokens, sentences[0].from, m.from)) return m.place!;
      } else dateline ??= m.place!;
    }
  }
  return dateline;
}

/** The first of the most specific places of a sentence (datelines and adjectives aside). */
function mostSpecificPlace(tokens: Token[], from: number, local: Mention[]): Place | null {
  let best: Place | null = null;
  for (const m of local) {
    // (not the company's home: "Zhongtai Express, basé à Shenzhen, a confirmé la construction d'un hub … à Grâce-Hollogne")
    if (m.type !== 'place' || m.place!.dateline || m.place!.adjective || homeAt(tokens, from, m.from)) continue;
    if (!best || specificity(m.place!) > specificity(best)) best = m.place!;
  }
  return best;
}

// (and the company's own funds: "aportará 80 millones de fondos propios")
const INVESTMENT_NOUNS = new Set(['investissement', 'investissements', 'inversión', 'inversion', 'inversiones', 'fondos', 'recursos']);
/** An investment noun at k, past an elided article's apostrophe ("d'investissements"). */
function investmentNounAfter(tokens: Token[], k: number): boolean {
  const at = tokens[k]?.lower === "'" || tokens[k]?.lower === '’' ? k + 1 : k;
  return INVESTMENT_NOUNS.has(tokens[at]?.lower ?? '');
}

const manyCompanies = new Set(MANY_COMPANIES);
const saying = new Set(REPORTING_VERBS);
/** Read over a whole sentence: most of its words are passed over on their first char and length (see word-gate.ts). */
const anotherCompany = gatedTable(phraseTable(ANOTHER_COMPANY.map((w) => [w, true] as [string, boolean]), true));
const publicBodies = phraseTable(PUBLIC_BODIES.map((w) => [w, true] as [string, boolean]), true);

/** "The city plans to spend …", "El Ministerio de Transportes destinará …": a public body opens the sentence. */
/** A source the sentence opens with: "Selon le ministère des Mines, elle créera …" is the company's plan, told by the ministry. */
const ACCORDING_TO = new Set(['selon', 'según', 'laut', 'according']);
function publicSubject(tokens: Token[], s: Sentence): boolean {
  if (ACCORDING_TO.has(tokens[s.from].lower)) return false;
  let at = s.from;
  let m = matchAt(tokens, at, publicBodies, s.to);
  if (!m) m = matchAt(tokens, ++at, publicBodies, s.to);
  if (!m) return false;
  // (a body that reports what the project will do speaks for the company: "The ministry said the project would create 1,200 jobs")
  const end = at + m.len;
  return !(saying.has(tokens[end]?.lower ?? '') && PROJECT_SUBJECTS.has(tokens[end + 2]?.lower ?? '') && OPENING_THE.has(tokens[end + 1]?.lower ?? ''));
}
/** What a reported clause is about when it tells the company's plan: "… said the project would create …". */
const PROJECT_SUBJECTS = new Set(['project', 'plant', 'factory', 'facility', 'company', 'projet', 'usine', 'proyecto', 'planta', 'empresa', 'projekt', 'werk', 'unternehmen']);
const OPENING_THE = new Set(['the', 'le', 'la', 'el', 'das', 'der', 'die']);

const ANOTHER = new Set(['otros', 'otras', 'another', 'further', 'autres', 'weitere', 'weiteren']);
const NEXT_STAGE = new Set(['second', 'third', 'seconde', 'deuxième', 'troisième', 'zweite', 'dritte', 'segunda', 'segundo', 'tercera', 'tercero']);
/** An ordinal opening the clause of the figure, after a semicolon or a comma: the next stage of the sum just claimed. */
function nextStageBefore(tokens: Token[], from: number, figureFrom: number): boolean {
  for (let k = figureFrom - 1; k >= Math.max(from, figureFrom - 10); k--) {
    if (NEXT_STAGE.has(tokens[k].lower)) return k > from && /^(;|,|la|le|the|die|el|a)$/.test(tokens[k - 1].lower);
  }
  return false;
}
/** Plural nouns for many projects or companies: counted before a figure, they make it a total over them. */
const PROJECTS = new Set(['projects', 'projets', 'proyectos', 'projekte', 'ansiedlungen', 'firmenansiedlungen', 'ansiedlungsprojekte', 'erweiterungen',
  'companies', 'firms', 'empresas', 'entreprises', 'sociétés', 'compañías', 'firmen', 'unternehmen', 'expansions', 'implantations', 'dossiers',
  'iniciativas', 'initiatives', 'initiativen', 'annonces', 'announcements', 'anuncios', 'conventions', 'convenios', 'agreements']);
/** An agency's yearly total: "71 Ansiedlungen und Erweiterungen … mit einem Investitionsvolumen von 2,9 Milliarden Euro",
 * "captó 38 proyectos de inversión extranjera por valor de 7.400 millones", "94 projets … pour 2,6 milliards d'euros". */
function projectsCountedBefore(tokens: Token[], from: number, figureFrom: number): boolean {
  for (let k = Math.max(from, figureFrom - 40); k < figureFrom; k++) {
    const t = tokens[k];
    // (a count of three or more, in digits or words, not a year: "Seit 2010 hat das Unternehmen …", "four smaller projects";
    // "Les deux projets portent l'effort d'investissement du groupe à …" are one company's)
    // (two of them only when a word sums them: "deux annonces d'extension qui représentent ensemble près de 285 millions €")
    const two = t.kind === 'num' ? t.lower === '2' : UNIT_WORDS[t.lower] === 2;
    if (!two && (t.kind === 'num' ? (t.end - t.start === 4 && (t.lower.startsWith('19') || t.lower.startsWith('20'))) || (t.end - t.start === 1 && t.lower < '3') : !((UNIT_WORDS[t.lower] ?? 0) >= 3))) continue;
    // the noun right after the count, past a few words that describe it ("482 internationale Unternehmen", "1,100 new-location and expansion projects")
    for (let j = k + 1; j < Math.min(figureFrom, k + 8); j++) {
      const w = tokens[j];
      // (TOGETHER: a word that makes two projects one sum, "two auto-parts projects that together will bring $173 million")
      if (PROJECTS.has(w.lower)) return !two || wordIn(tokens, j + 1, figureFrom, TOGETHER);
      if (w.kind === 'num' || (w.kind === 'word' && w.cap && !PROJECTS.has(w.lower) && tokens[j - 1].lower !== '-')) break;
    }
  }
  return false;
}

/** A sum over several projects or companies told as such ("que, entre todos, suman más de 300 millones de euros"). */
const SUM_OVER_MANY = new Set(['entre todos', 'entre todas', 'à eux tous', 'between them', 'they add up to', 'together add up to', 'combined total', 'en conjunto', 'en su conjunto', 'dans leur ensemble', 'taken together',
  'alle unternehmen', 'all companies', 'toutes les entreprises', 'todas las empresas']);
const sumOverMany = phraseTable([...SUM_OVER_MANY].map((w) => [w, true] as [string, boolean]), true);
function sumOverManyBefore(tokens: Token[], from: number, figureFrom: number): boolean {
  return matchesIn(tokens, Math.max(from, figureFrom - 16), figureFrom, sumOverMany);
}

const SPENT_BY = new Set(['by', 'par', 'por', 'von', 'durch', 'según', 'selon', 'laut', 'according']);
/** Many companies named as the figure's spenders: before it, or after it as its agent or source ("pledged by
 * foreign companies", "según la patronal"); not where its jobs go ("generarán hasta 1.500 empleos …, la mayoría de
 * ellos en empresas de la comarca", "6,000 indirect jobs at suppliers and service firms"). */
function mentionsManyCompanies(tokens: Token[], s: Sentence, figureFrom: number): boolean {
  // "…, the companies said in a joint statement": the named partners speaking, not a sum over a sector
  for (let i = s.from; i < s.to; i++) {
    if (!manyCompanies.has(tokens[i].lower) || saying.has(tokens[i + 1]?.lower ?? '') || (tokens[i].lower === 'industriels' && adjectiveUse(tokens, i))) continue;
    if (i < figureFrom || SPENT_BY.has(tokens[i - 1]?.lower ?? '') || SPENT_BY.has(tokens[i - 2]?.lower ?? '') || SPENT_BY.has(tokens[i - 3]?.lower ?? '')) return true;
  }
  return false;
}
/** "6 milliards d'euros d'investissements industriels": the adjective after an investment, not "les industriels" (manufacturers). */
const INVESTED_IN = new Set(['investissements', 'investissement']);
function adjectiveUse(tokens: Token[], i: number): boolean {
  return INVESTED_IN.has(tokens[i - 1]?.lower ?? '');
}
