// Stage 5a: is a figure an investment or a hiring claim? Each decision names the rule
// that made it. Money needs an investment word before it ("will invest", "investissement
// de"), a project noun after it ("$850m plant") or a verb after it ("… zu investieren",
// "… investis"), and no revenue/aid/market word nearer. A count needs a job noun after it;
// "people"/"workers" also need a hiring verb nearer than any headcount or job-cut word.
import type { Token } from './01-tokens';
import type { Figure } from './05-figures';
import { CHANGE_VERBS, HIRING_CUES, INVEST_CUES, JOB_MODIFIERS, JOB_NOUNS_STRONG, JOB_NOUNS_WEAK, JOBS_NOT_HIRING, MONEY_NOT_INVESTMENT, PART_WORDS, PROJECT_NOUNS } from './data/cues';
import { addsToBefore } from './08-context';
import { findAll, matchAt, matchesIn, phraseTable, wordIn, type PhraseTable } from './phrases';
import { cueAt, cuesIn, opensStem, stemmedTable, type CueMatch } from './stem-cues';
import { gatedMatchesIn, gatedTable } from './word-gate';

export interface MetricDecision {
  metric: 'investment' | 'jobs';
  /** Token index where the claim's quoted span ends (the job noun for counts). */
  to: number;
  reasons: string[];
}

type Cue = 'invest' | 'not-invest';
const moneyCues = phraseTable<Cue>([...INVEST_CUES.map((w) => [w, 'invest'] as [string, Cue]), ...MONEY_NOT_INVESTMENT.map((w) => [w, 'not-invest'] as [string, Cue])]);
const projectNouns = phraseTable(PROJECT_NOUNS.map((w) => [w, true] as [string, boolean]));
type JobCue = 'hire' | 'not-hire';
const jobCues = phraseTable<JobCue>([...HIRING_CUES.map((w) => [w, 'hire'] as [string, JobCue]), ...JOBS_NOT_HIRING.map((w) => [w, 'not-hire'] as [string, JobCue])]);
const jobNouns = phraseTable<'strong' | 'weak'>([...JOB_NOUNS_STRONG.map((w) => [w, 'strong'] as [string, 'strong']), ...JOB_NOUNS_WEAK.map((w) => [w, 'weak'] as [string, 'weak'])]);
const jobModifiers = new Set(JOB_MODIFIERS);

// moneyCues and jobCues have phrases opening on a stem ("invert*", "recrut*"): both are read
// through their whole-word phrases and their stems apart (see stem-cues.ts).
const moneyStemmed = stemmedTable(moneyCues);
const jobStemmed = stemmedTable(jobCues);
export const MONEY_STEMS: readonly string[] = moneyStemmed.stemList;

/** Whether a word opens with one of the money cues' stems: `MONEY_STEMS.some((stem) => word.startsWith(stem))`. */
export function opensMoneyStem(word: string): boolean {
  return opensStem(moneyStemmed, word);
}

/** matchAt(tokens, i, moneyCues, limit). */
export function moneyCueAt(tokens: Token[], i: number, limit: number): { len: number; value: Cue } | null {
  return cueAt(moneyStemmed, tokens, i, limit);
}

/** matchAt(tokens, i, jobCues, limit), for the test that holds it to the whole table. */
export function jobCueAt(tokens: Token[], i: number, limit: number): { len: number; value: JobCue } | null {
  return cueAt(jobStemmed, tokens, i, limit);
}

/** The job cues as built, and findAll on them read through their stems. */
export const JOB_CUES: PhraseTable<JobCue> = jobCues;
export function jobCuesIn(tokens: Token[], from: number, to: number, out: CueMatch<JobCue>[] = [], max = Infinity): CueMatch<JobCue>[] {
  return cuesIn(jobStemmed, tokens, from, to, out, max);
}

/** The whole table, for the test that holds moneyCueAt to matchAt. */
export const MONEY_CUES: PhraseTable<Cue> = moneyCues;

/** "Fort Worth" is a place, not a valuation: a capitalised "Worth" after a capitalised word inside
 * the window read (programmes named with capitals, "Investment Grant", stay cues). */
function worthInName(tokens: Token[], i: number, from: number): boolean {
  return tokens[i].lower === 'worth' && tokens[i].cap && i > from && tokens[i - 1].cap && tokens[i - 1].kind === 'word';
}

/** Whether findAll(tokens, from, to, moneyCues) (a "Worth" in a name aside) holds a word for
 * something other than an investment; read in place, without the list of cues. */
function negativeCueIn(tokens: Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const m = moneyCueAt(tokens, i, to);
    if (!m) continue;
    if (m.value === 'not-invest' && !worthInName(tokens, i, from)) return true;
    i += m.len - 1;
  }
  return false;
}

const RECKONS_WITH = new Set(['rechnet', 'rechnen', 'kalkuliert']);
const WITH_DE = new Set(['mit']);

/** Seeking words hire only with the count right after them: "un centre de recherche de 120 …" is no hiring. */
const SEEK_WORDS = new Set(['recherche', 'cherche', 'recherchera', 'busca', 'buscará', 'sucht', 'seeks', 'seeking', 'looking']);
const HIRE_RIGHT_BEFORE = new Set(['hire', 'hiring', 'hired', 'recruit', 'recruiting', 'recruited', 'recruter', 'recrutera', 'recruté', 'embaucher', 'embauchera',
  'embauché', 'contratar', 'contratará', 'contratarán', 'contratado', 'einstellen', 'eingestellt', 'emploiera', 'empleará', 'emplearán',
  // seeking people: "recherche 120 techniciens", "busca 300 operarios", "sucht 80 Fachkräfte", "is seeking 200"
  ...SEEK_WORDS,
  // the hiring noun before "de"/"of" (a qualifier word, passed over below): "prévoit l'embauche de 280 agents", "la contratación de 300 operarios"
  'embauche', 'recrutement', 'contratación', 'incorporación']);
/** "create 120 new ones", "d'en créer 85 nouveaux": new ones, their noun said before; and the verbs that make them. */
const NEW_ONES = new Set(['new', 'nouveaux', 'nouvelles', 'neue', 'nuevos', 'nuevas']);
const CREATE_WORDS = new Set(['create', 'créer', 'crear', 'schaffen', 'add', 'ajouter', 'añadir', 'generate', 'générer', 'generar']);
/** Qualifiers that end in "de" before a price: "de près de 100 millions", "de más de 200 millones". */
const QUALIFIERS_WITH_DE = new Set(['près', 'plus', 'moins', 'más', 'menos', 'cerca', 'alrededor']);
/** Verbs of a sum reached, negative words for money (an account's total) unless an investment is what reached it. */
const AMOUNTED = new Set(['belief', 'beliefen', 'ascendió', 'ascendieron', 'amounted']);
/** "Already", a payroll's word, unless a hiring verb follows it: "62 personnes ont déjà été embauchées". */
const ALREADY = new Set(['déjà', 'already', 'bereits', 'ya']);
/** Words for more of it between a price's preposition and the amount: "Eine zweite Halle für weitere 25 Millionen Euro". */
const MORE_BEFORE_PRICE = new Set(['weitere', 'weiteren', 'zusätzliche', 'additional', 'further', 'another', 'otros', 'otras']);
/** German verbs of a project coming into being, after a price that opens the sentence: "Für 90 Millionen Euro entsteht … eine neue Halle". */
const BUILT_DE = new Set(['entsteht', 'entstehen', 'baut', 'bauen', 'errichtet', 'errichten', 'wird', 'werden']);
const PLACE_PREPOSITIONS = new Set(['en', 'in', 'à', 'a']);
/** Kinds that make a plan one to cut, not to build. */
const CUT_KINDS = new Set(['réduction', 'coûts', 'dépenses', 'économies', 'suppression', 'suppressions', 'reducción', 'costes', 'costos', 'gastos', 'ahorro', 'recorte',
  'costs', 'cost', 'savings', 'cuts', 'kosten', 'einsparungen', 'sparprogramm']);
/** A company settling somewhere ("s'installe à Diamniadio pour …"). */
const SETTLES = new Set(['installe', 'implante', 'installera', 'implantera', 'instala', 'implanta', 'instalará', 'implantará']);
/** Whether a project noun stands before `at`, past up to three "de <kind>" and one "en/in/à <Place>":
 * "planta de hidróxido de litio por", "refinería … en Mejillones por", "une usine de broyage de cacao à San-Pédro pour". */
function kindAndPlaceBefore(s: SentenceView, at: number): boolean {
  const { tokens } = s;
  let k = at - 1;
  // (past a comma and the place's département in brackets: "une nouvelle unité à Saint-Fons (Rhône), pour 130 millions d'euros")
  if (tokens[k]?.lower === ',' && k > s.from) k--;
  if (tokens[k]?.lower === ')') {
    const open = openingBracket(tokens, k, s.from);
    if (open === k) return false;
    k = open - 1;
  }
  // the place: capitalised words after its preposition (joined by hyphens: "Saint-Fons")
  let caps = 0;
  while (k > s.from && caps < 6 && ((tokens[k].kind === 'word' && tokens[k].cap) || (tokens[k].lower === '-' && tokens[k].gap === '' && tokens[k - 1].kind === 'word'))) { k--; caps++; }
  // (a site named by its town: "va agrandir son site de Chartres (Eure-et-Loir) pour 450 millions d'euros")
  if (caps > 0 && tokens[k].lower === 'de' && k - 1 >= s.from && matchAt(tokens, k - 1, projectNouns, k)) return true;
  if (caps > 0 && !PLACE_PREPOSITIONS.has(tokens[k].lower)) return false;
  if (caps > 0) k--;
  // (or a company settling there: "Medivance s'installe à Diamniadio pour 25 milliards FCFA")
  if (caps > 0 && SETTLES.has(tokens[k]?.lower ?? '')) return true;
  // the kinds: "de <word>" up to three times, reading right to left
  let kinds = 0;
  // (a participle may close the run, "une usine de batteries installée à Lyon pour", not stand inside it: "hidróxido de litio")
  while (k - 1 > s.from && kinds < 3 && tokens[k].kind === 'word' && !tokens[k].cap && !(kinds === 0 && PARTICIPLE.test(tokens[k].lower))) {
    // (two kinds joined: "une usine d'assemblage de motos et tricycles de 18,5 milliards FCFA")
    if (AND_WORDS.has(tokens[k - 1].lower) && tokens[k - 2]?.kind === 'word' && !tokens[k - 2].cap && k - 3 > s.from) k -= 2;
    // (the French "de" elided: "une usine d'électroménager de 14,5 milliards de dinars")
    const of = OF_KIND.has(tokens[k - 1].lower) ? 1 : (tokens[k - 1].lower === "'" || tokens[k - 1].lower === '’') && tokens[k - 2]?.lower === 'd' ? 2 : 0;
    if (of === 0) break;
    // (a plan to cut is no project: "un plan de réduction des coûts de 400 millions d'euros")
    // (nor one of money of another kind: "un programme de rachats d'actions de 70 milliards de dollars")
    if (CUT_KINDS.has(tokens[k].lower) || negativeCueIn(tokens, k, k + 1)) return false;
    k -= of + 1;
    kinds++;
  }
  if (caps + kinds === 0 || k < s.from) return false;
  // (a German compound naming the site: "Northbeam plant Rechenzentrumscampus in Hanau für 1,2 Milliarden Euro")
  return matchAt(tokens, k, projectNouns, k + 1) !== null || (s.lang === 'de' && tokens[k].cap && GERMAN_SITE.test(tokens[k].lower));
}
/** Whether the total a verb at `k` brings is the company's own: "bringing its total", "brings Meridian's total",
 * "summiert sich (das Engagement)". */
function ownTotalAfter(tokens: Token[], k: number): boolean {
  const next = tokens[k + 1]?.lower;
  return next === 'its' || next === 'their' || next === 'sich' || tokens[k + 2]?.lower === 'sich' || (tokens[k + 2]?.lower === "'" && tokens[k + 3]?.lower === 's');
}
const COME = new Set(['kommen', 'kommt']);
const ON_TOP = new Set(['hinzu', 'dazu']);
/** "Statt der … 150 Stellen sollen nun rund 90 entstehen": jobs coming into being, their noun left out. */
const COME_INTO_BEING = new Set(['entstehen', 'hinzukommen', 'dazukommen', 'geschaffen']);
/** "20 kommen hinzu", "kommen 35 dazu". */
function comesOnTop(tokens: Token[], f: Figure, prev: number): boolean {
  return (COME.has(tokens[f.to]?.lower ?? '') && ON_TOP.has(tokens[f.to + 1]?.lower ?? '')) || (COME.has(tokens[prev]?.lower ?? '') && ON_TOP.has(tokens[f.to]?.lower ?? ''));
}
/** Headcount grown by a count: "die Zahl der Beschäftigten um bis zu 350 steigt" (not raised to one: "von derzeit 42 auf 60 erhöhen"). */
const GROW = new Set(['steigt', 'steigen', 'wächst', 'wachsen', 'erhöht', 'erhöhen']);
/** A comma, then at most two words that say when ("im Endausbau", "mittelfristig", "later"), then the qualifier at `qualifierAt`
 * (not a clause of its own: "weltweit sind es knapp 900", "where Corvane already employs about 3,100"). */
