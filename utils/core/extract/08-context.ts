// Stage 5b: what surrounds a claim's figure: qualifier, status (new / cumulative /
// earlier), period and location. Subjects are resolved in 09-claims (they need the story so far).
import type { Token } from './01-tokens';
import type { Figure } from './05-figures';
import type { Mention } from './06-entities';
import { ADDS_TO_EARLIER, PART_WORDS, RAISES_TOTAL, REPORTING_VERBS, CUMULATIVE_CUES, EARLIER_CUES, FOUNDED_WORDS, FOUNDING_WORDS, PAST_ANNOUNCE, PLUPERFECT, QUALIFIERS, QUALIFIERS_AFTER, SINCE_WORDS, SUPERLATIVES, TOTAL_WORDS } from './data/cues';
import { formatPlace, placeByName, specificity, type Place } from './gazetteer';
import { matchAt, matchEndingAt, mayStartAt, phraseTable, wordIn, wordSet } from './phrases';
import type { SentenceView } from './07-metric';
import { APPROXIMATE_SCALES, MONTHS } from './data/numbers';
import { gatedMatchesIn, gatedTable, gatedWordTest } from './word-gate';

// Token.starts has 30 bits for all the stages' tables (see phraseTable): the tables and sets read
// at every token of a claim's sentence take them; those read at a few tokens only (the
// qualifiers before a figure, the superlatives before a cue) take none.
const qualifiers = phraseTable(QUALIFIERS, true);
const qualifiersAfter = phraseTable(QUALIFIERS_AFTER, true);
const cumulative = phraseTable(CUMULATIVE_CUES.map((w) => [w, true] as [string, boolean]));
const earlier = phraseTable(EARLIER_CUES.map((w) => [w, true] as [string, boolean]));
const addsTo = phraseTable(ADDS_TO_EARLIER.map((w) => [w, true] as [string, boolean]));
const raisesTotal = phraseTable(RAISES_TOTAL.map((w) => [w, true] as [string, boolean]));
// tested on every token of a claim's sentence: bit tests (see wordSet in phrases.ts)
const isSince = wordSet(SINCE_WORDS);
const founding = new Set(FOUNDING_WORDS);
const founded = new Set(FOUNDED_WORDS);
const isTotalWord = wordSet(TOTAL_WORDS);
const pastAnnounce = new Set(PAST_ANNOUNCE);
const isPastAnnounce = wordSet(PAST_ANNOUNCE);
const isPluperfect = wordSet(PLUPERFECT);
const superlatives = gatedTable(phraseTable(SUPERLATIVES.map((w) => [w, true] as [string, boolean]), true));

/** The bits of tableCues' tables and of the word tests statusCues makes at every token, or 0 when
 * one of them has none: a token with none of them is passed over on one test. */
function bitsOfAll(...bits: number[]): number {
  let all = 0;
  for (const bit of bits) {
    if (bit === 0) return 0;
    all |= bit;
  }
  return all;
}
const TABLE_CUE_BITS = raisesTotal.prefixes.length || cumulative.prefixes.length || earlier.prefixes.length || addsTo.prefixes.length
  ? 0 : bitsOfAll(cumulative.bit, earlier.bit, addsTo.bit, raisesTotal.bit, isPastAnnounce.bit);
const WORD_CUE_BITS = bitsOfAll(isPluperfect.bit, isSince.bit, isTotalWord.bit, isPastAnnounce.bit);
const PAST_MONTH_PREPOSITIONS = new Set(['in', 'en', 'im']);
/** "invirtió 3.000 millones entre 2020 y 2024": a span of past years dates the figure too. */
const PAST_SPAN = ['between', 'entre', 'zwischen'];
/** The words a past date follows near an announcement: the month prepositions, "for" and the span's
 * (read on every token around a past announcement, "said" among them: one test for all). */
const isDatePreposition = gatedWordTest([...PAST_MONTH_PREPOSITIONS, 'for', ...PAST_SPAN]);
/** A passive or future form before an announcing word: "to be built", "sera inauguré". */
const isNotPastBefore = gatedWordTest(['be', 'been', 'being', 'être', 'sera', 'seront', 'werden', 'wird', 'será', 'serán', 'ser']);
/** Months and seasons that date an announcement after a preposition ("said in July"). */
const isPastMonth = gatedWordTest([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'janvier', 'février', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre',
  'januar', 'februar', 'märz', 'juni', 'juli', 'oktober', 'dezember', 'herbst', 'frühjahr', 'sommer', 'winter',
]);
const isYear = (t: Token | undefined) => !!t && t.kind === 'num' && t.lower.length === 4 && +t.lower >= 1900 && +t.lower <= 2100;

/** Sites whose budget can be raised ("the plant's investment"), as opposed to a company's total in a country. */
const SITE_WORDS = new Set(['plant', 'factory', 'facility', 'site', 'campus', 'refinery', 'mine', 'usine', 'raffinerie', 'werk', 'fabrik', 'planta', 'fábrica', 'refinería', 'mina']);
/** A site noun among tokens [from, to) before any comma. */
function siteNamedAfter(tokens: Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const w = tokens[k].lower;
    if (w === ',' || w === '.') return false;
    if (SITE_WORDS.has(w)) return true;
  }
  return false;
}

