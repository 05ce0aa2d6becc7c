// The memory written out: JSON in the claim report format (each document also carries its
// url, title, outlet, published and analysedAt), and CSV with one row per claim.
import type { DocumentReport, Report } from '../core/report';
import type { ArticleRecord, StoredClaim } from './schema';

export interface ExportedDocument extends Omit<DocumentReport, 'claims'> {
  claims: (DocumentReport['claims'][number] & { figure: string })[];
  url: string;
  title: string;
  outlet: string;
  published: string | null;
  analysedAt: number;
}

export interface MemoryExport extends Omit<Report, 'documents'> {
  version: 1;
  documents: ExportedDocument[];
}

export function exportJson(records: ArticleRecord[]): MemoryExport {
  return {
    version: 1,
    documents: records.map((record, i) => {
      const id = `d${i + 1}`;
      return {
        id,
        source: record.url,
        lang: record.lang,
        // `reasons` is empty: the rule trace is not remembered, the field keeps the shape whole.
        claims: record.claims.map((claim) => ({ ...claim, id: `${id}.${claim.id}`, reasons: [] })),
        entities: [],
        url: record.url,
        title: record.title,
        outlet: record.outlet,
        published: record.published,
        analysedAt: record.analysedAt,
      };
    }),
    // Groups and conflicts are recomputed on arrival from the claims; they are not stored.
    duplicates: [],
    conflicts: [],
    press_releases: [],
  };
}

export function exportJsonText(records: ArticleRecord[]): string {
  return `${JSON.stringify(exportJson(records), null, 2)}\n`;
}

type Cell = string | number | null;

const COLUMNS: [string, (record: ArticleRecord, claim: StoredClaim | null) => Cell][] = [
  ['url', (r) => r.url],
  ['title', (r) => r.title],
  ['outlet', (r) => r.outlet],
  ['published', (r) => r.published],
  ['lang', (r) => r.lang],
  ['analysed_at', (r) => new Date(r.analysedAt).toISOString()],
  ['claim_id', (_, c) => c?.id ?? null],
  ['metric', (_, c) => c?.metric ?? null],
  ['subject', (_, c) => c?.subject ?? null],
  ['amount', (_, c) => c?.amount ?? null],
  ['amount_max', (_, c) => c?.amount_max ?? null],
  ['currency', (_, c) => c?.currency ?? null],
  ['qualifier', (_, c) => c?.qualifier ?? null],
  ['location', (_, c) => c?.location ?? null],
  ['period', (_, c) => c?.period ?? null],
  ['status', (_, c) => c?.status ?? null],
  ['alt_amount', (_, c) => c?.alt?.amount ?? null],
  ['alt_currency', (_, c) => c?.alt?.currency ?? null],
  ['start', (_, c) => c?.start ?? null],
  ['end', (_, c) => c?.end ?? null],
  ['figure', (_, c) => c?.figure ?? null],
  ['sentence', (_, c) => c?.sentence ?? null],
];

/**
 * RFC 4180 quoting. Text that a spreadsheet would run as a formula (titles and sentences come
 * from web pages) gets a leading apostrophe; numbers are written as numbers.
 */
export function csvCell(value: Cell): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** One row per claim; an article without claims still gets one row, with empty claim cells. */
export function exportCsv(records: ArticleRecord[]): string {
  const rows = [COLUMNS.map(([name]) => name).join(',')];
  for (const record of records) {
    const claims = record.claims.length ? record.claims : [null];
    for (const claim of claims) rows.push(COLUMNS.map(([, cell]) => csvCell(cell(record, claim))).join(','));
  }
  return `${rows.join('\r\n')}\r\n`;
}
