// Conflicts: two groups of one bucket (same company, metric, kind of jobs; announced now)
// whose figures cannot both be true. One pair per pair of groups, so a wrong figure repeated
// in a headline, the body and a quote is reported once, not once per mention.
import type { Conflict } from '../report';
import { periodsClash } from './context';
import type { Fact } from './facts';
import { placeRelation } from './places';
import { rangesOf, valuesClash } from './values';
import { difference, figureText, moneyText, rateText } from './wording';
import { rateRange } from './rates';

function clash(a: Fact, b: Fact): boolean {
  return (
    placeRelation(a.place, b.place) === 'same' &&
    !periodsClash(a.claim.period, b.claim.period) &&
    valuesClash(a.claim, b.claim, a.date ?? b.date)
  );
}

/** The mention that speaks for its group: a named place, a plain figure, the earliest. */
function spokesman(group: Fact[]): Fact {
  const score = (f: Fact) => (f.place ? 0 : 2) + (f.claim.qualifier === 'exact' || f.claim.qualifier === 'range' ? 0 : 1);
  return [...group].sort((p, q) => score(p) - score(q) || p.order - q.order)[0];
}

function whereText(f: Fact): string {
  const kind = f.kind === 'permanent' ? '' : ` (${f.kind})`;
  const place = f.claim.location ? ` in ${f.claim.location}` : '';
  return `${f.subject}, ${f.claim.metric}${kind}${place}`;
}

export function conflictReason(a: Fact, b: Fact): string {
  const head = `${whereText(a)}: d${a.doc + 1} says ${figureText(a.claim)}, d${b.doc + 1} says ${figureText(b.claim)}`;
  const r = rangesOf(a.claim, b.claim, 'loose', a.date ?? b.date);
  if (!r) return head;
  const [lower, upper] = r.a.high < r.b.low ? [a, b] : [b, a];
  let arithmetic: string;
  if (r.converted && a.claim.currency && b.claim.currency) {
    const rate = rateRange(b.claim.currency, a.claim.currency, a.date ?? b.date);
    const value = b.claim.amount * (rate?.rate ?? 1);
    arithmetic = `${moneyText(b.claim.amount, b.claim.currency)} is about ${moneyText(value, a.claim.currency)} at ${rateText(rate?.rate ?? 1, b.claim.currency, a.claim.currency)} (${rate?.basis}), ${difference(a.claim.amount, value)} than ${figureText(a.claim)}`;
  } else if (lower.claim.qualifier === 'exact' && upper.claim.qualifier === 'exact') {
    arithmetic = `${figureText(upper.claim)} is ${difference(upper.claim.amount, lower.claim.amount)} than ${figureText(lower.claim)}`;
  } else {
    const low = lower === a ? r.a : r.b;
    const high = lower === a ? r.b : r.a;
    const unit = a.claim.metric === 'jobs' ? '' : ` ${r.currency}`;
    const top = `${moneyText(low.high, null)}${unit}`;
    const bottom = `${moneyText(high.low, null)}${unit}`;
    arithmetic = `even read generously, "${figureText(lower.claim)}" stays below ${top} and "${figureText(upper.claim)}" starts at ${bottom}`;
  }
  return `${head}; ${arithmetic}. Both cannot be true.`;
}

export function findConflicts(groups: Fact[][]): Conflict[] {
  const conflicts: Conflict[] = [];
  for (let i = 0; i < groups.length; i++) {
    for (let j = i + 1; j < groups.length; j++) {
      const [g, h] = [groups[i], groups[j]];
      const a = g[0];
      // Only fresh announcements can contradict each other: totals and earlier pledges of one
      // company differ for good reasons (other years, other sites).
      if (a.bucket !== h[0].bucket || a.claim.status !== 'new' || !a.subject) continue;
      // An article that gives both figures is describing two things, not contradicting itself.
      const docs = new Set(g.map((f) => f.doc));
      if (h.some((f) => docs.has(f.doc))) continue;
      if (!g.every((x) => h.every((y) => clash(x, y)))) continue;
      const [p, q] = [spokesman(g), spokesman(h)];
      conflicts.push({ a: p.claim.id, b: q.claim.id, reason: conflictReason(p, q) });
    }
  }
  return conflicts;
}