export function qualifierOf(s: SentenceView, f: Figure): { qualifier: string; reason: string | null } {
  if (f.max !== null) return { qualifier: 'range', reason: 'range' };
  const m = matchEndingAt(s.tokens, f.from, qualifiers, Math.max(s.from, f.from - 4));
  if (m) return { qualifier: m.value, reason: `qualifier-${m.value}` };
  // right after the figure ("sixty or so new jobs") or after its noun ("1,000 jobs or more", "800 workers at most")
  const after = matchAt(s.tokens, f.to, qualifiersAfter, s.to) ?? (s.tokens[f.to]?.kind === 'word' ? matchAt(s.tokens, f.to + 1, qualifiersAfter, s.to) : null);
  if (after) return { qualifier: after.value, reason: `qualifier-${after.value}-after` };
  // "une cinquantaine de personnes", "un millier d'emplois": a round count is an estimate
  for (let k = f.from; k < f.to; k++) if (APPROXIMATE_SCALES.has(s.tokens[k].lower)) return { qualifier: 'about', reason: 'qualifier-round-count' };
  return { qualifier: 'exact', reason: null };
}

export interface StatusCue { status: 'cumulative' | 'earlier' | 'new'; at: number; rule: string; /** the announcing word of a sentence-wide cue */ word?: number }

/** "the biggest since 2010", "a record since 2015": a superlative just before dates a record, not a running total.
 * (Module-level, as every helper on this path: a closure made per call is also renamed per call under keepNames.) */
function isRecord(tokens: Token[], floor: number, at: number): boolean {
  return gatedMatchesIn(tokens, Math.max(floor, at - 8), at, superlatives);
}

/**
 * The cues of the four phrase tables in a sentence, appended to `cues` as four findAll calls
 * would list them (each table left to right, skipping its own matches; a cumulative cue after a
 * superlative dropped), read in one pass that also finds the last past announcement (returned,
 * -1 when none). Exported for the test that holds it to the four findAll calls.
 */
export function tableCues(s: SentenceView, cues: StatusCue[]): number {
  const { tokens } = s;
  // (cumulative cues go straight into `cues`, the rarer others are kept aside until the end)
  let earlierCues: StatusCue[] | null = null;
  let addsToCues: StatusCue[] | null = null;
  let raisesCues: StatusCue[] | null = null;
  let nextCumulative = s.from;
  let nextEarlier = s.from;
  let nextAddsTo = s.from;
  let nextRaises = s.from;
  let lastAnnounce = -1;
  for (let i = s.from; i < s.to; i++) {
    const t = tokens[i];
    // (a token that opens no cue of any table: nothing below happens)
    if (TABLE_CUE_BITS !== 0 && (t.starts & TABLE_CUE_BITS) === 0) continue;
    if (i >= nextCumulative && mayStartAt(t, cumulative)) {
      const m = matchAt(tokens, i, cumulative, s.to);
      if (m) {
        if (!isRecord(tokens, s.from, i)) cues.push({ status: 'cumulative', at: i, rule: 'cumulative-wording' });
        nextCumulative = i + m.len;
      }
    }
    if (i >= nextEarlier && mayStartAt(t, earlier)) {
      const m = matchAt(tokens, i, earlier, s.to);
      if (m) {
        (earlierCues ??= []).push({ status: 'earlier', at: i, rule: 'earlier-wording' });
        nextEarlier = i + m.len;
      }
    }
    if (i >= nextAddsTo && mayStartAt(t, addsTo)) {
      const m = matchAt(tokens, i, addsTo, s.to);
      if (m) {
        (addsToCues ??= []).push({ status: 'earlier', at: i + m.len, rule: 'on-top-of-earlier' });
        nextAddsTo = i + m.len;
      }
    }
    if (i >= nextRaises && mayStartAt(t, raisesTotal)) {
      const m = matchAt(tokens, i, raisesTotal, s.to);
      if (m) {
        (raisesCues ??= []).push({ status: 'cumulative', at: i, rule: 'brings-total' });
        nextRaises = i + m.len;
      }
    }
    if (isPastAnnounce(t)) lastAnnounce = i;
  }
  if (earlierCues) for (const c of earlierCues) cues.push(c);
  if (addsToCues) for (const c of addsToCues) cues.push(c);
  if (raisesCues) for (const c of raisesCues) cues.push(c);
  return lastAnnounce;
}

/** The tables tableCues reads, for its test. */
export const STATUS_TABLES = { cumulative, earlier, addsTo, raisesTotal, superlatives: superlatives.table } as const;

/** Pledging words told in the past, and the words that bring a pledge into the present ("now plans", "désormais"). */
const PAST_PLEDGES = new Set(['promised', 'pledged', 'announced', 'unveiled', 'promis', 'promit', 'annoncé', 'annonçait', 'versprach', 'versprochen', 'versprochenen',
  'zugesagt', 'zugesagten', 'angekündigt', 'angekündigten', 'prometió', 'prometido', 'prometidos', 'prometidas', 'anunció', 'anunciado', 'anunciados']);
const NOW_WORDS = new Set(['now', 'désormais', 'maintenant', 'nun', 'jetzt', 'ahora', 'finally', 'finalement', 'finalmente', 'schließlich',
  // (or into the week: "Il a annoncé vendredi une seconde tranche de 150 millions d'euros")
  'today', 'yesterday', "aujourd'hui", 'hier', 'heute', 'gestern', 'hoy', 'ayer', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday',
  'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'lunes', 'martes', 'miércoles',
  'jueves', 'viernes']);
/**
 * In a story that looks back at pledges (a year's review, "one year on", "le bilan des promesses"), a figure told with a
 * pledging word in the past is the earlier pledge ("Alderley promised 320 jobs and a £48m investment"), unless the
 * sentence brings it into the present ("now plans", "vise désormais").
 */