const NOT_WHEN = new Set(['es', 'sind', 'sont', 'son', 'are', 'employs', 'employ', 'headcount', 'beschäftigt', 'emploie', 'emplea', 'tiene', 'has', 'hat', 'compte', 'total', 'insgesamt', 'weltweit', 'worldwide']);
function carriedOn(tokens: Token[], from: number, qualifierAt: number): boolean {
  for (let k = qualifierAt - 1; k >= Math.max(from, qualifierAt - 3); k--) {
    if (tokens[k].lower === ',') return true;
    if (tokens[k].kind !== 'word' || NOT_WHEN.has(tokens[k].lower)) return false;
  }
  return false;
}
/** German verbs in second place after a fronted amount. */
const AUX_DE = new Set(['hat', 'haben', 'hatte', 'hatten', 'wird', 'werden', 'will', 'wollen', 'soll', 'sollen', 'wollte', 'wollten', 'sollte', 'sollten', 'möchte', 'möchten']);
/** The "in"/"ins" that opens where the money goes, past the subject between (no punctuation on the way), or -1. */
function inAfterSubject(tokens: Token[], from: number, to: number): number {
  for (let k = from; k < to; k++) {
    // (over an apposition set off by commas: "will die Nordwind Cells GmbH, Tochter des Batteriekonzerns Hanseong Energy, in …")
    if (tokens[k].lower === ',' && k > from) {
      let close = k + 1;
      while (close < to && tokens[close].lower !== ',' && tokens[close].kind !== 'punct') close++;
      if (close < to && tokens[close].lower === ',') { k = close; continue; }
      return -1;
    }
    if (tokens[k].kind === 'punct') return -1;
    if (tokens[k].lower === 'in' || tokens[k].lower === 'ins') return k;
  }
  return -1;
}
const COMMA = new Set([',']);
/** A hyphen glued to the word before, or a word glued after one ("bottle-to-bottle"): part of one compound. */
function hyphenJoined(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  return !!t && t.gap === '' && (t.lower === '-' || tokens[k - 1]?.lower === '-');
}
/** German relative pronouns: the verb of their clause comes last, a few words on. */
const RELATIVE_GERMAN = new Set(['die', 'der', 'welche', 'welcher', 'welches']);
const changeVerbs = new Set(CHANGE_VERBS);
/** What a plan is moved to, or by: "whose budget Toyota raised to $13.9 billion", "has cut its planned expansion of its
 * Kalundborg production site … to DKr30bn", "after raising its commitment by $100 billion", "erhöht das Budget für das Werk auf 1,4 Milliarden Euro". */
const MOVED_TO = new Set(['to', 'by', 'auf', 'um', 'à', 'a']);
const PLAN_WORDS = new Set(['budget', 'budgets', 'planned', 'enveloppe', 'presupuesto',
  // a company's commitment summed up: "bringing its total commitment to the site to $11 billion", "summiert sich das Engagement in Texas auf 75 Millionen Dollar"
  'commitment', 'engagement', 'investitionszusagen', 'zusagen',
  // a project's cost estimate: "the company lifted the estimate to $10.1 billion"
  'estimate', 'estimated', 'cost']);
/** Articles before a plan named after its amount ("… à 340 millions d'euros le budget"). */
const ARTICLES_BEFORE_PLAN = new Set(['le', 'la', 'l', 'el', 'das', 'den', 'the']);
/** Verbs that bring a running total to a figure (read with PLAN_WORDS, as the verbs that move a plan are). */
const TOTAL_VERBS = new Set(['bringing', 'brings', 'bring', 'summiert', 'summieren', 'summierte', 'summierten']);
const PLAN_MOVED_WINDOW = 24;
const APPROXIMATIONS = new Set(['environ', 'about', 'around', 'some', 'roughly', 'nearly', 'almost', 'quelque', 'rund', 'etwa', 'knapp', 'unos', 'unas', 'alrededor', 'cerca',
  'more', 'than', 'over', 'plus', 'de', 'mehr', 'als', 'über', 'más']);
/** `figureEnd`: where the amount ends, for a plan named after it, as French puts it: "Biovalis relève à 340 millions d'euros le budget
 * de son usine", "ramène de 200 à 140 millions d'euros le budget de sa nouvelle machine". */
function planMovedTo(s: SentenceView, figureFrom: number, figureEnd = figureFrom): boolean {
  const { tokens } = s;
  // (past an approximation: "L'enveloppe … est ramenée à environ 650 millions d'euros")
  let at = figureFrom - 1;
  while (at > s.from && APPROXIMATIONS.has(tokens[at].lower)) at--;
  if (!MOVED_TO.has(tokens[at]?.lower ?? '')) return false;
  let verb = false;
  let plan = false;
  for (let k = at - 1; k >= Math.max(s.from, at - PLAN_MOVED_WINDOW); k--) {
    const t = tokens[k];
    // (past the earlier figure: "L'enveloppe globale, annoncée à 1 milliard d'euros en 2024, est ramenée à environ 650 millions")
    if (t.lower === '.' || t.lower === ';') break;
    // (a total verb sums the company's own: "bringing its total commitment", "brings Meridian's total", "summiert sich";
    // not a state's or a sector's: "would bring total chip-related commitments in the state to more than $150 billion")
    if (changeVerbs.has(t.lower) || (TOTAL_VERBS.has(t.lower) && ownTotalAfter(tokens, k))) verb = true;
    else if (PLAN_WORDS.has(t.lower) || projectNounAt(s, k, figureFrom)) plan = true;
  }
  if (verb && !plan && ARTICLES_BEFORE_PLAN.has(tokens[figureEnd]?.lower ?? '') && PLAN_WORDS.has(tokens[figureEnd + 1]?.lower ?? '')) plan = true;
  return verb && plan;
}
/** Public programmes whose budget is an "outlay" (Indian English). */
const SCHEMES = new Set(['scheme', 'schemes', 'yojana', 'mission', 'programme', 'program']);
/** "employ" looks ahead only after these: "will employ 200 once running", not "the plants employ 2,000". */
const EMPLOY_AHEAD = new Set(['will', 'would', 'could', 'to', 'eventually', 'initially', 'ultimately']);
/** "another 400 during construction", "cerca de 900 durante la construcción": construction jobs, their noun left out. */
const constructionAfter = phraseTable(['during construction', 'during the construction', 'during the build', 'in the construction phase', 'durante la construcción',
  'en la construcción', 'en su etapa de construcción', 'en la etapa de construcción', 'during the build-out', 'sur le chantier', 'auf der baustelle',
  'durante las obras', 'en la fase de construcción', 'pendant la construction', 'pendant les travaux', 'pendant le chantier', 'während der bauphase',
  'in der bauphase', 'während des baus'].map((w) => [w, true] as [string, boolean]), true);
const DURING = new Set(['during', 'durante', 'pendant', 'während']);
/** "hasta 900 durante los dos años de construcción", "another 400 during the two-year build": "during" and, a few words on, the building. */
function duringConstruction(tokens: Token[], at: number, end: number): boolean {
  if (!DURING.has(tokens[at]?.lower ?? '')) return false;
  for (let k = at + 1; k < Math.min(end, at + 7); k++) if (/^(?:constru|obras?$|bau|build|chantier|travaux)/.test(tokens[k].lower)) return true;
  return false;
}
/** The jobs of the running site, their noun left out after the construction jobs: "650 people at the peak of construction … and 85
 * permanently", "1.500 puestos … durante la construcción y 450 en la de operación", "requerirá 40 en forma permanente". */
const operationAfter = phraseTable(['permanently', 'permanent', 'in operation', 'once operational', 'en operación', 'en la de operación', 'en forma permanente',
  'de forma permanente', 'en la fase de operación', 'en la etapa de operación', 'en exploitation', "en phase d'exploitation", 'im betrieb', 'im regelbetrieb',
  'dauerhaft'].map((w) => [w, true] as [string, boolean]), true);
/** An adjective of kind after a French or Spanish project noun ("hôtelier", "solar", "cervecera"), by its ending; not a French
 * future ("l'usine passera de 11 à 18 millions"), nor the social side of a plan ("un plan social de 50 millions"). */
const KIND_ADJECTIVE = /^\p{L}{3,}(?:ier|ière|ique|aire|al|ale|el|elle|eux|if|ive|ien|ienne|ar|ico|ica|ero|era|ivo|iva|ense|ano|ana)$/u;
/** Words of a share buyback, which no project word before them makes an investment ("un programa de recompra de acciones"; not the French
 * "rachat", which is also a takeover: "depuis le rachat de Bombardier Transport"). */
const BUYBACK_WORDS = new Set(['buyback', 'buybacks', 'repurchase', 'repurchases', 'recompra', 'aktienrückkauf', 'aktienrückkaufprogramm', 'rückkaufprogramm']);

/** Who owns it or how new it is, told like a kind: "un hôpital privé de 165 millions d'euros", "una clínica nueva de 40 millones". */
const PRIVATE_OR_NEW = new Set(['privé', 'privée', 'privado', 'privada', 'neuf', 'neuve', 'nouveau', 'nouvelle', 'nuevo', 'nueva']);
function kindAdjective(lower: string, lang: string): boolean {
  return PRIVATE_OR_NEW.has(lower) || (KIND_ADJECTIVE.test(lower) && !(lang === 'fr' && lower.endsWith('ra')) && lower !== 'social' && !PARTICIPLE.test(lower));
}
/** Words of size written after a project noun, read like its kind: "un centre logistique géant". */
const SIZE_AFTER_NOUN = new Set(['géant', 'géante', 'gigante', 'monumental', 'colossal']);
/**
 * A project noun behind up to two "de <kind>" and two adjectives before the price's preposition at `at`, reading right
 * to left: "usine de précurseurs de cathodes", "centre logistique géant". Not across a capital (a place or a name) nor a
 * negative word ("un plan de réduction des coûts de 400 millions").
 */
function projectBehindKinds(s: SentenceView, at: number): boolean {
  const { tokens } = s;
  let k = at - 1;
  let kinds = 0;
  let adjectives = 0;
  while (k - 1 >= s.from && tokens[k].kind === 'word' && !tokens[k].cap && !PARTICIPLE.test(tokens[k].lower)) {
    if (CUT_KINDS.has(tokens[k].lower) || negativeCueIn(tokens, k, k + 1)) return false;
    if (kinds < 2 && OF_KIND.has(tokens[k - 1].lower) && k - 2 >= s.from) {
      kinds++;
      k -= 2;
    } else if (adjectives < 2 && (kindAdjective(tokens[k].lower, s.lang) || SIZE_AFTER_NOUN.has(tokens[k].lower))) {
      adjectives++;
      k--;
    } else break;
    if (kinds + adjectives >= 2 && matchAt(tokens, k, projectNouns, k + 1)) return true;
  }
  return false;
}
/** Where the words after an amount start once a size set off by a comma is passed ("£1.2bn, 180MW data centre"). */
function sizeAfterComma(tokens: Token[], at: number): number {
  if (tokens[at]?.lower !== ',' || tokens[at + 1]?.kind !== 'num') return at;
  const unit = tokens[at + 2];
  if (unit?.kind === 'word' && unit.gap === '') return at + 3; // "180MW"
  if (unit?.lower === '-' && unit.gap === '' && tokens[at + 3]?.kind === 'word' && tokens[at + 3].gap === '') return at + 4; // "260-bed"
  return at;
}
/** Ranks that stand for a phase left unnamed ("la primera, de US$50 millones"), after their article. */
const PHASE_ORDINALS = new Set(['primera', 'segunda', 'tercera', 'première', 'deuxième', 'seconde', 'troisième', 'first', 'second', 'third']);
const ARTICLES_BEFORE_ORDINAL = new Set(['la', 'le', 'the', 'el', 'les', 'los', 'las', 'die']);
const FIRST_OF = new Set(['first', 'premiers', 'premières', 'primeros', 'primeras', 'ersten']);
const POSSESSIVES = new Set(['its', 'their', 'ses', 'leurs', 'sus', 'seine', 'ihre']);
/** What else may stand between such a word and the count: "langfristig gut 30", "emplearemos a unas 2 mil", "später mehr als 300". */
const BEFORE_LATER_COUNT = new Set(['gut', 'a', 'mehr', 'als', 'plus', 'de', 'más', 'more', 'than', 'over', 'ab', 'from', 'dès', 'desde', 'to']);
const yearAt = (t: Token) => t.kind === 'num' && t.end - t.start === 4 && (t.lower.startsWith('20') || t.lower.startsWith('19'));
const CREATED_DE = new Set(['entstanden', 'geschaffen']);
/** Words for a later phase, right before a count or its qualifier (with the future verbs that tell of one: "emplearemos"). */
const LATER_PHASE = new Set(['später', 'langfristig', 'mittelfristig', 'danach', 'anschließend', 'eventually', 'later', 'subsequently', 'ensuite', 'terme',
  'después', 'posteriormente', 'luego', 'emplearemos', 'contrataremos', 'vollausbau', 'endausbau',
  // the count growing from the first figure: "1,100 people directly …, rising to about 1,800 if a second shift is added"
  'rising', 'growing', 'increasing', 'climbing']);
