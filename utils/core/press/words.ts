// Figures in words a reader understands: "more than €1.2bn", "up to 1,100 jobs", "300–500 jobs".
import type { Claim } from '../report';

const SYMBOLS: Record<string, string> = { EUR: '€', USD: '$', GBP: '£', JPY: '¥', CHF: 'CHF ', SEK: 'SEK ' };
const QUALIFIER_WORDS: Record<Claim['qualifier'], string> = {
  over: 'more than ', at_least: 'at least ', up_to: 'up to ', about: 'about ', nearly: 'nearly ', exact: '',
  range: '', average: 'on average ',
};

/** 1234567 → "1,234,567"; 1.25 → "1.25" (no locale tables needed). */
export function groupDigits(value: number): string {
  const [whole = '0', fraction] = String(Math.round(value * 100) / 100).split('.');
  return whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',') + (fraction ? `.${fraction}` : '');
}

/** 1.2e9 → "1.2bn", 8.5e8 → "850m", 40000 → "40,000". */
export function shortAmount(amount: number): string {
  if (Math.abs(amount) >= 1e9) return `${groupDigits(amount / 1e9)}bn`;
  if (Math.abs(amount) >= 1e6) return `${groupDigits(amount / 1e6)}m`;
  return groupDigits(amount);
}

/** 1.2e9 → "1.2 billion", 8.5e8 → "850 million", 2000 → "2,000": the form press releases print. */
export function longAmount(amount: number): string {
  if (Math.abs(amount) >= 1e9) return `${groupDigits(amount / 1e9)} billion`;
  if (Math.abs(amount) >= 1e6) return `${groupDigits(amount / 1e6)} million`;
  return groupDigits(amount);
}

function money(amount: number, currency: string | null): string {
  if (!currency) return shortAmount(amount);
  const symbol = SYMBOLS[currency];
  return symbol ? `${symbol}${shortAmount(amount)}` : `${shortAmount(amount)} ${currency}`;
}

/** The claim's figure with its qualifier: "more than €1.2bn", "up to 1,100 jobs". */
export function describeFigure(claim: Pick<Claim, 'metric' | 'amount' | 'amount_max' | 'currency' | 'qualifier'>): string {
  const one = (amount: number) => (claim.metric === 'jobs' ? groupDigits(amount) : money(amount, claim.currency));
  const value =
    claim.amount_max !== null && claim.amount_max !== claim.amount
      ? `${one(claim.amount)}–${one(claim.amount_max)}`
      : one(claim.amount);
  return `${QUALIFIER_WORDS[claim.qualifier] ?? ''}${value}${claim.metric === 'jobs' ? ' jobs' : ''}`;
}
