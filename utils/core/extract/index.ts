// Stages 1–5 of the pipeline for one document: text → language → sentences → figures →
// entities → claims. First pass only; the claim-engine work replaces the internals.
import type { Claim, Entity } from '../report';

export interface ExtractedDocument {
  lang: string;
  /** Claims with ids `${docId}.cN`, in text order. */
  claims: Claim[];
  entities: Entity[];
}

const MONEY = /([$€£])\s?(\d+(?:[.,]\d+)?)\s?(billion|bn|million|m)\b/gi;
const JOBS = /(\d{1,3}(?:,\d{3})+|\d+)\s+(?:new\s+)?(jobs|people)\b/gi;
const SCALE: Record<string, number> = { billion: 1e9, bn: 1e9, million: 1e6, m: 1e6 };
const CURRENCY: Record<string, string> = { $: 'USD', '€': 'EUR', '£': 'GBP' };

export function extractDocument(docId: string, text: string, lang?: string): ExtractedDocument {
  const found: Omit<Claim, 'id'>[] = [];
  const base = { subject: null, amount_max: null, qualifier: 'exact', location: null, period: null, status: 'new', alt: null, reasons: ['first-pass'] as string[] } as const;
  for (const m of text.matchAll(MONEY))
    found.push({ ...base, metric: 'investment', amount: parseFloat(m[2].replace(',', '.')) * SCALE[m[3].toLowerCase()], currency: CURRENCY[m[1]], start: m.index, end: m.index + m[0].length, sentence: m[0] });
  for (const m of text.matchAll(JOBS))
    found.push({ ...base, metric: 'jobs', amount: parseInt(m[1].replace(/,/g, ''), 10), currency: null, start: m.index, end: m.index + m[0].length, sentence: m[0] });
  found.sort((a, b) => a.start - b.start);
  return { lang: lang ?? 'en', claims: found.map((c, i) => ({ ...c, id: `${docId}.c${i + 1}` })), entities: [] };
}