/** A rate after a count: "rising to 40,000 a year" counts vehicles made, not people ("par an", "al año", "pro Jahr", "annually"). */
function perYearAfter(tokens: Token[], at: number): boolean {
  const w = tokens[at]?.lower ?? '';
  if (w === 'annually' || w === 'yearly' || w === 'jährlich') return true;
  const next = tokens[at + 1]?.lower ?? '';
  return (w === 'a' || w === 'per' || w === 'par' || w === 'al' || w === 'por' || w === 'pro') && /^(year|an|año|jahr|annum)$/.test(next);
}
function laterPhaseBefore(tokens: Token[], from: number, at: number): boolean {
  let k = at - 1;
  // (and a year it starts from: "im Vollausbau ab 2031 bis zu 900")
  while (k > from && k > at - 6 && (QUALIFIER_WORDS.has(tokens[k].lower) || BEFORE_LATER_COUNT.has(tokens[k].lower) || yearAt(tokens[k]))) k--;
  return k >= from && LATER_PHASE.has(tokens[k].lower);
}
/** German "stellen … ein" (hire), split around the count: "Wir stellen 150 Entwickler ein". */
const STELLEN = new Set(['stellen', 'stellt', 'stellte', 'stellten']);
const WILL_DE = new Set(['sollen', 'soll', 'werden', 'wird', 'könnten', 'könnte', 'will', 'wollen', 'möchte', 'möchten']);
const BACK_REFERENCE = new Set(['figure', 'range', 'number', 'total', 'chiffre', 'fourchette', 'nombre', 'zahl', 'spanne', 'cifra', 'rango', 'horquilla']);
const ELLIPTIC_KINDS = new Set(['indirect', 'indirects', 'indirectos', 'indirectas', 'indirekte', 'direct', 'directs', 'directos', 'direkte', 'permanent', 'permanents', 'permanentes', 'temporary', 'temporaires', 'temporales', 'additional', 'supplémentaires', 'adicionales', 'zusätzliche',
  'eventuales', 'fijos', 'fijas', 'seasonal', 'saisonniers']);
const CLAUSE_WORDS = new Set(['during', 'durante', 'pendant', 'während', 'in', 'en', 'à', 'y', 'and', 'et', 'und', 'or', 'ou', 'o', 'oder', 'by', 'd', 'bis', 'hasta', 'para', 'for', 'pour', 'für',
  // ("alrededor de 1.200 indirectos entre proveedores y servicios")
  'entre', 'among', 'parmi', 'across', 'dans', 'chez', 'bei', 'im', 'am']);
/** A project priced with one of these: "a plant for $400m", "une usine de 450 millions", "ein Werk für 1 Mrd. Euro". */
// (and the Austrian "um": "Zweiter Bauabschnitt um 48 Millionen Euro")
const PRICE_PREPOSITIONS = new Set(['for', 'of', 'de', 'für', 'von', 'pour', 'à', 'por', 'worth', 'um']);
/** What names the kind of project between its noun and its price: "proyecto de litio por US$870 millones". */
const OF_KIND = new Set(['de', 'of', 'del', 'des', 'd']);
/** A French or Spanish participle, which says what a thing has, not what kind it is ("son plan de relance doté de 2,3 milliards"). */
const PARTICIPLE = /(?:é|ée|és|ées|ado|ada|ados|adas|ido|ida|idos|idas)$/;
/** Words that end the run of words a project noun may sit in after the amount. */
const NOT_IN_NOUN_RUN = new Set(['in', 'of', 'for', 'to', 'on', 'de', 'du', 'des', 'en', 'für', 'pour', 'à', 'that', 'which', 'and', 'et', 'und', 'y']);
// (and a building put up, not a trade's "-bau": "ein zweigeschossiger Reinraumbau", "der Werksneubau"; not "Maschinenbau", "Stellenabbau")
const GERMAN_SITE = /(werk|werke|fabrik|zentrum|zentren|anlage|halle|standort|campus|fertigung|produktion|lager|etappe|stufe|linie|hotel|neubau|erweiterungsbau|reinraumbau)$/;
const PART_OF = new Set(PART_WORDS);
/** Putting money into something: the verb before the amount, "into" right after it. */
// (and the Spanish of a chief executive speaking: "Vamos a meter unos 200 millones de dólares en Campana", "Ya en 2024 pusimos 6.000 millones
// de pesos en la trilladora", "hemos metido más de 200 millones en renovar la planta hotelera")
const PUT_VERBS = new Set(['put', 'puts', 'putting', 'poniendo', 'pone', 'pondrá', 'mettant', 'mis', 'mettre', 'mettra', 'met', 'mettent', 'mettront', 'mettait', 'metió', 'meterá', 'meter',
  'metimos', 'metido', 'metemos', 'meteremos', 'poner', 'pusimos', 'ponemos', 'pondremos', 'puesto', 'puso']);
/** What the money is put into, right after it ("en" only in Spanish: French "en" dates and places the amount, "mis 12 millions en 2024"). */
const INTO = new Set(['into', 'dans']);
const INTO_ES = new Set(['en', 'entre']);
const CLAUSE_BREAKS = new Set(['–', '—', ';']);
const PRICE_FOR = new Set(['for', 'für', 'pour', 'para']);
const QUALIFIER_WORDS = new Set(['bis', 'zu', 'up', 'to', 'about', 'around', 'some', 'rund', 'etwa', 'knapp', 'über', 'environ', 'quelque', 'unos', 'unas', 'cerca', 'hasta', 'jusqu', "'", 'à']);
const HIRE_QUALIFIERS = new Set(['nearly', 'about', 'around', 'some', 'almost', 'roughly', 'up', 'to', 'more', 'than', 'over', 'at', 'least', 'as', 'many',
  // the other languages' ("recruter environ 180 vendeurs", "contratará hasta 300 temporeros", "jusqu'à 50 ingénieurs", "bis zu 80")
  'environ', 'près', 'de', 'des', 'plus', 'jusqu', "'", 'à', 'quelque', 'moins', 'au', 'unos', 'unas', 'cerca', 'alrededor', 'hasta', 'más', 'casi', 'al', 'menos',
  'rund', 'etwa', 'bis', 'zu', 'über', 'mehr', 'als', 'knapp', 'fast', 'mindestens',
  // a range's opener: "contratará entre 1.200 y 1.500 agentes", "to hire between 300 and 400"
  'entre', 'between', 'zwischen']);
/** What a project is estimated at (a cost verb; after a sale, its price). */
const ESTIMATES = new Set(['évalué', 'évaluée', 'estimé', 'estimée', 'valorado', 'valorada', 'estimado', 'estimada']);
// (and what a phase stands for: "Une première phase de 100 MW, représentant quelque 700 millions d'euros")
const COST_VERBS = new Set(['costs', 'cost', 'costing', 'kostet', 'kosten', 'coûte', 'coûtera', 'coûteront', 'coûtant', 'cuesta', 'costará', 'costarán',
  'représentant', 'représente', 'représentera', 'representing', 'represents', 'representa', 'representará',
  // (and what it cost: "Der Umbau hat rund 1,1 Mrd. Euro gekostet")
  'gekostet', 'coûté', 'costó',
  // (and what it is estimated at: "un projet évalué à 380 millions d'euros", "valorado en 200 millones")
  ...ESTIMATES]);
/** Nouns that name what a project costs; the German compounds name the project too. */
const COST_NOUNS = new Set(['cost', 'coût', 'coste', 'costo', 'kosten', 'montant', 'monto', 'presupuesto', 'budget']);
const PROJECT_COST_NOUNS = new Set(['gesamtkosten', 'projektkosten', 'baukosten', 'investitionskosten', 'errichtungskosten']);
const CLAUSE_PUNCT = new Set([',', ';', ':', '(', ')']);
/**
 * "Le coût total du projet est évalué à 85 milliards", "the plant's total cost is put at $2bn", "El costo del proyecto
 * asciende a 300 millones", "Die Baukosten liegen bei 40 Millionen Euro": a cost noun tied to a project, in the
 * figure's own clause.
 */
const COPULAS_BEFORE_PRICE = new Set(['is', "'s", 'was', 'will', 'be', 'est', 'sera', 'ist', 'wird', 'es', 'son', 'será', 'serán']);
const PHASE_WORDS = new Set(['phase', 'fase', 'tranche', 'étape', 'etapa', 'bauabschnitt', 'ausbaustufe', 'stage']);
/** A phase right before a copula before the amount (past a qualifier and a few words): "First phase is about $4 billion". */
function phaseIs(s: SentenceView, figureFrom: number): boolean {
  const { tokens } = s;
  let k = figureFrom - 1;
  while (k > s.from && k > figureFrom - 4 && QUALIFIER_WORDS_ANY.has(tokens[k].lower)) k--;
  if (!COPULAS_BEFORE_PRICE.has(tokens[k]?.lower ?? '')) return false;
  for (let j = k - 1; j >= Math.max(s.from, k - 8); j--) {
    if (tokens[j].kind === 'punct' && tokens[j].lower !== ',') return false;
    if (PHASE_WORDS.has(tokens[j].lower)) return true;
  }
  return false;
}
const QUALIFIER_WORDS_ANY = new Set(['about', 'around', 'roughly', 'some', 'nearly', 'almost', 'over', 'more', 'than', 'environ', 'quelque', 'près', 'de', 'plus', 'rund', 'etwa', 'knapp', 'über', 'unos', 'unas', 'cerca', 'alrededor', 'más', 'casi']);

function projectCostBefore(s: SentenceView, figureFrom: number, figureTo: number): boolean {
  const { tokens } = s;
  for (let k = figureFrom - 1; k >= Math.max(s.from, figureFrom - 12); k--) {
    const t = tokens[k];
    if (t.kind === 'punct' && CLAUSE_PUNCT.has(t.lower)) return false;
    if (t.kind !== 'word') continue;
    if (PROJECT_COST_NOUNS.has(t.lower)) return true;
    if (!COST_NOUNS.has(t.lower)) continue;
    // the project after the noun ("coût total du projet", "cost of the new plant") or before it ("the plant's cost")
    for (let j = k + 1; j < Math.min(figureFrom, k + 5); j++) if (projectNounAt(s, j, figureFrom)) return true;
    for (let j = Math.max(s.from, k - 3); j < k; j++) if (projectNounAt(s, j, k)) return true;
    // "une usine de broyage de cacao, d'un coût global de 75 milliards": the cost right before the figure, its project earlier in the sentence
    if (figureFrom - k <= 3) for (let j = Math.max(s.from, k - 15); j < k; j++) if (projectNounAt(s, j, k)) return true;
    // ("D'un coût global de 75 milliards de FCFA, l'unité aura …": or named right after it)
    // (past a conversion in brackets: "D'un coût global de 85 milliards de FCFA (environ 130 millions d'euros), la nouvelle ligne …")
    const after = tokens[figureTo]?.lower === '(' ? closingBracket(tokens, figureTo, s.to) + 1 : figureTo;
    if (figureFrom - k <= 3 && tokens[after]?.lower === ',') for (let j = after + 1; j < Math.min(s.to, after + 4); j++) if (projectNounAt(s, j, s.to)) return true;
    return false;
  }
  return false;
}
/** The "(" opening the bracket closed at `close` within six tokens (not before `floor`), or `close` when there is none. */
function openingBracket(tokens: Token[], close: number, floor: number): number {
  for (let k = close - 1; k >= Math.max(floor, close - 6); k--) if (tokens[k].lower === '(') return k;
  return close;
}
/** The ")" closing the bracket opened at `open` within eight tokens, or `open` when there is none. */
function closingBracket(tokens: Token[], open: number, limit: number): number {
  for (let k = open + 1; k < Math.min(limit, open + 9); k++) if (tokens[k].lower === ')') return k;
  return open;
}
const INVEST_WINDOW = 12;
const AFTER_WINDOW = 14;
const MIN_INVESTMENT = 100_000;

