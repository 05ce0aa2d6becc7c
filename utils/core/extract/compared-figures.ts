// Figures a story sets beside the claim it has just made: the earlier plan a follow-up compares
// the new one with ("1,1 milliard de dollars …, contre 750 millions lors de l'annonce initiale",
// "600 emplois directs, au lieu des 1 000 promis", "frente a los mil 500 que se habían
// contemplado"), and the money told with a jobs claim ("90 millions d'euros et 210 emplois").
// Both leave the unit or the verb out, so the claim next to them says what they are.
import type { Token } from './01-tokens';
import type { Figure } from './05-figures';
import { countsPeople, decideCount, decideMoney, jobCuesIn, moneyNegativeIn, type MetricDecision, type SentenceView } from './07-metric';
import { matchEndingAt, phraseTable } from './phrases';

const VERSUS = phraseTable([
  'contre', 'contre les', 'contre la', 'contre le', 'au lieu de', 'au lieu des', 'au lieu du', 'plutôt que', 'frente a', 'frente a los', 'frente a las', 'en lugar de', 'en lugar de los',
  'por sobre los', 'por sobre las', 'en vez de', 'en vez de los', 'up from', 'up from the', 'down from', 'down from the', 'instead of', 'instead of the',
  'compared with', 'compared with the', 'statt', 'statt der', 'statt den', 'anstelle von', 'anstatt', 'gegenüber', 'gegenüber den',
].map((w) => [w, true] as [string, boolean]), true);

/** Whether a comparing word ("contre", "up from the", "frente a los") ends right before the figure. */
function comparedBefore(tokens: Token[], floor: number, at: number): boolean {
  return matchEndingAt(tokens, at, VERSUS, floor) !== null;
}

/** Whether the figure follows "from" (or "from the") right after the figure just claimed, past a comma. */
function fromRightAfter(tokens: Token[], claimed: Figure, f: Figure): boolean {
  let k = f.from - 1;
  if (tokens[k]?.lower === 'the') k--;
  if (tokens[k]?.lower !== 'from') return false;
  if (tokens[k - 1]?.lower === ',') k--;
  return k === claimed.altTo;
}

/** Whether a comparing word opens the words before the figure, up to six back, with no number or comma in
 * between: "Statt der im Jänner angekündigten 300 Millionen Euro", "up from the 400 new jobs". */
export function comparedShortlyBefore(tokens: Token[], floor: number, at: number): boolean {
  for (let k = at; k >= Math.max(floor, at - 6); k--) {
    // (a year may stand between: "Statt der im Jänner 2025 angekündigten 300 Millionen Euro")
    if (k < at && ((tokens[k].kind === 'num' && tokens[k].lower.length !== 4) || tokens[k].lower === ',')) return false;
    if (matchEndingAt(tokens, k, VERSUS, floor) !== null) return true;
  }
  return false;
}

/** The claim a compared figure makes, of the same metric as the claim it is set against; money
 * left without its currency takes that claim's ("contre 750 millions"). */
function comparedDecision(previous: { metric: 'investment' | 'jobs'; currency: string | null }, f: Figure): MetricDecision | null {
  if (previous.metric === 'investment') {
    if (f.kind === 'money' ? f.currency !== previous.currency : !(f.kind === 'count' && f.scaled && f.value >= 1e6)) return null;
    f.currency = previous.currency;
    f.kind = 'money';
    return { metric: 'investment', to: f.to, reasons: ['compared-with-claim'] };
  }
  if (f.kind !== 'count' || f.scaled || f.value < 2) return null;
  return { metric: 'jobs', to: f.to, reasons: ['compared-with-claim'] };
}

