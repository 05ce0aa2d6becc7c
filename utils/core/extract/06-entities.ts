// Stage 4: entities. People with their roles, organisations (legal forms, tickers,
// abbreviations in brackets, names before verbs such as invest/annonce/investiert/invertirá),
// places (gazetteer plus unknown names attached to a known place: "Lima, Ohio",
// "Saint-Fons bei Lyon"). Every mention keeps its exact offsets.
import type { Token } from './01-tokens';
import type { Sentence } from './03-sentences';
import { CAPS_ONLY_SUFFIXES, COMPANY_NOUNS_BEFORE_NAME, COMPANY_TAILS, MIXED_CASE_SUFFIXES, GERMAN_DESCRIPTOR_ENDINGS, GERMAN_TRADE_NOUN, LEGAL_SUFFIXES, NAME_DESCRIPTORS, NAME_HEAD_NOUNS, NOT_NAMES, ORG_VERBS, ROLES, ROMANCE_NATIONALITIES, SPANISH_TRADE_HOUSES, TITLES, TRADE_DESCRIPTORS } from './data/entities';
import type { Lang } from './data/numbers';
import { countryOf, EXACT_CASE, PLACES, placeByName, type Place } from './gazetteer';
import { knownCompanyAt } from './known-companies';
import { CapCounts, isNameWord, MAX_RUN, runLeft, runRight, runRightWithParticles } from './names';
import { matchAt, matchEndingAt, mayStartAt, phraseTable, rememberedTest, wordSet } from './phrases';
import { MONTHS, PREFIX_CURRENCY_WORDS, SCALES } from './data/numbers';
import { PUBLIC_HEAD_WORDS } from './data/cues';

export interface Mention {
  type: 'org' | 'person' | 'place';
  from: number;
  to: number;
  /** Organisations: the long name the mention stands for ("AWS" → "Amazon Web Services"). */
  canonical: string;
  role?: string | null;
  place?: Place;
}

const roles = phraseTable(ROLES.map((r) => [r, r] as [string, string]));
const suffixes = phraseTable(LEGAL_SUFFIXES.map((s) => [s, s] as [string, string]));
const orgVerbs = phraseTable(ORG_VERBS.map((v) => [v, true] as [string, boolean]));
/** Asked of every lower-case word: a bit test (see wordSet) rather than a Set look-up. */
const isCompanyNoun = wordSet(COMPANY_NOUNS_BEFORE_NAME);
const SPANISH_TRADE_HOUSE_SET = new Set(SPANISH_TRADE_HOUSES);
const ROMANCE_NATIONALITY = new Set(ROMANCE_NATIONALITIES);
/** A word for a company; Spanish trade houses only when capitalised ("Conservas Arbeloa", not "conservas de pescado"). */
const isCompanyWord = (t: Token) => isCompanyNoun(t) && (t.cap || !SPANISH_TRADE_HOUSE_SET.has(t.lower));
/** Verbs that only mean "has"/"plans" in one language ("a" is an article in English). */
/** German plural verbs that are also the infinitive closing a clause ("… will einen Campus errichten"). */
const GERMAN_PLURALS_LIKE_INFINITIVES = new Set(['investieren', 'planen', 'bauen', 'errichten', 'stecken']);
const LANG_ONLY: Record<string, Lang> = { a: 'fr', ha: 'es', hat: 'de', plant: 'de', va: 'fr', van: 'es', vont: 'fr', plan: 'en', wollen: 'de' };
for (const verb of GERMAN_PLURALS_LIKE_INFINITIVES) LANG_ONLY[verb] = 'de';
const PREPOSITIONS = new Set(['in', 'at', 'near', 'on', 'outside', 'à', 'aux', 'a', 'près', 'dans', 'bei', 'nahe', 'nach', 'en', 'cerca', 'around', 'auprès']);
const NEAR = phraseTable([['near', 1], ['bei', 1], ['près de', 1], ['cerca de', 1], ['outside', 1], ['just south of', 1], ['just north of', 1], ['south of', 1], ['north of', 1], ['east of', 1], ['west of', 1],
  ['northwest of', 1], ['northeast of', 1], ['southwest of', 1], ['southeast of', 1], ['just northwest of', 1], ['just northeast of', 1], ['just southwest of', 1],
  ['just southeast of', 1], ['just east of', 1], ['just west of', 1], ['just outside', 1], ['in der nähe von', 1], ['unweit von', 1], ['à proximité de', 1], ['non loin de', 1], ['a las afueras de', 1], ['in the vicinity of', 1],
  ['au nord de', 1], ['au sud de', 1], ["à l'est de", 1], ["à l'ouest de", 1], ["au nord d'", 1], ["au sud d'", 1], ['al norte de', 1], ['al sur de', 1],
  ['al este de', 1], ['al oeste de', 1], ['nördlich von', 1], ['südlich von', 1], ['östlich von', 1], ['westlich von', 1], ['im bundesstaat', 2], ['in the state of', 2], ["dans l'état de", 2], ['en el estado de', 2]] as [string, number][], true); // beside a place only: no bit

const textOf = (text: string, tokens: Token[], from: number, to: number) => text.slice(tokens[from].start, tokens[to - 1].end);

/**
 * Token positions where each rule below can fire, found in one pass over the document: each
 * rule then visits its few candidates instead of walking every token object again (a pass
 * over an article's tokens costs more than the tests made in it). Positions ascend.
 */
interface Candidates {
  /** Capitalised words. */
  caps: Int32Array;
  /** Words that may start a legal form, and opening brackets. */
  suffixOrParen: Int32Array;
  commas: Int32Array;
  /** Words that may start a role. */
  roles: Int32Array;
  /** Lower-case words for a company ("laboratoire", "chipmaker"). */
  nouns: Int32Array;
  /** Words that may start an organisation's verb. */
  verbs: Int32Array;
  /** German trade nouns (German texts only). */
  trade: Int32Array;
  /** Words that may start a known place, or are capitalised. */
  places: Int32Array;
}

/** The bits of every table a lower-case word must start to be a candidate (0 when one of them
 * has no bit or matches prefixes: then no word is ruled out on its bits alone). */
const CANDIDATE_BITS = [suffixes, roles, orgVerbs, PLACES].every((table) => table.bit && !table.prefixes.length) && isCompanyNoun.bit
  ? suffixes.bit | roles.bit | orgVerbs.bit | PLACES.bit | isCompanyNoun.bit
  : 0;

/** GERMAN_TRADE_NOUN per word, remembered (it is asked of every word of a German text). */
const isTradeNoun = rememberedTest(GERMAN_TRADE_NOUN);

/** GERMAN_TRADE_NOUN as a bit of each spelling, tested once per spelling (see wordSet), when a
 * bit is left: it is asked of every word of a German text. Without one, remembered per word. */
const GERMAN_TRADE_BIT = wordSet([], (lower) => GERMAN_TRADE_NOUN.test(lower)).bit;
export function isTradeWord(t: Token): boolean {
  return GERMAN_TRADE_BIT !== 0 ? (t.starts & GERMAN_TRADE_BIT) !== 0 : isTradeNoun(t.lower);
}

/** GERMAN_DESCRIPTOR_ENDINGS per word, remembered (asked of every word of a German name candidate). */
const isDescriptorEnding = rememberedTest(GERMAN_DESCRIPTOR_ENDINGS);

/** A list of token positions filled by findCandidates, reused from call to call: a number[] per
 * list grown by push was most of the entities stage's allocation, and a copy of each list per
 * call (a typed array of its own, whose memory lives outside the heap) cost more than the
 * copying. A call reads its lists as views of the buffers (findEntities never runs inside
 * itself, so nothing else writes them meanwhile). */
class PositionScratch {
  private buf = new Int32Array(256);
  private n = 0;

  push(i: number): void {
    if (this.n === this.buf.length) {
      const bigger = new Int32Array(this.buf.length * 2);
      bigger.set(this.buf);
      this.buf = bigger;
    }
    this.buf[this.n++] = i;
  }

  /** Empties the list (also what a call that did not finish, by an exception, left behind). */
  clear(): void {
    this.n = 0;
    if (this.buf.length > 1 << 16) this.buf = new Int32Array(256); // a huge page's lists are not kept
  }

  take(): Int32Array {
    return this.buf.subarray(0, this.n);
  }
}
const CAP_AT = new PositionScratch();
const SUFFIX_OR_PAREN_AT = new PositionScratch();
const COMMA_AT = new PositionScratch();
const ROLE_AT = new PositionScratch();
const NOUN_AT = new PositionScratch();
const VERB_AT = new PositionScratch();
const TRADE_AT = new PositionScratch();
const PLACE_AT = new PositionScratch();

const SCRATCH = [CAP_AT, SUFFIX_OR_PAREN_AT, COMMA_AT, ROLE_AT, NOUN_AT, VERB_AT, TRADE_AT, PLACE_AT];

/** First words of the place adjectives ("française", "deutschen"): at a lower-case word, only
 * such a match makes a place (see placeAt), so other lower-case words ("la", "the", "el", first
 * words of "La Rioja", "The Hague", "El Cairo") are no place candidates. */
const ADJECTIVE_FIRST_WORDS = new Set<string>();
for (const [word, phrases] of PLACES.byFirst) if (phrases.some((p) => p.value.adjective)) ADJECTIVE_FIRST_WORDS.add(word);
/** (With phrases matched by prefix, any word may start one: then every word with the bit stays a candidate.) */
const LOWER_CASE_PLACE_FILTER = PLACES.prefixes.length === 0;

/** Visits every token once: fills the candidate lists. */
/** A ticker after an exchange written in words (see the bracket rule in findOrgNames). */
const EXCHANGE_TICKER = /^(?:Euronext|Nasdaq|Xetra|Borsa|Bolsa|B[öo]rse|SIX|Wiener|Deutsche)(?:\s[A-Z][\w]+){0,2}\s?:\s?[A-Z0-9.]{1,8}$/;

function findCandidates(tokens: Token[], lang: Lang): Candidates {
  for (let k = 0; k < SCRATCH.length; k++) SCRATCH[k].clear();
  const de = lang === 'de';
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const cap = t.cap;
    // most tokens are lower-case words, numbers or signs with none of the bits below: no list
    // takes them (a sign or number is never capitalised, a trade noun, a place or a legal form's
    // "s"; of signs, only commas and opening brackets have lists of their own)
    if ((t.starts & CANDIDATE_BITS) === 0 && CANDIDATE_BITS !== 0) {
      if (cap) {
        // a capitalised word (always a word token) with none of the bits: only the lists of
        // capitalised words and of trade nouns can take it
        CAP_AT.push(i);
        if (de && isTradeWord(t)) TRADE_AT.push(i);
        PLACE_AT.push(i);
      } else if (t.kind === 'word') {
        if (de && isTradeWord(t)) TRADE_AT.push(i);
      } else if (t.lower === ',') COMMA_AT.push(i);
      else if (t.lower === '(' || t.lower === '&') SUFFIX_OR_PAREN_AT.push(i);
      continue;
    }
    const word = t.kind === 'word';
    if (cap) CAP_AT.push(i);
    if (((word || t.lower === 's') && mayStartAt(t, suffixes)) || t.lower === '(' || t.lower === '&') SUFFIX_OR_PAREN_AT.push(i);
    if (t.lower === ',') COMMA_AT.push(i);
    if (mayStartAt(t, roles)) ROLE_AT.push(i);
    if (isCompanyWord(t) && (!cap || NAME_HEAD_NOUNS.has(t.lower))) NOUN_AT.push(i);
    if (mayStartAt(t, orgVerbs)) VERB_AT.push(i);
    if (de && isTradeWord(t)) TRADE_AT.push(i);
    if (word && (cap || (mayStartAt(t, PLACES) && (!LOWER_CASE_PLACE_FILTER || ADJECTIVE_FIRST_WORDS.has(t.lower))))) PLACE_AT.push(i);
  }
  return {
    caps: CAP_AT.take(), suffixOrParen: SUFFIX_OR_PAREN_AT.take(), commas: COMMA_AT.take(), roles: ROLE_AT.take(),
    nouns: NOUN_AT.take(), verbs: VERB_AT.take(), trade: TRADE_AT.take(), places: PLACE_AT.take(),
  };
}

/** Which tokens a mention has taken, one byte per token, all zero at the start of each call:
 * reused from call to call (a new typed array per call had its memory outside the heap). */
let TAKEN = new Uint8Array(1 << 12);
function takenScratch(n: number): Uint8Array {
  if (TAKEN.length < n || TAKEN.length > Math.max(n, 1 << 16)) TAKEN = new Uint8Array(Math.max(n, 1 << 12));
  else TAKEN.fill(0, 0, n);
  return TAKEN;
}

/** Whether token i follows a word like "in"/"near"/"à"/"bei".
 * ("Shares in Southern Cross Steel rose": the company whose shares, not a place) */
function followsPlaceWord(tokens: Token[], i: number): boolean {
  return i > 0 && isPlaceBefore(tokens[i - 1]) && !(i > 1 && SHARES_IN.has(tokens[i - 2].lower)); // (tokens[-1] would be a look-up of the key "-1")
}

/** A list of candidates as one rule reads it: sentence by sentence, in order. */
interface Cursor { list: Int32Array; at: number }
const cursor = (list: Int32Array): Cursor => ({ list, at: 0 });

/** Index in the list of the first position not below x, going on from where the last call
 * stopped (x never decreases from call to call, so the whole list is walked once). */
function seek(c: Cursor, x: number): number {
  const list = c.list;
  let k = c.at;
  while (k < list.length && list[k] < x) k++;
  c.at = k;
  return k;
}

/** findAll(tokens, from, to, roles), trying only the words that may start a role. */
function rolesIn(tokens: Token[], starts: Cursor, from: number, to: number): { start: number; end: number; value: string }[] {
  const out: { start: number; end: number; value: string }[] = [];
  let free = from;
  const list = starts.list;
  for (let k = seek(starts, from); k < list.length && list[k] < to; k++) {
    const i = list[k];
    if (i < free) continue;
    const m = matchAt(tokens, i, roles, to);
    if (!m) continue;
    out.push({ start: i, end: i + m.len, value: m.value });
    free = i + m.len;
  }
  return out;
}

/** Words between a name's comma and its role ("Jane Doe, the chief executive", "…, sa directrice"). */
const BEFORE_ROLE = new Set(['the', 'its', 'la', 'le', 'l', 'sa', 'son', 'de', 'del', 'der', 'die']);

/** People: "chief executive Jane Doe", "Jane Doe, directrice générale", "Vorstandschefin Mathilde Aebischer". */
function findPeople(text: string, tokens: Token[], s: Sentence, roleStarts: Cursor, out: Mention[]): void {
  for (const r of rolesIn(tokens, roleStarts, s.from, s.to)) {
    let i = r.end;
    // "said Dr K Srilatha, Managing Director, Navya Biologics": between two commas the role is the
    // person's before it, and the name after it the employer's
    const betweenCommas = tokens[i]?.lower === ',' && r.start - 2 >= s.from && tokens[r.start - 1].lower === ',' && isNameWord(tokens[r.start - 2]);
    if (!betweenCommas) {
      if (tokens[i]?.lower === ',') i++;
      if (TITLES.has(tokens[i]?.lower ?? '') && isNameWord(tokens[i])) i += tokens[i + 1]?.lower === '.' ? 2 : 1;
      const end = runRight(tokens, i, s.to);
      if (end - i >= 2 && end - i <= 4 && !NOT_NAMES.has(tokens[i].lower)) {
        out.push({ type: 'person', from: i, to: end, canonical: textOf(text, tokens, i, end), role: r.value });
        continue;
      }
    }
    // "Jane Doe, chief executive of …" / "Jane Doe, directrice générale de …"
    let end: number;
    let k = r.start;
    while (k > s.from && BEFORE_ROLE.has(tokens[k - 1].lower)) k--;
    if (tokens[k - 1]?.lower === "'") k--;
    if (tokens[k - 1]?.lower !== ',') continue;
    end = k - 1;
    const start = runLeft(tokens, end, s.from);
    if (end - start >= 2 && end - start <= 4 && !NOT_NAMES.has(tokens[start].lower)) {
      out.push({ type: 'person', from: start, to: end, canonical: textOf(text, tokens, start, end), role: r.value });
    }
  }
}