/** A project named at token k ("plant", "usine", "planta"; in German also any capitalised noun ending like a site: "Elektrostahlwerk"). */
function projectNounAt(s: SentenceView, k: number, limit: number): boolean {
  const t = s.tokens[k];
  return !!matchAt(s.tokens, k, projectNouns, limit) || (s.lang === 'de' && t.cap && (GERMAN_SITE.test(t.lower) || (GERMAN_BUILDING_WORK.has(t.lower) && !s.tokens[k - 1]?.cap)));
}
/** The building work itself, as a whole word after a lower-case word ("Der Bau hat 410 Millionen Euro gekostet"; not "Konzernumbau",
 * "Maschinenbau", nor the end of a firm's name: "die Calanda Bau AG"). */
const GERMAN_BUILDING_WORK = new Set(['bau', 'umbau', 'ausbau', 'anbau']);

/** Where the clause that starts at `from` ends, at most `limit` ("… desde 2015, facturó …": the comma). */
function clauseEnd(tokens: Token[], from: number, limit: number): number {
  for (let k = from; k < limit; k++) if (tokens[k].lower === ',' || tokens[k].lower === ';') return k;
  return limit;
}

export interface SentenceView { tokens: Token[]; from: number; to: number; lang: string }

/** Cue words that mean something else in another language ("pour" is "for" in French). */
const ENGLISH_ONLY = new Set(['pour', 'pours', 'bet', 'plan', 'site']);

/** A fiscal year's accounts ("En el ejercicio, la compañía invirtió 730 millones", "ses investissements … ont atteint
 * 85 millions de francs sur l'exercice 2024"): spending reported for a period, unless the sentence looks ahead. */
const fiscalPeriod = gatedTable(phraseTable(['en el ejercicio', 'ejercicio fiscal', "l'exercice", 'l’exercice', 'geschäftsjahr', 'fiscal year', 'financial year', 'in the year', 'during the year'].map((w) => [w, true] as [string, boolean]), true));
const LOOKING_AHEAD = new Set(['next', 'coming', 'próximo', 'próximos', 'prochain', 'prochaine', 'prochains', 'nächsten', 'kommenden', 'kommende', 'will', 'plans', 'prevé', 'invertirá', 'investira', 'wird']);
/**
 * A question about a whole sentence, asked once per money figure: the last sentence read and its answer are kept,
 * since reading the whole sentence each time made one long sentence of figures quadratic.
 */
class SentenceMemo<T> {
  private tokens: Token[] | null = null;
  private from = -1;
  private to = -1;
  private answer!: T;
  constructor(private readonly read: (s: SentenceView) => T) {}
  ask(s: SentenceView): T {
    if (s.tokens !== this.tokens || s.from !== this.from || s.to !== this.to) {
      this.tokens = s.tokens;
      this.from = s.from;
      this.to = s.to;
      this.answer = this.read(s);
    }
    return this.answer;
  }
}
/** A bond's or a loan's terms ("maturité 5 ans, taux fixe de 3,85 %, montant alloué de 600 millions"): money borrowed, not spent. */
const debtTerms = gatedTable(phraseTable(['maturité', 'maturity', 'coupon', 'taux fixe', 'taux révisable', 'fixed rate', 'fixed-rate', 'vencimiento', 'tasa fija', 'cupón',
  'kupon', 'festzins', 'points de base', 'basis points', 'puntos básicos', 'basispunkte'].map((w) => [w, true] as [string, boolean]), true));
const debtSentence = new SentenceMemo((s) => gatedMatchesIn(s.tokens, s.from, s.to, debtTerms));
const periodAccounts = new SentenceMemo((s) => readsPeriodAccounts(s));
/** Where the sentence's first project noun stands, or -1 (for a cost whose participle comes first; see decideMoney). */
const firstProjectNoun = new SentenceMemo((s) => {
  for (let j = s.from; j < s.to; j++) if (projectNounAt(s, j, s.to)) return j;
  return -1;
});
function readsPeriodAccounts(s: SentenceView): boolean {
  if (!gatedMatchesIn(s.tokens, s.from, s.to, fiscalPeriod)) return false;
  for (let k = s.from; k < s.to; k++) if (LOOKING_AHEAD.has(s.tokens[k].lower)) return false;
  return true;
}

/** Whether a word for something other than an investment (revenue, aid, a market, a buyback …) sits in [from, to). */
export function moneyNegativeIn(tokens: Token[], from: number, to: number, lang: string): boolean {
  return negativeCueIn(tokens, from, to);
}

/** `restated`: the same amount in the same currency was already claimed as an investment in
 * this story, so it needs no cue of its own ("Three-quarters of a billion pounds is a large sum",
 * "- $620 million in buildings and equipment"); words for revenue, aid or markets still veto it. */
/** A government a company signs with, and the words that name it as the other party. */
const COUNTERPART_GOVERNMENTS = new Set(['government', 'gobierno', 'staat']);
const WITH_WORDS = new Set(['with', 'avec', 'con', 'mit']);
/** "investment by" and a capitalised name right after the amount. */
function investmentByName(tokens: Token[], at: number, limit: number): boolean {
  return at + 2 < limit && tokens[at].lower === 'investment' && tokens[at + 1].lower === 'by' && tokens[at + 2].cap && tokens[at + 2].kind === 'word';
}

