// A conversion written beside a figure ("€1.2bn ($1.3bn)") checked against the exchange rate
// of the article's date. Both figures are rounded as written, so each keeps its rounding
// margin (at most 10 %) on top of the rate's own tolerance; only a conversion outside all of
// that is reported, as a conflict of the claim with itself.
import type { Claim, Conflict } from '../report';
import { convert } from './rates';
import { difference, moneyText, rateText } from './wording';

const SAME_CURRENCY_SLACK = 0.02;

function roundingMargin(amount: number): number {
  const digits = String(Math.round(Math.abs(amount)));
  const significant = digits.replace(/0+$/, '').length || 1;
  const unit = Math.pow(10, digits.length - significant);
  return Math.min(unit / 2 / Math.abs(amount || 1), 0.1);
}

/** Why the conversion beside a claim does not add up, or null when it does (or cannot be judged). */
export function conversionProblem(c: Claim, date?: string): string | null {
  const alt = c.alt;
  if (!alt || !c.currency || !c.amount || !alt.amount) return null;
  // (the figures are written out only for a reason: most conversions add up)
  if (alt.currency === c.currency) {
    // a bracket in the same currency restates the figure: any real difference is an error
    const apart = Math.abs(alt.amount - c.amount) > SAME_CURRENCY_SLACK * Math.max(c.amount, alt.amount);
    return apart ? `${moneyText(c.amount, c.currency)} is followed by ${moneyText(alt.amount, alt.currency)} in brackets: the same currency with a different number (${difference(alt.amount, c.amount)}).` : null;
  }
  const conv = convert(c.amount, c.currency, alt.currency, date);
  if (!conv) return null;
  const mainMargin = roundingMargin(c.amount);
  const altMargin = roundingMargin(alt.amount);
  const low = conv.low * (1 - mainMargin);
  const high = conv.high * (1 + mainMargin);
  if (alt.amount * (1 + altMargin) >= low && alt.amount * (1 - altMargin) <= high) return null;
  const rate = rateText(conv.range.rate, c.currency, alt.currency);
  const allowed = Math.round(conv.range.tolerance * 100);
  return `${moneyText(c.amount, c.currency)} at ${rate} (${conv.range.basis}) is about ${moneyText(conv.value, alt.currency)}, not ${moneyText(alt.amount, alt.currency)}: ${difference(alt.amount, conv.value)}, beyond the ${allowed}% allowed for the rate and the rounding of both figures.`;
}

export function conversionConflicts(claims: { claim: Claim; date?: string }[]): Conflict[] {
  const out: Conflict[] = [];
  for (const { claim, date } of claims) {
    const reason = conversionProblem(claim, date);
    if (reason) out.push({ a: claim.id, b: claim.id, reason });
  }
  return out;
}
