// Turns a Claim into words for the reader: the popup and the hover card both speak through here.
// Pure functions: the message lookup (`browser.i18n.getMessage` in the extension, a table in
// tests) and the locale are passed in, so every sentence can be checked in Node.
import type { Claim } from './core/report';

/** Same shape as `browser.i18n.getMessage`: key and optional substitutions in, text out. */
export type Translate = (key: string, substitutions?: string | string[]) => string;

/** What a describer needs to speak: the message lookup and the locale for numbers. */
export interface Wording {
  t: Translate;
  /** BCP 47 tag for Intl number formatting ("en", "fr-FR"). */
  locale: string;
}

// Money from a million up reads better as "1.2 billion" than "1,200,000,000".
const COMPACT_FROM = 1_000_000;

function numberFormat(locale: string, largest: number, compact: boolean): Intl.NumberFormat {
  if (compact && largest >= COMPACT_FROM) {
    return new Intl.NumberFormat(locale, { notation: 'compact', compactDisplay: 'long', maximumSignificantDigits: 3 });
  }
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
}

/** Puts a currency sign where the locale puts it: "€1.2 billion", "1,2 milliard €". */
function withCurrency(number: string, currency: string, locale: string): string {
  let parts: Intl.NumberFormatPart[];
  try {
    parts = new Intl.NumberFormat(locale, { style: 'currency', currency }).formatToParts(1);
  } catch {
    return `${number} ${currency}`; // not an ISO code Intl knows: say it plainly
  }
  const signAt = parts.findIndex((p) => p.type === 'currency');
  const firstDigit = parts.findIndex((p) => p.type === 'integer');
  const sign = parts[signAt]?.value ?? currency;
  // Keep the locale's own spacing between sign and number (often a no-break space).
  if (signAt < firstDigit) {
    const gap = parts.slice(signAt + 1, firstDigit).map((p) => p.value).join('');
    return `${sign}${gap}${number}`;
  }
  const lastNumberPart = parts.findLastIndex((p) => p.type === 'integer' || p.type === 'fraction');
  const gap = parts.slice(lastNumberPart + 1, signAt).map((p) => p.value).join('');
  return `${number}${gap}${sign}`;
}

/** A figure or a range of figures, with its currency if any: "€1.2 billion", "300–500". */
export function formatFigure(amount: number, amountMax: number | null, currency: string | null, locale: string): string {
  const largest = Math.max(amount, amountMax ?? amount);
  const format = numberFormat(locale, largest, currency !== null);
  const number = amountMax !== null && amountMax !== amount ? format.formatRange(amount, amountMax) : format.format(amount);
  return currency ? withCurrency(number, currency, locale) : number;
}

/** The claim's amount as the reader would say it: "€1.2 billion", "2,000 jobs", "300–500 jobs". */
export function describeAmount(claim: Pick<Claim, 'metric' | 'amount' | 'amount_max' | 'currency'>, w: Wording): string {
  const figure = formatFigure(claim.amount, claim.amount_max, claim.currency, w.locale);
  if (claim.metric !== 'jobs') return figure;
  const plural = new Intl.PluralRules(w.locale).select(claim.amount_max ?? claim.amount);
  return w.t(plural === 'one' ? 'amount_jobs_one' : 'amount_jobs_other', [figure]);
}

/** Words placed before the amount ("more than"); empty when the figure stands alone. */
export function describeQualifier(qualifier: Claim['qualifier'], w: Wording): string {
  if (qualifier === 'exact' || qualifier === 'range') return '';
  return w.t(`qualifier_${qualifier}`);
}

/** A short label for the qualifier itself, for a field list: "more than", "exact figure", "range". */
export function describeQualifierLabel(qualifier: Claim['qualifier'], w: Wording): string {
  return w.t(`qualifier_label_${qualifier}`);
}

/** "more than €1.2 billion", "up to 500 jobs", "€2 billion". */
export function describeQualifiedAmount(claim: Claim, w: Wording): string {
  const amount = describeAmount(claim, w);
  const words = describeQualifier(claim.qualifier, w);
  return words ? w.t('qualified_amount', [words, amount]) : amount;
}

/** "new", "running total", "announced earlier". */
export function describeStatus(status: Claim['status'], w: Wording): string {
  return w.t(`status_${status}`);
}

/** "investment", "jobs". */
export function describeMetric(metric: Claim['metric'], w: Wording): string {
  return w.t(`metric_${metric}`);
}

/** The conversion written beside the figure ("$1.3 billion"), or null when there is none. */
export function describeAlt(claim: Pick<Claim, 'alt'>, w: Wording): string | null {
  if (!claim.alt) return null;
  return formatFigure(claim.alt.amount, null, claim.alt.currency, w.locale);
}

/** One line for a list: "Amazon · more than €1.2 billion · France". */
export function describeClaimLine(claim: Claim, w: Wording): string {
  const pieces = [claim.subject, describeQualifiedAmount(claim, w), claim.location].filter((p): p is string => !!p);
  return pieces.join(' · ');
}