function reviewedPledge(s: SentenceView): boolean {
  const { tokens } = s;
  let pledge = false;
  for (let k = s.from; k < s.to; k++) {
    const w = tokens[k].lower;
    if (NOW_WORDS.has(w)) return false;
    if (PAST_PLEDGES.has(w)) pledge = true;
  }
  return pledge;
}

/** Status cues of a sentence with their token positions; the nearest one to a figure wins. `review`: the story looks back at pledges. */
export function statusCues(s: SentenceView, docYear: number | null, review = false): StatusCue[] {
  const { tokens } = s;
  const cues: StatusCue[] = [];
  const lastAnnounce = tableCues(s, cues);
  let pluperfectSeen = false;
  for (let i = s.from; i < s.to; i++) {
    const t = tokens[i];
    // (a token none of the tests below takes: most of them)
    if (WORD_CUE_BITS !== 0 && (t.starts & WORD_CUE_BITS) === 0) continue;
    if (!pluperfectSeen && isPluperfect(t) && lastAnnounce > i) {
      cues.push({ status: 'earlier', at: -1, rule: 'pluperfect-announcement', word: i });
      pluperfectSeen = true;
    }
    if (isSince(t) && !isRecord(tokens, s.from, i) && (isYear(tokens[i + 1]) || foundingWithin(tokens, i + 1, i + 5) || founding.has(tokens[i + 1]?.lower ?? '')))
      cues.push({ status: 'cumulative', at: i, rule: 'since-year' });
    // "brings its total to …", and "porte à 1 milliard d'euros ses investissements" (a figure right after "à/to/auf")
    if (isTotalWord(t)) {
      const toFigure = /^(à|to|a|auf)$/.test(tokens[i + 1]?.lower ?? '') && (tokens[i + 2]?.kind === 'num' || tokens[i + 2]?.kind === 'punct');
      if (toFigure || totalWithin(tokens, i + 1, i + 6) || spendingBroughtTo(tokens, i + 1, Math.min(s.to, i + 14))) cues.push({ status: 'cumulative', at: i, rule: 'brings-total' });
    }
    // a past announcement with its date close by: "announced 150 roles in 2024", "said in July"
    // not a passive or future form: "the plant, to be built near Savannah, will start production in 2027"
    // (no read at index -1: it would turn the read megamorphic)
    if (isPastAnnounce(t) && !(i > 0 && isNotPastBefore(tokens[i - 1].lower))) {
      // (the date may come after the figures and what they are for: "pledged £85m and 250 jobs for a new kitchen in Wrexham in 2024",
      // not past a semicolon or colon, which start another statement)
      // (and past ten words, not past a comma either: "approved the spend last week, he said, and works will begin in February")
      let commaAfter = false;
      for (let k = Math.max(s.from, i - 6); k < Math.min(s.to, i + 16); k++) {
        if (k > i && tokens[k].lower === ',') commaAfter = true;
        if (k > i && (tokens[k].lower === ';' || tokens[k].lower === ':' || (k >= i + 10 && commaAfter))) break;
        // (a date counts only after a preposition: the other tests wait for one)
        if (!isDatePreposition(tokens[k].lower)) continue;
        // "… when it reaches full output in 2028, the company said": a date before a comma belongs to what was said
        // (unless the comma opens a clause of that date: "last expanded in 2021, when it spent $35 million", "en 2019, cuando anunció")
        if (k < i && commaBetween(tokens, k, i) && !whenClauseBetween(tokens, k, i)) continue;
        const y = tokens[k + 1];
        const past = (isYear(y) && (docYear === null || +y.lower < docYear)) || (y !== undefined && isPastMonth(y.lower));
        // "une start-up fondée en 2019 a annoncé …": the year dates the company, not the announcement
        if (past && !(k > 0 && founded.has(tokens[k - 1].lower))) cues.push({ status: 'earlier', at: -1, rule: 'announced-in-past', word: i });
      }
      // "die 60 Stellen, die wir 2023 angekündigt haben": the German participle comes after its date
      const y = i > 0 ? tokens[i - 1] : undefined;
      if (y !== undefined && isYear(y) && (docYear === null || +y.lower < docYear) && !founded.has(t.lower)) cues.push({ status: 'earlier', at: i, rule: 'announced-in-past' });
    }
  }
  // "2019 - €85m quality control laboratory opens", "12 octobre 2021 : 14 M€ investis …": a timeline's line of a past year
  const timeline = timelineYear(tokens, s.from, s.to);
  if (timeline !== null && docYear !== null && timeline < docYear) cues.push({ status: 'earlier', at: -1, rule: 'timeline-past-year' });
  // "In 2023 the company said it would …"
  const first = tokens[s.from];
  if (PAST_MONTH_PREPOSITIONS.has(first?.lower ?? '') && isYear(tokens[s.from + 1]) && (docYear === null ? wordIn(tokens, s.from, s.to, pastAnnounce) : +tokens[s.from + 1].lower < docYear))
    cues.push({ status: 'earlier', at: -1, rule: 'sentence-in-past-year' });
  // "When it arrived in Belfast, the company said it would create 150 jobs": a sentence opening on a past when-clause
  else if (pastWhenClauseOpening(tokens, s.from, s.to)) cues.push({ status: 'earlier', at: -1, rule: 'past-when-clause' });
  // "In April, Stellantis said it would spend …": a month the sentence opens with, then a past announcement
  else if (PAST_MONTH_PREPOSITIONS.has(first?.lower ?? '') && MONTHS.has(tokens[s.from + 1]?.lower ?? '') && tokens[s.from + 2]?.lower === ',' && wordIn(tokens, s.from, s.to, pastAnnounce))
    cues.push({ status: 'earlier', at: -1, rule: 'sentence-in-past-month' });
  if (review && reviewedPledge(s)) cues.push({ status: 'earlier', at: -1, rule: 'reviewed-pledge' });
  return cues;
}