/** Articles and inflected adjectives before a German noun ("die", "deutsche", "neuen"); not "aber", "wie", "hatte". */
const GERMAN_DETERMINER = /^(?!(aber|oder|wieder|über|unter|hinter|außer|hatte|hatten|habe|wurde|wurden|werde|sie|wie|immer|sobald|jedoch)$)(der|die|das|den|dem|des|ein\w*|kein\w*|sein\w*|ihr\w*|unser\w*|[a-zäöüß]{2,}(e|en|er|es|em))$/;
// (a German state or province is its head noun and its name: "Der Bundesstaat South Carolina stellt …")
// (and development agencies: "the Maharashtra Industrial Development Corporation", "Douaisis Agglo", "Wirtschaftsförderung Emsland", Costa Rica's "Cinde")
const PUBLIC_BODY_NAME = /(?:^|\s)(?:Council|Authority|Agency|Ministry|Department|Commission|Administration|Government|Municipality|County|Township|Parish|Borough|Committee|Cabinet|(?:Central|World|Investment|Development|Reserve) Bank)$|(?:^|\s)(?:Economic|Industrial)(?: Infrastructure)? Development(?: Corporation| Corp\.?| Board)?$|(?:^|\s)(?:Agglo|Communauté)$|^(?:Wirtschaftsförderung|Choose France|SelectUSA|FIPA|APIX|ANDI|APII|Cinde|Corfo|ProColombia|ProChile|InvestChile|ICEX|ACCIÓ|IDEPA|Igape|SEPI|KfW|GTAI|Invest in Bavaria|Wallonie Entreprendre|Investissement Québec|Invest Québec|Centre de Promotion des Investissements|CEPICI|AMDIE|Bpifrance|Banque des Territoires|IDA Ireland|Enterprise Ireland|Invest NI|Scottish Enterprise|Business France|Invest India|Boletín Oficial|Diario Oficial|Journal officiel|Bundesanzeiger|Official Journal|Euronext|Nasdaq|NYSE|Bourse|Bolsa|Börse)(?:\s|$)|^Land$|^(?:Agence|Conseil|Ministère|Agentur|Ministerium|Agencia|Consejo|Ministerio|Secretaría|Autoridad|Autorité|Gobierno|Gobernación|Ayuntamiento|Diputación|Municipalidad|Alcaldía|Intendencia|Generalitat|Xunta|Préfecture|Mairie)(?:\s|$)|^(?:Bundesstaat|Bundesland|Freistaat|Staat|Provinz|Kanton|Landkreis)\s/;
const STREET_NAME = /\s(?:Road|Street|Avenue|Boulevard|Lane)$|^(?:Rue|Avenue|Boulevard|Calle|Avenida|Paseo)\s|\p{Ll}(?:straße|strasse)$|\sStra(?:ß|ss)e$/u;
const GERMAN_NOUN_ENDING = /(?:ung|ungen|heit|keit|schaft|ität|itäten|ionen|maschinen|angaben|zeiten|jahren|monaten|wochen|gebäude|räume|netze|netzen|bahnen|fahrzeuge|fahrzeugen|flaschen|unternehmen|umbau|ausbau|neubau|zahlen|produkte|geräte|hallen|labore|konverter|grundstücke|gehäuse)$/;
/** German plurals after "nach"/"bei" ("die Suche nach Fachkräften", "bei Zulieferern"): nouns; towns there rarely end so ("bei Dresden" does not). */
const GERMAN_PLURAL_AFTER_NACH = /(?:ern|kräften|enten|anten|isten|ionen)$/;
/** A nationality alone is no company ("above the Scottish median"); as a name's first word it stays ("Scottish Power").
 * The commonest are in NOT_NAMES; these open place and company names too ("Scottish Highlands", "Saudi Aramco"), which
 * NOT_NAMES would refuse. */
const NATIONALITY = new Set(['scottish', 'welsh', 'irish', 'english', 'swiss',
  // ("Norwegian group picks Northumberland port": alone, a nationality; "Saudi Aramco", "Norwegian Air" keep theirs)
  'norwegian', 'swedish', 'danish', 'finnish', 'icelandic', 'austrian', 'belgian', 'polish', 'czech', 'slovak', 'hungarian', 'romanian', 'portuguese',
  'turkish', 'israeli', 'saudi', 'emirati', 'qatari', 'egyptian', 'moroccan', 'nigerian', 'kenyan', 'ghanaian', 'singaporean', 'malaysian',
  'indonesian', 'vietnamese', 'taiwanese', 'pakistani', 'argentine', 'argentinian', 'chilean', 'colombian', 'peruvian', 'russian', 'ukrainian']);
/** What a plant makes or runs on, written as an acronym a story repeats ("LFP cells", "the EV market", "AI workloads"): alone, no company. */
const PRODUCT_ACRONYMS = new Set(['lfp', 'nmc', 'ev', 'evs', 'ai', 'hpa', 'bess', 'pcb', 'pcbs', 'hvac', 'mro', 'osat', 'lng', 'saf', 'ccs', 'gwh', 'mwh']);
/** Rivers and points of the compass, which the gazetteer leaves out but a story makes act ("L'axe Seine confirme", "Le Nord
 * compte déjà …"): alone, no company ("Seine Logistique" keeps its name). */
const RIVERS_AND_COMPASS = new Set(['seine', 'loire', 'rhône', 'rhin', 'rhein', 'garonne', 'danube', 'donau', 'elbe', 'moselle', 'mosel', 'thames', 'ebro', 'tajo', 'duero', 'guadalquivir',
  'nord', 'sud', 'midi', 'norte', 'süd']);
/** English nationality adjectives by their endings ("Irish", "Chinese", "Italian", "Korean"); FRENCH_PEOPLES: French
 * plural names of peoples ("aux Américains", "aux Espagnols"). */
const PEOPLE_ADJECTIVE = /^\p{L}+(?:ish|ese|ian|ean)$/u;
/** The people words no ending above gives: the nationalities of names' first words, and a few more. */
const OTHER_PEOPLES = new Set([...NATIONALITY, 'dutch', 'french', 'greek', 'thai']);
/** A nationality or people's adjective ("irish", "chinese", "française"). */
function isPeopleWord(lower: string): boolean {
  return OTHER_PEOPLES.has(lower) || PEOPLE_ADJECTIVE.test(lower) || ROMANCE_NATIONALITY.has(lower);
}
const FRENCH_PEOPLES = /^\p{L}{3,}(?:ains|aines|ais|aises|ois|oises|iens|iennes|ols|oles|ands|andes)$/u;
const PREFIX_CURRENCIES = new Set(PREFIX_CURRENCY_WORDS);
/** French and Spanish adjectives of place, family or trade after a company noun ("asturiana", "familial", "pharmaceutique", "alimentaria"). */
const ROMANCE_ADJECTIVE = /^\p{L}{3,}(?:éen|éenne|eo|ea|ana|ano|anas|ais|aise|ois|oise|ien|ienne|ique|ica|ico|al|ale|ial|iale|ier|ière|aire|aria|ario|eño|eña|ense|és|esa|ina|ino|iste)$/u;
const SITE_NOUNS = new Set(['factory', 'plant', 'site', 'works', 'facility', 'campus', 'mill', 'refinery', 'depot', 'hub', 'warehouse', 'smelter', 'yard']);
/** German compounds that name a kind of site or a trade ("Energiepark", "Rechenzentrum", "Windkraft", "Logistik"). */
const GERMAN_SITE_COMPOUND = /^(?:\p{L}*(?:kraft|logistik|technik|zentrum|zentren|anlagen)|\p{L}{3,}(?:park|parks|anlage|standort|fabrik|gelände|werk|werke|lager))$/u;
/** The article opening an appositive after a comma ("Nexor, the chipmaker"). */
const ARTICLE_AFTER_COMMA = new Set(['the', 'la', 'le', 'die', 'der', 'das', 'el', 'un', 'une', 'a', 'an']);
/** How often a story must repeat a capitalised word, with no other sign, for it to stand for the story's company. */
const MIN_REPEATS = 4;
/** What follows "&" in a family firm's name. */
const FAMILY_FIRM = new Set(['sons', 'son', 'co', 'cie', 'söhne', 'sohn', 'fils', 'partners', 'partner', 'hijos', 'figli', 'daughters']);
/** Words for a company written right after a name's comma, with no article ("X, empresa familiar …", "Y, ETI familiale …"). */
const BARE_COMPANY_NOUNS = new Set(['empresa', 'compañía', 'entreprise', 'société', 'eti', 'pme', 'pyme', 'start-up', 'startup', 'filiale', 'filial', 'subsidiary',
  'fabricant', 'fabricante', 'spécialiste', 'especialista', 'leader', 'líder', 'numéro', 'grupo', 'groupe', 'cooperativa', 'coopérative',
  // a trade with no article ("Aeroestructuras del Bajío, proveedora de componentes …", "Mecaforge, équipementier automobile …")
  'proveedora', 'proveedor', 'productora', 'distribuidora', 'desarrolladora', 'constructora', 'fournisseur', 'équipementier', 'sous-traitant',
  // a joint venture: "Volthea, coentreprise entre le coréen Hanseo Energy et …"
  'coentreprise', 'co-entreprise']);
/** German crafts and trades whose word opens a firm's registered name ("Bäckerei Lechner", "Spedition Brandhorst"). */
const GERMAN_NAMED_TRADES = new Set(['bäckerei', 'metzgerei', 'fleischerei', 'konditorei', 'molkerei', 'käserei', 'brauerei', 'brennerei', 'kellerei',
  'spedition', 'reederei', 'druckerei', 'schreinerei', 'tischlerei', 'zimmerei', 'gärtnerei', 'autohaus', 'möbelhaus', 'sägewerk', 'weingut']);
const ENGLISH_ARTICLES = /^(a|an|the)$/;
const SPOKESPEOPLE = new Set(['spokesperson', 'spokesman', 'spokeswoman']);
const FAMILY_WORDS = new Set(['family', 'famille', 'familie', 'familia']);
const CLAUSE_OPENERS = new Set(['including', 'excluding', 'besides', 'unlike', 'like', 'despite', 'beyond', 'outre', 'comme', 'además', 'como', 'wie', 'neben']);
const SHARES_IN = new Set(['shares', 'stake', 'stakes', 'holding', 'aktien', 'anteile', 'actions', 'participation', 'acciones', 'participación']);
const SITE_CODE = /^[A-Z]{2,5}\d{1,3}$/;
const GERMAN_POSSESSIVE = /^(unser|ihr|sein|mein|dein|euer|eur)(e|en|er|es|em)?$/;
/** Lower-case words inside a place's name ("Navalmoral de la Mata", "Frankfurt am Main", "Newcastle upon Tyne"). */
const PLACE_PARTICLES = new Set(['de', 'del', 'la', 'las', 'los', 'am', 'an', 'der', 'upon', 'sur', 'en', 'y']);
/** Before "at": people whose employer follows, not a place ("an analyst at Quillmark Securities"). */
const EMPLOYEE_BEFORE_AT = new Set(['analyst', 'analysts', 'economist', 'economists', 'strategist', 'strategists', 'researcher', 'researchers', 'professor', 'partner', 'director', 'head', 'trader', 'traders']);
const SPANISH_PUBLIC = /^(ministerio|gobierno|comisión|junta|ayuntamiento|consejo|consejería|secretaría|tribunal|instituto|agencia|dirección|servicio|banco de españa)$/;
const COMPANY_ROLES = new Set(['chief executive', 'chief executive officer', 'ceo', 'pdg', 'p.-d.g.', 'directeur général', 'directrice générale',
  'vorstandschef', 'vorstandschefin', 'vorstandsvorsitzender', 'vorstandsvorsitzende', 'konzernchef', 'konzernchefin', 'consejero delegado',
  'consejera delegada', 'chairman', 'chairwoman', 'founder', 'co-founder', 'fondateur', 'fondatrice', 'gründer', 'gründerin', 'fundador',
  'fundadora', 'managing director', 'geschäftsführer', 'geschäftsführerin', 'chief financial officer', 'cfo', 'finanzvorstand', 'finanzchef',
  'directeur financier', 'directrice financière', 'director general', 'directora general', 'director financiero',
  // "Camila Restrepo, cofundadora de Kolibri"
  'cofundador', 'cofundadora', 'cofondateur', 'cofondatrice', 'co-fondateur', 'co-fondatrice', 'mitgründer', 'mitgründerin', 'cofounder',
  'director ejecutivo', 'directora ejecutiva']);
/** The same words as phrases ("start-up" is three tokens); no bit of its own, it is looked up rarely. */
const companyNounPhrases = phraseTable(COMPANY_NOUNS_BEFORE_NAME.map((w) => [w, true] as [string, boolean]), true);
/** German nouns naming a zone before its town's name, after "in der", "im" ("in der Sonderwirtschaftszone Wałbrzych"). */
const GERMAN_AREA_NOUN = /(wirtschaftszone|industriezone)$/;
const GERMAN_ARTICLE_AFTER_IN = new Set(['im', 'der', 'dem', 'am']);
const MUNICIPALITY = new Set(['municipio', 'comuna', 'commune', 'localidad', 'municipality', 'town', 'village', 'city', 'ville', 'gemeinde', 'parroquia', 'distrito', 'district',
  // a free or industrial zone named by its town: "zona franca de San Cristóbal", "la zone industrielle de Saran"
  'franca', 'franche', 'industrial', 'industrielle', 'industriel']);
const GROUP_WORDS = new Set(['grupo', 'groupe', 'gruppe', 'group']);
const OF = new Set(['de', 'of', 'del', 'd']);
/** The words a NEAR phrase ends with: a place after none of them is not "near" (no look-up of every length). */
const NEAR_LAST_WORDS = new Set<string>();
for (const phrases of NEAR.byFirst.values()) for (const p of phrases) NEAR_LAST_WORDS.add(p.words[p.words.length - 1]);
/** (A phrase matched by prefix could end with any word.) */
const NEAR_ENDS_KNOWN = NEAR.prefixes.length === 0;
/** /^[a-z]/.test(s) */
/** Where a name before its short form in brackets starts (French and Spanish names hold particles), or -1 when it is
 * no company's: a public body ("la Comisión Nacional del Agua (Conagua)"), a town after "in"/"de" ("Le maire de Wissous
 * (Essonne) a délivré"), a person after a title ("Cllr Sandra Obi (Lab) was"). */
/** Titles of office-holders beyond TITLES' forms of address. */
const OFFICE_TITLES_BEFORE = new Set(['cllr', 'councillor', 'mp', 'mep']);
const personTitle = (lower: string) => TITLES.has(lower) || OFFICE_TITLES_BEFORE.has(lower);
function shortFormNameStart(tokens: Token[], start: number, floor: number, lang: Lang): number {
  const from = lang === 'fr' || lang === 'es' ? leftAcrossParticles(tokens, start, floor) : start;
  const before = tokens[from - 1]?.lower ?? '';
  if (publicHead(tokens, from) || isPlaceBefore(tokens[from - 1] ?? tokens[from]) || /^(of|de|du|von|del|des|d)$/.test(before)) return -1;
  for (let k = from - 1; k <= start; k++) if (personTitle(tokens[k]?.lower ?? '')) return -1;
  return from;
}

