// Reads back the pieces of the engine's English conflict reasons (utils/core/compare writes them:
// conflicts.ts and conversions.ts, through wording.ts) that the claims themselves do not carry:
// the exchange rate used and its basis, the tolerance allowed, and, for a conflict with an
// article read elsewhere, the other article's figure. Every reader returns null when the text
// does not have the expected shape, so callers fall back to the English sentence.
import type { Claim } from '@/utils/core/report';

/** A rate as the engine quotes it: 1 `from` = `value` `to`. */
export interface QuotedRate {
  from: string;
  to: string;
  value: number;
}

export type RateBasis =
  | { kind: 'monthly'; month: string }
  | { kind: 'annual'; year: string }
  | { kind: 'assumed'; month: string }
  | { kind: 'recent'; first: string; last: string }
  | { kind: 'before-table'; year: string; month: string };

/** The figure part of a claim, enough to say it again in another language. */
export type FigurePart = Pick<Claim, 'metric' | 'amount' | 'amount_max' | 'currency' | 'qualifier'>;

export function quotedRate(reason: string): QuotedRate | null {
  const m = /\bat 1 ([A-Z]{3}) = ([\d.]+(?:e[+-]?\d+)?) ([A-Z]{3})\b/.exec(reason);
  const value = m ? Number(m[2]) : NaN;
  return m && Number.isFinite(value) && value > 0 ? { from: m[1], to: m[3], value } : null;
}

/** Units of `to` per one `from`, from a quoted rate that may be written either way round. */
export function rateBetween(rate: QuotedRate, from: string, to: string): number | null {
  if (rate.from === from && rate.to === to) return rate.value;
  if (rate.from === to && rate.to === from) return 1 / rate.value;
  return null;
}

export function rateBasis(reason: string): RateBasis | null {
  let m: RegExpExecArray | null;
  if ((m = /any ECB annual average (\d{4})\D(\d{4})/.exec(reason))) return { kind: 'recent', first: m[1], last: m[2] };
  if ((m = /ECB monthly average (\d{4}-\d{2})/.exec(reason))) return { kind: 'monthly', month: m[1] };
  if ((m = /ECB annual average (\d{4})/.exec(reason))) return { kind: 'annual', year: m[1] };
  if ((m = /assumed rate for (\d{4}-\d{2})/.exec(reason))) return { kind: 'assumed', month: m[1] };
  if ((m = /the (\d{4}) annual average, for (\d{4}-\d{2})/.exec(reason))) return { kind: 'before-table', year: m[1], month: m[2] };
  return null;
}

/** The share the engine allowed for the rate and rounding ("beyond the 3% allowed"), as a fraction. */
export function allowedShare(reason: string): number | null {
  const m = /beyond the (\d+(?:\.\d+)?)% allowed/.exec(reason);
  return m ? Number(m[1]) / 100 : null;
}

const QUALIFIER_OF: Record<string, Claim['qualifier']> = {
  'more than': 'over',
  'at least': 'at_least',
  'up to': 'up_to',
  about: 'about',
  nearly: 'nearly',
  'on average': 'average',
};

/** "1.2 billion", "300 million", "3,000" (wording.ts's amountText) back to a number. */
export function amountFromText(text: string): number | null {
  const m = /^(-?[\d,]+(?:\.\d+)?)(?: (billion|million))?$/.exec(text.trim());
  if (!m) return null;
  const n = Number(m[1].replace(/,/g, ''));
  const scale = m[2] === 'billion' ? 1e9 : m[2] === 'million' ? 1e6 : 1;
  return Number.isFinite(n) ? n * scale : null;
}

/** "more than 3,000 jobs", "between 1 and 2 billion EUR" (wording.ts's figureText) back to its parts. */
export function figureFromText(text: string): FigurePart | null {
  const m = /^(?:(more than|at least|up to|about|nearly|on average) )?(?:between (.+?) and (.+?)|(.+?))( jobs| [A-Z]{3})?$/.exec(text.trim());
  if (!m) return null;
  const [, words, low, high, single, unit] = m;
  const amount = amountFromText(single ?? low);
  const amountMax = high ? amountFromText(high) : null;
  if (amount === null || (high && amountMax === null)) return null;
  const jobs = unit === ' jobs';
  return {
    metric: jobs ? 'jobs' : 'investment',
    amount,
    amount_max: amountMax,
    currency: unit && !jobs ? unit.trim() : null,
    qualifier: high ? 'range' : words ? QUALIFIER_OF[words] : 'exact',
  };
}

export interface TwoSides {
  /** The document ids as the engine named them ("new" is the article being read). */
  firstDoc: string;
  first: FigurePart;
  secondDoc: string;
  second: FigurePart;
}

/** "<where>: d1 says X, d2 says Y; …" — the two documents and their figures. */
export function twoSides(reason: string): TwoSides | null {
  const m = /: (\S+) says (.+?), (\S+) says (.+?)(?:; |\. Both cannot be true\.$)/.exec(reason);
  if (!m) return null;
  const first = figureFromText(m[2]);
  const second = figureFromText(m[4]);
  return first && second ? { firstDoc: m[1], first, secondDoc: m[3], second } : null;
}

/** The engine names the article being read "new" and stored ones "a1", "a2"… in cross-article reasons. */
export const NEW_ARTICLE_ID = 'new';