export function decideMoney(s: SentenceView, f: Figure, restated = false): MetricDecision | null {
  if (f.value < MIN_INVESTMENT) return null;
  const { tokens } = s;
  // the last cue before the figure (findAll's reading of the window, left to right, in place)
  let nearestBefore: Cue | undefined;
  let nearestWord = ''; // the first word of that cue
  // a negative word right next to the amount settles it ("revenue of $1.7bn", "$85m of savings")
  let closeNegative = false;
  let closeOnlyChange = true; // whether every close negative word is a verb that moves a figure
  let negativeAt = -1; // where the last close negative word starts
  const windowFrom = Math.max(s.from, f.from - INVEST_WINDOW);
  for (let i = windowFrom; i < f.from; i++) {
    const m = moneyCueAt(tokens, i, f.from);
    if (!m) continue;
    const start = i;
    i += m.len - 1;
    if (worthInName(tokens, start, windowFrom)) continue;
    // what a project is worth is its cost: "Mass timber plant worth $165M coming to Prince Albert" (not "a deal worth")
    // (or set off by a comma: "The first phase, worth $90 million, covers two buildings")
    if (tokens[start].lower === 'worth' && start - 1 >= s.from && (projectNounAt(s, start - 1, start) || (tokens[start - 1].lower === ',' && start - 2 >= s.from && projectNounAt(s, start - 2, start - 1)))) continue;
    if (s.lang !== 'en' && ENGLISH_ONLY.has(tokens[start].lower)) continue;
    // "das im Auftrag von Pharmafirmen Wirkstoffe herstellt": on behalf of, no contract won
    if (tokens[start].lower === 'auftrag' && tokens[start - 1]?.lower === 'im') continue;
    // "The PLI scheme, launched with an outlay of ₹10,683 crore": a public scheme's budget, not a company's project
    if (tokens[start].lower.startsWith('outlay') && wordIn(tokens, s.from, start, SCHEMES)) continue;
    // (an investment that amounted to a sum: "Die Investition belief sich auf 2,3 Millionen Euro", "La inversión ascendió a 40 millones")
    if (m.value === 'not-invest' && AMOUNTED.has(tokens[start].lower) && start - 1 >= windowFrom && moneyCueAt(tokens, start - 1, start)?.value === 'invest') continue;
    nearestBefore = m.value;
    nearestWord = tokens[start].lower;
    if (m.value === 'not-invest' && f.from - (start + m.len) <= 3) {
      closeNegative = true;
      negativeAt = start;
      if (!changeVerbs.has(tokens[start].lower)) closeOnlyChange = false;
    }
    // an apposition's last word is not the amount's: "…, a joint venture with a Singapore fund, will invest Rs 8,900 crore"
    // (nor the government a company signs with: "signed a memorandum of understanding with the Tamil Nadu government to invest Rs 6,500 crore")
    else if (m.value === 'invest' && closeNegative && ((tokens[start - 1]?.lower !== ',' && wordIn(tokens, Math.max(s.from, f.from - 4), start, COMMA)) ||
      (COUNTERPART_GOVERNMENTS.has(tokens[negativeAt].lower) && wordIn(tokens, Math.max(s.from, negativeAt - 4), negativeAt, WITH_WORDS)))) {
      closeNegative = false;
      closeOnlyChange = true;
    }
  }
  if (!closeNegative && negativeCueIn(tokens, f.altTo, clauseEnd(tokens, f.altTo, Math.min(s.to, f.altTo + 4)))) {
    closeNegative = true;
    closeOnlyChange = false;
  }
  // a buyback further on in the clause: "destinará 755 millones de euros a un nuevo programa de recompra de acciones"
  if (!closeNegative && wordIn(tokens, f.altTo, clauseEnd(tokens, f.altTo, Math.min(s.to, f.altTo + 10)), BUYBACK_WORDS)) {
    closeNegative = true;
    closeOnlyChange = false;
  }
  // "The Ontario government is supporting a $420 million investment by Strathmore Precision Components": the money named
  // as a company's investment, whoever backs it
  if (investmentByName(tokens, f.altTo, s.to)) return { metric: 'investment', to: f.altTo + 1, reasons: ['investment-by-company'] };
  // ("ramenée à", "cut to" are spending cut in the accounts, but a plan's new figure when a plan is named: see planMovedTo)
  if ((closeNegative && !(closeOnlyChange && planMovedTo(s, f.from))) || periodAccounts.ask(s) || debtSentence.ask(s)) return null;
  if (nearestBefore === 'invest') return { metric: 'investment', to: f.to, reasons: ['invest-word-before'] };
  // a fact box's cost line: "• Capital cost: A$1.1 billion", "Coût : 75 millions €", "Gesamtkosten: rund 80 Millionen Euro"
  if (costLine(tokens, s, f)) return { metric: 'investment', to: f.to, reasons: ['cost-label'] };
  // "$850m robot plant", "£750m investment", "€1.2bn cell gigafactory"
  // (German compounds written with a hyphen take a token more: "für 6,5 Mio. Fr. eine Reinraum-Linie")
  // (three words in all languages: "a £95m research and development centre", "£95m R&D centre")
  // (a word joined to the one before by a hyphen is part of it: "R640m bottle-to-bottle recycling plant")
  // (past a size set off by a comma: "plans for a £1.2bn, 180MW data centre campus", "a $380 million, 260-bed hospital")
  const runFrom = sizeAfterComma(tokens, f.altTo);
  for (let k = runFrom, skipped = 0; k < s.to && skipped <= 3; k++, skipped += hyphenJoined(tokens, k) ? 0 : 1) {
    // (not a project named as money of another kind: "a £50m supply-chain support scheme")
    if (projectNounAt(s, k, s.to)) return k > f.altTo + 1 && negativeCueIn(tokens, f.altTo, k + 1) ? null : { metric: 'investment', to: f.to, reasons: ['project-noun-after'] };
    if (tokens[k].kind !== 'word' && tokens[k].lower !== '-' && tokens[k].lower !== '&') break;
    // ("research and development" is one name of a centre's trade, not a second figure's clause; nor is "solar and battery farm")
    if (NOT_IN_NOUN_RUN.has(tokens[k].lower) && !hyphenJoined(tokens, k) && !(AND_WORDS.has(tokens[k].lower) && (tokens[k + 1]?.lower === 'development' || (tokens[k + 1]?.kind === 'word' && !tokens[k + 1].cap && projectNounAt(s, k + 2, s.to))))) break;
  }
  // "400 Millionen Euro für ein Elektrostahlwerk", "$400m for a new plant": the price of a project named after it
  if (PRICE_FOR.has(tokens[f.altTo]?.lower ?? '') && f.altTo + 2 < s.to) {
    // (up to five words: "Rs 650 crore for an active pharmaceutical ingredients unit")
    // (through a compound's hyphen: "430 Millionen für neue Biologika-Anlage")
    for (let k = f.altTo + 1, words = 0; k < s.to && words < 5 && (tokens[k].kind === 'word' || (tokens[k].lower === '-' && tokens[k].gap === '' && tokens[k + 1]?.gap === '')); k++, words++) {
      if (projectNounAt(s, k, s.to)) return { metric: 'investment', to: f.to, reasons: ['project-noun-after-for'] };
    }
  }
  // "Für 90 Millionen Euro entsteht auf dem Werksgelände eine neue Endmontagehalle": the price first, the project after its verb
  if (s.lang === 'de' && BUILT_DE.has(tokens[f.altTo]?.lower ?? '')) {
    let p = f.from - 1;
    while (p > s.from && p > f.from - 3 && QUALIFIER_WORDS.has(tokens[p].lower)) p--;
    if (tokens[p]?.lower === 'für' && (p === s.from || tokens[p - 1].lower === ':')) {
      for (let k = f.altTo + 1; k < Math.min(s.to, f.altTo + 9); k++) if (projectNounAt(s, k, s.to)) return { metric: 'investment', to: f.to, reasons: ['price-then-project-built'] };
    }
  }
  // "ein neues Entwicklungszentrum für 400 Millionen Euro", "une usine de 450 millions d'euros", "a plant for $400m"
  // (a qualifier may come between: "für bis zu 3,5 Milliarden Euro", "de unos 1.500 millones"; a comma too: "la primera fase, de US$ 850 millones")
  let at = f.from - 1;
  // ("à" is a qualifier's only in "jusqu'à"; alone it gives the price: "une usine à 2 milliards d'euros")
  while (at > s.from && at > f.from - 3 && (QUALIFIER_WORDS.has(tokens[at].lower) || MORE_BEFORE_PRICE.has(tokens[at].lower)) && !(tokens[at].lower === 'à' && tokens[at - 1].lower !== "'")) at--;
  // (and a qualifier ending in "de": "une usine de protéines végétales de près de 100 millions d'euros", "una planta de más de 200 millones")
  if (at - 2 > s.from && at === f.from - 1 && tokens[at].lower === 'de' && QUALIFIERS_WITH_DE.has(tokens[at - 1].lower) && tokens[at - 2].lower === 'de') at -= 2;
  const prep = tokens[at]?.lower ?? '';
  const nounAt = tokens[at - 1]?.lower === ',' ? at - 2 : at - 1;
  const noun = tokens[nounAt];
  // a phase named by its rank, set off by a comma: "El proyecto se ejecutará en dos fases: la primera, de US$50 millones, …", "La segunda, de US$30 millones"
  if ((prep === 'de' || prep === 'of') && nounAt === at - 2 && noun && PHASE_ORDINALS.has(noun.lower) && nounAt - 1 >= s.from && ARTICLES_BEFORE_ORDINAL.has(tokens[nounAt - 1].lower)) {
    return { metric: 'investment', to: f.to, reasons: ['project-noun-before'] };
  }
  // (not a programme of something else: "a share buyback programme of up to AED 500 million")
  if (PRICE_PREPOSITIONS.has(prep) && noun && nounAt >= s.from && (matchAt(tokens, nounAt, projectNouns, nounAt + 1) || (s.lang === 'de' && GERMAN_SITE.test(noun.lower)))
    && !negativeCueIn(tokens, Math.max(s.from, nounAt - 1), nounAt)) {
    return { metric: 'investment', to: f.to, reasons: ['project-noun-before'] };
  }
  // (its kind named between: "un proyecto de litio por US$870 millones", "une usine de batteries de 2 milliards d'euros")
  if (PRICE_PREPOSITIONS.has(prep) && prep !== 'of' && at - 3 >= s.from && OF_KIND.has(tokens[at - 2].lower) && tokens[at - 1].kind === 'word' && !tokens[at - 1].cap
    && matchAt(tokens, at - 3, projectNouns, at - 2)) {
    return { metric: 'investment', to: f.to, reasons: ['project-noun-before'] };
  }
  // (its kind told by an adjective: "un complexe hôtelier de 175 M$", "una planta solar de 300 millones"; not "un plan social de 50 millions")
  if ((prep === 'de' || prep === 'por' || prep === 'pour') && (s.lang === 'fr' || s.lang === 'es') && at - 2 >= s.from && tokens[at - 1].kind === 'word' && !tokens[at - 1].cap
    && kindAdjective(tokens[at - 1].lower, s.lang) && matchAt(tokens, at - 2, projectNouns, at - 1)
    && !negativeCueIn(tokens, Math.max(s.from, at - 3), at)) {
    return { metric: 'investment', to: f.to, reasons: ['project-noun-before'] };
  }
  // (a kind in two words: "un proyecto de hidrógeno verde de 1.500 millones", "une usine de pâte feuilletée de 40 millions")
  if (PRICE_PREPOSITIONS.has(prep) && prep !== 'of' && at - 4 >= s.from && OF_KIND.has(tokens[at - 3].lower) && tokens[at - 2].kind === 'word' && !tokens[at - 2].cap
    && tokens[at - 1].kind === 'word' && !tokens[at - 1].cap && !OF_KIND.has(tokens[at - 1].lower) && !PARTICIPLE.test(tokens[at - 1].lower) && matchAt(tokens, at - 4, projectNouns, at - 3)) {
    return { metric: 'investment', to: f.to, reasons: ['project-noun-before'] };
  }
  // (a longer run of kinds and adjectives: "une usine de précurseurs de cathodes à 320 millions", "un centre logistique géant de 60 millions
  // d'euros", "una planta de envasado de agua mineral de 30 millones")
  if ((s.lang === 'fr' || s.lang === 'es') && PRICE_PREPOSITIONS.has(prep) && prep !== 'of' && prep !== 'worth' && projectBehindKinds(s, at)) {
    return { metric: 'investment', to: f.to, reasons: ['project-noun-before'] };
  }
  // (its kind and its place named between, as headlines do: "aprueba refinería de hidróxido de litio en Mejillones por US$ 870 millones")
  // (not a purchase told before it: "la adquisición de una plataforma de frío en Valencia por 95 millones")
  if ((prep === 'por' || prep === 'pour' || prep === 'for' || prep === 'de' || prep === 'für') && nearestBefore !== 'not-invest' && kindAndPlaceBefore(s, at)) return { metric: 'investment', to: f.to, reasons: ['project-noun-before'] };
  // a project's cost: "The first phase, a cab and chassis line, costs $900 million", "Die erste Etappe … kostet 400 Mio. Euro",
  // "the first phase, costing ₹280 crore", "Der erste Bauabschnitt, der rund 55 Millionen Euro kosten soll"
  // (an estimate after a sale is its price: "cession du centre logistique de Lesquin, estimée à 40 millions")
  const estimateOfSale = nearestBefore === 'not-invest' && (ESTIMATES.has(tokens[f.from - 1]?.lower ?? '') || ESTIMATES.has(tokens[f.from - 2]?.lower ?? ''));
  // (not what a strike or a loss cost: "a strike at its Kansas plant cost it $18 million")
  if (!estimateOfSale && nearestBefore !== 'not-invest' && (COST_VERBS.has(tokens[f.from - 1]?.lower ?? '') || (COST_VERBS.has(tokens[f.from - 2]?.lower ?? '') && tokens[f.from - 1].kind === 'word') || COST_VERBS.has(tokens[f.altTo]?.lower ?? ''))) {
    for (let k = Math.max(s.from, f.from - 12); k < f.from - 1; k++) {
      if (projectNounAt(s, k, f.from)) return { metric: 'investment', to: f.to, reasons: ['project-cost'] };
    }
    // (the project named after its verb: "Rund 900 Millionen Euro kostet das Projekt")
    if (COST_VERBS.has(tokens[f.altTo]?.lower ?? '')) {
      for (let k = f.altTo + 1; k < Math.min(s.to, f.altTo + 4) && tokens[k].kind === 'word'; k++) {
        if (projectNounAt(s, k, s.to)) return { metric: 'investment', to: f.to, reasons: ['project-cost'] };
      }
    }
  }
  if (nearestBefore !== 'not-invest' && projectCostBefore(s, f.from, f.altTo)) return { metric: 'investment', to: f.to, reasons: ['project-cost'] };
  // a phase told with a copula, as people speak: "First phase is about $4 billion", "La primera fase … son unos 600 millones"
  if (nearestBefore !== 'not-invest' && phaseIs(s, f.from)) return { metric: 'investment', to: f.to, reasons: ['phase-is'] };
  // what a project cost, the participle first: "Gekostet hat der Neubau … am Ende 74 Millionen Franken", "Das Lager ging in Betrieb, gekostet hat es 19,5 Millionen Euro"
  if (s.lang === 'de' && nearestBefore !== 'not-invest') {
    for (let k = Math.max(s.from, f.from - 16); k < f.from - 1; k++) {
      if (tokens[k].lower !== 'gekostet' || tokens[k + 1].lower !== 'hat') continue;
      const project = firstProjectNoun.ask(s);
      if (project >= 0 && project < f.from) return { metric: 'investment', to: f.to, reasons: ['project-cost'] };
      break;
    }
  }
  // "Der zweite Bauabschnitt … schlägt mit etwa 230 Millionen Euro zu Buche": what a project costs, in the German idiom
  if (s.lang === 'de' && nearestBefore !== 'not-invest' && tokens[f.altTo]?.lower === 'zu' && tokens[f.altTo + 1]?.lower === 'buche') {
    for (let k = Math.max(s.from, f.from - 20); k < f.from - 1; k++) if (projectNounAt(s, k, f.from)) return { metric: 'investment', to: f.to, reasons: ['project-cost'] };
  }
  // "Rund 70 Millionen Euro lässt sich das Unternehmen den Umbau kosten": what a company lets a project cost it
  if (s.lang === 'de' && tokens[f.altTo]?.lower === 'lässt' && tokens[f.altTo + 1]?.lower === 'sich') {
    for (let k = f.altTo + 2; k < Math.min(s.to, f.altTo + 9); k++) if (tokens[k].lower === 'kosten') return { metric: 'investment', to: f.to, reasons: ['project-cost'] };
  }
  // ("raised" is a funding round's verb too, but not when it moves a budget: "whose budget Toyota raised to $13.9 billion")
  if ((nearestBefore !== 'not-invest' || changeVerbs.has(nearestWord)) && planMovedTo(s, f.from, f.altTo)) return { metric: 'investment', to: f.to, reasons: ['plan-moved-to'] };
  if (nearestBefore === 'not-invest') return null;
  // "put $120m into a warehouse", "avait mis 4,5 millions d'euros dans une ligne"
  if ((INTO.has(tokens[f.altTo]?.lower ?? '') || (s.lang === 'es' && INTO_ES.has(tokens[f.altTo]?.lower ?? ''))) && f.altTo < s.to) {
    for (let k = Math.max(s.from, f.from - 3); k < f.from; k++) if (PUT_VERBS.has(tokens[k].lower)) return { metric: 'investment', to: f.to, reasons: ['put-into'] };
  }
  // verb after the amount: "… in ein neues Werk investieren", "… d'euros investis depuis 2010"
  // (past the comma of an apposition: "Der Großteil, zwei Milliarden Euro, fließt in die Chipfabrik")
  const apposition = tokens[f.from - 1]?.lower === ',' && tokens[f.altTo]?.lower === ',';
  let inRelative = false;
  for (let k = apposition ? f.altTo + 1 : f.altTo; k < Math.min(s.to, f.altTo + AFTER_WINDOW); k++) {
    const t = tokens[k];
    // a clause ends here; not the dot or comma inside another number ("und 3.000 Arbeitsplätze in Aussicht gestellt")
    const inNumber = t.gap === '' && tokens[k - 1]?.kind === 'num' && tokens[k + 1]?.kind === 'num' && tokens[k + 1].gap === '';
    // (a relative clause right after the amount goes on about it: "340 Millionen Euro, die hier verbaut werden")
    // (the pronoun, not an article: a word in lower case follows it, "die hier", "die vom Unternehmen"; and the clause ends at its verb's next mark)
    if (k === f.altTo && t.lower === ',' && s.lang === 'de' && RELATIVE_GERMAN.has(tokens[k + 1]?.lower ?? '') && tokens[k + 2]?.kind === 'word' && !tokens[k + 2].cap) {
      inRelative = true;
      continue;
    }
    if (inRelative && t.kind === 'punct') break;
    // (the dot of an abbreviated scale or currency is no clause's end: "insgesamt CHF 310 Mio. aufwenden will")
    if (k === f.altTo && t.lower === '.' && t.gap === '' && tokens[k - 1].kind === 'word') continue;
    if (!inNumber && (t.lower === ',' || t.lower === ';' || t.lower === ':' || t.lower === '.')) break;
    const m = moneyCueAt(tokens, k, s.to);
    if (m?.value === 'not-invest') return null;
    if (m?.value === 'invest') return { metric: 'investment', to: f.to, reasons: ['invest-word-after'] };
  }
  // German puts the verb last, past a list of what the money goes into: "will 15 Millionen Euro in neue Rohrbrücken,
  // eine Erweiterung der Abwasserbehandlung und eine zusätzliche Zufahrt investieren"
  // (also after the amount opening the sentence and the verb-second: "Rund 32 Millionen Euro hat die Bergbahnen Tuxertal AG in die Bahn,
  // die neue Talstation … und die Erweiterung der Beschneiung investiert"; and over nouns listed bare: "in Sortieranlagen, Verpackung und Lager gesteckt")
  const listFrom = s.lang !== 'de' ? -1 : tokens[f.altTo]?.lower === 'in' || tokens[f.altTo]?.lower === 'ins' ? f.altTo
    // (the subject may carry an apposition: "will die Nordwind Cells GmbH, Tochter des südkoreanischen Batteriekonzerns Hanseong Energy, in Wilhelmshaven investieren")
    : AUX_DE.has(tokens[f.altTo]?.lower ?? '') ? inAfterSubject(tokens, f.altTo + 1, Math.min(s.to, f.altTo + 16)) : -1;
  if (listFrom >= 0) {
    for (let k = listFrom + 1; k < Math.min(s.to, listFrom + 30); k++) {
      const t = tokens[k];
      const next = tokens[k + 1];
      if (t.lower === '.' || t.lower === ';' || t.lower === ':' || (t.lower === ',' && !LIST_GOES_ON.has(next?.lower ?? '') && !(next?.kind === 'word' && next.cap))) break;
      const m = moneyCueAt(tokens, k, s.to);
      if (m?.value === 'not-invest') return null;
      if (m?.value === 'invest') return { metric: 'investment', to: f.to, reasons: ['invest-verb-last'] };
    }
  }
  return restated ? { metric: 'investment', to: f.to, reasons: ['restates-claimed-amount'] } : null;
}
/** After a comma, words that go on with a list of things rather than open a new clause. */
const LIST_GOES_ON = new Set(['ein', 'eine', 'einen', 'einer', 'die', 'der', 'das', 'den', 'neue', 'neuen', 'neues', 'weitere', 'zusätzliche']);

