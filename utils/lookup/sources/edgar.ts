// SEC EDGAR full-text search (efts.sec.gov/LATEST/search-index): 8-K filings whose exhibit
// 99.x (the press release a US filer attaches) contains the company's name and figure.
// Reply: Elasticsearch-style { hits: { hits: [{ _id: "ADSH:file.htm", _source: {...} }] } }.
// EDGAR asks every client to send a User-Agent naming who is asking (fair-access policy).
import * as z from 'zod/mini';
import { DEFAULT_BASES, fetchJson, type Candidate, type LookupContext } from '../context';

const HitSchema = z.object({
  _id: z.string(),
  _source: z.object({
    ciks: z.optional(z.array(z.string())),
    display_names: z.optional(z.array(z.string())),
    form: z.optional(z.string()),
    root_forms: z.optional(z.array(z.string())),
    file_date: z.optional(z.string()),
    file_type: z.optional(z.string()),
    file_description: z.optional(z.nullable(z.string())),
    adsh: z.optional(z.string()),
  }),
});

export const EdgarReplySchema = z.object({
  hits: z.object({
    total: z.optional(z.object({ value: z.number() })),
    hits: z.array(HitSchema),
  }),
});

export type EdgarReply = z.infer<typeof EdgarReplySchema>;

const MAX_HITS = 10;
/** Days searched around the article's date: releases come out the same day or a little before. */
const DAYS_BEFORE = 30;
const DAYS_AFTER = 3;

function shiftDay(day: string, days: number): string {
  return new Date(Date.parse(day) + days * 86_400_000).toISOString().slice(0, 10);
}

/** "AMAZON COM INC  (AMZN)  (CIK 0001018724)" → "AMAZON COM INC". */
export function filerName(displayName: string): string {
  return displayName.replace(/\s*\(CIK\s*\d+\)\s*$/i, '').replace(/\s*\([A-Z0-9.,\- ]+\)\s*$/, '').trim();
}

export function searchUrl(query: string, published: string | undefined): string {
  const params = new URLSearchParams({ q: query, forms: '8-K' });
  if (published && !Number.isNaN(Date.parse(published))) {
    params.set('dateRange', 'custom');
    params.set('startdt', shiftDay(published, -DAYS_BEFORE));
    params.set('enddt', shiftDay(published, DAYS_AFTER));
  }
  return `${DEFAULT_BASES.edgarSearch}/LATEST/search-index?${params}`;
}

/** Exhibits 99.x of the reply as candidates, linked at their www.sec.gov/Archives address. */
export function edgarCandidates(reply: EdgarReply, subject: string | null): Candidate[] {
  const out: Candidate[] = [];
  for (const hit of reply.hits.hits) {
    const source = hit._source;
    if (!/^EX-99/i.test(source.file_type ?? '')) continue;
    const [adshFromId, file] = hit._id.split(':');
    const adsh = source.adsh ?? adshFromId ?? '';
    const cik = source.ciks?.[0];
    if (!file || !cik || !/^\d{10}-\d{2}-\d{6}$/.test(adsh)) continue;
    const filer = filerName(source.display_names?.[0] ?? '');
    const url = `${DEFAULT_BASES.edgarArchives}/Archives/edgar/data/${Number(cik)}/${adsh.replace(/-/g, '')}/${file}`;
    if (out.some((candidate) => candidate.url === url)) continue;
    out.push({
      url,
      title: `${filer || 'SEC filing'}: ${source.form ?? '8-K'} exhibit ${source.file_type}${source.file_date ? `, filed ${source.file_date}` : ''}`,
      date: source.file_date,
      source: 'edgar',
      subject,
      hint: [filer, source.file_description ?? ''].join(' '),
    });
    if (out.length >= MAX_HITS) break;
  }
  return out;
}

export async function searchEdgar(ctx: LookupContext, subject: string, query: string, published?: string): Promise<Candidate[]> {
  const url = searchUrl(query, published);
  const reply = await fetchJson(ctx, 'edgar', url, EdgarReplySchema, 'search');
  return reply ? edgarCandidates(reply, subject) : [];
}