const TIMELINE_MARKS = new Set(['-', '–', '—', ':']);
/** The year of a line that opens with a date and a dash or colon ("2019 -", "15/03/2019 –", "12 octobre 2021 :"), else null. */
function timelineYear(tokens: Token[], from: number, to: number): number | null {
  if (from > 0 && tokens[from].gap !== 'nl') return null;
  let year: number | null = null;
  for (let k = from; k < Math.min(to, from + 6); k++) {
    const t = tokens[k];
    if (TIMELINE_MARKS.has(t.lower)) return k > from ? year : null;
    if (isYear(t)) year = +t.lower;
    else if (!(t.kind === 'num' || t.lower === '/' || t.lower === '.' || MONTHS.has(t.lower))) return null;
  }
  return null;
}

/** A founding word longer than three letters among tokens [from, to) (what there is of them). */
function foundingWithin(tokens: Token[], from: number, to: number): boolean {
  for (let k = from; k < Math.min(to, tokens.length); k++) if (founding.has(tokens[k].lower) && tokens[k].lower.length > 3) return true;
  return false;
}

const TOTAL_AFTER = /^(total|gesamt\w*|totale?)$/;
/** "total", "gesamt…", "totale" among tokens [from, to) (what there is of them). */
/** "brings the automaker's planned U.S. spending to more than $9 billion": a word for the spending, then "to" and the figure. */
const SPENDING_WORD = /^(spending|investment|investments|investissements?|inversi[oó]n|inversiones|investitionen|workforce|headcount)$/;
function spendingBroughtTo(tokens: Token[], from: number, to: number): boolean {
  let spending = false;
  for (let k = from; k < to; k++) {
    const w = tokens[k].lower;
    if (SPENDING_WORD.test(w)) spending = true;
    else if (spending && /^(to|à|a|auf)$/.test(w)) return tokens[k + 1]?.kind === 'num' || tokens[k + 1]?.kind === 'punct' || /^(more|over|plus|más|mehr|about|around|nearly|almost)$/.test(tokens[k + 1]?.lower ?? '');
  }
  return false;
}

function totalWithin(tokens: Token[], from: number, to: number): boolean {
  for (let k = from; k < Math.min(to, tokens.length); k++) if (TOTAL_AFTER.test(tokens[k].lower)) return true;
  return false;
}

/** First words of "… ago", "il y a …", "hace …", "vor … Jahren": they date whatever their clause is about. */
const AGO_WORDS = new Set(['ago', 'il', 'hace', 'vor']);

/** The words that open a clause about the date just named ("in 2021, when …", "en 2019, cuando …", "en 2025, lorsque …"). */
const WHEN_WORDS = new Set(['when', 'cuando', 'quand', 'lorsque', 'als']);

/** Past auxiliaries inside an opening when-clause, by its when-word. */
const FRENCH_PAST_AUXILIARIES = new Set(['a', 'avait', 'ont', 'avaient', 'est', 'était', 'fut']);
const PAST_IN_WHEN_CLAUSE: Record<string, Set<string>> = {
  when: new Set(['was', 'were', 'had', 'did']),
  quand: FRENCH_PAST_AUXILIARIES,
  lorsque: FRENCH_PAST_AUXILIARIES,
  lorsqu: FRENCH_PAST_AUXILIARIES,
  als: new Set(['wurde', 'wurden', 'hatte', 'hatten', 'war', 'waren']),
  cuando: new Set(['fue', 'fueron', 'había', 'habían']),
};
const ARE_BE = new Set(['is', 'are', 'be', 'been', 'being']);
/**
 * A sentence that opens with "When"/"Cuando"/"Quand"/"Lorsque"/"Als" and a clause in the past before its first comma ("When it
 * arrived in Belfast,", "When the project was first announced,", "Cuando presentó el proyecto,", "Lorsqu'il s'est installé,"):
 * what the rest says was said then. Not a clause of the future ("When the plant opens,", "When completed,", "Cuando esté lista,").
 */
function pastWhenClauseOpening(tokens: Token[], from: number, to: number): boolean {
  const first = tokens[from]?.lower ?? '';
  const auxiliaries = Object.hasOwn(PAST_IN_WHEN_CLAUSE, first) ? PAST_IN_WHEN_CLAUSE[first] : undefined;
  if (!auxiliaries) return false;
  for (let k = from + 1; k < Math.min(to, from + 14); k++) {
    const w = tokens[k].lower;
    if (w === ',') return false;
    if (auxiliaries.has(w)) return commaBetween(tokens, k, Math.min(to, k + 12));
    // an English past in -ed after its subject ("it arrived"), not a participle after "When" or "is" ("When completed", "is completed")
    if (first === 'when' && k > from + 1 && w.length > 4 && w.endsWith('ed') && !ARE_BE.has(tokens[k - 1].lower)) return commaBetween(tokens, k, Math.min(to, k + 12));
    // a Spanish preterite in -ó ("presentó", "anunció", "llegó")
    if (first === 'cuando' && w.length > 3 && w.endsWith('ó')) return commaBetween(tokens, k, Math.min(to, k + 12));
  }
  return false;
}
/** A comma between `from` and `to` followed by an English participle in -ing ("…, expanding an office it opened in 2023"). */
function participleClauseBetween(tokens: Token[], from: number, to: number): boolean {
  // (in lower case: "in Cheyenne, Wyoming, announced in 2023" is a place)
  for (let k = from; k < to - 1; k++) if (tokens[k].lower === ',' && !tokens[k + 1].cap && tokens[k + 1].lower.length > 5 && tokens[k + 1].lower.endsWith('ing')) return true;
  return false;
}