/** "about 1,200 of them in the Chicago area", not "168 of them paying at or above the local wage" (a condition on some of the jobs). */
function ofThem(tokens: Token[], at: number): boolean {
  if (tokens[at]?.lower !== 'of' || tokens[at + 1]?.lower !== 'them') return false;
  return !/^(paying|paid|earning|with|on|at)$/.test(tokens[at + 2]?.lower ?? '');
}

/** The next part of a list of parts: "davon 600 in Dresden und 350 in Reutlingen", "including 350 in Katowice and 200 at Port Sunlight". */
function partListedBefore(tokens: Token[], from: number, figureFrom: number): boolean {
  const joiner = tokens[figureFrom - 1]?.lower ?? '';
  if (!/^(and|und|et|y|,)$/.test(joiner)) return false;
  for (let k = figureFrom - 2; k >= Math.max(from, figureFrom - 6); k--) if (tokens[k].kind === 'num' && PART_OF.has(tokens[k - 1]?.lower ?? '')) return true;
  return false;
}

/** The German "ab" of a date, not of "bauen … ab": "ab 2027", "ab August", "ab sofort", "ab dem Frühjahr". */
const AB_DATE_WORDS = new Set(['sofort', 'dem', 'der', 'frühjahr', 'frühling', 'sommer', 'herbst', 'winter', 'mitte', 'ende', 'anfang', 'beginn',
  'januar', 'jänner', 'februar', 'märz', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'dezember']);
function abAsFrom(tokens: Token[], k: number): boolean {
  const next = tokens[k + 1];
  return tokens[k].lower === 'ab' && !!next && (next.kind === 'num' || AB_DATE_WORDS.has(next.lower));
}
/** Whether the job cues read in [from, to) (left to right, as findAll reads them) include a headcount, cut or sector word. */
function notHiringIn(tokens: Token[], from: number, to: number): boolean {
  // ("ab 2027" is "from 2027": see decideCount)
  for (const c of jobCuesIn(tokens, from, to)) if (c.value === 'not-hire' && !abAsFrom(tokens, c.start)) return true;
  return false;
}

const HIRING_NOUNS = new Set(['recrutements', 'embauches', 'hires', 'recruits', 'contrataciones', 'incorporaciones', 'neueinstellungen', 'einstellungen']);
/** "Already": about the jobs only right beside them. */
// ("today" too: "qui emploie aujourd'hui 2 700 salariés" is a payroll, "GHL ha presentado hoy … la creación de 220 puestos" a plan)
const NEAR_ONLY = new Set(['déjà', 'today', 'heute', 'aujourd', 'hoy', 'actualmente', 'derzeit', 'aktuell', 'actuellement']);
// (and people still to come: "Nos 350 futurs employés", "sus 200 futuros trabajadores", "die 300 künftigen Mitarbeiter")
const NEW_PEOPLE = new Set(['new', 'additional', 'extra', 'nuevos', 'nuevas', 'adicionales', 'nouveaux', 'nouvelles', 'supplémentaires', 'neue', 'neuen', 'zusätzliche', 'zusätzlichen',
  'future', 'futurs', 'futures', 'futuros', 'futuras', 'künftige', 'künftigen', 'zukünftige', 'zukünftigen']);
function newPeople(tokens: Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (NEW_PEOPLE.has(tokens[k].lower)) return true;
  return false;
}

/** Words of a fact box's label for what a project costs (see costLine). */
const COST_LABELS = new Set(['cost', 'costs', 'coût', 'coûts', 'kosten', 'gesamtkosten', 'baukosten', 'projektkosten', 'coste', 'costo', 'capex']);
/** A short line "<label naming a cost>: <money>", the money within three words of the colon, no negative word in the label. */
function costLine(tokens: Token[], s: SentenceView, f: Figure): boolean {
  if (s.to - s.from > FACT_BOX_MAX_TOKENS || f.from - s.from > 10) return false;
  let colon = -1;
  for (let k = s.from + 1; k < f.from; k++) if (tokens[k].lower === ':') { colon = k; break; }
  if (colon < 0 || f.from - colon > 3) return false;
  let named = false;
  for (let k = s.from; k < colon; k++) if (COST_LABELS.has(tokens[k].lower)) named = true;
  return named && !negativeCueIn(tokens, s.from, colon);
}

/** A fact-box line ("Label: figure …" or "figure: label") whose label names jobs. */
const FACT_BOX_MAX_TOKENS = 18;
/** The words for "the number of" a count moved from one figure to another. */
const NUMBER_OF = new Set(['zahl', 'number', 'nombre', 'número', 'cifra']);
/** What stands before each figure of "von 1.500 auf 900", "from 60 to 110", "de 500 à 200", "de 800 a 1.200". */
const MOVED_FROM_OR_TO = new Set(['von', 'auf', 'from', 'to', 'de', 'à', 'a']);
const MOVED_FROM = new Set(['von', 'from', 'de']);
/** Job nouns the number of which moves without new jobs: training places, jobs touched ("die Zahl der Lehrstellen von 28 auf 40",
 * "die Zahl der indirekt betroffenen Stellen auf bis zu 2.000"). */
const NOT_NEW_JOBS_NUMBER = new Set(['ausbildungsplätze', 'ausbildungsstellen', 'lehrstellen', 'betroffenen', 'betroffene', 'affected', 'apprenticeships',
  'apprentices', 'apprentis', 'apprentissage', 'alternants', 'aprendices', 'becarios']);

/** Whether the word at k before the figure says the number leaves it: "von", "from", and the French and Spanish "de" only
 * with "à"/"a" and another figure after it ("passe de 500 à 200"; "el número de puestos será de 220" is the figure it is). */
function movedFrom(tokens: Token[], k: number, f: Figure): boolean {
  const word = tokens[k].lower;
  if (word !== 'de') return MOVED_FROM.has(word);
  const to = tokens[f.to]?.lower;
  return (to === 'à' || to === 'a') && tokens[f.to + 1]?.kind === 'num';
}

/**
 * A figure the number of jobs moves from or to, the noun named before them: "Die Zahl der geplanten
 * Arbeitsplätze sinkt von 1.500 auf 900", "the number of jobs will rise from 60 to about 110",
 * "le nombre d'emplois créés passe de 500 à 200": 'from' for the figure it leaves (the earlier
 * one), 'to' for the figure it reaches, null for neither.
 */
function jobsNumberMoved(tokens: Token[], s: SentenceView, f: Figure): 'from' | 'to' | null {
  // the word right before the figure, past a qualifier or two ("auf etwa 110")
  let k = f.from - 1;
  while (k > s.from && k > f.from - 3 && tokens[k].kind === 'word' && !MOVED_FROM_OR_TO.has(tokens[k].lower)) k--;
  if (!MOVED_FROM_OR_TO.has(tokens[k]?.lower ?? '')) return null;
  // "the number" with a strong job noun right after it, within ten words before
  for (let j = k - 1; j >= Math.max(s.from, k - 10); j--) {
    // (past the figure moved from and a year: "von 1.500 auf 900", "soll bis 2030 auf 900 steigen"; not past a comma)
    if (tokens[j].lower === ',') return null;
    if (!NUMBER_OF.has(tokens[j].lower)) continue;
    for (let n = j + 1; n < Math.min(k, j + 5); n++) {
      if (NOT_NEW_JOBS_NUMBER.has(tokens[n].lower)) return null;
      if (matchAt(tokens, n, jobNouns, k)?.value === 'strong') return movedFrom(tokens, k, f) ? 'from' : 'to';
    }
    return null;
  }
  return null;
}

function factBoxJobs(tokens: Token[], s: SentenceView, f: Figure): boolean {
  if (s.to - s.from > FACT_BOX_MAX_TOKENS) return false;
  let colon = -1;
  for (let k = s.from; k < Math.min(s.to, s.from + 9); k++) if (tokens[k].lower === ':') { colon = k; break; }
  // (or a dash right after a figure that opens the line: "650 – jobs when fully open")
  if (colon < 0 && f.from === s.from && FACT_DASHES.has(tokens[f.to]?.lower ?? '') && tokens[f.to].gap !== '') colon = f.to;
  if (colon < 0) return false;
  // (not jobs kept or cut: "gesicherte Arbeitsplätze: 2.400")
  for (const c of jobCuesIn(tokens, s.from, colon)) if (c.value === 'not-hire') return false;
  // the label before the colon ("Jobs:", "Bauarbeiter in der Spitze:", "Construction workers on site at peak:"), the figure after it;
  // a label for people alone is the payroll of a company profile ("Mitarbeiter: 9.800")
  if (f.from > colon) {
    for (const m of findAll(tokens, s.from, colon, jobNouns)) if (m.value === 'strong') return true;
    // ("Empleo en construcción: hasta 1.800", "Empleo permanente: unos 250": the word for employment itself)
    if (FACT_BOX_EMPLOYMENT.has(tokens[s.from].lower)) return true;
    return matchesIn(tokens, s.from, colon, constructionAfter);
  }
  // the figure first ("2,200: maximum full-time jobs", "3,500: peak construction workforce"; not the time "15:10 Dunmore to cut staff")
  if (f.from !== s.from || f.to !== colon || tokens[colon + 1]?.gap === '') return false;
  const labelEnd = Math.min(s.to, colon + 7);
  // ("1,500 – construction workers at peak", "3,500: peak construction workforce")
  if (matchesIn(tokens, colon + 1, labelEnd, constructionAfter)) return true;
  let strong: { start: number; end: number } | null = null;
  for (const m of findAll(tokens, colon + 1, labelEnd, jobNouns)) if (m.value === 'strong') { strong = m; break; }
  if (!strong) return false;
  // (not "3,000: job cuts"; but "3,500: peak construction workforce" holds a headcount word inside its noun)
  for (const c of jobCuesIn(tokens, colon + 1, labelEnd)) if (c.value === 'not-hire' && (c.end <= strong.start || c.start >= strong.end)) return false;
  return true;
}
const FACT_DASHES = new Set(['–', '—', '-']);
export const AND_WORDS = new Set(['and', 'et', 'und', 'y']);
/** (`this`: the figure's first token) a hiring cue before the figure. */
function isHireBefore(this: number, c: CueMatch<JobCue>): boolean {
  return c.value === 'hire' && c.end <= this;
}
/** German writes nouns with a capital: a lower-case word with an adjective's ending between a count and its noun
 * is an adjective ("400 hochwertige Industriearbeitsplätze", "200 gut bezahlte Stellen"). */
