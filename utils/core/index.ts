// The engine's entry point. A first, simple pass: the full pipeline replaces its internals.
import type { Claim, InputDocument, Report } from './report';

export type { InputDocument, Report } from './report';

const MONEY = /([$€£])\s?(\d+(?:[.,]\d+)?)\s?(billion|bn|million|m)\b/gi;
const JOBS = /(\d{1,3}(?:,\d{3})+|\d+)\s+(?:new\s+)?(jobs|people)\b/gi;
const SCALE: Record<string, number> = { billion: 1e9, bn: 1e9, million: 1e6, m: 1e6 };
const CURRENCY: Record<string, string> = { $: 'USD', '€': 'EUR', '£': 'GBP' };

export function analyze(docs: InputDocument[]): Report {
  const documents = docs.map((doc, i) => {
    const id = `d${i + 1}`;
    const claims: Claim[] = [];
    const add = (m: RegExpExecArray, c: Omit<Claim, 'id' | 'start' | 'end' | 'sentence' | 'subject' | 'qualifier' | 'location' | 'period' | 'status' | 'alt' | 'amount_max' | 'reasons'>) =>
      claims.push({
        id: `${id}.c${claims.length + 1}`, subject: null, amount_max: null, qualifier: 'exact', location: null,
        period: null, status: 'new', alt: null, start: m.index, end: m.index + m[0].length, sentence: m[0],
        reasons: ['first-pass'], ...c,
      });
    for (const m of doc.text.matchAll(MONEY))
      add(m, { metric: 'investment', amount: parseFloat(m[2].replace(',', '.')) * SCALE[m[3].toLowerCase()], currency: CURRENCY[m[1]] });
    for (const m of doc.text.matchAll(JOBS))
      add(m, { metric: 'jobs', amount: parseInt(m[1].replace(/,/g, ''), 10), currency: null });
    claims.sort((a, b) => a.start - b.start);
    return { id, source: doc.source, lang: doc.lang ?? 'en', claims, entities: [] };
  });
  return { version: 1, documents, duplicates: [], conflicts: [], press_releases: [] };
}
