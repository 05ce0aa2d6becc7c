// Figures in words for conflict reasons: "about 700 jobs", "1.2 billion EUR", "+50 %".
import type { Claim } from '../report';

/** A figure of billions or millions with the decimals its size deserves. */
function short(x: number): string {
  return String(+x.toFixed(x < 10 ? 2 : x < 100 ? 1 : 0));
}

export function amountText(n: number): string {
  const abs = Math.abs(n);
  if (abs >= 1e9) return `${short(n / 1e9)} billion`;
  if (abs >= 1e6) return `${short(n / 1e6)} million`;
  return groupThousands(Math.round(n));
}

/** What `toLocaleString('en-US')` writes for an integer below 1e21, without the Intl call. */
function groupThousands(n: number): string {
  if (Object.is(n, -0)) return '-0';
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

export function moneyText(n: number, currency: string | null): string {
  return currency ? `${amountText(n)} ${currency}` : amountText(n);
}

const QUALIFIER_WORDS: Partial<Record<Claim['qualifier'], string>> = {
  over: 'more than',
  at_least: 'at least',
  up_to: 'up to',
  about: 'about',
  nearly: 'nearly',
  average: 'on average',
};

/** The claim's figure as a reader would say it: "at least 1,000 jobs", "about 1.5 billion EUR". */
export function figureText(c: Claim): string {
  const unit = c.metric === 'jobs' ? ' jobs' : c.currency ? ` ${c.currency}` : '';
  if (c.qualifier === 'range' || c.amount_max != null) return `between ${amountText(c.amount)} and ${amountText(c.amount_max ?? c.amount)}${unit}`;
  const q = QUALIFIER_WORDS[c.qualifier];
  return `${q ? `${q} ` : ''}${amountText(c.amount)}${unit}`;
}

/** "50 % more" / "20 % less": how far `x` is from `y`, relative to `y`. */
export function difference(x: number, y: number): string {
  if (!y) return 'different';
  const share = Math.abs(x / y - 1) * 100;
  const shown = share < 10 ? String(+share.toFixed(1)) : String(Math.round(share));
  return `${shown}% ${x > y ? 'more' : 'less'}`;
}

/** A rate the way it is usually quoted, the larger unit first: "1 EUR = 1.081 USD". */
const fourDigits = (x: number) => String(+x.toPrecision(4));

export function rateText(rate: number, from: string, to: string): string {
  const figure = fourDigits;
  return rate >= 1 ? `1 ${from} = ${figure(rate)} ${to}` : `1 ${to} = ${figure(1 / rate)} ${from}`;
}