/** Whether the only comma between `from` and `to` is followed by a when-word. */
function whenClauseBetween(tokens: Token[], from: number, to: number): boolean {
  let comma = -1;
  for (let i = from; i < to; i++) {
    if (tokens[i].lower !== ',') continue;
    if (comma >= 0) return false;
    comma = i;
  }
  return comma >= 0 && WHEN_WORDS.has(tokens[comma + 1]?.lower ?? '');
}

function commaBetween(tokens: Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (tokens[i].lower === ',') return true;
  return false;
}

const FUTURE_MARKERS = new Set(['will', 'would', "'ll", 'plans', 'va', 'vont', 'compte', 'wird', 'werden', 'soll', 'sollen', 'prevé', 'planea', 'va a', 'van']);
/** A comma between `from` and `to`, then a word that makes the rest future ("… , also said it would add 150 jobs"). */
function futureAfterComma(tokens: Token[], from: number, to: number): boolean {
  let comma = -1;
  for (let k = from; k < to; k++) if (tokens[k].lower === ',') comma = k;
  if (comma < 0) return false;
  for (let k = comma + 1; k < to; k++) if (FUTURE_MARKERS.has(tokens[k].lower)) return true;
  return false;
}

/** "on top of the 250 roles", "s'ajoutent aux …", "se suman a los …": the cue's end, past an article. */
const DETERMINERS = new Set(['the', 'its', 'their', 'les', 'aux', 'ses', 'los', 'las', 'sus', 'die', 'den', 'der', 'des', 'seinen', 'ihren']);
export function pastDeterminers(tokens: Token[], at: number, limit: number): number {
  while (at < limit && DETERMINERS.has(tokens[at].lower)) at++;
  return at;
}

/** An amount (digits that are not a year) between two tokens. */
function amountBetween(tokens: Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (tokens[k].kind === 'num' && !isYear(tokens[k]) && !(tokens[k - 1]?.kind === 'num' && tokens[k].gap === '')) return true;
  return false;
}

/** Whether "on top of (the)", "se suman a (los)", "s'ajoutent aux" ends right before token `at`. */
export function addsToBefore(tokens: Token[], floor: number, at: number): boolean {
  for (let end = at; end >= Math.max(floor, at - 2); end--) {
    if (end < at && !DETERMINERS.has(tokens[end].lower)) return false;
    if (matchEndingAt(tokens, end, addsTo, floor)) return true;
  }
  return false;
}

export function statusOf(cues: StatusCue[], s: SentenceView, f: Figure): { status: 'new' | 'cumulative' | 'earlier'; reason: string | null } {
  // a figure before "on top of the …" / "s'ajoutent aux …" is the new one
  // (loops, not filter and some with callbacks: closures made per call lose their optimised code at a full GC)
  let addsAfter = false;
  for (const c of cues) {
    if (c.rule !== 'on-top-of-earlier') continue;
    const at = pastDeterminers(s.tokens, c.at, f.from);
    if (at >= f.from && at <= f.from + 1) return { status: 'earlier', reason: 'on-top-of-earlier' };
    if (c.at > f.to) addsAfter = true;
  }
  if (addsAfter) return { status: 'new', reason: 'adds-to-earlier' };
  let best: StatusCue | null = null;
  let bestDist = Infinity;
  for (const c of cues) {
    if (c.rule === 'on-top-of-earlier') continue;
    // "recruter 350 personnes d'ici 2027, après en avoir déjà embauché 400 depuis 2022": a cue
    // after another figure is that figure's
    if (c.at > f.to && amountBetween(s.tokens, f.to, c.at)) continue;
    // "310 millions d'euros, contre 280 millions annoncés en juin": the same for the announcing word of a dated announcement
    if (c.word !== undefined && c.word > f.to && amountBetween(s.tokens, f.to, c.word)) continue;
    // "… 350 jobs over the next five years, expanding an office it opened in the city in 2023": a past date in a participle's clause dates its own object
    if (c.word !== undefined && c.word > f.to && participleClauseBetween(s.tokens, f.to, c.word)) continue;
    // "invest an additional $8bn, bringing its total to $14bn": only the figure after the cue is the total
    if (c.rule === 'brings-total' && c.at > f.from) continue;
    // "eleva a US$1.100 millones la inversión de su planta": one site's budget raised, a new figure, not a running total
    if (c.rule === 'brings-total' && siteNamedAfter(s.tokens, f.to, Math.min(s.to, f.to + 7))) continue;
    const dist = c.at < 0 ? 12 : c.at < f.from ? f.from - c.at : Math.max(0, c.at - f.to);
    // "… son usine de Dunkerque, inaugurée il y a deux ans": past wording in a later clause dates something else
    if (c.rule === 'earlier-wording' && c.at > f.to && AGO_WORDS.has(s.tokens[c.at].lower) && commaBetween(s.tokens, f.to, c.at)) continue;
    // "The group, which has invested €5bn since 2012, also said it would add 150 jobs": a running
    // total told in a clause before the comma is not what the future verb after it adds
    if (c.status === 'cumulative' && c.at >= 0 && c.at < f.from && futureAfterComma(s.tokens, c.at, f.from)) continue;
    // "four years ago, when it said it would invest $430bn … and add 20,000 jobs": past wording
    // ahead of the figures dates the whole clause
    const reach = c.rule === 'earlier-wording' && c.at >= 0 && c.at < f.from ? 30 : 18;
    if (dist <= reach && dist < bestDist) {
      best = c;
      bestDist = dist;
    }
  }
  return best ? { status: best.status as 'cumulative' | 'earlier', reason: best.rule } : { status: 'new', reason: null };
}

