// Small formatting helpers shared by the history components.
import { describeQualifiedAmount, type Wording } from '../../utils/describe-claim';
import type { StoredClaim } from '../../utils/memory/schema';

/** Only web pages become links: anything else (javascript:, data:) is shown as text. */
export function webHref(url: string): string | null {
  try {
    const { protocol } = new URL(url);
    return protocol === 'http:' || protocol === 'https:' ? url : null;
  } catch {
    return null;
  }
}

/** "20 Nov 2026" in the reader's language; days are calendar days, so no time zone shift. */
export function formatDay(day: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${day}T00:00:00Z`));
}

/** "more than 3,000 jobs": the figure as the engine understood it. */
export function describeFigure(claim: StoredClaim, w: Wording): string {
  return describeQualifiedAmount({ ...claim, reasons: [] }, w);
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