const GERMAN_ADJECTIVE_ENDING = /(e|en|er|es)$/;
/** (not the ones that make the jobs vacancies or the payroll: "1.420 offene Stellen", "die 800 bestehenden Arbeitsplätze") */
const NOT_NEW_GERMAN = new Set(['offene', 'offenen', 'freie', 'freien', 'unbesetzte', 'unbesetzten', 'bestehende', 'bestehenden', 'bisherige', 'bisherigen',
  'vorhandene', 'vorhandenen', 'gesicherte', 'gesicherten', 'gefährdete', 'gefährdeten', 'betroffene', 'betroffenen', 'verbleibende', 'verbleibenden']);
function germanAdjective(t: Token): boolean {
  return t.kind === 'word' && !t.cap && t.lower.length >= 3 && GERMAN_ADJECTIVE_ENDING.test(t.lower) && t.lower !== 'oder' && !NOT_NEW_GERMAN.has(t.lower);
}
/** A fact box's label naming employment in the singular ("Empleo permanente:", "Emploi :"). */
const FACT_BOX_EMPLOYMENT = new Set(['empleo', 'emploi', 'employment', 'beschäftigung']);

const WITH = new Set(['with', 'con', 'avec', 'mit']);
/** Opening or building a site: the staff it opens "with" are new jobs. */
const OPEN_OR_BUILD = new Set([
  'open', 'opens', 'opening', 'build', 'builds', 'building', 'abrirá', 'abre', 'abrir', 'inaugurará', 'construirá', 'construir',
  'ouvrira', 'ouvre', 'ouvrir', 'inaugurera', 'construira', 'construire', 'eröffnet', 'eröffnen', 'baut', 'bauen', 'errichtet',
  // a site a town or a company will have: "Málaga tendrá un centro de diseño de chips con 650 ingenieros"
  'tendrá', 'tendrán', 'aura', 'auront',
]);

/** "abrirá un centro tecnológico con 800 ingenieros", "opens a plant with 300 workers": a new
 * site and the people it opens with (not "its plant with 5,000 workers": no opening verb). */
function staffsNewSite(s: SentenceView, figureFrom: number): boolean {
  const { tokens } = s;
  if (!WITH.has(tokens[figureFrom - 1]?.lower ?? '')) return false;
  let site = -1;
  // (the site named with what it does: "un centro de diseño de chips con 650 ingenieros")
  for (let k = figureFrom - 2; k >= Math.max(s.from, figureFrom - 8) && site < 0; k--) if (matchAt(tokens, k, projectNouns, figureFrom - 1)) site = k;
  if (site < 0) return false;
  for (let k = Math.max(s.from, site - 6); k < site; k++) if (OPEN_OR_BUILD.has(tokens[k].lower)) return true;
  return false;
}

/** German compounds no list can hold: "80 zusätzliche Pflegekräfte", "2.000 Bauarbeitern", "900 IT- und Digitalfachkräfte". */
const GERMAN_JOB_PLACES = /^.{3,}arbeitsplätzen?$|^(?:vollzeit|teilzeit|ganzjahres|ingenieurs?|entwickler|forschungs|dauer|plan|techniker|experten)stellen$/;
// (and the trades: "rund 3.000 Softwareentwickler", "200 Prozessingenieure")
const GERMAN_PEOPLE = /^.{3,}(kräften?|arbeitern?|arbeiterinnen|mitarbeitenden?|beschäftigten?|entwickler(?:n|innen)?|ingenieur(?:e|en|innen)|techniker(?:n|innen)?|expert(?:en|innen))$/;
function germanCompoundJobNoun(tokens: Token[], k: number, limit: number): { len: number; value: 'strong' | 'weak' } | null {
  let at = k;
  // (one or more first parts shared: "IT- und Digitalfachkräfte")
  // (the modifiers before may have been passed over already: "IT-" is one, and k is at "und")
  if (tokens[k]?.kind === 'word' && tokens[k + 1]?.lower === '-' && tokens[k + 1].gap === '' && (tokens[k + 2]?.lower === 'und' || tokens[k + 2]?.lower === 'oder')) at = k + 3;
  else if ((tokens[k]?.lower === 'und' || tokens[k]?.lower === 'oder') && tokens[k - 1]?.lower === '-') at = k + 1;
  const t = tokens[at];
  if (at >= limit || !t || t.kind !== 'word' || t.lower.length < 8) return null;
  const value = GERMAN_JOB_PLACES.test(t.lower) ? 'strong' : GERMAN_PEOPLE.test(t.lower) ? 'weak' : null;
  return value ? { len: at - k + 1, value } : null;
}

/** Whether a count names people or jobs right after it (past the words that describe them): "180 ingenieros", "90 empleos directos". */
export function countsPeople(s: SentenceView, f: Figure): boolean {
  return jobNounAfter(s, f).noun !== null;
}

/** The job or people noun after a count, past up to four words that describe it ("90 empleos directos", "300 hoch qualifizierte Arbeitsplätze"); `at` is where it is looked for. */
function jobNounAfter(s: SentenceView, f: Figure) {
  const { tokens } = s;
  let at = f.to;
  while (at < s.to && at - f.to < 4 && (jobModifiers.has(tokens[at].lower) || (s.lang === 'de' && germanAdjective(tokens[at]))) && !matchAt(tokens, at, jobNouns, s.to)) at++;
  return { at, noun: matchAt(tokens, at, jobNouns, s.to) ?? (s.lang === 'de' ? germanCompoundJobNoun(tokens, at, s.to) : null) };
}