/** Periods of a claim ("by 2028", "over five years", "d’ici 2030"…); exported for the property test of its faster twin. */
export const PERIOD = /\b(?:by (?:the end of )?(?:\d{4}|the end of the decade|the end of the year|next year)|(?:over|in|within) the next (?:\w+ ){0,2}(?:years|months)|over (?:\w+ ){1,2}years|since \d{4}|last year|during construction|in the construction phase|d['’]ici (?:à )?(?:la )?(?:fin )?(?:\d{4})|sur (?:\w+ )(?:ans|années)|depuis \d{4}|l['’]an dernier|bis (?:Ende )?\d{4}|in den (?:nächsten|kommenden) (?:\w+ )?Jahren|seit \d{4}|para \d{4}|antes de (?:\d{4}|finales de \d{4})|hasta \d{4}|desde \d{4}|en los próximos (?:\w+ )?años|el año pasado)/giu;

// PERIOD without the u flag runs three to four times faster and finds exactly the same matches
// in any text without U+017F (long s) or U+212A (Kelvin sign): under /iu those two alone
// case-fold to ASCII letters of the pattern (s, k) and count as \w; all else reads alike.
const PERIOD_NOT_UNICODE = new RegExp(PERIOD.source, 'gi');

// The periods of the last window read: figures of one short sentence share their window (the
// whole sentence), which is then scanned once.
let lastWindow: { text: string; from: number; to: number; found: { at: number; period: string }[] } | null = null;

export function periodsIn(text: string, from: number, to: number): { at: number; period: string }[] {
  if (lastWindow && lastWindow.text === text && lastWindow.from === from && lastWindow.to === to) return lastWindow.found;
  const found: { at: number; period: string }[] = [];
  const slice = text.slice(from, to);
  const pattern = slice.includes('\u017F') || slice.includes('\u212A') ? PERIOD : PERIOD_NOT_UNICODE;
  // what slice.matchAll(PERIOD) yields, without cloning the pattern per call
  pattern.lastIndex = 0;
  for (let m = pattern.exec(slice); m !== null; m = pattern.exec(slice)) {
    found.push({ at: from + m.index, period: m[0] });
    if (!m[0]) pattern.lastIndex++; // never taken: every period has words
  }
  lastWindow = { text, from, to, found };
  return found;
}

export function periodOf(text: string, sentenceStart: number, sentenceEnd: number, figureEnd: number): string | null {
  // a window around the figure: linear even when a sentence never ends
  sentenceStart = Math.max(sentenceStart, figureEnd - 200);
  let best: string | null = null;
  let bestDist = Infinity;
  for (const { at, period } of periodsIn(text, sentenceStart, Math.min(sentenceEnd, figureEnd + 200))) {
    const dist = Math.abs(at - figureEnd);
    if (dist < bestDist) {
      best = period;
      bestDist = dist;
    }
  }
  return best;
}

const outermost = (p: Place) => formatPlace(p).split(', ').pop();

const reporting = new Set(REPORTING_VERBS);

/** "…, teilte das Unternehmen am Mittwoch in Erlangen mit", "…, the company said in Tokyo": where it was said, not where the money goes. */
function announcedFrom(tokens: Token[], from: number, placeAt: number): boolean {
  let comma = false;
  for (let k = from; k < placeAt; k++) {
    if (tokens[k].lower === ',') comma = true;
    else if (comma && reporting.has(tokens[k].lower)) return true;
  }
  // "…, wie das Unternehmen am Mittwoch in Kiel mitteilte": the verb comes last in German
  if (comma) {
    for (let k = placeAt + 1; k < Math.min(tokens.length, placeAt + 3) && tokens[k].kind === 'word'; k++) if (reporting.has(tokens[k].lower)) return true;
  }
  return false;
}

/** "told a news conference in Taipei", "en rueda de prensa en Madrid": where it was said. */
const SPEECH_EVENTS = new Set(['conference', 'briefing', 'interview', 'pressekonferenz', 'interview', 'presse', 'prensa', 'entrevista', 'entretien']);
function saidAt(tokens: Token[], floor: number, placeAt: number): boolean {
  for (let k = Math.max(floor, placeAt - 3); k < placeAt; k++) if (SPEECH_EVENTS.has(tokens[k].lower)) return true;
  return false;
}

/** "Plainsway Grocers, based in Amarillo, plans …", "mit Sitz in Linz", "con sede en Monterrey": where the company is at home, not its new site. */
const HOME_WORDS = new Set(['based', 'headquartered', 'basée', 'basé', 'sitz', 'sede', 'siège']);
export function homeAt(tokens: Token[], floor: number, placeAt: number): boolean {
  return placeAt - 2 >= floor && HOME_WORDS.has(tokens[placeAt - 2].lower) && /^(in|à|a|en|au)$/.test(tokens[placeAt - 1].lower);
}

