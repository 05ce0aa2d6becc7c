// Small formatting helpers shared by the history components.
import { describeQualifiedAmount, type Wording } from '../../utils/describe-claim';
import type { StoredClaim } from '../../utils/memory/schema';

// Building an Intl formatter costs far more than using one, and a page of rows formats hundreds
// of days and figures: formatters and finished texts are kept (bounded) and reused.
const dayFormats = new Map<string, Intl.DateTimeFormat>();
const figureTexts = new Map<string, string>();
const MAX_FIGURE_TEXTS = 5000;

/** "20 Nov 2026" in the reader's language; days are calendar days, so no time zone shift. */
export function formatDay(day: string, locale: string): string {
  let format = dayFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
    dayFormats.set(locale, format);
  }
  return format.format(new Date(`${day}T00:00:00Z`));
}

/** "more than 3,000 jobs": the figure as the engine understood it. */
export function describeFigure(claim: StoredClaim, w: Wording): string {
  const key = [w.locale, w.t('locale_tag'), claim.metric, claim.amount, claim.amount_max, claim.currency, claim.qualifier].join('|');
  let text = figureTexts.get(key);
  if (text === undefined) {
    if (figureTexts.size >= MAX_FIGURE_TEXTS) figureTexts.clear();
    text = describeQualifiedAmount({ ...claim, reasons: [] }, w);
    figureTexts.set(key, text);
  }
  return text;
}

/** "1.4 MB" */
export function formatBytes(bytes: number, locale: string): string {
  const units = ['B', 'kB', 'MB', 'GB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit++;
  }
  return `${new Intl.NumberFormat(locale, { maximumFractionDigits: unit ? 1 : 0 }).format(value)} ${units[unit]}`;
}