/** `restated`: the same number was already claimed as jobs in this story ("Die bis zu 800 Beschäftigten sollen …"). */
export function decideCount(s: SentenceView, f: Figure, previousJobs: boolean, restated = false): MetricDecision | null {
  if (f.value < 5 || f.value > 2_000_000 || f.value % 1 !== 0) return null;
  const { tokens } = s;
  const after = jobNounAfter(s, f);
  let k = after.at;
  let noun = after.noun;
  // Spanish puts the article between a moved figure and its noun: "eleva a 450 las contrataciones", "cifró en 300 las incorporaciones"
  if (!noun && s.lang === 'es' && k === f.to && (tokens[k]?.lower === 'las' || tokens[k]?.lower === 'los') && matchAt(tokens, k + 1, jobNouns, s.to)) {
    k++;
    noun = matchAt(tokens, k, jobNouns, s.to);
  }
  // English trades before a job noun: "as many as 150 engineering and technician positions"
  // (not a compound before it: "an eight-year Job Development grant")
  if (!noun && s.lang === 'en' && !(tokens[f.to]?.lower === '-' && tokens[f.to].gap === '')) {
    for (let j = k; j < Math.min(s.to - 1, k + 3) && tokens[j].kind === 'word' && !tokens[j].cap; j++) {
      // (jobs that exist already are the payroll: "secure the plant's roughly 600 existing jobs")
      if (tokens[j].lower === 'existing') break;
      const later = matchAt(tokens, j + 1, jobNouns, s.to);
      if (later?.value === 'strong') {
        k = j + 1;
        noun = later;
        break;
      }
    }
  }
  // a fact box: "New jobs: 350", "Emplois créés : 400", "Arbeitsplätze: rund 1.200 bis 2029",
  // "Jobs: ~1,500 permanent; up to 4,000 during construction", "2,200: maximum full-time jobs"
  if (!noun && f.to - f.from < 6 && factBoxJobs(tokens, s, f)) return { metric: 'jobs', to: f.to, reasons: ['jobs-label'] };
  const moved = !noun && f.to - f.from < 6 ? jobsNumberMoved(tokens, s, f) : null;
  if (moved) return { metric: 'jobs', to: f.to, reasons: [moved === 'from' ? 'number-of-jobs-moved-from' : 'number-of-jobs-moved-to'] };
  // posts filled so far, the noun left out after the jobs just named: "Von den 90 angekündigten Stellen sind bisher 55 besetzt"
  if (!noun && s.lang === 'de' && previousJobs && f.to - f.from < 6 && tokens[f.to]?.lower === 'besetzt') return { metric: 'jobs', to: f.to, reasons: ['posts-filled'] };
  // "will hire 300", "va recruter 500": a count right after a hiring verb
  // (past a qualifier: "to hire nearly 500 in Bengaluru")
  let prev = tokens[f.from - 1]?.lower === 'a' ? f.from - 2 : f.from - 1;
  while (prev > s.from && prev > f.from - 4 && HIRE_QUALIFIERS.has(tokens[prev].lower)) prev--;
  // (and the first of them: "We plan to hire the first 250 by the end of next year", "recrutera les premiers 80")
  // (or its own first ones, after the Spanish "a" of persons: "busca a sus primeros 300 trabajadores")
  if (FIRST_OF.has(tokens[prev]?.lower ?? '') && prev - 1 > s.from && (ARTICLES_BEFORE_ORDINAL.has(tokens[prev - 1].lower) || POSSESSIVES.has(tokens[prev - 1].lower))) {
    prev -= 2;
    if (tokens[prev]?.lower === 'a' && prev > s.from) prev--;
  }
  const employAhead = tokens[prev]?.lower === 'employ' && EMPLOY_AHEAD.has(tokens[prev - 1]?.lower ?? '');
  // ("We'll be looking for about 2,000 people": looking for people is seeking them)
  if (tokens[prev]?.lower === 'for' && tokens[prev - 1]?.lower === 'looking') prev--;
  const seekOf = SEEK_WORDS.has(tokens[prev]?.lower ?? '') && prev + 1 < f.from && tokens[prev + 1].lower === 'de';
  // (a range takes more tokens: "contratará entre 1.200 y 1.500 agentes")
  if (!noun && (HIRE_RIGHT_BEFORE.has(tokens[prev]?.lower ?? '') || employAhead) && !seekOf && f.to - f.from < (f.max !== null ? 10 : 6)) {
    return { metric: 'jobs', to: f.to, reasons: ['count-after-hiring-verb'] };
  }
  // German for more coming: "310 Arbeitsplätze gesichert, 20 kommen hinzu", "Mit dem neuen Werk kommen 35 dazu"; and a target
  // for the jobs just named: "Wir starten mit 50 Mitarbeitern, Ende 2029 sollen es 120 sein"
  if (!noun && s.lang === 'de' && f.to - f.from < 6 && (previousJobs || matchesIn(tokens, Math.max(s.from, f.from - 12), f.from, jobNouns))
    && (comesOnTop(tokens, f, prev) || (COME_INTO_BEING.has(tokens[f.to]?.lower ?? '') && wordIn(tokens, Math.max(s.from, prev - 2), prev + 1, WILL_DE)) || (tokens[prev]?.lower === 'um' && GROW.has(tokens[f.to]?.lower ?? '')) || (tokens[prev]?.lower === 'es' && WILL_DE.has(tokens[prev - 1]?.lower ?? '') && (tokens[f.to]?.lower === 'sein' || tokens[f.to]?.lower === 'werden')))) {
    return { metric: 'jobs', to: f.to, reasons: ['more-jobs-noun-left-out'] };
  }
  // a jobs figure carried on to the sentence's end, past a comma and a qualifier: "… rund 400 Beschäftigte in Erding arbeiten, im Endausbau
  // bis zu 1.000.", "Bis Ende 2027 sollen in Zug 40 Stellen entstehen, mittelfristig bis zu 70."
  if (!noun && previousJobs && f.to - f.from < 6 && prev < f.from - 1 && (f.to >= s.to || (f.to === s.to - 1 && tokens[f.to].kind === 'punct'))
    && carriedOn(tokens, s.from, prev) && matchesIn(tokens, s.from, f.from, jobNouns) && !notHiringIn(tokens, Math.max(s.from, f.from - 30), f.from)) {
    return { metric: 'jobs', to: f.to, reasons: ['jobs-figure-carried-on'] };
  }
  // "secure the plant's 600 existing jobs and create 120 new ones", "maintenir les 650 emplois et d'en créer 85 nouveaux":
  // new ones of the jobs the sentence named before
  if (!noun && f.to - f.from < 6 && NEW_ONES.has(tokens[f.to]?.lower ?? '') && CREATE_WORDS.has(tokens[prev]?.lower ?? '')
    && (tokens[f.to + 1]?.lower === 'ones' || tokens[f.to + 1]?.kind === 'punct' || f.to + 1 >= s.to) && matchesIn(tokens, s.from, f.from, jobNouns)) {
    return { metric: 'jobs', to: tokens[f.to + 1]?.lower === 'ones' ? f.to + 2 : f.to + 1, reasons: ['new-ones-of-jobs-named'] };
  }
  // "400 empleos directos y cerca de 1.500 indirectos": the noun is left out after a kind of job
  if (!noun && k > f.to && previousJobs && ELLIPTIC_KINDS.has(tokens[k - 1].lower) && (k >= s.to || tokens[k].kind === 'punct' || CLAUSE_WORDS.has(tokens[k].lower))) {
    return { metric: 'jobs', to: k, reasons: ['job-noun-left-out'] };
  }
  // "recruter 9 000 personnes …, dont 4 500 en France": a part of the jobs figure just named
  // (the whole must be a hiring figure of this sentence, not "beschäftigt 34.000 Menschen, davon 21.000 in Deutschland")
  // (or after it: "1.000 zusätzliche Arbeitsplätze …, mindestens 300 davon in einer neuen Zellfertigung", "900 de ellos en Martorell";
  // or before a qualifier: "davon knapp zweihundert in der Produktion")
  if (!noun && previousJobs && (PART_OF.has(tokens[f.from - 1]?.lower ?? '') || PART_OF.has(tokens[f.from - 2]?.lower ?? '') || tokens[f.to]?.lower === 'davon' || (tokens[f.to]?.lower === 'de' && /^(ellos|ellas)$/.test(tokens[f.to + 1]?.lower ?? '')) || ofThem(tokens, f.to) || partListedBefore(tokens, s.from, f.from)) && f.to - f.from < 6
    && matchesIn(tokens, Math.max(s.from, f.from - 10), f.from, jobNouns)
    && !notHiringIn(tokens, Math.max(s.from, f.from - 20), f.from)) {
    return { metric: 'jobs', to: f.to, reasons: ['part-of-jobs-figure'] };
  }
  if (!noun && previousJobs && f.to - f.from < 6 && (matchAt(tokens, f.to, constructionAfter, s.to) || duringConstruction(tokens, f.to, s.to))) {
    return { metric: 'jobs', to: f.to, reasons: ['construction-jobs-noun-left-out'] };
  }
  // jobs created so far, their noun left out after the promise: "Entstanden sind bislang 1.050.", "sind bis heute 640 entstanden"
  if (!noun && previousJobs && s.lang === 'de' && f.to - f.from < 6 && (CREATED_DE.has(tokens[f.to]?.lower ?? '') || wordIn(tokens, Math.max(s.from, f.from - 4), f.from, CREATED_DE))
    && !notHiringIn(tokens, Math.max(s.from, f.from - 2), Math.min(s.to, f.to + 2))) {
    return { metric: 'jobs', to: f.to, reasons: ['jobs-created-noun-left-out'] };
  }
  // a later phase's count after the first's: "zunächst 20 neue Stellen, langfristig gut 30", "Erst 120 Stellen, später 300",
  // "vamos a contratar a 800 personas, y … emplearemos a unas 2 mil" (a qualifier may come between)
  if (!noun && previousJobs && f.to - f.from < 6 && laterPhaseBefore(tokens, s.from, f.from) && !notHiringIn(tokens, Math.max(s.from, f.from - 6), f.from) && !perYearAfter(tokens, f.to)) {
    return { metric: 'jobs', to: f.to, reasons: ['later-phase-jobs-noun-left-out'] };
  }
  if (!noun && previousJobs && f.to - f.from < 6 && matchAt(tokens, f.to, operationAfter, s.to) && !notHiringIn(tokens, Math.max(s.from, f.from - 6), f.from)) {
    return { metric: 'jobs', to: f.to, reasons: ['operation-jobs-noun-left-out'] };
  }
  // "Los 2.000 empleos se sumarán a los 600 que la compañía anunció": the earlier jobs figure, its noun left out
  if (!noun && previousJobs && f.to - f.from < 6 && addsToBefore(tokens, s.from, f.from)) {
    return { metric: 'jobs', to: f.to, reasons: ['earlier-jobs-figure-added-to'] };
  }
  if (!noun) {
    // "puts the figure at up to 1,100", "the 300-500 range": a count standing for the jobs just named
    // (most counts without a noun follow no jobs figure: the words are read only after one)
    if (!previousJobs) return null;
    const after = tokens[f.to];
    const ref = BACK_REFERENCE.has(after?.lower ?? '') || wordIn(tokens, Math.max(s.from, f.from - 5), f.from, BACK_REFERENCE);
    // (not a count of something else named right after it: "una capacidad total de 800 megavatios hora")
    const countsOther = f.to < s.to && after.kind === 'word' && !BACK_REFERENCE.has(after.lower) && !CLAUSE_WORDS.has(after.lower);
    return ref && !countsOther ? { metric: 'jobs', to: f.to, reasons: ['refers-to-jobs-figure'] } : null;
  }
  const to = k + noun.len;
  // a dash or semicolon before the figure starts a clause of its own: "… 500 neue Stellen schaffen – und gleichzeitig 1.200 Stellen abbauen"
  let clauseStart = Math.max(s.from, f.from - 40);
  // (the breaks are punctuation: a word or number is passed over without the Set)
  for (let b = f.from - 1; b >= clauseStart; b--) if (tokens[b].kind === 'punct' && CLAUSE_BREAKS.has(tokens[b].lower)) { clauseStart = b + 1; break; }
  // the cues of the clause before the figure, then the first two after the noun
  const cues = jobCuesIn(tokens, to, Math.min(s.to, to + 12), jobCuesIn(tokens, clauseStart, f.from), 2);
  // "stellt … 120 Mitarbeiter ein": the separable prefix closes the clause ("stellt in Bitterfeld-Wolfen weitere 120 Mitarbeiter ein.")
  if (s.lang === 'de' && tokens[to]?.lower === 'ein' && (wordIn(tokens, Math.max(s.from, f.from - 3), f.from, STELLEN) ||
    ((to + 1 >= s.to || tokens[to + 1].kind === 'punct') && wordIn(tokens, clauseStart, f.from, STELLEN)))) cues.push({ start: to, end: to + 1, value: 'hire' });
  // a seeking word right before the count hires the people named: "recherche 120 techniciens", "busca 300 operarios"
  if (SEEK_WORDS.has(tokens[prev]?.lower ?? '') && !seekOf) cues.push({ start: prev, end: prev + 1, value: 'hire' });
  // "Am Standort sollen bis zu 250 Beschäftigte arbeiten": people who will work there (a modal
  // before the count; "wo heute 3.000 Menschen arbeiten" is the payroll)
  // (or employ: "Dort will das Unternehmen mindestens 150 Menschen beschäftigen")
  // (or after a list of the people: "Rund 100 Entwicklerinnen, Datenanalysten und Risikoexperten sollen dort arbeiten")
  if (s.lang === 'de' && !wordIn(tokens, Math.max(s.from, f.from - 10), f.from, WILL_DE)) {
    for (let m = to; m < Math.min(s.to, to + 8); m++) {
      if (!WILL_DE.has(tokens[m].lower)) continue;
      // (after "sollen", past a place and a time: "Rund fünfhundert Menschen sollen in dem Werk künftig arbeiten";
      // "Rund 1900 Beschäftigte werden dann unter einem Dach arbeiten" is a staff moved, not hired)
      const reach = tokens[m].lower === 'sollen' || tokens[m].lower === 'soll' ? 6 : 4;
      for (let k = m + 1; k < Math.min(s.to, m + reach) && tokens[k].kind === 'word'; k++) {
        if (tokens[k].lower === 'arbeiten' || tokens[k].lower === 'beschäftigen') cues.push({ start: k, end: k + 1, value: 'hire' });
      }
      break;
    }
  }
  // "Im Endausbau rechnet Voltaris mit rund 2.000 Beschäftigten": the payroll a company counts on
  if (s.lang === 'de' && wordIn(tokens, Math.max(s.from, f.from - 5), f.from, RECKONS_WITH) && wordIn(tokens, Math.max(s.from, f.from - 3), f.from, WITH_DE)) cues.push({ start: f.from - 1, end: f.from, value: 'hire' });
  if (s.lang === 'de' && wordIn(tokens, Math.max(s.from, f.from - 10), f.from, WILL_DE)) {
    for (let k = to; k < Math.min(s.to, to + 8) && tokens[k].kind === 'word'; k++) {
      // ("… bis zu 2.500 Bauarbeiter auf dem Gelände beschäftigt sein", "sollen zwei Dutzend zusätzliche Mitarbeiter beschäftigt werden")
      if (tokens[k].lower === 'arbeiten' || tokens[k].lower === 'beschäftigen' || (tokens[k].lower === 'beschäftigt' && (tokens[k + 1]?.lower === 'sein' || tokens[k + 1]?.lower === 'werden'))) {
        cues.push({ start: k, end: k + 1, value: 'hire' });
        break;
      }
    }
  }
  let nearest: { value: JobCue; dist: number } | null = null;
  for (const c of cues) {
    const dist = c.end <= f.from ? f.from - c.end : c.start - to + 1;
    // headcount, cuts and sector words count only before the figure or right after the noun
    // (German puts the verb last: "… die rund 1.500 Arbeitsplätze am Standort langfristig gesichert werden")
    if (c.value === 'not-hire' && c.start >= to && dist > (s.lang === 'de' ? 7 : 3)) continue;
    // (nor in a clause joined after the noun: "requires the company to create at least 400 full-time jobs and keep them for 10 years")
    if (c.value === 'not-hire' && c.start > to && AND_WORDS.has(tokens[to].lower) && cues.some(isHireBefore, f.from)) continue;
    // "concentre déjà plus de 15 000 emplois", not "avait déjà annoncé en 2024 un centre de 60 emplois"
    if (c.value === 'not-hire' && (dist > 3 || HIRING_NOUNS.has(tokens[k].lower)) && NEAR_ONLY.has(tokens[c.start].lower)) continue;
    // (nor an adverb after the noun that a hiring verb follows: "62 personnes ont déjà été embauchées", "80 Leute sind bereits eingestellt")
    if (c.value === 'not-hire' && c.start >= to && ALREADY.has(tokens[c.start].lower) && cues.some((h) => h.value === 'hire' && h.start > c.start && h.start - c.end <= 2)) continue;
    // "sollen ab 2027 rund 400 Beschäftigte … arbeiten": "ab" before a year is "from", not the "ab" of "bauen … ab"
    if (c.value === 'not-hire' && abAsFrom(tokens, c.start)) continue;
    // "Sur le plan social, la direction annonce 450 emplois": the social side, not a redundancy plan
    if (c.value === 'not-hire' && tokens[c.start].lower === 'plan' && tokens[c.start - 1]?.lower === 'le' && tokens[c.start - 2]?.lower === 'sur') continue;
    if (!nearest || dist <= nearest.dist) nearest = { value: c.value, dist };
  }
  // a noun that is itself hiring ("prévoit jusqu'à 600 recrutements") outweighs a payroll named further off
  // ("Le site, qui emploie aujourd'hui 2 700 salariés, prévoit …")
  // (so do jobs called new: "emplea a una media de 22 personas, por lo que el plan supondrá unos 1.100 nuevos empleos")
  if (nearest?.value === 'not-hire' && nearest.dist > 3 && (HIRING_NOUNS.has(tokens[k].lower) || newPeople(tokens, f.to, k))) nearest = null;
  if (nearest?.value === 'not-hire') return null;
  if (noun.value === 'weak' && !nearest && staffsNewSite(s, f.from)) return { metric: 'jobs', to, reasons: ['new-site-with-staff'] };
  // people on the building site: "hasta 2.800 trabajadores en la construcción", "1,000 workers during construction"
  if (noun.value === 'weak' && !nearest && matchAt(tokens, to, constructionAfter, s.to)) return { metric: 'jobs', to, reasons: ['construction-crew'] };
  // "1,000 new workers", "con 1,100 nuevas plazas", "300 nouveaux salariés": people who are new are hires
  // (the adjective after the noun too: "300 plazas nuevas", "80 postes nouveaux")
  if (noun.value === 'weak' && !nearest && (newPeople(tokens, f.to, k) || NEW_PEOPLE.has(tokens[to]?.lower ?? ''))) return { metric: 'jobs', to, reasons: ['new-people'] };
  if (noun.value === 'weak' && !nearest) return restated ? { metric: 'jobs', to, reasons: ['restates-claimed-jobs'] } : null;
  const nounReason = noun.value === 'strong' ? 'job-noun' : 'people-noun-with-hiring-verb';
  return { metric: 'jobs', to, reasons: nearest ? [nounReason, 'hiring-verb'] : [nounReason] };
}