/** A name that opens with a public body's word ("Comisión Nacional (Cnmc) ha multado"): no company. */
function publicHead(tokens: Token[], start: number): boolean {
  return PUBLIC_FIRST_WORDS.has(tokens[start].lower) || SPANISH_PUBLIC.test(tokens[start].lower);
}

function startsLowerAscii(s: string): boolean {
  const c = s.charCodeAt(0);
  return c >= 97 && c <= 122;
}
const TOWN_ARTICLES = new Set(['la', 'le', 'les', 'el', 'las', 'los']);
/** Swiss cantons abbreviated after a town ("Dielsdorf ZH", "Monthey VS"); "AG" (Aargau) reads as a legal form. */
const SWISS_CANTON_CODES = new Set(['zh', 'be', 'lu', 'ur', 'sz', 'ow', 'nw', 'gl', 'zg', 'fr', 'so', 'bs', 'bl', 'sh', 'ar', 'ai', 'sg', 'gr', 'tg', 'ti', 'vd', 'vs', 'ne', 'ge', 'ju']);
const SITE_PREPOSITIONS = new Set(['at', 'on', 'near', 'outside', 'around', 'près', 'auprès', 'cerca', 'nahe']);
const DATELINE_AFTER = new Set([',', '(', '–', '—', '-', '.']);
/** Asked of every capitalised word that may start a place: a bit test (see wordSet). */
const isNotNameOrMonth = wordSet([...NOT_NAMES, ...MONTHS]);
/** Asked before every capitalised word: a bit test (see wordSet). */
const isPlaceBefore = wordSet(['in', 'near', 'à', 'en', 'bei', 'nach', 'im', 'dans', 'cerca', 'aus', 'from', 'desde']);
const BUSINESS_VERB = /^(pledg|promis|promet|commit|invest|open|ouvr|expand|agrand|invert|inviert|spend|hire|hiring|create|créer|crée|recrut|annonc|announc|anunci|contrat|build|schaff|steck|inject|inyect|plans|prévoit|prevé|baut|bauen|construi|destin|generar|abrir|ampliar|planea|proyecta|projet|errich|adds|doubles|boosts|décid|decid|beschließ|eröffn|present|présent|präsent|rachèt|compra|adquier|übernimm|kauft|buys|acquir)/;
const SUBSIDIARY = phraseTable(['arm', 'unit', 'subsidiary', 'division', 'filiale', 'tochter', 'tochterfirma', 'tochtergesellschaft', 'filial', 'sparte'].map((w) => [w, true] as [string, boolean]), true); // after an appositive's comma only: no bit

const PUBLIC_FIRST_WORDS = new Set(PUBLIC_HEAD_WORDS);
const COMPANY_NOUN_SET = new Set(COMPANY_NOUNS_BEFORE_NAME);

const OFFICE_TITLES = new Set(['governor', 'gov', 'minister', 'ministre', 'ministerin', 'ministro', 'ministra', 'mayor', 'maire', 'bürgermeister', 'bürgermeisterin',
  'alcalde', 'alcaldesa', 'premier', 'senator', 'sénateur', 'senador', 'senadora', 'secretary', 'chancellor', 'kanzler', 'councillor', 'councilman', 'councilwoman',
  'gouverneur', 'gobernador', 'gobernadora', 'landrat', 'landrätin', 'ministerpräsident', 'ministerpräsidentin', 'président', 'présidente', 'presidente', 'president']);

const PARTICLES_IN_NAMES = new Set(['de', 'del', 'des', 'du', 'la', 'y', 'do', 'da']);
/** "In"/"Im" within two words before `start`, opening the sentence or a clause after a colon or dash. */
function placeOpensClause(tokens: Token[], start: number, from: number): boolean {
  for (let k = start; k >= from && start - k <= 2; k--) {
    if (tokens[k].lower !== 'in' && tokens[k].lower !== 'im') continue;
    return k === from || /^[:–—-]$/.test(tokens[k - 1].lower);
  }
  return false;
}

/** The start of a name run that goes on leftwards across one or two particles ("Conserveries du" before "Cayor"), not from a role ("le PDG de Cayor SA"). */
function leftAcrossParticles(tokens: Token[], start: number, floor: number): number {
  let k = start;
  while (k - 1 >= floor && start - k < 2 && PARTICLES_IN_NAMES.has(tokens[k - 1].lower)) k--;
  if (k === start || k - 1 < floor || !isNameWord(tokens[k - 1])) return start;
  let before = runLeft(tokens, k, floor);
  while (before < k - 1 && NAME_DESCRIPTORS.has(tokens[before].lower)) before++; // ("Les Conserveries")
  if (start - before > 5 || NOT_NAMES.has(tokens[before].lower)) return start;
  for (let w = before; w < k; w++) if (matchAt(tokens, w, roles, k) || matchAt(tokens, w, PLACES, k)) return start;
  return before;
}

/** "de l'" right before `start` ("Chantiers de l'Atlantique", "le ministre de l'Économie"). */
function afterDeL(tokens: Token[], start: number): boolean {
  return tokens[start - 1]?.lower === "'" && tokens[start - 2]?.lower === 'l' && tokens[start - 3]?.lower === 'de';
}

/** The start of "Chantiers de Keroman" for the name "Keroman" at `start`: a capitalised trade house and its particle before it, or `start`. */
function frenchHouseStart(tokens: Token[], start: number, floor: number): number {
  // ("Chantiers de l'Atlantique": "de" and the elided article)
  const k = afterDeL(tokens, start) ? start - 3 : tokens[start - 1]?.lower === "'" && tokens[start - 2]?.lower === 'd' ? start - 2 : /^(de|du|des)$/.test(tokens[start - 1]?.lower ?? '') ? start - 1 : start;
  if (k === start || k - 1 < floor || !isNameWord(tokens[k - 1])) return start;
  let head = runLeft(tokens, k, floor);
  if (/^(le|la|les|l)$/.test(tokens[head].lower) && head + 1 < k) head++; // ("Les Chantiers" at a sentence's start)
  if (k - head > 2) return start;
  const word = tokens[head].lower;
  return COMPANY_NOUN_SET.has(word) || NAME_HEAD_NOUNS.has(word) ? head : start;
}

/** Where a French or Spanish name ending at `end` starts if its capitalised words' initials spell `initials`
 * ("Coopérative Laitière des Monts du Cantal" for "CLMC"), or -1. */
function startOfInitials(text: string, tokens: Token[], end: number, floor: number, initials: string, verbAfter = false): number {
  let spelled = '';
  for (let k = end - 1; k >= floor && end - k <= 12; k--) {
    const t = tokens[k];
    if (PARTICLES_IN_NAMES.has(t.lower) || t.lower === "'" || t.lower === 'd' || t.lower === 'l') continue;
    if (!isNameWord(t)) return -1;
    spelled = text[t.start] + spelled;
    if (spelled.length > initials.length || !initials.endsWith(spelled)) return -1;
    // (only a company's: "Comisión Nacional de Valores (CNV)", "Universitat Politècnica de València (UPV)" are public)
    // (or any name not a public body's, when a company's verb follows: "Maquinados Aeroespaciales del Norte (MAN) destinará …")
    if (spelled === initials) return COMPANY_NOUN_SET.has(t.lower) || NAME_HEAD_NOUNS.has(t.lower) || (verbAfter && !publicHead(tokens, k)) ? k : -1;
  }
  return -1;
}

/** Words that open an apposition after a company's name ("based in Amarillo", "the Minnesota-based maker of …"). */
const APPOSITION_OPENERS = new Set(['based', 'headquartered', 'which', 'who', 'the', 'a', 'an', 'one', 'uno', 'una', 'einer', 'eines', 'owned', 'founded', 'its', 'son', 'sa', 'sein', 'seine', 'su', 'basée', 'basé', 'qui', 'le', 'la', 'l', 'un', 'une', 'filiale', 'die', 'der', 'das', 'ein', 'eine', 'mit', 'que', 'el', 'con', 'sede']);

/** The comma that opens an apposition closed by the comma at `close` (the apposition starts with a lower-case opener), or -1. */
function appositionOpening(tokens: Token[], close: number, from: number): number {
  for (let k = close - 2; k >= Math.max(from + 1, close - 25); k--) {
    if (tokens[k].lower !== ',') continue;
    const first = tokens[k + 1];
    return first.kind === 'word' && !first.cap && APPOSITION_OPENERS.has(first.lower) ? k : -1;
  }
  return -1;
}

// Plain loops over token ranges (a slice and a callback per candidate cost more than the tests).

/** "Vireo, une start-up fondée en 2019", "Nexor, the chipmaker", "Harwick Foods, the Irish snack
 * maker", "Harrow & Finch, the mid-sized supermarket group": a word for a company two to six
 * tokens after the comma at i, before the next comma. */
function describedAsCompany(tokens: Token[], i: number, limit: number): boolean {
  for (let d = 2; d <= 6 && i + d < limit && tokens[i + d].lower !== ','; d++) if (matchAt(tokens, i + d, companyNounPhrases, limit)) return true;
  return false;
}

const SAYING = new Set(['said', 'says', 'announced', 'confirmed', 'told']);
/** "Tarrow Composites said last week it would spend £180m": a speaker that is an "it" planning business is a company. */
function itPlansAfterSaying(tokens: Token[], i: number, limit: number): boolean {
  if (!SAYING.has(tokens[i].lower)) return false;
  for (let k = i + 1; k < Math.min(limit, i + 7); k++) {
    if (tokens[k].lower === 'it') return businessVerbIn(tokens, k + 1, Math.min(limit, k + 5));
    if (tokens[k].lower === ',' || tokens[k].lower === 'he' || tokens[k].lower === 'she') return false;
  }
  return false;
}

/** A business verb ("invest", "recrut…", "schaff…") among tokens [from, to). */
function businessVerbIn(tokens: Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (BUSINESS_VERB.test(tokens[k].lower)) return true;
  return false;
}

/** A word for a company ("groupe", "Konzern", a German trade noun) among tokens [from, to). */
function companyNounIn(tokens: Token[], from: number, to: number, lang: Lang): boolean {
  for (let k = from; k < to; k++) if (isCompanyWord(tokens[k]) || (lang === 'de' && isTradeWord(tokens[k]))) return true;
  return false;
}

function takenIn(taken: Uint8Array, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (taken[k]) return true;
  return false;
}

function stripDescriptors(tokens: Token[], from: number, to: number, lang: Lang): number {
  let i = from;
  while (i < to - 1) {
    const t = tokens[i];
    // ("Die Spedition Brandhorst aus Melsungen", "Molkerei Oberland eG": a craft's word that is part of the name, before one
    // word and perhaps a legal form; not before a name of its own: "Die Spedition Kranich Logistik")
    if (lang === 'de' && GERMAN_NAMED_TRADES.has(t.lower) && (to - i === 2 || (to - i === 3 && matchAt(tokens, to - 1, suffixes, to)))) return i;
    const glued = tokens[i + 1]?.lower === '&' || (tokens[i + 1]?.lower === '-' && tokens[i + 1].gap === '');
    if (!glued && (NAME_DESCRIPTORS.has(t.lower) || NOT_NAMES.has(t.lower) || (lang === 'de' && isDescriptorEnding(t.lower)))) i++;
    else if (tokens[i + 1]?.lower === '-' && tokens[i + 1].gap === '' && (NAME_DESCRIPTORS.has(t.lower) || t.lower === 'us')) i += 2; // US-Roboterhersteller
    else break;
  }
  if (lang === 'de') while (i < to - 1 && isDescriptorEnding(tokens[i].lower) && tokens[i + 1].lower !== '&') i++;
  // "Danesa Nordlink instalará …": a headline drops the article of "la danesa Nordlink" (not a country: "Argentina", "India")
  if ((lang === 'es' || lang === 'fr') && i < to - 1 && tokens[i].cap && ROMANCE_NATIONALITY.has(tokens[i].lower) && tokens[i + 1].cap && !matchAt(tokens, i, PLACES, i + 1)) i++;
  // "Basler Pharmafirma Helvagen", "Münchner Autobauer BMW": whatever stands before a trade noun describes the company
  if (lang === 'de') for (let k = to - 2; k > i; k--) if (isTradeWord(tokens[k])) { i = k + 1; break; }
  // "Grazer Voltera Elektronik": a town's adjective before a name of two words or more ("Münchener Rück" keeps it)
  if (lang === 'de' && to - i >= 3 && townOfGermanAdjective(tokens[i].lower) !== null) i++;
  return i;
}

/** The known town a German adjective is made from ("Linzer" → Linz, "Münchner", "Zürcher", "Basler"), or null. */
function townOfGermanAdjective(lower: string): Place | null {
  if (lower.length < 5 || !lower.endsWith('er')) return null;
  const stem = lower.slice(0, -2);
  for (const form of [stem, stem.replace(/n$/, 'en'), stem.replace(/l$/, 'el'), stem.replace(/ch$/, 'ich')]) {
    const phrases = PLACES.byFirst.get(form);
    if (phrases) for (const p of phrases) if (p.words.length === 1 && !p.value.adjective) return p.value;
  }
  return null;
}

/** What findOrgNames works with, for addName (one object per document, not a closure per call). */
interface NameFinder {
  text: string;
  tokens: Token[];
  lang: Lang;
  /** name → alias of (canonical) */
  names: Map<string, string>;
  caps: CapCounts;
  people: Set<string>;
  surnames: Set<string>;
  /** Word → whether it is a common word of the story (see commonWordOfStory), filled as asked. */
  lowerSeen?: Map<string, boolean>;
}

/** How many words a story is searched for in lower case: past this, a word is taken as never so written (one
 * pass over the story per word, so a bound keeps a long text with many candidate names linear). */
const MAX_LOWER_CASE_SEARCHES = 24;

/** Whether the word at k is part of a web or mail address ("ledgerly.com/careers", "www.lidl.fr"), which writes names in lower case. */
function inAddress(tokens: Token[], k: number): boolean {
  const dot = tokens[k + 1];
  return dot !== undefined && dot.gap === '' && (dot.lower === '.' || dot.lower === '@') && tokens[k + 2]?.gap === '' && tokens[k + 2].kind === 'word';
}

/** What ends a sentence or opens a quote or a line: a capital after it may be the sentence's own. */
const SENTENCE_OPENERS = new Set(['.', '!', '?', ':', ';', '"', '“', '”', '«', '»', '„', "'", '‘', '(', '-', '–', '—', '•', '*']);

/**
 * Whether the story writes this word in lower case ("Project would create 80 jobs" beside "the
 * project"; "Electronics contract manufacturer Veltrix" beside "India's electronics exports") and
 * never alone with its capital inside a sentence ("… said Shell", "at Shell's plant" keep a company
 * known by a common word): then its capital is the sentence's, not a company's. Not asked in
 * German, which capitalises every noun (and there a common noun taken for the company still keeps
 * its story's claims: refusing "Prozent" or "Zimmern" loses them, measured on the fixtures).
 */
function commonWordOfStory(f: NameFinder, lower: string): boolean {
  const seen = (f.lowerSeen ??= new Map());
  const known = seen.get(lower);
  if (known !== undefined) return known;
  let inLowerCase = false;
  let capitalInside = false;
  if (seen.size < MAX_LOWER_CASE_SEARCHES) {
    const { tokens } = f;
    for (let k = 1; k < tokens.length && !capitalInside; k++) {
      const t = tokens[k];
      if (t.lower !== lower || t.kind !== 'word' || t.gap === '') continue;
      if (!t.cap) inLowerCase ||= !inAddress(tokens, k);
      else capitalInside = t.gap !== 'nl' && !SENTENCE_OPENERS.has(tokens[k - 1].lower) && !isNameWord(tokens[k - 1]) && !isNameWord(tokens[k + 1]);
    }
  }
  const common = inLowerCase && !capitalInside;
  seen.set(lower, common);
  return common;
}