/** "Brussels approved", "Bruselas autorizó", "Berlin hat … genehmigt": a capital standing for the
 * authority that clears the money, not where the money goes. */
const APPROVAL_VERBS = new Set([
  'approved', 'approves', 'authorised', 'authorized', 'cleared', 'backed', 'aprobó', 'autorizó', 'avaló', 'aprueba', 'autoriza',
  'aprobado', 'aprobada', 'autorizado', 'autorizada', 'approuve', 'autorise', 'approuvé', 'approuvée', 'autorisé', 'autorisée',
  'validé', 'validée', 'genehmigte', 'genehmigt', 'billigte', 'billigt',
]);
const APPROVAL_AUXILIARIES = new Set(['has', 'have', 'a', 'ha', 'hat', 'had', 'avait', 'había', 'hatte']);
const BY = new Set(['by', 'par', 'por', 'von']);
export function authorityAt(tokens: Token[], m: Mention, limit: number): boolean {
  // "approved by Brussels", "validé par Bruxelles", "autorizado por Bruselas"
  if (m.from >= 2 && BY.has(tokens[m.from - 1].lower) && APPROVAL_VERBS.has(tokens[m.from - 2].lower)) return true;
  let k = m.to;
  if (APPROVAL_AUXILIARIES.has(tokens[k]?.lower ?? '') && k + 1 < limit) k++;
  return k < limit && APPROVAL_VERBS.has(tokens[k].lower);
}

/** "including", "dont", "davon", "incluidos": what follows names a part of the figure, not where all of it goes. */
const PART_MARKERS = new Set([...PART_WORDS, 'einschließlich', 'inklusive', 'incluidas', 'incluyendo']);

function partNamedBetween(tokens: Token[], from: number, placeAt: number): boolean {
  for (let k = from; k < placeAt; k++) if (PART_MARKERS.has(tokens[k].lower)) return true;
  return false;
}

/** "the US cloud provider", "its UK arm": a country right after an article and before a lower-case word describes a company. */
function adjectivalCountry(tokens: Token[], m: Mention): boolean {
  const next = tokens[m.to];
  // "South Korea's Daeil Chemical": a company's home
  if ((next?.lower === "'" || next?.lower === '’') && tokens[m.to + 1]?.lower === 's' && tokens[m.to + 1].gap === '') return true;
  // "Das US-Unternehmen", "le groupe franco-suisse": a country glued to a noun by a hyphen
  if (m.place!.kind === 'country' && next?.lower === '-' && next.gap === '' && tokens[m.to + 1]?.gap === '' && tokens[m.to + 1].kind === 'word') return true;
  return m.place!.kind === 'country' && /^(the|a|an|its|their)$/.test(tokens[m.from - 1]?.lower ?? '') && !!next && next.kind === 'word' && !next.cap
    && !/^(in|into|to|from|across|throughout|of|for|within|outside|at)$/.test(tokens[m.from - 2]?.lower ?? ''); // not "in the UK since 2018"
}

const DENYING = new Set(['nicht', 'not', 'non', 'no', 'statt', 'anstatt', 'than', 'instead']);
/** A denying word right before the place's preposition ("nicht in Danzig", "et non à Lyon", "rather than in Ohio"). */
/** Words that put a place out: "sein erster Standort außerhalb der USA", "hors de France", "fuera de España". */
const OUTSIDE = new Set(['außerhalb', 'ausserhalb', 'hors', 'fuera']);
function deniedPlace(tokens: Token[], floor: number, placeAt: number): boolean {
  if (placeAt - 2 >= floor && DENYING.has(tokens[placeAt - 2].lower) && /^(in|à|a|en|au|at|im|nach)$/.test(tokens[placeAt - 1].lower)) return true;
  // (past an article or "de": "außerhalb der USA", "hors de l'Europe", "fuera de España")
  for (let k = placeAt - 1; k >= floor && placeAt - k <= 3; k--) if (OUTSIDE.has(tokens[k].lower)) return true;
  return false;
}

/** The most specific of some places (the first of equals). */
function mostSpecific(list: Mention[]): Mention | null {
  let best: Mention | null = null;
  for (const m of list) if (!best || specificity(m.place!) > specificity(best.place!)) best = m;
  return best;
}

/** A place the story was filed from (a dateline) is not where the money goes. */
const isFiled = (m: Mention) => !m.place!.dateline;

/** The most specific place named after the figure in the sentence, else before it. */
/** Whether a number is written between two mentions (either order). */
function numberBetween(tokens: Token[], a: Mention, b: Mention): boolean {
  const from = Math.min(a.to, b.to);
  const to = Math.max(a.from, b.from);
  for (let k = from; k < to; k++) if (tokens[k].kind === 'num') return true;
  return false;
}

/** A sentence's place mentions in text order, for locationOf (made once per sentence, not per figure). */
export function placesInOrder(mentions: readonly Mention[]): Mention[] {
  const places: Mention[] = [];
  for (const m of mentions) if (m.type === 'place') places.push(m);
  return places.sort(byStart);
}

function byStart(a: Mention, b: Mention): number {
  return a.from - b.from;
}

