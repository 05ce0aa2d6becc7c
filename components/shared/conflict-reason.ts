// Why two figures conflict, in the reader's language. The engine (utils/core/compare) explains
// its conflicts in English; an English reader gets that sentence as it is. Any other reader gets
// a sentence built here from the claims themselves (amounts, currencies, qualifiers) and from the
// rate the engine used, read back from its sentence (engine-reason.ts). When a piece cannot be
// read back, the English sentence is shown rather than a guess.
import type { Claim } from '@/utils/core/report';
import { describeQualifiedAmount, formatFigure, type Wording } from '@/utils/describe-claim';
import {
  allowedShare, NEW_ARTICLE_ID, quotedRate, rateBasis, rateBetween, twoSides,
  type FigurePart, type QuotedRate, type RateBasis,
} from './engine-reason';

/** A conflict as the popup holds it: two claims of this page (b null: a conversion beside one claim). */
export interface PageConflict {
  a: Claim;
  b: Claim | null;
  reason: string;
}

const englishUi = (w: Wording) => w.locale.toLowerCase().startsWith('en');

const percent = (share: number, locale: string) =>
  new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: share < 0.1 ? 1 : 0 }).format(share);

function monthWords(month: string, locale: string): string {
  const [year, m] = month.split('-').map(Number);
  return new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(Date.UTC(year, m - 1, 1));
}

function basisWords(basis: RateBasis, w: Wording): string {
  switch (basis.kind) {
    case 'monthly': return w.t('why_basis_monthly', [monthWords(basis.month, w.locale)]);
    case 'annual': return w.t('why_basis_annual', [basis.year]);
    case 'assumed': return w.t('why_basis_assumed', [monthWords(basis.month, w.locale)]);
    case 'recent': return w.t('why_basis_recent', [`${basis.first}–${basis.last}`]);
    case 'before-table': return w.t('why_basis_annual', [basis.year]);
  }
}

/** "1 EUR = 1.081 USD (ECB monthly average, March 2025)" in the reader's numbers and words. */
function rateWords(rate: QuotedRate, reason: string, w: Wording): string {
  const n = new Intl.NumberFormat(w.locale, { maximumSignificantDigits: 4 }).format(rate.value);
  const quoted = `1 ${rate.from} = ${n} ${rate.to}`;
  const basis = rateBasis(reason);
  return basis ? `${quoted} (${basisWords(basis, w)})` : quoted;
}

const figure = (part: FigurePart, w: Wording) => describeQualifiedAmount(part as Claim, w);
const money = (amount: number, currency: string | null, w: Wording) => formatFigure(amount, null, currency, w.locale);

/** "… means 3,000 or more" for a figure whose qualifier bounds it; null for an exact or rounded one. */
function boundWords(part: FigurePart, w: Wording): string | null {
  const n = (x: number) => formatFigure(x, null, part.metric === 'jobs' ? null : part.currency, w.locale);
  const phrase =
    part.qualifier === 'over' || part.qualifier === 'at_least' ? w.t('why_bound_at_least', [n(part.amount)])
      : part.qualifier === 'up_to' ? w.t('why_bound_at_most', [n(part.amount)])
        : part.qualifier === 'nearly' ? w.t('why_bound_under', [n(part.amount)])
          : part.qualifier === 'range' ? w.t('why_bound_between', [n(part.amount), n(part.amount_max ?? part.amount)])
            : null;
  return phrase && w.t('why_bound', [figure(part, w), phrase]);
}

/**
 * The arithmetic between two figures of the same thing: converted when the currencies differ
 * (null when the engine's rate cannot be read back), the gap when both are exact, else what each
 * qualifier allows.
 */
function arithmetic(a: FigurePart, b: FigurePart, reason: string, w: Wording): string | null {
  if (a.currency && b.currency && a.currency !== b.currency) {
    const rate = quotedRate(reason);
    const perUnit = rate && rateBetween(rate, b.currency, a.currency);
    if (!rate || !perUnit) return null;
    const value = b.amount * perUnit;
    return w.t('why_converted', [rateWords(rate, reason, w), money(b.amount, b.currency, w), money(value, a.currency, w),
      percent(Math.abs(value / a.amount - 1), w.locale), figure(a, w)]);
  }
  if (a.qualifier === 'exact' && b.qualifier === 'exact' && a.amount && b.amount) {
    const [low, high] = a.amount < b.amount ? [a, b] : [b, a];
    return w.t('why_gap', [figure(high, w), percent(high.amount / low.amount - 1, w.locale), figure(low, w)]);
  }
  const bounds = [boundWords(a, w), boundWords(b, w)].filter((s): s is string => !!s);
  return bounds.length ? bounds.join(' ') : '';
}

function sentence(parts: (string | null)[]): string {
  return parts.filter((p) => !!p).join(' ');
}

/** A figure and the conversion written beside it that does not add up. */
function conversionReason(claim: Claim, reason: string, w: Wording): string | null {
  const alt = claim.alt;
  if (!alt || !claim.currency || !claim.amount) return null;
  const given = money(alt.amount, alt.currency, w);
  const main = money(claim.amount, claim.currency, w);
  if (alt.currency === claim.currency) {
    return w.t('why_same_currency', [main, given, percent(Math.abs(alt.amount / claim.amount - 1), w.locale)]);
  }
  const rate = quotedRate(reason);
  const perUnit = rate && rateBetween(rate, claim.currency, alt.currency);
  const allowed = allowedShare(reason);
  if (!rate || !perUnit || allowed === null) return null;
  const value = claim.amount * perUnit;
  return w.t('why_conversion', [rateWords(rate, reason, w), main, money(value, alt.currency, w), given,
    percent(Math.abs(alt.amount / value - 1), w.locale), percent(allowed, w.locale)]);
}

/** Why a conflict of this page holds, in the reader's language. */
export function pageConflictReason(conflict: PageConflict, w: Wording): string {
  if (englishUi(w)) return conflict.reason;
  const { a, b, reason } = conflict;
  if (!b) return conversionReason(a, reason, w) ?? reason;
  const math = arithmetic(a, b, reason, w);
  if (math === null) return reason;
  return sentence([w.t('why_two_places', [figure(a, w), figure(b, w)]), math, w.t('why_cannot_both')]);
}

/** Why this page's figure conflicts with one in another article (`outlet`), in the reader's language. */
export function otherArticleReason(reason: string, outlet: string, w: Wording): string {
  const sides = twoSides(reason);
  if (englishUi(w)) {
    // The engine names the documents by id ("new", "a1"): give the reader the words instead.
    return reason.replace(/\b(\S+) says /g, (whole, id: string) =>
      !sides || (id !== sides.firstDoc && id !== sides.secondDoc) ? whole : id === NEW_ARTICLE_ID ? 'this article says ' : `${outlet} says `);
  }
  if (!sides) return reason;
  const [here, there] = sides.firstDoc === NEW_ARTICLE_ID ? [sides.first, sides.second] : [sides.second, sides.first];
  const math = arithmetic(sides.first, sides.second, reason, w);
  if (math === null) return reason;
  return sentence([w.t('why_two_articles', [figure(here, w), outlet, figure(there, w)]), math, w.t('why_cannot_both')]);
}