const SITE_PREPOSITIONS = new Set(['in', 'en', 'à', 'au', 'at']);
/** A count right after "in <Place>" (a comma may follow the place), a few words after the jobs just claimed, no number between. */
function jobsPerPlace(tokens: Token[], previousTo: number, f: Figure): boolean {
  // (not a label's number: "in Phase 2")
  if (f.kind !== 'count' || f.scaled || f.value < 10 || f.from <= previousTo || f.from - previousTo > 12 || tokens[f.from].gap !== ' ') return false;
  let k = f.from - 1;
  if (tokens[k]?.lower === ',') k--;
  let words = 0;
  while (k > previousTo && tokens[k].kind === 'word' && tokens[k].cap && words < 4) { k--; words++; }
  if (words === 0 || !SITE_PREPOSITIONS.has(tokens[k]?.lower ?? '')) return false;
  for (let j = previousTo; j < k; j++) if (tokens[j].kind === 'num') return false;
  const next = tokens[f.to];
  return !next || next.kind === 'punct' || AND.has(next.lower);
}
const PROMISED_BEFORE = new Set(['promettait', 'promettaient', 'prévoyait', 'prévoyaient', 'annonçait', 'annonçaient', 'visait', 'visaient', 'espérait', 'attendait']);
const AND = new Set(['and', 'et', 'und', 'y', 'e']);
/** "90 millions d'euros et 210 emplois": the money right before "and" and a jobs figure (a comma joins them in headlines
 * too, and a qualifier may open the count: "1,2 milliard d'euros et jusqu'à 1 500 emplois", "95 Millionen Euro, bis zu 250 Jobs"). */
function jobsJoinedAfter(tokens: Token[], f: Figure, next: Figure | undefined): boolean {
  const joiner = tokens[f.altTo]?.lower ?? '';
  if (!next || !(AND.has(joiner) || joiner === ',')) return false;
  let k = f.altTo + 1;
  while (k < next.from && k - f.altTo <= 4 && COUNT_QUALIFIERS.has(tokens[k].lower)) k++;
  return next.from === k;
}
const COUNT_QUALIFIERS = new Set(['up', 'to', 'about', 'around', 'some', 'over', 'more', 'than', 'nearly', 'almost', 'jusqu', "'", 'à', 'environ', 'près', 'de', 'plus',
  'quelque', 'bis', 'zu', 'rund', 'etwa', 'über', 'mehr', 'als', 'knapp', 'fast', 'hasta', 'unos', 'unas', 'cerca', 'más', 'casi', 'alrededor']);

const RISING = new Set(['rising', 'growing', 'increasing', 'climbing']);
const AFTER_ELIDED_JOBS = new Set([',', '.', ';', 'during', 'durante', 'pendant', 'lors', 'während', 'in', 'en', 'à', 'a', 'at', 'on', 'bei', 'im', 'dans', 'more', 'más', 'de', 'plus', 'weitere', 'indirect', 'indirectos', 'indirects', 'indirekte', 'when', 'once', 'by', 'quand', 'lorsque', 'cuando', 'wenn']);
/** "400 empleos directos y hasta 2.000 durante la fase de construcción", "150 direct jobs and up to 600 during
 * construction": a count joined by "and" to the jobs figure just claimed (ending at `previousTo`), its job noun left out. */
function jobsJoinedBefore(tokens: Token[], previousTo: number, f: Figure): boolean {
  // (up to eight words between: "creating 250 jobs in the first phase and up to 400 by 2030")
  if (f.kind !== 'count' || f.scaled || f.value < 2 || f.from - previousTo > 8 || f.from <= previousTo) return false;
  let joined = false;
  for (let k = previousTo; k < f.from; k++) {
    const t = tokens[k];
    if (t.kind === 'num' || t.lower === ';') return false;
    // ("create 600 jobs, rising to about 900 when a second phase is completed": the count grows to it)
    if (AND.has(t.lower) || (RISING.has(t.lower) && tokens[k + 1]?.lower === 'to')) joined = true;
    else if (t.lower === ',' && !RISING.has(tokens[k + 1]?.lower ?? '')) return false;
  }
  const next = tokens[f.to];
  if (!(joined && (!next || next.kind === 'punct' || AFTER_ELIDED_JOBS.has(next.lower)))) return false;
  // (not a payroll told after the hiring: "se comprometió a contratar 500 personas y hoy emplea ahí a unas 900")
  for (const c of jobCuesIn(tokens, previousTo, f.from)) if (c.value === 'not-hire') return false;
  return true;
}

/**
 * The claim figure `fi` makes by the figures beside it, for one no cue of its own made a claim (or one
 * that opens an amount's change, which takes the later amount's reading): the earlier amount of a change,
 * the earlier figure set against the claim just made (`previous`, of this sentence), jobs joined to that
 * claim, money told with a jobs figure.
 */