/** A name's first word that is a common word of the story (see commonWordOfStory; not asked in German, nor of a
 * particle such as "Van" or "Le", which names write with a capital and sentences without). */
function commonFirstWord(f: NameFinder, word: string): boolean {
  return f.lang !== 'de' && word.length > 3 && commonWordOfStory(f, word.toLowerCase());
}

/** A month or a word that names nothing, in any case. `word`: the one word token the name is
 * written as, whose lower-case string is at hand (no toLowerCase per candidate name), or null. */
function notNameOrMonth(name: string, word: Token | null): boolean {
  const lower = word !== null ? word.lower : name.toLowerCase();
  return NOT_NAMES.has(lower) || MONTHS.has(lower);
}

/** Adds the company name of tokens [from, to) (trimmed of descriptors, roles and legal forms) unless it is no company's. */
function addName(f: NameFinder, from: number, to: number, alias?: string, weak = false): void {
  const { text, tokens, lang, names, caps, people, surnames } = f;
  from = stripDescriptors(tokens, from, to, lang);
  // "Microsoft President Brad Smith said": a role inside the run starts a person's name; the
  // company is the part before it
  for (let k = from + 1; k < to; k++) if (matchAt(tokens, k, roles, to)) { to = k; break; }
  // (a legal form may run past the name's end: "Solvane A/S" is the run "Solvane A" before the slash)
  while (to - 1 > from && (matchAt(tokens, to - 1, suffixes) || tokens[to - 1].lower === ',' || tokens[to - 1].lower === '&')) to--; // "Helvio Batteries SA" → "Helvio Batteries", "Fernhill & Co" → "Fernhill"
  if (tokens[to - 1]?.lower === '.' && to - 2 > from && matchAt(tokens, to - 2, suffixes, to)) to -= 2;
  if (to <= from) return;
  // a place told with its preposition: "Au Locle, un sous-traitant medtech mise 45 millions"
  if (to - from >= 2 && (tokens[from].lower === 'au' || tokens[from].lower === 'aux')) return;
  // an island's name is a place: "À l'île Maurice, le groupe …", "en la isla Mauricio"
  if (from > 0 && ISLAND_WORDS.has(tokens[from - 1].lower)) return;
  // an office-holder is a person: "Governor Martin Hale announced", "Minister Cassidy welcomed"
  if (OFFICE_TITLES.has(tokens[from].lower)) return;
  // so is a form of address before a person's name: "Dr Anthony Rees said", "Dr Rees said" (not "Dr. Oetker", no person of that name)
  if (to - from >= 2 && personTitle(tokens[from].lower)) {
    const rest = textOf(text, tokens, tokens[from + 1].lower === '.' ? from + 2 : from + 1, to);
    if (people.has(rest) || surnames.has(rest)) return;
  }
  // a trade noun alone names no company ("Drugmaker said", "Pharmakonzern steckt …")
  // (nor a sector in the plural: "Retailers plan to hire 500,000 seasonal workers")
  // (a name that looks like one after its trade noun is a name: "Der Präzisionsteilehersteller Kernbauer investiert")
  if (to - from === 1 && (NAME_DESCRIPTORS.has(tokens[from].lower) || TRADE_DESCRIPTORS.has(tokens[from].lower.slice(0, -1)) || (lang === 'de' && isTradeWord(tokens[from]) && !(from > 0 && isTradeWord(tokens[from - 1]))))) return;
  const name = withoutDotCom(textOf(text, tokens, from, to));
  // a name already found, with no alias to add: the tests below could only refuse it again
  if (!alias && names.has(name)) return;
  // a name seen only once before a verb is too weak ("Seit Jahresbeginn hat …"), and one
  // written after "in"/"à"/"bei" elsewhere is a place ("… in Lima is the largest …")
  if (weak && !names.has(name) && (caps.countAt(tokens[from]) < 2 || caps.afterPlaceWordAt(tokens[from]))) return;
  // (a hyphened town's last part is no name of its own: "Port-Jérôme-sur-Seine : Hydronor va investir")
  if (from > 1 && townPartAt(tokens, from)) return;
  if (people.has(name) || (weak && surnames.has(name)) || notNameOrMonth(name, to - from === 1 && tokens[from].kind === 'word' && name.length === tokens[from].end - tokens[from].start ? tokens[from] : null) || matchAt(tokens, from, PLACES, to)?.len === to - from) return;
  if (name.length < 2) return;
  // a common word of the story: "Copper traded at …" beside "copper prices"
  if (to - from === 1 && lang !== 'de' && commonWordOfStory(f, tokens[from].lower) && !knownCompanyAt(text, tokens, from, to)) return;
  // a company's verb opening a Mexican headline is no company: "Invertirá Grupo Arteaga 300 mdd en Ramos Arizpe"
  if (to - from === 1 && tokens[from].cap && matchAt(tokens, from, orgVerbs, to)) return;
  // a word of a heading in capitals is no company: "CE QUI ÉTAIT PROMIS"
  if (to - from === 1 && from > 0 && capitalsWord(text, tokens[from - 1], 2) && capitalsWord(text, tokens[from], 2) && capitalsWord(text, tokens[to], 1)) return;
  // a state, canton or region named with its place: "Land Steiermark", "Région Bretagne", "State of Ohio"
  if (to - from >= 2 && PUBLIC_BEFORE_PLACE.has(tokens[from].lower)) {
    const at = tokens[from + 1].lower === 'of' ? from + 2 : from + 1;
    if (at < to && matchAt(tokens, at, PLACES, to)?.len === to - at) return;
  }
  // a public body named like a company ("Doncaster Council", "Iowa Economic Development Authority"), a site code ("SCL2"),
  // a German description ending in a trade noun ("Basler Biotechunternehmen")
  // (nor a street: "Oxford Road is where those people want to work", "Rue de la Paix", "Calle Mayor")
  if (PUBLIC_BODY_NAME.test(name) || SITE_CODE.test(name) || STREET_NAME.test(name) || (to - from === 1 && (NATIONALITY.has(tokens[from].lower) || RIVERS_AND_COMPASS.has(tokens[from].lower) || PRODUCT_ACRONYMS.has(tokens[from].lower))) || (lang === 'de' && to - from >= 2 && isTradeWord(tokens[to - 1]))) return;
  // "L’Oréal", "L'Occitane": a French name that opens with the elided article, written with its capital
  // (the run starts after the apostrophe; "l’Allemagne" and "L’État" are a place and no name)
  const elided = from >= 2 && tokens[from - 1].gap === '' && tokens[from].gap === '' && (tokens[from - 1].lower === "'" || tokens[from - 1].lower === '’') &&
    text.slice(tokens[from - 2].start, tokens[from - 2].end) === 'L' ? text.slice(tokens[from - 2].start, tokens[to - 1].end) : null;
  if (elided && !names.has(name)) names.set(name, elided);
  if (!names.has(name)) names.set(name, name);
  if (alias && !names.has(alias)) names.set(alias, names.get(name)!);
}

/** name.replace(/\.com$/i, ''), without a regex run per name ("Amazon.com" → "Amazon"). */
function withoutDotCom(name: string): string {
  const n = name.length;
  if (n < 4 || name.charCodeAt(n - 4) !== 46) return name;
  const c = name.charCodeAt(n - 3) | 32;
  const o = name.charCodeAt(n - 2) | 32;
  const m = name.charCodeAt(n - 1) | 32;
  return c === 99 && o === 111 && m === 109 ? name.slice(0, -4) : name;
}

/** "dans les ateliers de la rue Anatole-France": a street or a zone, not a trade, before the capitalised word. */
const ADDRESS_NOUNS = new Set(['rue', 'avenue', 'boulevard', 'place', 'quai', 'allée', 'chemin', 'route', 'zone', 'parc', 'quartier', 'site', 'ville', 'commune', 'région',
  'calle', 'avenida', 'plaza', 'paseo', 'polígono', 'carretera', 'barrio', 'ciudad', 'municipio', 'provincia', 'parque']);
const COMPLEMENT_PARTICLES = new Set(['de', 'd', 'du', 'des', 'del', "'", '’', 'l', 'la', 'le', 'les', 'et', 'y', 'en']);
/**
 * Past "de/d' + lower-case words (et de …)" after a company noun, to the capitalised name right after a
 * lower-case word: the index of that name, or `k` when the words are not such a complement (up to six).
 */
function pastTradeComplement(tokens: Token[], k: number, limit: number): number {
  const first = tokens[k]?.lower;
  if (first !== 'de' && first !== 'd' && first !== 'du' && first !== 'des' && first !== 'del') return k;
  for (let j = k + 1; j < Math.min(limit, k + 8); j++) {
    const t = tokens[j];
    if (t.kind !== 'word' && t.lower !== "'" && t.lower !== '’') return k;
    if (t.cap) return !tokens[j - 1].cap && t.kind === 'word' && !COMPLEMENT_PARTICLES.has(tokens[j - 1].lower) && !ADDRESS_NOUNS.has(tokens[j - 1].lower) ? j : k;
  }
  return k;
}

const RELATIVES = new Set(['qui', 'which', 'who', 'die', 'der', 'das', 'que', 'quien', 'la', 'el']);
/** Words of an announced plan, in a relative clause after a name. */
const PLAN_WORDS = new Set(['annoncé', 'annonçait', 'investissement', 'investir', 'investi', 'announced', 'invest', 'investment', 'invested', 'pledged',
  'angekündigt', 'ankündigte', 'investieren', 'investiert', 'investition', 'anunció', 'anunciado', 'inversión', 'invertir', 'invertirá', 'invirtió',
  'promised', 'promis', 'promettait', 'prometió', 'prometía', 'versprochen', 'versprach']);

/** Prepositions a rival or a precedent is named after ("with Britishvolt, which promised …", "comme Verkor, qui a annoncé …"). */
const COMPARED_WITH = new Set(['with', 'like', 'than', 'avec', 'comme', 'que', 'como', 'con', 'wie', 'mit', 'als']);
function planWithin(tokens: Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (PLAN_WORDS.has(tokens[k].lower)) return true;
  return false;
}

/** Words for an island: the name after them is a place ("l'île Maurice"). */
const ISLAND_WORDS = new Set(['île', 'îles', 'ile', 'iles', 'isla', 'islas', 'insel']);
/** Adverbs written between a company's name and its verb. */
const ADVERBS_BEFORE_VERB = new Set(['ya', 'también', 'aussi', 'déjà', 'bereits', 'schon', 'auch', 'already', 'also', 'now', 'ahora', 'désormais', 'jetzt', 'nun']);
/** "… is Voltaris.", "… es Solvera.", "… est Hydrane.": a name the sentence ends on after a copula. */
export const COPULAS = new Set(['is', 'was', 'ist', 'war', 'est', 'était', 'es', 'era', 'fue']);
const OPENING_ARTICLES = new Set(['the', 'der', 'die', 'das', 'le', 'la', 'l', 'el']);
/** The sentence opens on an article and a word for a company within a few words ("Das schwedisch-deutsche Start-up", "La energética asturiana"). */
function describedNext(tokens: Token[], next: Sentence, lang: Lang): boolean {
  if (!OPENING_ARTICLES.has(tokens[next.from]?.lower ?? '')) return false;
  for (let k = next.from + 1; k < Math.min(next.to, next.from + 5); k++) {
    const t = tokens[k];
    if (t.kind !== 'word') continue;
    if (isCompanyWord(t) || TRADE_DESCRIPTORS.has(t.lower) || (lang === 'de' && isTradeWord(t))) return true;
    // "Start-up", "start-up": two words and a dash to the tokenizer
    if (t.lower === 'start' && tokens[k + 1]?.lower === '-' && tokens[k + 2]?.lower === 'up') return true;
  }
  return false;
}

/**
 * A story about a large company that names it with none of the name rules' cues ("Google setzt weiter
 * auf Zürich"): the company directory's names. Asked only when the cues found no company at all: in
 * other stories a known name is mostly a customer or partner ("panneaux de fuselage pour Airbus"), and
 * would take the claims of the company the story is about.
 */
/** A state or country of another land written after the place's comma ("Victoria, Texas", "Portland, Victoria"). */
function elsewhereAfterComma(tokens: Token[], at: number, limit: number, place: Place): boolean {
  if (tokens[at]?.lower !== ',' || place.kind === 'country' || place.kind === 'continent') return false;
  const next = matchAt(tokens, at + 1, PLACES, limit);
  if (!next || next.value.adjective || !(next.value.kind === 'state' || next.value.kind === 'country' || next.value.kind === 'region')) return false;
  const here = countryOf(place);
  const there = countryOf(next.value);
  return here !== null && there !== null && here !== there;
}

/** Whether a country's name, and nothing more, is written at token i ("France" in "Lidl France :"). */
function countryAt(tokens: Token[], i: number, limit: number): boolean {
  const m = matchAt(tokens, i, PLACES, limit);
  return m !== null && m.value.kind === 'country' && !m.value.adjective && !isNameWord(tokens[i + m.len]);
}

function knownCompanyNames(found: NameFinder, sentences: Sentence[], capsAt: Int32Array): void {
  const { text, tokens, surnames } = found;
  const caps = cursor(capsAt);
  for (const s of sentences) {
    for (let c = seek(caps, s.from); c < capsAt.length && capsAt[c] < s.to; c++) {
      const i = capsAt[c];
      const known = knownCompanyAt(text, tokens, i, s.to);
      // (not inside a longer run of capitalised words: "Google Cloud", "Harrison Ford"; nor a person's surname)
      // (a country after it names the national arm, which is the company here: "Lidl France : une nouvelle plateforme")
      if (!known || (i > s.from && isNameWord(tokens[i - 1]) && tokens[i - 1].gap !== 'nl') ||
        (isNameWord(tokens[known[0]]) && tokens[known[0]].gap !== 'nl' && !countryAt(tokens, known[0], s.to))) continue;
      if (!surnames.has(known[1])) addName(found, i, known[0]);
    }
  }
}

/**
 * A known company that opens the headline and another sentence by itself ("Microsoft acelera en Aragón …",
 * "Microsoft seguirá ampliando su huella"), when the cues found only other names: the story is about it. (A
 * customer or partner is named inside sentences: "Nissan supplier Tomoe …" opens no second sentence with Nissan.)
 */
function knownCompanyOpening(found: NameFinder, sentences: Sentence[]): void {
  const { text, tokens, surnames } = found;
  if (sentences.length < 2) return;
  const head = sentences[0];
  const known = isNameWord(tokens[head.from]) ? knownCompanyAt(text, tokens, head.from, head.to) : null;
  if (!known || isNameWord(tokens[known[0]]) || surnames.has(known[1]) || found.names.has(known[1])) return;
  for (let k = 1; k < sentences.length; k++) {
    const s = sentences[k];
    // (the name alone, not the first words of a longer one: "Microsoft Azure")
    if (s.boilerplate || s.to - s.from <= known[0] - head.from) continue;
    const again = knownCompanyAt(text, tokens, s.from, s.to);
    if (again && again[1] === known[1] && !isNameWord(tokens[again[0]])) {
      addName(found, head.from, known[0]);
      return;
    }
  }
}

/**
 * Still none: the capitalised word the story repeats most inside its sentences, alone ("Digitalis
 * exploite déjà deux sites …", "Vallverd prometió 500 empleos"), seen MIN_REPEATS times at least and
 * never after "in"/"à"/"bei" (a place).
 */