/** `places`: the sentence's place mentions in text order (placesInOrder). */
export function locationOf(s: SentenceView, f: Figure, places: readonly Mention[]): { place: Place; reason: string } | null {
  // a bounded window, found by bisection, keeps this linear even in one endless sentence full
  // of figures and places (a scan of every place per figure was quadratic there)
  // (a loop, not filter with a callback: no closure per claim, and no array when no place is near)
  const low = Math.max(s.from, f.from - 60);
  const high = Math.min(s.to, f.to + 60);
  let lo = 0;
  let hi = places.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (places[mid].from < low) lo = mid + 1;
    else hi = mid;
  }
  let near: Mention[] | null = null;
  for (let k = lo; k < places.length && places[k].from <= high; k++) if (places[k].to <= high) (near ??= []).push(places[k]);
  if (near === null) return null;
  return locationAmong(s, f, near);
}

/** mostSpecific of the list's filed places (`filedOnly`) or of all of them: `mostSpecific(list.filter(isFiled))`, without the copy. */
function mostSpecificIn(list: Mention[], filedOnly: boolean): Mention | null {
  let best: Mention | null = null;
  for (const m of list) if ((!filedOnly || isFiled(m)) && (!best || specificity(m.place!) > specificity(best.place!))) best = m;
  return best;
}

/** mostSpecific of the last two of the list's filed places, or of its last two: `mostSpecific(list.filter(isFiled).slice(-2))`. */
function mostSpecificOfLastTwo(list: Mention[], filedOnly: boolean): Mention | null {
  let last: Mention | null = null;
  let beforeLast: Mention | null = null;
  for (let k = list.length - 1; k >= 0 && !beforeLast; k--) {
    if (filedOnly && !isFiled(list[k])) continue;
    if (last) beforeLast = list[k];
    else last = list[k];
  }
  if (!beforeLast) return last;
  return specificity(last!.place!) > specificity(beforeLast.place!) ? last : beforeLast;
}

function locationAmong(s: SentenceView, f: Figure, places: Mention[]): { place: Place; reason: string } | null {
  // (loops, not filter with callbacks: no closure and no copies per claim; a place is either
  // after the figure or before it)
  const after: Mention[] = [];
  const before: Mention[] = [];
  for (const m of places) {
    if (m.from >= f.to) {
      if ((!m.place!.adjective || m.from - f.altTo <= 3) && !announcedFrom(s.tokens, f.to, m.from) && !partNamedBetween(s.tokens, f.to, m.from)) after.push(m);
    } else if (m.to <= f.from && !m.place!.adjective && !saidAt(s.tokens, s.from, m.from) && !homeAt(s.tokens, s.from, m.from)) before.push(m);
  }
  // "hier und nicht in Danzig", "et non à Lyon", "y no en Valencia", "rather than in Ohio": a place denied is not where it goes
  for (let k = after.length - 1; k >= 0; k--) if (deniedPlace(s.tokens, s.from, after[k].from)) after.splice(k, 1);
  for (let k = before.length - 1; k >= 0; k--) if (deniedPlace(s.tokens, s.from, before[k].from)) before.splice(k, 1);
  let chosen = mostSpecificIn(after, true) ?? mostSpecificOfLastTwo(before, true) ?? mostSpecificIn(after, false) ?? mostSpecificOfLastTwo(before, false);
  if (!chosen) return null;
  // "in Leipzig und Dortmund", "à Lyon et à Grenoble": two places of one kind share the figure; report what holds both
  const k = chosen.to;
  // (or a list: "Andalucía, Baleares y Canarias")
  // (not "Ringaskiddy, Co Cork": the county the town is in)
  const county = /^(co|county)$/.test(s.tokens[k + 1]?.lower ?? '');
  const joined = /^(and|und|et|y|e|,)$/.test(s.tokens[k]?.lower ?? '') && !county ? places.find((m) => (m.from === k + 1 || m.from === k + 2) && m !== chosen) : undefined;
  if (joined && specificity(joined.place!) === specificity(chosen.place!) && outermost(joined.place!) === outermost(chosen.place!)) {
    const country = placeByName(outermost(chosen.place!) ?? '');
    if (country && country !== chosen.place) return { place: country, reason: 'places-joined' };
  }
  // "a gigafactory in Sunderland, creating 1,000 jobs in the North East": the region after the
  // figure contains the town just named; the town is the more precise answer
  if (specificity(chosen.place!) < 3 && chosen.place!.kind !== 'country' && after.includes(chosen)) {
    const town = mostSpecific(before.filter((m) => isFiled(m) && specificity(m.place!) === 3).slice(-1));
    if (town && outermost(town.place!) === outermost(chosen.place!)) chosen = town;
  }
  let place = chosen.place!;
  // an unknown site takes its country from the best-known place of the sentence
  if (place.kind === 'site' || (place.kind === 'city' && !place.parent)) {
    // (not a country used as an adjective: "The US cloud provider Corvane will invest … near Blyth")
    // (nor a town another figure belongs to: "350 in Katowice and 200 at Port Sunlight")
    const known = places.filter((m) => m !== chosen && m.place!.kind !== 'site' && !m.place!.adjective && !adjectivalCountry(s.tokens, m) && !(m.place!.kind === 'city' && numberBetween(s.tokens, m, chosen)))
      .sort((a, b) => Math.abs(a.from - chosen.from) - Math.abs(b.from - chosen.from));
    const country = known.find((m) => m.place!.kind === 'country')?.place!.name ?? known.map((m) => m.place!.parent).find(Boolean);
    if (country) place = { ...place, parent: country }; // a site stays a site: "Wilton International, United Kingdom"
  }
  return { place, reason: after.includes(chosen) ? 'place-after-figure' : 'place-before-figure' };
}