export function besideDecision(view: SentenceView, figures: readonly Figure[], fi: number, previous: { metric: 'investment' | 'jobs'; currency: string | null; figure: Figure } | null,
  restated: boolean, bareMillions: boolean, previousJobs: boolean, jobsClaimed: ReadonlySet<number>): MetricDecision | null {
  const { tokens } = view;
  const f = figures[fi];
  if (f.reasons.includes('change-from')) {
    const later = figures[fi + 1];
    const laterDecision = later ? decideMoney(view, later, restated) : null;
    return laterDecision && { metric: laterDecision.metric, to: f.to, reasons: [...laterDecision.reasons, 'changed-from'] };
  }
  // (a bare "from" only right after the claim: "raised the cost to about $3.1 billion from $2.5 billion", "to $780 million, from the $1.2 billion it flagged")
  if (previous && (comparedBefore(tokens, view.from, f.from) || fromRightAfter(tokens, previous.figure, f))) {
    const decision = comparedDecision(previous, f);
    if (decision) return decision;
  }
  // the earlier figure first, the claim after it: "Statt drei Milliarden Euro will das Unternehmen nun 4,2 Milliarden
  // Euro … investieren", "Statt 2.500 sollen … bis zu 3.200 Menschen in dem Werk arbeiten", "Instead of 400 jobs, it now plans 250"
  if (!previous && comparedShortlyBefore(tokens, view.from, f.from)) {
    for (let j = fi + 1; j < figures.length && j <= fi + 3 && figures[j].from < view.to; j++) {
      const later = figures[j];
      const decided = later.kind === 'money' ? decideMoney(view, later, restated) : later.kind === 'count' ? decideCount(view, later, previousJobs, jobsClaimed.has(later.value)) : null;
      if (!decided) continue;
      const decision = comparedDecision({ metric: decided.metric, currency: later.currency ?? null }, f);
      return decision && { ...decision, reasons: ['compared-with-later-claim'] };
    }
  }
  if (previous && previous.metric === 'jobs' && jobsJoinedBefore(tokens, previous.figure.to, f)) return { metric: 'jobs', to: f.to, reasons: ['jobs-joined-to-claim'] };
  // the jobs just claimed, site by site, the noun left out: "In Leipzig sollen 150 Stellen entstehen, in Münster 120 und in
  // Rostock 80", "En Ciudad de México sumará 400 ingenieros, en Buenos Aires, 350"
  if (previous && previous.metric === 'jobs' && jobsPerPlace(tokens, previous.figure.to, f)) return { metric: 'jobs', to: f.to, reasons: ['jobs-per-place'] };
  // the old promise after the jobs just claimed, its noun left to French "en": "… 90 personnes supplémentaires, alors que le
  // groupe en promettait 150", "une soixantaine d'emplois directs, là où l'opérateur en promettait 150"
  if (previous && previous.metric === 'jobs' && f.kind === 'count' && !f.scaled && f.value >= 2 && PROMISED_BEFORE.has(tokens[f.from - 1]?.lower ?? '')
    && tokens[f.from - 2]?.lower === 'en') return { metric: 'jobs', to: f.to, reasons: ['compared-with-claim'] };
  // people joined to the money just claimed: "una inversión de US$12 millones y 180 ingenieros", "£40m and 200 engineers"
  if (previous && previous.metric === 'investment' && f.kind === 'count' && !f.scaled && f.value >= 5 && AND.has(tokens[f.from - 1]?.lower ?? '')
    && previous.figure.altTo === f.from - 1 && countsPeople(view, f)) return { metric: 'jobs', to: f.to, reasons: ['people-with-money'] };
  if (f.kind === 'money' || bareMillions) {
    const next = figures[fi + 1];
    // (not a sum another word made no investment: "les conventions signées … représentent 14,2 milliards de DH et plus de 31.000 emplois")
    if (jobsJoinedAfter(tokens, f, next) && decideCount(view, next, previousJobs, jobsClaimed.has(next.value)) && f.value >= 100_000
      && !moneyNegativeIn(tokens, Math.max(view.from, f.from - 6), f.from, view.lang)) {
      return { metric: 'investment', to: f.to, reasons: ['money-with-jobs'] };
    }
  }
  return null;
}