function mostRepeatedName(found: NameFinder, sentences: Sentence[], capsAt: Int32Array): void {
  const { text, tokens, caps, surnames } = found;
  const at = cursor(capsAt);
  let best = -1;
  let bestCount = MIN_REPEATS - 1;
  for (const s of sentences) {
    for (let c = seek(at, s.from); c < capsAt.length && capsAt[c] < s.to; c++) {
      const i = capsAt[c];
      const t = tokens[i];
      if (i === s.from || t.kind !== 'word' || isNameWord(tokens[i - 1]) || isNameWord(tokens[i + 1]) || tokens[i - 1].lower === '.' || tokens[i - 1].lower === ':') continue;
      const count = caps.countAt(t);
      if (count > bestCount && !caps.afterPlaceWordAt(t) && !notNameOrMonth('', t) && !surnames.has(text.slice(t.start, t.end)) && !matchAt(tokens, i, PLACES, i + 1)) {
        best = i;
        bestCount = count;
      }
    }
  }
  if (best >= 0) addName(found, best, best + 1);
}

function lowerWordIn(tokens: Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (tokens[k].kind === 'word' && !tokens[k].cap) return true;
  return false;
}
/** The apposition opened by the comma at i closes on a comma and a relative pronoun within 14 words (", which said …"). */
function appositionThenRelative(tokens: Token[], i: number, end: number): boolean {
  for (let k = i + 2; k < Math.min(end - 1, i + 16); k++) if (tokens[k].lower === ',') return RELATIVES.has(tokens[k + 1].lower) && !ARTICLE_AFTER_COMMA.has(tokens[k + 1].lower);
  return false;
}
/** A copula or a colon, which introduce a name the next sentence describes. */
function introducesAt(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  return t !== undefined && (COPULAS.has(t.lower) || t.lower === ':');
}
/** "celui de", "that of", "el de": the one of a name, after a copula. */
const ONE_OF = new Set(['celui', 'celle', 'that', 'el', 'la', 'der', 'die', 'das']);
/** Whether "celui de", "that of", "el de" ends right before the name at `start` (its copula, if any, at start - 3). */
export function oneOfBefore(tokens: Token[], start: number): boolean {
  return start > 2 && ONE_OF.has(tokens[start - 2].lower) && /^(de|d|of|del)$/.test(tokens[start - 1].lower);
}
/** A copula or a colon within `reach` tokens before `end` (before a name that closes a sentence). */
function introducedWithin(tokens: Token[], end: number, reach: number): boolean {
  for (let k = end - 2; k >= end - reach; k--) if (introducesAt(tokens, k)) return true;
  return false;
}

/** An abbreviation in brackets after a run of words: "Servicios Petroleros del Comahue (SPC)". */
interface BracketedAbbreviation { bracket: number; end: number; floor: number; abbrev: string }

/** First words of public bodies and schemes beyond PUBLIC_FIRST_WORDS, which an abbreviation may stand for. */
const PUBLIC_SCHEME_WORDS = new Set(['superintendencia', 'superintendance', 'régimen', 'régime', 'regime', 'programa', 'programme', 'program', 'fondo', 'fonds', 'fund', 'ley', 'loi', 'plan', 'institut', 'instituto', 'institute', 'office', 'oficina', 'bundesamt', 'landesamt']);

/** Words a spelled-out name may hold that give no letter to its abbreviation ("Construcciones y Auxiliar de Ferrocarriles"). */
const SILENT_IN_NAMES = new Set(['de', 'del', 'des', 'du', 'la', 'le', 'les', 'y', 'e', 'et', 'and', 'of', 'for', 'the', 'und', 'für', 'do', 'da', 'l', 'd', '&']);

/**
 * An abbreviation the story uses as a company's name ("SPC contratará …", "ACO investit …") stands for the name spelled
 * out before it in brackets, which is the fuller name a reader knows it by. The spelled-out name may take several letters
 * from one word ("Aérocomposites de l'Ouest (ACO)", "Société de transformation agricole de la Vallée (SOTRAVAL)",
 * "Thurgauer Kunststofftechnik AG (TKT)"): every capitalised word gives letters from its first on, in order, and only
 * linking words and, in French and Spanish, lower-case words may give none. The abbreviation must already be a company
 * of its own: this names it, it finds no company.
 */
function expandAbbreviation(f: NameFinder, b: BracketedAbbreviation): void {
  const { text, tokens, lang, names } = f;
  if (names.get(b.abbrev) !== b.abbrev) return;
  const letters = b.abbrev.toLowerCase();
  const lowerWordsSilent = lang === 'fr' || lang === 'es';
  // words from the bracket leftwards, as far as a name and its linking words reach
  const words: { k: number; folded: string; mustGive: boolean }[] = [];
  let best = -1;
  for (let k = b.bracket - 1; k >= b.floor && b.bracket - k <= 12; k--) {
    const t = tokens[k];
    if (t.kind !== 'word') {
      if (t.lower === '-' || t.lower === "'" || t.lower === '’' || t.lower === '.' || t.lower === ',') continue;
      break;
    }
    const silent = SILENT_IN_NAMES.has(t.lower);
    if (!t.cap && !silent && !lowerWordsSilent) break;
    words.unshift({ k, folded: foldAccents(t.lower), mustGive: t.cap && !silent && !matchAt(tokens, k, suffixes, b.bracket) });
    if (words[0].mustGive && spells(words, 0, letters, 0, new Int8Array((words.length + 1) * (letters.length + 1)))) best = k;
  }
  if (best < 0 || best >= b.end) return;
  const long = textOf(text, tokens, best, b.end);
  // spelled out, it names a public body or scheme: "Superintendencia del Mercado de Valores (SMV)", "Régimen de Incentivo … (RIGI)"
  if (publicHead(tokens, best) || PUBLIC_SCHEME_WORDS.has(tokens[best].lower) || PUBLIC_BODY_NAME.test(long)) {
    names.delete(b.abbrev);
    return;
  }
  addName(f, best, b.end);
  if (names.get(long) === long) names.set(b.abbrev, long);
}

function foldAccents(word: string): string {
  return /[^\x00-\x7f]/.test(word) ? word.normalize('NFD').replace(/\p{M}/gu, '') : word;
}

/** Whether words[w…] spell letters[at…], each word giving none (when it may) or a run of letters from its first, in order.
 * `failed` marks the (word, letter) states already tried in vain, so a hostile page's long bracketed runs stay cheap. */
function spells(words: { folded: string; mustGive: boolean }[], w: number, letters: string, at: number, failed: Int8Array): boolean {
  if (w === words.length) return at === letters.length;
  const state = w * (letters.length + 1) + at;
  if (failed[state]) return false;
  const word = words[w];
  if (!word.mustGive && spells(words, w + 1, letters, at, failed)) return true;
  if (at < letters.length && word.folded[0] === letters[at]) {
    // the word's first letter, then each further letter it can give, earliest first
    let pos = 0;
    for (let next = at + 1; ; next++) {
      if (spells(words, w + 1, letters, next, failed)) return true;
      if (next === letters.length) break;
      pos = word.folded.indexOf(letters[next], pos + 1);
      if (pos < 0) break;
    }
  }
  failed[state] = 1;
  return false;
}

/** Candidate company names with the evidence for each. */
function findOrgNames(text: string, tokens: Token[], sentences: Sentence[], lang: Lang, people: Set<string>, surnames: Set<string>, cand: Candidates, caps: CapCounts): Map<string, string> {
  const names = new Map<string, string>(); // name → alias of (canonical)
  const found: NameFinder = { text, tokens, lang, names, caps, people, surnames };
  // plain consts, not a destructured array: the optimised code deopted on the array iterator
  const suffixOrParen = cursor(cand.suffixOrParen);
  const commas = cursor(cand.commas);
  const trade = cursor(cand.trade);
  const roleStarts = cursor(cand.roles);
  const nouns = cursor(cand.nouns);
  const verbs = cursor(cand.verbs);
  const capsAt = cursor(cand.caps);
  const bracketed: BracketedAbbreviation[] = [];
  for (const s of sentences) {
    // a name ending in a word companies name themselves by: "Qilin Lithium ingresa …", "Jinlong Motors estudia …",
    // "Voltaria Energy colocó …" (weak: its first word must be written with its capital more than once in the story)
    // (the tail word is looked for first, at the capitalised words that end a run: most are no tail)
    for (let c = seek(capsAt, s.from); c < cand.caps.length && cand.caps[c] < s.to; c++) {
      const i = cand.caps[c];
      if (!COMPANY_TAILS.has(tokens[i].lower) || !isNameWord(tokens[i - 1]) || isNameWord(tokens[i + 1]) || tokens[i + 1]?.lower === 'of' || tokens[i + 1]?.lower === 'de') continue;
      const start = runLeft(tokens, i + 1, s.from);
      // (strong when it opens the sentence and a verb follows: "Alpina Biologics stellt in Schlieren Wirkstoffe … her",
      // "Caldera Packaging will add a second line", a story's lede naming its company once)
      // (or a relative clause tells what it does: "Carrow Bakeries, which makes crumpets …")
      const opensWithVerb = (start === s.from && start > 0 && matchAt(tokens, i + 1, orgVerbs, s.to) !== null) ||
        (tokens[i + 1]?.lower === ',' && RELATIVES.has(tokens[i + 2]?.lower ?? '') && !ARTICLE_AFTER_COMMA.has(tokens[i + 2].lower));
      if (i + 1 - start >= 2 && i + 1 - start <= 4 && !NOT_NAMES.has(tokens[start].lower)) addName(found, start, i + 1, undefined, !opensWithVerb);
    }
    for (let k = seek(suffixOrParen, s.from); k < cand.suffixOrParen.length && cand.suffixOrParen[k] < s.to; k++) {
      const i = cand.suffixOrParen[k];
      const t = tokens[i];
      // legal form after a capitalised run: "Helvio Batteries SA", "Norvane Robotics, Inc."
      // (not the "co" of "co-operative")
      const suf = (t.kind === 'word' || t.lower === 's') && mayStartAt(t, suffixes) && !(tokens[i + 1]?.lower === '-' && tokens[i + 1].gap === '') ? matchAt(tokens, i, suffixes, s.to) : null;
      // (not a lower-case group word before the name: "Pharmaceutical group Lissadell Therapeutics is to invest")
      // (and "Limited" only with its capital: "a limited number")
      const describes = !t.cap && ((GROUP_WORDS.has(suf?.value ?? '') && isNameWord(tokens[i + 1])) || suf?.value === 'limited');
      // ("Ringaskiddy, Co Cork": an Irish county, not a company's "Co")
      const county = (suf?.value === 'co' || suf?.value === 'co.') && mayStartAt(tokens[i + suf.len] ?? t, PLACES) && matchAt(tokens, i + suf.len, PLACES, s.to) !== null;
      if (suf && !describes && !county && (!CAPS_ONLY_SUFFIXES.has(suf.value) || text.slice(t.start, t.end) === (MIXED_CASE_SUFFIXES.get(suf.value) ?? suf.value.toUpperCase()))) {
        const end = tokens[i - 1]?.lower === ',' ? i - 1 : i;
        let start = runLeft(tokens, end, s.from);
        // "Les Conserveries du Cayor SA", "Lácteos del Norte SA": French and Spanish names hold particles
        if ((lang === 'fr' || lang === 'es') && start < end) start = leftAcrossParticles(tokens, start, s.from);
        if (start < end && isNameWord(tokens[start])) addName(found, start, end);
      }
      // a family firm's name: "Brackley & Sons Forgings", "Mercier & Fils", "Hijos de …" ("Brackley & Sons" alone too)
      if (t.lower === '&') {
        if (FAMILY_FIRM.has(tokens[i + 1]?.lower ?? '') && tokens[i + 1].cap && isNameWord(tokens[i - 1])) {
          const start = runLeft(tokens, i, s.from);
          const end = runRight(tokens, i + 1, s.to);
          if (start < i && end - start <= 5) addName(found, start, end);
        }
        continue;
      }
      if (t.lower !== '(') continue;
      // ticker or abbreviation in brackets: "(NASDAQ: NVRB)", "(AMZN.O)", "Amazon Web Services (AWS)"
      const inner = tokens[i + 1];
      let close = -1;
      for (let k = i + 1; k < Math.min(s.to, i + 7); k++) if (tokens[k].lower === ')') { close = k; break; }
      if (!inner || close < 0) continue;
      // "Umoya Data Centres (Pty) Ltd": the South African and Australian legal form, in brackets
      if (close === i + 2 && inner.lower === 'pty') {
        const start = runLeft(tokens, i, s.from);
        if (start < i && isNameWord(tokens[start])) addName(found, start, i);
        continue;
      }
      const innerText = textOf(text, tokens, i + 1, close);
      // (an exchange named in words: "Valmontel (Euronext Paris : VMT)", "(SIX Swiss Exchange: RHP)")
      const ticker = /^[A-Z]{2,8}\s?:\s?[A-Z0-9.]{1,8}$|^[A-Z]{1,5}\.[A-Z]{1,2}$/.test(innerText) || EXCHANGE_TICKER.test(innerText);
      const abbrev = /^[A-Z]{2,8}$/.test(innerText);
      let end = i;
      if (tokens[end - 1] && matchAt(tokens, end - 1, suffixes, end)) end--;
      if (tokens[end - 1]?.lower === ',') end--;
      // (and a short form in mixed case: "Câblerie Méditerranéenne (Cablemed)")
      if ((abbrev || /^[A-Z][a-z]{2,11}$/.test(innerText)) && close === i + 2) bracketed.push({ bracket: i, end, floor: s.from, abbrev: innerText });
      // (or the other way round: "l'espagnol CAF (Construcciones y Auxiliar de Ferrocarriles)")
      else if (!ticker && close > i + 2 && i > s.from && /^[A-Z]{2,8}$/.test(text.slice(tokens[i - 1].start, tokens[i - 1].end))) {
        bracketed.push({ bracket: close, end: close, floor: i + 1, abbrev: text.slice(tokens[i - 1].start, tokens[i - 1].end) });
      }
      const start = runLeft(tokens, end, s.from);
      if (start >= end) continue;
      if (ticker) addName(found, start, end);
      else if (abbrev && innerText.length <= 6) {
        // "à Tanger Automotive City (TAC)", "in Nevada Industrial Park (NIP)": a zone named after its town, where, not who
        const town = start > s.from && isPlaceBefore(tokens[start - 1]) ? matchAt(tokens, start, PLACES, end) : null;
        if (town && !town.value.adjective) continue;
        let initials = '';
        for (let w = start; w < end; w++) if (tokens[w].kind === 'word') initials += text[tokens[w].start];
        if (initials.endsWith(innerText) || initials === innerText) addName(found, end - innerText.length >= start ? end - innerText.length : start, end, innerText);
        // (the initials and the legal form: "Química Tarraconense (QTSA)")
        else if (innerText.length > initials.length && innerText.startsWith(initials) && CAPS_ONLY_SUFFIXES.has(innerText.slice(initials.length).toLowerCase())) addName(found, start, end, innerText);
        else if (lang === 'fr' || lang === 'es') {
          // "La Coopérative Laitière des Monts du Cantal (CLMC)": the initials of the capitalised words, past the particles
          const from = startOfInitials(text, tokens, end, s.from, innerText, !!matchAt(tokens, close + 1, orgVerbs, s.to));
          if (from >= 0) addName(found, from, end, innerText);
        }
      } else if (close === i + 2 && /^[A-Z][a-z]{2,9}$/.test(innerText) && matchAt(tokens, close + 1, orgVerbs, s.to) && end - start <= 4
        && !matchAt(tokens, i + 1, PLACES, close) && !matchAt(tokens, start, PLACES, end)) {
        // a name, its short form in brackets, then a company's verb: "Energías del Noroeste (Enorsa) ha presentado"
        // (not a town and its province: "Dos Hermanas (Sevilla) abrirá")
        const from = shortFormNameStart(tokens, start, s.from, lang);
        if (from >= 0) addName(found, from, end, innerText);
      }
    }
    // an appositive: "Amazon Web Services, the cloud computing arm of Amazon.com Inc"
    for (let c = seek(commas, s.from + 1); c < cand.commas.length && cand.commas[c] < s.to - 2; c++) {
      const i = cand.commas[c];
      // the name before the comma first (runLeft finds none without a capitalised word there):
      // most commas follow none, and then the words after them are not read
      // (or a word for a company with no article: "Cementos Olza, empresa familiar con más de un siglo de historia, invertirá",
      // "Les Forges de Bazeilles, ETI familiale spécialisée …")
      const bareNoun = BARE_COMPANY_NOUNS.has(tokens[i + 1].lower);
      if (!isNameWord(tokens[i - 1])) continue;
      // a rival's plan told after a preposition: "comparisons with Britishvolt, which promised a £3.8bn gigafactory"
      if (RELATIVES.has(tokens[i + 1].lower) && !ARTICLE_AFTER_COMMA.has(tokens[i + 1].lower)) {
        const from = runLeft(tokens, i, s.from);
        if (from > s.from && i - from <= 3 && COMPARED_WITH.has(tokens[from - 1].lower) && planWithin(tokens, i + 2, Math.min(s.to, i + 8))) addName(found, from, i);
        continue;
      }
      if (!(ARTICLE_AFTER_COMMA.has(tokens[i + 1].lower) || bareNoun)) continue;
      let start = runLeft(tokens, i, s.from);
      // ("Les Forges de Bazeilles, ETI familiale …": a French or Spanish name holds particles)
      if (bareNoun && (lang === 'fr' || lang === 'es') && start < i) start = leftAcrossParticles(tokens, start, s.from);
      // "Including Abilene, the company has committed …": a clause opener, not a name
      // ("In Lubbock, the company will …": a place the sentence opens with)
      // (after "from", "in": a place, unless the apposition closes on a relative clause: "came from Suryan Components, a
      // Coimbatore-based maker of printed circuit boards, which said it would invest …")
      if (!(start < i && i - start <= 4 && !CLAUSE_OPENERS.has(tokens[start].lower) && !isPlaceBefore(tokens[start]) &&
        !(start > s.from && isPlaceBefore(tokens[start - 1]) && !appositionThenRelative(tokens, i, s.to)))) continue;
      let k = i + 2;
      while (k < Math.min(s.to, i + 8) && !matchAt(tokens, k, SUBSIDIARY, s.to)) k++;
      if (!bareNoun && k >= Math.min(s.to, i + 8) && !describedAsCompany(tokens, i, s.to)) continue;
      // ("La familia Funes, productora de uvas …": a family, not its firm)
      if (bareNoun && start > s.from && FAMILY_WORDS.has(tokens[start - 1].lower)) continue;
      addName(found, start, i);
    }
    // "Der Chemiekonzern Rhenova und …": a German trade noun before a name seen more than once
    for (let c = seek(trade, s.from); c < cand.trade.length && cand.trade[c] < s.to - 1; c++) {
      const i = cand.trade[c];
      if (/^(unternehmen|firma|gesellschaft|gruppe)$/.test(tokens[i].lower) || !isNameWord(tokens[i + 1])) continue;
      if (caps.countAt(tokens[i + 1]) < 2 || NOT_NAMES.has(tokens[i + 1].lower)) continue;
      const end = runRight(tokens, i + 1, s.to);
      if (end - i - 1 <= 3) addName(found, GERMAN_NAMED_TRADES.has(tokens[i].lower) ? i : i + 1, end);
    }
    // a company's head names the company: "le PDG de Skylon", "chief executive of Brenmar", "Vorstandschef von Kaltwerk"
    for (const r of rolesIn(tokens, roleStarts, s.from, s.to)) {
      const spokes = SPOKESPEOPLE.has(r.value);
      if (!COMPANY_ROLES.has(r.value) && r.value !== 'boss' && !spokes) continue;
      // "Karrawong boss on the Kwinana refinery": the company before its head's title (only "boss": agencies have chief executives too)
      // ("A Boyne Digital spokesperson said …": the company before its spokesperson, after an article)
      if ((r.value === 'boss' || spokes) && lang === 'en' && r.start > s.from && isNameWord(tokens[r.start - 1]) && !tokens[r.start].cap) {
        let start = runLeft(tokens, r.start, s.from);
        // (the English article "a" is no preposition here; written "A" or "The", it opens the run)
        if (spokes && ENGLISH_ARTICLES.test(tokens[start].lower)) start++;
        const ok = spokes ? start > s.from && ENGLISH_ARTICLES.test(tokens[start - 1].lower) : !isPlaceBefore(tokens[start - 1] ?? tokens[start]);
        if (start < r.start && r.start - start <= 3 && ok) addName(found, start, r.start);
      }
      if (r.value === 'boss' || spokes) continue;
      let k = r.end;
      if (!/^(de|d|of|von|del|du|at)$/.test(tokens[k]?.lower ?? '')) continue;
      k += tokens[k + 1]?.lower === "'" ? 2 : 1;
      if (!isNameWord(tokens[k]) || NOT_NAMES.has(tokens[k].lower)) continue;
      const end = lang === 'fr' || lang === 'es' ? runRightWithParticles(tokens, k, s.to) : runRight(tokens, k, s.to);
      if (end - k <= 4) addName(found, k, end);
    }
    // a name after a word for a company: "le laboratoire Pfizer", "la petrolera Repsol", "the chipmaker Nexor"
    for (let c = seek(nouns, s.from); c < cand.nouns.length && cand.nouns[c] < s.to - 1; c++) {
      let i = cand.nouns[c];
      // "la siderúrgica asturiana Aceros del Cantábrico", "le groupe familial Roquette": a French or Spanish adjective between
      // (or two: "le groupe privé algérien Benali Hôtellerie")
      let adjectives = 0;
      while ((lang === 'fr' || lang === 'es') && adjectives < 2 && tokens[i + 1 + adjectives] && !tokens[i + 1 + adjectives].cap
        && (ROMANCE_ADJECTIVE.test(tokens[i + 1 + adjectives].lower) || OWNERSHIP_ADJECTIVES.has(tokens[i + 1 + adjectives].lower))) adjectives++;
      const adjective = adjectives > 0 && isNameWord(tokens[i + 1 + adjectives]);
      // (or two joined by a hyphen: "L'équipementier sino-européen Lumax Seating", "el grupo hispano-francés Arvel")
      const hyphened = !adjective && (lang === 'fr' || lang === 'es') && tokens[i + 2]?.lower === '-' && tokens[i + 2].gap === '' && !tokens[i + 1]?.cap && !tokens[i + 3]?.cap
        && ROMANCE_ADJECTIVE.test(tokens[i + 3]?.lower ?? '') && isNameWord(tokens[i + 4]);
      if (adjective) i += adjectives;
      else if (hyphened) i += 3;
      // "L'enseigne d'ameublement et de décoration Maisons Lorval", "la cadena de supermercados Aldi": the trade told after the noun
      else if ((lang === 'fr' || lang === 'es') && !tokens[i].cap) {
        const past = pastTradeComplement(tokens, i + 1, s.to);
        if (past > i + 1) i = past - 1;
      }
      // "des Viennoiseries du Val", "los Astilleros de Huelva": a capitalised trade house, a particle, then its name
      if (!adjective && (lang === 'fr' || lang === 'es') && tokens[i].cap && NAME_HEAD_NOUNS.has(tokens[i].lower) && PARTICLES_IN_NAMES.has(tokens[i + 1]?.lower ?? '')
        && isNameWord(tokens[i + 2])) {
        const end = runRightWithParticles(tokens, i + 2, s.to);
        if (end - i <= 6) addName(found, i, end);
        continue;
      }
      if (!isNameWord(tokens[i + 1]) || NOT_NAMES.has(tokens[i + 1].lower)) continue;
      const end = lang === 'fr' || lang === 'es' ? runRightWithParticles(tokens, i + 1, s.to) : runRight(tokens, i + 1, s.to);
      if (end - i - 1 <= 6) addName(found, !adjective && tokens[i].cap && NAME_HEAD_NOUNS.has(tokens[i].lower) ? i : i + 1, end);
    }
    // a name before a verb: "Airbus will invest", "Helvio investiert", "AWS va investir"
    for (let c = seek(verbs, s.from + 1); c < cand.verbs.length && cand.verbs[c] < s.to; c++) {
      const i = cand.verbs[c];
      // no name can end before it: no capitalised word there (runLeft below finds none) and no
      // apposition's comma (most verbs)
      // (an adverb may come between: "Voltaria ya ha firmado", "Lumène a déjà …" is the verb's own; "Kestrel also plans")
      const adverb = ADVERBS_BEFORE_VERB.has(tokens[i - 1].lower) && isNameWord(tokens[i - 2]) && i - 2 >= s.from;
      if (!isNameWord(tokens[i - 1]) && tokens[i - 1].lower !== ',' && !adverb) continue;
      const verb = matchAt(tokens, i, orgVerbs, s.to);
      if (!verb || (LANG_ONLY[tokens[i].lower] && LANG_ONLY[tokens[i].lower] !== lang)) continue;
      let end = adverb ? i - 1 : i;
      let start = runLeft(tokens, end, s.from);
      // "Plainsway Grocers, based in Amarillo, plans to invest": the name before an apposition set off by commas
      if (start >= end && tokens[end - 1]?.lower === ',') {
        const open = appositionOpening(tokens, end - 1, s.from);
        if (open > s.from) {
          const nameStart = runLeft(tokens, open, s.from);
          // (at the sentence's start, or after a colon or dash: "Elle est arrivée mardi : Matériaux Boréalis, le producteur …, investira")
          if (nameStart < open && (nameStart === s.from || /^[:–—]$/.test(tokens[nameStart - 1].lower))) {
            end = open;
            start = nameStart;
          }
        }
      }
      // "Cervecera del Pacífico anunció", "Banco de Sabadell invertirá": a Spanish name with a particle inside
      // (not a public body: "el Ministerio de Industria anunció")
      if (lang === 'es' && start < end) {
        const k = /^(del|de)$/.test(tokens[start - 1]?.lower ?? '') ? start - 1 : tokens[start - 1]?.lower === 'la' && tokens[start - 2]?.lower === 'de' ? start - 2 : start;
        const wider = k < start && isNameWord(tokens[k - 1]) ? runLeft(tokens, k, s.from) : start;
        const head = /^(el|la|los|las)$/.test(tokens[wider].lower) ? wider + 1 : wider;
        if (wider < k && !SPANISH_PUBLIC.test(tokens[head].lower) && !matchAt(tokens, head, roles, k)) start = wider;
      }
      // "Les Chantiers de Keroman lancent", "La Fromagerie des Aravis investit": a French name whose head is a trade house
      if (lang === 'fr' && start < end) start = frenchHouseStart(tokens, start, s.from);
      // (not a public body before one of the verbs that move a plan: "La Municipalidad de Rosario mantiene …")
      if (start < end && publicHead(tokens, start)) continue;
      if (start >= end || (tokens[start - 1] && /^(of|de|du|von|del|des|d)$/.test(tokens[start - 1].lower))) continue;
      // (nor after "de l'": "le ministre wallon de l'Économie a présenté …")
      if (afterDeL(tokens, start)) continue;
      // a place opening a German sentence: "In Fort Worth baut Siemens …", "Im texanischen Fort Worth baut …"
      // (read before the test for a place word below, which "In" is)
      // (or a clause after a colon: "Auch der Heimatstandort geht nicht leer aus: In Winterthur investiert Rietberg …")
      if (lang === 'de' && placeOpensClause(tokens, start, s.from)) {
        // German puts the subject after the verb there: "In Fort Worth baut Siemens für 450 Millionen …"
        if (isNameWord(tokens[end + verb.len]) && !NOT_NAMES.has(tokens[end + verb.len].lower)) {
          const after = runRight(tokens, end + verb.len, s.to);
          // (a name the story writes twice counts even if written after "bei" elsewhere: "Spuren bei Rietberg" is at the company)
          if (after - end - verb.len <= 3) addName(found, end + verb.len, after, undefined, found.caps.countAt(tokens[end + verb.len]) < 2);
        }
        continue;
      }
      // "… in Emden investiert": a name right after "in"/"à"/"bei" is where, not who (also at a sentence's start)
      const placeWord = tokens[start - 1];
      if (placeWord && (isPlaceBefore(placeWord) || placeWord.lower === 'standort')) continue; // ("Für den Standort Lupfig hatte …")
      if (tokens[start].lower === 'standort') continue;
      // German nouns are capitalised: one after an article or adjective is a thing ("in deutsche Werke investiert")
      const before = tokens[start - 1];
      if (lang === 'de' && end - start === 1 && before?.kind === 'word' && !before.cap && GERMAN_DETERMINER.test(before.lower)) continue;
      // (or by its ending: "Hydraulikaggregate für Bau- und Landmaschinen baut …")
      if (lang === 'de' && end - start === 1 && GERMAN_NOUN_ENDING.test(tokens[start].lower)) continue;
      // "in unsere Schweizer Infrastruktur investiert": nobody writes a possessive before a company's name
      if (lang === 'de' && before?.kind === 'word' && !before.cap && GERMAN_POSSESSIVE.test(before.lower)) continue;
      if (end - start > 5) continue;
      // "Airbus will invest", "Helvio investiert": a business verb right after makes it strong
      // … or a word for a company before it: "Der Konzern Acme will …", "Le groupe Acme va …"
      // (or as the name's last word: "Cromarty Cable Company confirmed yesterday …")
      const business = businessVerbIn(tokens, i, Math.min(s.to, i + 4)) || companyNounIn(tokens, Math.max(s.from, start - 1), end, lang) || itPlansAfterSaying(tokens, i, s.to);
      // (a German plural verb after one capitalised word is most often a noun's: "Die Landwirte investieren …"; and one
      // that is no sentence's second part is an infinitive closing a clause: "… einen Campus für Künstliche Intelligenz errichten")
      const likeInfinitive = lang === 'de' && GERMAN_PLURALS_LIKE_INFINITIVES.has(tokens[i].lower);
      if (likeInfinitive && !(start === s.from || (start === s.from + 1 && /^(die|der|das)$/.test(tokens[s.from].lower)))) continue;
      const plural = likeInfinitive || (lang === 'de' && tokens[i].lower === 'wollen');
      const pluralAfterOne = plural && end - (/^(die|der|das)$/.test(tokens[start].lower) ? start + 1 : start) === 1;
      addName(found, start, end, undefined, !business || pluralAfterOne);
    }
  }
  // a name the story introduces and then describes: "Jüngster Neuzugang ist Voltaris. Das
  // schwedisch-deutsche Start-up kündigte …", "El último en sumarse es Solvera. La energética asturiana anunció …"
  for (let n = 0; n + 1 < sentences.length; n++) {
    const s = sentences[n];
    const last = tokens[s.to - 1]?.lower === '.' ? s.to - 1 : s.to;
    // (most sentences end on no name after a copula: the copula is looked for before the name's run is read)
    // (or past "celui de" after it: "Le dossier le plus attendu était celui de Sidéral Méditerranée. Le sidérurgiste …")
    // (and a colon: "Dernier en date : Nordique Calcul. L'entreprise montréalaise, fondée en 2019, a confirmé …")
    if (!isNameWord(tokens[last - 1]) || !introducedWithin(tokens, last, 6)) continue;
    const start = runLeft(tokens, last, s.from);
    if (start >= last || last - start > 3 || start - 1 <= s.from) continue;
    const copula = oneOfBefore(tokens, start) ? start - 3 : start - 1;
    if (copula <= s.from || !introducesAt(tokens, copula)) continue;
    // (a colon after words of a sentence, not a label's or a speaker's: "Foto: Cortesía NubeAxis.", "Moderator: Ja.")
    if (tokens[copula].lower === ':' && (copula !== start - 1 || copula - s.from < 3 || !lowerWordIn(tokens, s.from, copula))) continue;
    if (describedNext(tokens, sentences[n + 1], lang)) addName(found, start, last);
  }
  // a name that opens a sentence and a relative clause telling of its plan: "Norelec Cellules, qui avait annoncé en 2023
  // un investissement de 1,8 milliard d'euros …", "Kestrel, which announced a £750m plant last year, …"
  for (const s of sentences) {
    // (a comma within the name's first four words, else no such clause: checked before the run is read)
    if (!isNameWord(tokens[s.from]) || !(tokens[s.from + 1]?.lower === ',' || tokens[s.from + 2]?.lower === ',' || tokens[s.from + 3]?.lower === ',' || tokens[s.from + 4]?.lower === ',')) continue;
    const end = runRight(tokens, s.from, s.to);
    if (end - s.from > 3 || tokens[end]?.lower !== ',' || !RELATIVES.has(tokens[end + 1]?.lower ?? '')) continue;
    for (let k = end + 2; k < Math.min(s.to, end + 10); k++) {
      if (PLAN_WORDS.has(tokens[k].lower)) { addName(found, s.from, end); break; }
    }
  }
  // an interview's headline: "Claire Dumont-Vasseur (Thermalis) : « Nous allons investir … »", the speaker's company in brackets
  // (only before a colon or dash; the speaker's two or three names first, written apart and not in capitals: a dateline
  // "SAINT-FONS (RHÔNE) –" names a town and its département)
  for (const s of sentences) {
    if (!isNameWord(tokens[s.from])) continue;
    const speakerEnd = runRight(tokens, s.from, s.to);
    if (speakerEnd - s.from < 2 || speakerEnd - s.from > 5 || tokens[speakerEnd]?.lower !== '(') continue;
    const speaker = text.slice(tokens[s.from].start, tokens[speakerEnd - 1].end);
    // (written apart somewhere: "Jean-Marc Delpech (Aérostructures Garonne) :", not the town "Saint-Fons (Rhône) :")
    if (speaker === speaker.toUpperCase() || !speaker.includes(' ')) continue;
    const close = runRight(tokens, speakerEnd + 1, s.to);
    if (close === speakerEnd + 1 || close - speakerEnd - 1 > 3 || tokens[close]?.lower !== ')' || !/^[:–—-]$/.test(tokens[close + 1]?.lower ?? '')) continue;
    if (!matchAt(tokens, speakerEnd + 1, PLACES, close)) addName(found, speakerEnd + 1, close);
  }
  // no cue found any company: a large company's name, else the name the story repeats
  if (names.size === 0) knownCompanyNames(found, sentences, cand.caps);
  else knownCompanyOpening(found, sentences);
  if (names.size === 0) mostRepeatedName(found, sentences, cand.caps);
  for (const b of bracketed) expandAbbreviation(found, b);
  // short forms: "Helvio" for "Helvio Batteries"; from a longer name ("Amazon Web Services")
  // the first word is the parent, a company of its own; "AWS" for the name with those initials
  for (const [name, canonical] of [...names]) {
    if (name !== canonical || !canonical.includes(' ')) continue; // (an alias, or a name of one word)
    const words = canonical.split(' ');
    // (not a place: "Indiana Economic Development Corp." does not make every "Indiana" a company)
    // (nor a nationality: "Friends of the Irish Environment" does not make "Irish data centre developer" that group)
    if (words[0].length >= 3 && /^\p{Lu}/u.test(words[0]) && !placeByName(words[0]) && !isPeopleWord(words[0].toLowerCase())) {
      const current = names.get(words[0]);
      // (a last word for a company is no part of the name proper: "Cromarty Cable Company" is "Cromarty Cable", whose "Cromarty" is no parent)
      const length = COMPANY_NOUN_SET.has(words[words.length - 1].toLowerCase()) ? words.length - 1 : words.length;
      if (length > 2 && GROUP_WORDS.has(words[0].toLowerCase())) {
        // "Grupo Solarea Energía": the group word is no parent; the name after it is the short form ("Solarea invertirá …")
        const short = names.get(words[1]);
        if (!short || short === words[1]) names.set(words[1], canonical);
      } else if (length > 2) {
        // (not a common word of the story: "Australian Private Hospitals Association" does not make "Private operator bets $420m" a company)
        if (!current && !commonFirstWord(found, words[0])) names.set(words[0], words[0]);
      } else {
        if ((!current || current === words[0]) && !commonFirstWord(found, words[0])) names.set(words[0], canonical);
        // the second word as the short form, unless it already names something else:
        // "Les Laboratoires Vérand …", later "Vérand avait promis" (a company noun first), and
        // "Matériaux Boréalis", "Alimentos Cordillera": French and Spanish names put a generic word first and the
        // name proper after it, which the story then uses alone more often than the first word (not "Ville de …")
        const first = words[0].toLowerCase();
        const last = words[1];
        const companyNounFirst = NAME_HEAD_NOUNS.has(first) || COMPANY_NOUN_SET.has(first) || (lang === 'de' && GERMAN_NAMED_TRADES.has(first));
        if ((names.get(last) ?? last) === last && (companyNounFirst || ((lang === 'fr' || lang === 'es') && !PUBLIC_FIRST_WORDS.has(first) &&
          /^\p{Lu}/u.test(last) && !placeByName(last) && caps.count(last) > caps.count(words[0])))) names.set(last, canonical);
      }
    }
  }
  for (const canonical of new Set(names.values())) {
    const words = canonical.split(/[\s-]+/);
    let initials = '';
    for (const w of words) if (w) initials += w[0]; // as join() would: an empty word adds nothing
    if (words.length >= 2 && /^[A-Z]{2,5}$/.test(initials) && caps.count(initials) > 0) names.set(initials, canonical);
  }
  return names;
}

/** What opens a German noun phrase: articles, possessives, numbers in words ("die Gebäude", "unsere Labore", "zwei Hallen"). */
const GERMAN_NOUN_OPENERS = new Set(['der', 'die', 'das', 'den', 'dem', 'des', 'ein', 'eine', 'einen', 'einem', 'einer', 'eines', 'kein', 'keine',
  'keinen', 'unser', 'unsere', 'unseren', 'unserer', 'unserem', 'ihre', 'ihren', 'ihrer', 'seine', 'seinen', 'seiner', 'diese', 'diesen',
  'dieser', 'alle', 'allen', 'viele', 'vielen', 'weitere', 'weiteren', 'neue', 'neuen', 'zwei', 'drei', 'vier', 'fünf', 'zehn']);

/**
 * The capitalised words a German story writes at least once after an article, a possessive or a
 * number ("die Gebäude", "unsere Labore", "24 Prozent"): common nouns, since German capitalises
 * them all. A town is not written so ("in Landshut"; "im bayerischen Landshut" has an adjective,
 * which is why adjectives are no evidence here). Read once per story, when first asked.
 */
class GermanCommonNouns {
  private nouns: Set<string> | null = null;
  constructor(private readonly tokens: Token[], private readonly capsAt: Int32Array) {}

  has(word: string): boolean {
    this.nouns ??= this.read();
    return this.nouns.has(word);
  }

  private read(): Set<string> {
    const { tokens, capsAt } = this;
    const nouns = new Set<string>();
    for (let c = 0; c < capsAt.length; c++) {
      const i = capsAt[c];
      // (not the first part of a compound or a longer name: "das Leuna-Projekt", "die Halle Saale")
      if (i === 0 || tokens[i].gap === 'nl' || tokens[i].kind !== 'word' || isNameWord(tokens[i + 1]) || (tokens[i + 1]?.lower === '-' && tokens[i + 1].gap === '')) continue;
      const before = tokens[i - 1];
      if (before.kind === 'num' || (before.kind === 'word' && !before.cap && GERMAN_NOUN_OPENERS.has(before.lower))) nouns.add(tokens[i].lower);
    }
    return nouns;
  }
}

function findPlaces(text: string, tokens: Token[], s: Sentence, taken: Uint8Array, starts: Cursor, brackets: Cursor, nouns: GermanCommonNouns | null, out: Mention[]): void {
  // the words in between start no known place and are not capitalised: nothing below uses them
  let next = s.from;
  const list = starts.list;
  for (let k = seek(starts, s.from); k < list.length && list[k] < s.to; k++) {
    const i = list[k];
    if (i < next || taken[i]) continue;
    next = placeAt(text, tokens, s, taken, i, brackets, nouns, out) + 1;
  }
}

/** How far past its first word an unknown place's name can end (see placeAt): a run of names
 * (MAX_RUN tokens at most) up to i + 5, two particles, and a second run. */
const PLACE_NAME_REACH = 5 + 2 + MAX_RUN;

/** Whether a "(" stands among tokens [from, to]: read off the candidates' list of brackets and
 * legal forms' first words, from a cursor (`from` never decreases from call to call). */
function bracketWithin(tokens: Token[], brackets: Cursor, from: number, to: number): boolean {
  const list = brackets.list;
  for (let k = seek(brackets, from); k < list.length && list[k] <= to; k++) if (tokens[list[k]].lower === '(') return true;
  return false;
}

/** The small words inside hyphened town names ("Port-Jérôme-sur-Seine", "Villefranche-de-Rouergue", "Frankfurt-am-Main"). */
const TOWN_JOINERS = new Set(['sur', 'sous', 'de', 'du', 'des', 'la', 'le', 'les', 'lès', 'lez', 'en', 'am', 'an', 'im', 'ob', 'upon', 'del']);
/** Whether the word at i (i > 1) ends a hyphened town's name after one of TOWN_JOINERS. */
function townPartAt(tokens: Token[], i: number): boolean {
  if (tokens[i].gap !== '') return false;
  if (tokens[i - 1].lower === '-' && tokens[i - 1].gap === '' && TOWN_JOINERS.has(tokens[i - 2].lower)) return true;
  // (or elided: "Val-d'Or", "Villeneuve-d'Ascq")
  return i > 2 && (tokens[i - 1].lower === "'" || tokens[i - 1].lower === '’') && (tokens[i - 2].lower === 'd' || tokens[i - 2].lower === 'l') &&
    tokens[i - 2].gap === '' && tokens[i - 3].lower === '-';
}
/** A word of `min` letters or more written in capitals ("QUI", "ÉTAIT", "A"). */
function capitalsWord(text: string, t: Token | undefined, min: number): boolean {
  if (!t || t.kind !== 'word' || t.end - t.start < min) return false;
  const written = text.slice(t.start, t.end);
  return written !== t.lower && written === t.lower.toUpperCase();
}
/** Who owns a company, between its noun and its name ("le groupe privé algérien Benali", "la empresa privada Aceros"). */
const OWNERSHIP_ADJECTIVES = new Set(['privé', 'privée', 'privado', 'privada', 'coté', 'cotée']);
/** Words for a public body that a place's name follows ("Land Steiermark", "Région Bretagne"). */
const PUBLIC_BEFORE_PLACE = new Set(['land', 'kanton', 'canton', 'freistaat', 'region', 'région', 'región', 'provincia', 'province', 'comunidad', 'state', 'état', 'estado', 'department', 'département', 'departamento']);
/** What "Madrid-based", "Paris-listed" glue to a place: where a firm sits or is listed, not a site. */
const HOME_SUFFIXES = new Set(['based', 'headquartered', 'listed', 'born']);

/** A place at word i (known, or an unknown name attached to one); returns the last token it took (i when none). */
function placeAt(text: string, tokens: Token[], s: Sentence, taken: Uint8Array, i: number, brackets: Cursor, nouns: GermanCommonNouns | null, out: Mention[]): number {
  const t = tokens[i];
  const m = mayStartAt(t, PLACES) ? matchAt(tokens, i, PLACES, s.to) : null;
  if (m) {
    const raw = textOf(text, tokens, i, i + m.len);
    const hyphenated = tokens[i + m.len]?.lower === '-' && tokens[i + m.len].gap === '' && tokens[i + m.len + 1]?.gap === '';
    // "Madrid-based" is where a firm sits; "Maine-et-Loire" (a French département) is not Maine
    const based = hyphenated && (HOME_SUFFIXES.has(tokens[i + m.len + 1]?.lower ?? '') || /^(et|sur|en|de|la|le|les|am|an|im)$/.test(tokens[i + m.len + 1]?.lower ?? ''));
    // "US$500 millones": a dollar prefix, not the country
    // (nor "1,15 milliard US": US dollars after a scale word)
    const dollar = (tokens[i + m.len]?.lower === '$' && tokens[i + m.len].gap === '') || (t.lower === 'us' && i > 0 && Object.hasOwn(SCALES, tokens[i - 1].lower));
    // (the capital first: it decides most matches without the regex)
    const ok = based || dollar ? false : m.value.adjective ? true : (t.cap && !(raw.length <= 3 && raw !== raw.toUpperCase())) || EXACT_CASE.has(raw.replace(/\.$/, ''));
    // ("in Victoria, Texas": a town of that name in the state after it, not Australia's state; read as an unknown name below)
    const elsewhere = ok && !m.value.adjective && elsewhereAfterComma(tokens, i + m.len, s.to, m.value);
    if (ok && !elsewhere && !(EXACT_CASE.size && startsLowerAscii(raw) && !m.value.adjective)) {
      // "PARIS, 12 juin (Reuters) -", "Dresden (dpa) -", "Berlin – Der …", "Düsseldorf. Der …": where the story was filed
      const dateline = t.gap === 'nl' && DATELINE_AFTER.has(tokens[i + m.len]?.lower ?? '');
      // "near Lyon", "près de Lille" stay Lyon and Lille: the reader's card says where the story
      // puts the site, and two figures for one plant "near Lyon" and "in Lyon" stay comparable
      const place = m.value;
      const near = !dateline && i > s.from && (!NEAR_ENDS_KNOWN || NEAR_LAST_WORDS.has(tokens[i - 1].lower)) && matchEndingAt(tokens, i, NEAR, s.from)?.value === 1;
      out.push({ type: 'place', from: i, to: i + m.len, canonical: place.name, place: dateline ? { ...place, dateline } : near ? { ...place, near } : place });
      return i + m.len - 1;
    }
  }
  // an unknown name after a preposition ("at Saint-Fons", "in Zwickau", "on Teesside"),
  // or at a line start in capitals (a dateline), attached to a known place when one follows
  if (!t.cap) return i; // first, so most words cost nothing more
  // a month or a word that names nothing: before the tests below, which only read
  const prev = i > 0 ? tokens[i - 1] : undefined; // (tokens[-1] would be a look-up of the key "-1")
  // "à La Chaux-de-Fonds", "in Le Locle", "en Las Palmas": a town whose name opens with an article
  // (asked only of the words that name nothing: the article is one)
  if (isNotNameOrMonth(t) && !(TOWN_ARTICLES.has(t.lower) && t.gap === ' ' && isNameWord(tokens[i + 1]) && tokens[i + 1].gap === ' ' && prev !== undefined && PREPOSITIONS.has(prev.lower))) return i;
  const before = i > 1 ? tokens[i - 2].lower : '';
  // (not "Shares in Harrow & Finch", "a stake in Norvane": a company's shares)
  // (also "en el municipio de Salinas Victoria", "dans la commune de Saran", "in the town of Nigg")
  // (and German "in der Sonderwirtschaftszone Wałbrzych": a zone named by its town; an industrial estate's
  // name is not one: "im Gewerbegebiet Nord", "Kamenz-Ost")
  // ("à L'Aigle-Nord": a town whose name opens with the elided article, written with its capital)
  const elidedArticle = i > 2 && prev !== undefined && (prev.lower === "'" || prev.lower === '’') && prev.gap === '' && t.gap === '' &&
    before === 'l' && text[tokens[i - 2].start] === 'L' && PREPOSITIONS.has(tokens[i - 3].lower);
  const afterPrep = elidedArticle || (prev && prev.kind === 'word' && ((PREPOSITIONS.has(prev.lower) && !SHARES_IN.has(before)) || (MUNICIPALITY.has(before) && OF.has(prev.lower)) ||
    (GERMAN_ARTICLE_AFTER_IN.has(before) && GERMAN_AREA_NOUN.test(prev.lower))));
  // (not a kicker before a colon: "RIGI: el Gobierno aprobó …", "EXCLUSIVE: …")
  const dateline = t.gap === 'nl' && text.slice(t.start, t.end) === text.slice(t.start, t.end).toUpperCase() && t.end - t.start > 2 && tokens[i + 1]?.lower !== ':';
  // most capitalised words get here with no preposition before them and no dateline: then only
  // a town with its province in brackets ("Arteixo (A Coruña)") can come of them below, and
  // with no bracket within a name's reach there is none (the name's run is not worth reading)
  // (nor, after "its"/"their", a site named by its town: "at its Broughton factory", see siteOfTown)
  // "corresponde a Química Onubense", "a Vidrios del Sur": a house named for its trade is a company, not a town
  if (NAME_HEAD_NOUNS.has(t.lower)) return i;
  if (!afterPrep && !dateline && prev?.lower !== 'im' && prev?.lower !== 'its' && prev?.lower !== 'their' && !bracketWithin(tokens, brackets, i + 1, Math.min(i + PLACE_NAME_REACH, s.to))) return i;
  // a fiscal year or a code is no town: "commissioned in FY2032", "in Q3"
  if (/\d/.test(t.lower)) return i;
  let end = runRight(tokens, i, s.to);
  // (past an elided joiner: "Les Sables-d'Olonne", "Villeneuve-d'Ascq")
  while (end + 1 < s.to && end - i < 6 && tokens[end - 1]?.lower === 'd' && townPartAt(tokens, end + 1) && isNameWord(tokens[end + 1])) end = runRight(tokens, end + 1, s.to);
  // ("said a Boyne Digital spokesperson": a company's, not a town's, after the English article)
  if (prev?.lower === 'a' && SPOKESPEOPLE.has(tokens[end]?.lower ?? '')) return i;
  // "Navalmoral de la Mata", "Newcastle upon Tyne": lower-case particles inside the name
  while (PLACE_PARTICLES.has(tokens[end]?.lower ?? '') && end - i < 6) {
    let k = end;
    while (PLACE_PARTICLES.has(tokens[k]?.lower ?? '') && k - end < 2) k++;
    // (not a day after "am": "in Munster am Montag")
    if (!isNameWord(tokens[k]) || tokens[k].gap === 'nl' || isNotNameOrMonth(tokens[k])) break;
    end = runRight(tokens, k, s.to);
  }
  // "Arteixo (A Coruña)", "Vitry-sur-Seine (Val-de-Marne)": a town with its province or department in brackets
  const bracketed = tokens[end]?.lower === '(' ? matchAt(tokens, end + 1, PLACES, s.to) : null;
  let province = bracketed && !bracketed.value.adjective && tokens[end + 1 + bracketed.len]?.lower === ')' ? bracketed.value : null;
  let closing = province ? end + 1 + bracketed!.len : -1;
  // "l'usine de Villefranche-sur-Saône (Rhône)": after "de", a name in brackets behind a name is its département or province
  // (not after a capitalised institution's name: "al Ministerio de Energía y Minas (Minem)")
  if (!province && tokens[end]?.lower === '(' && /^(de|d|del)$/.test(prev?.lower ?? '') && !tokens[i - 2]?.cap && isNameWord(tokens[end + 1])) {
    const close = runRight(tokens, end + 1, s.to);
    const inner = text.slice(tokens[end + 1].start, tokens[end + 1].end);
    if (tokens[close]?.lower === ')' && close - end <= 4 && inner !== inner.toUpperCase()) {
      province = { name: textOf(text, tokens, end + 1, close), kind: 'region', parent: null };
      closing = close;
    }
  }
  // "im Linzer Elektroband-Werk", "in Grazer Werk": a site named by its town's adjective is in that town
  const adjectiveTown = (afterPrep || prev?.lower === 'im') && end - i >= 2 ? townOfGermanAdjective(t.lower) : null;
  if (adjectiveTown?.kind === 'city' && !takenIn(taken, i, end)) {
    out.push({ type: 'place', from: i, to: end, canonical: adjectiveTown.name, place: adjectiveTown });
    return end - 1;
  }
  // "at its Broughton factory", "their Sunderland plant": a company's site named by its town
  const siteOfTown = !afterPrep && !province && (prev?.lower === 'its' || prev?.lower === 'their') && end - i <= 2 && SITE_NOUNS.has(tokens[end]?.lower ?? '');
  if (!(afterPrep || dateline || province || siteOfTown)) return i;
  // "in Hosur EV parts plant": an acronym closing the name describes what is built there
  const last = tokens[end - 1];
  if (end - i >= 2 && !province && last.end - last.start <= 3 && text.slice(last.start, last.end) === last.lower.toUpperCase() &&
    !SWISS_CANTON_CODES.has(last.lower) && tokens[end]?.kind === 'word' && !tokens[end].cap) end--;
  // "in Irish engineering", "face aux Américains": a people, not a town (as the first of more
  // words it may open one: "in the Scottish Highlands"; and towns end in -ois too: "at Cambois")
  if (end === i + 1 && !dateline && !province && (OTHER_PEOPLES.has(t.lower) || PEOPLE_ADJECTIVE.test(t.lower) || (prev!.lower === 'aux' && FRENCH_PEOPLES.test(t.lower)))) return i;
  // "around Rs 470 crore", "at Rs 1,184.50": a currency's short sign before its amount
  if (end === i + 1 && PREFIX_CURRENCIES.has(t.lower) && tokens[end]?.kind === 'num') return i;
  // "in Windkraft", "in Logistik", "in Energiepark Jänschwalde": a German compound naming a kind of
  // site or trade is no town; a name after it is the site's town
  let first = elidedArticle ? i - 2 : i;
  if (!dateline && !province && GERMAN_SITE_COMPOUND.test(t.lower)) {
    if (end === i + 1 || !isNameWord(tokens[i + 1]) || tokens[i + 1].gap !== ' ') return i;
    first = i + 1;
  }
  if (prev?.lower === 'at' && EMPLOYEE_BEFORE_AT.has(tokens[i - 2]?.lower ?? '')) return i;
  // "set up a Rs 1,200 crore unit": an English article before a currency or unit, not Spanish "a"
  if (prev?.lower === 'a' && end === i + 1 && tokens[end]?.kind === 'num') return i;
  // "nach Unternehmensangaben", "in Zusammenarbeit": German nouns by their endings, not towns
  // (also before a genitive: "laut Schätzungen der Landesregierung")
  if (!province && (GERMAN_NOUN_ENDING.test(t.lower) || (end === i + 1 && (prev?.lower === 'nach' || prev?.lower === 'bei') && GERMAN_PLURAL_AFTER_NACH.test(t.lower)))) return i;
  // "investiert in Gebäude und Labore": a word the story also writes as a common noun ("die Gebäude")
  // (a town with its river in brackets stays one: "in Halle (Saale)", though the story builds "eine Halle")
  if (!province && !dateline && end === i + 1 && tokens[end]?.lower !== '(' && nouns?.has(t.lower)) return i;
  // "200 recrutements en CDI", "investments in AI": an unknown acronym after a preposition is not a place
  if (!dateline && runRight(tokens, i, s.to) === i + 1 && t.end - t.start <= 5 && text.slice(t.start, t.end) === t.lower.toUpperCase()) return i;
  if (matchAt(tokens, end, orgVerbs, s.to)) return i; // "analysts at Bernlake Securities said"
  // "A Denver-based developer": where a firm sits, as for the known places above ("A" read as the Spanish preposition)
  if (end - i >= 3 && tokens[end - 2].lower === '-' && HOME_SUFFIXES.has(tokens[end - 1].lower)) return i;
  for (let k = i; k <= end && k < s.to; k++) if (tokens[k].lower === '&') return i; // "Harrow & Finch": a firm's name
  if (end - first > 6 || takenIn(taken, first, end)) return i;
  // a street is no town: "on Eastern Avenue", "in der Bahnhofstraße"
  if (STREET_NAME.test(textOf(text, tokens, first, end))) return i;
  if (province && !dateline) {
    // the province names the area; the report keeps the town and its country (its state in the US)
    const country = province.kind === 'state' || province.kind === 'country' ? province.name : province.parent;
    out.push({ type: 'place', from: first, to: end, canonical: textOf(text, tokens, first, end), place: { name: textOf(text, tokens, first, end), kind: 'city', parent: country } });
    return closing; // the bracket's content is not a place of its own
  }
  let parent: Place | undefined;
  // "in Dielsdorf ZH": the canton's code closes the town's name and says the country
  const cantonCode = end - first >= 2 && SWISS_CANTON_CODES.has(tokens[end - 1].lower) && text.slice(tokens[end - 1].start, tokens[end - 1].end) === tokens[end - 1].lower.toUpperCase();
  if (cantonCode) {
    end--;
    parent = placeByName('Switzerland');
  }
  let j = end;
  if (tokens[j]?.lower === ',' || tokens[j]?.lower === '(') j++;
  // "at Ringaskiddy, Co Cork", "in Navan, County Meath": an Irish county after the town
  const county = (tokens[j]?.lower === 'co' || tokens[j]?.lower === 'county') && tokens[j].cap;
  if (county) j += tokens[j + 1]?.lower === '.' ? 2 : 1;
  const near = matchAt(tokens, j, NEAR, s.to);
  if (near) j += near.len;
  const known = matchAt(tokens, j, PLACES, s.to);
  // (not the start of a longer hyphenated name: "Cholet (Maine-et-Loire)" is not in Maine)
  if (!parent && known && !known.value.adjective && isNameWord(tokens[j]) && !(tokens[j + known.len]?.lower === '-' && tokens[j + known.len].gap === '')) parent = known.value;
  const name = textOf(text, tokens, first, end);
  let place: Place;
  // (the county names the area; the report keeps the town and its country, as for a province in brackets)
  if (parent && county) place = { name: titleCase(name), kind: 'city', parent: parent.kind === 'country' ? parent.name : parent.parent };
  else if (parent && near?.value !== 1) place = { name: titleCase(name), kind: 'city', parent: parent.name };
  else if (parent) place = { name: titleCase(name), kind: 'city', parent: parent.kind === 'city' ? parent.parent : parent.name };
  // "in Ludwigsfelde", "à Cherbourg": a town; "at Wilton International", "on Teesside": a site or an area
  else if (afterPrep || dateline || siteOfTown) place = { name: titleCase(name), kind: siteOfTown || (afterPrep && !SITE_PREPOSITIONS.has(prev!.lower)) ? 'city' : 'site', parent: null };
  else return i;
  if (dateline) place.dateline = true;
  out.push({ type: 'place', from: first, to: end, canonical: place.name, place });
  return end - 1;
}

function titleCase(name: string): string {
  return name === name.toUpperCase() ? name.toLowerCase().replace(/(^|[\s-])\p{L}/gu, upperCased) : name;
}

function upperCased(c: string): string {
  return c.toUpperCase();
}

export function findEntities(text: string, tokens: Token[], sentences: Sentence[], lang: Lang): Mention[] {
  const people: Mention[] = [];
  const cand = findCandidates(tokens, lang);
  // how often each capitalised word occurs, and which ones follow "in"/"near"/"à"/"bei"
  const caps = new CapCounts(text, tokens, cand.caps, followsPlaceWord);
  const roleStarts = cursor(cand.roles);
  for (const s of sentences) findPeople(text, tokens, s, roleStarts, people);
  const personNames = new Set<string>();
  // "Geschäftsführerin Andrea Kellerhals" and "Der Maschinenbauer Kellerhals": a surname alone
  // is a person's only where nothing but a verb says company
  const surnames = new Set<string>();
  for (const p of people) {
    personNames.add(p.canonical);
    surnames.add(p.canonical.slice(p.canonical.lastIndexOf(' ') + 1));
  }
  const names = findOrgNames(text, tokens, sentences, lang, personNames, surnames, cand, caps);
  const taken = takenScratch(tokens.length);
  for (const p of people) taken.fill(1, p.from, p.to);
  // every mention of a known company name, longest first
  const orgTable = phraseTable(names, true);
  const orgs: Mention[] = [];
  const capStarts = cursor(cand.caps);
  for (const s of sentences) {
    let next = s.from;
    for (let k = seek(capStarts, s.from); k < cand.caps.length && cand.caps[k] < s.to; k++) {
      const i = cand.caps[k];
      if (i < next || taken[i]) continue;
      const m = matchAt(tokens, i, orgTable, s.to);
      if (!m) continue;
      const name = textOf(text, tokens, i, i + m.len);
      if (!names.has(name)) continue; // case must match the name as found
      // (nor the last part of a hyphened town: "Seine" in "Port-Jérôme-sur-Seine")
      if (i > 1 && townPartAt(tokens, i)) continue;
      orgs.push({ type: 'org', from: i, to: i + m.len, canonical: m.value });
      taken.fill(1, i, i + m.len);
      next = i + m.len;
    }
  }
  const places: Mention[] = [];
  const placeStarts = cursor(cand.places);
  const brackets = cursor(cand.suffixOrParen);
  const nouns = lang === 'de' ? new GermanCommonNouns(tokens, cand.caps) : null;
  for (const s of sentences) if (!s.boilerplate) findPlaces(text, tokens, s, taken, placeStarts, brackets, nouns, places);
  return byStartOf(people, orgs, places);
}

/**
 * People, then organisations, then places, stably sorted by start (a sort of all three lists
 * together, as it was written first). Organisations and places are found in text order, so
 * this is a merge of three sorted lists, the earlier list first among equal starts.
 */
function byStartOf(people: Mention[], orgs: Mention[], places: Mention[]): Mention[] {
  // pushed one by one: a spread of no people made an array of small integers, which the
  // optimised code then had to leave (a deopt) when the first organisation was pushed
  const out: Mention[] = [];
  if (!ascending(orgs) || !ascending(places)) {
    for (const p of people) out.push(p);
    for (const o of orgs) out.push(o);
    for (const p of places) out.push(p);
    return out.sort(byStart);
  }
  if (people.length > 1) people.sort(byStart);
  let a = 0;
  let b = 0;
  let c = 0;
  while (a < people.length || b < orgs.length || c < places.length) {
    const pa = a < people.length ? people[a].from : Infinity;
    const pb = b < orgs.length ? orgs[b].from : Infinity;
    const pc = c < places.length ? places[c].from : Infinity;
    if (pa <= pb && pa <= pc) out.push(people[a++]);
    else if (pb <= pc) out.push(orgs[b++]);
    else out.push(places[c++]);
  }
  return out;
}

function ascending(list: Mention[]): boolean {
  for (let k = 1; k < list.length; k++) if (list[k].from < list[k - 1].from) return false;
  return true;
}

function byStart(a: Mention, b: Mention): number {
  return a.from - b.from;
}
