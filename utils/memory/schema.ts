// The stored article record: one analysed article and its claims, slimmed for storage.
// Every value read from IndexedDB goes through `readArticle`: a record written by a broken
// or older build is skipped and counted, never handed to the caller half-formed.
import * as z from 'zod/mini';
import { ClaimSchema } from '../core/report';
import { isDay } from './keys';

/** Only web pages: the history page renders these as links, so no javascript: or data: URLs. */
export const WebUrlSchema = z.url({ protocol: /^https?$/, error: 'expected an http(s) URL' });

export const DaySchema = z.string().check(z.refine(isDay, 'expected a calendar date YYYY-MM-DD'));

/**
 * A claim as remembered: the report's Claim without the rule trace (`reasons`), plus the
 * figure as written, so a later page can quote it without the original text. The id is
 * local to the article ("c1", "c2", …).
 */
export const StoredClaimSchema = z.extend(z.omit(ClaimSchema, { reasons: true }), {
  figure: z.string(),
});

export const ArticleRecordSchema = z.object({
  id: z.string().check(z.minLength(1)),
  /** Normalised (no fragment, no tracking parameters); unique in the store. */
  url: WebUrlSchema,
  title: z.string(),
  /** Site name from the page's metadata, else the host without "www.". */
  outlet: z.string(),
  published: z.nullable(DaySchema),
  lang: z.string().check(z.minLength(1)),
  /** When this browser analysed the article, epoch milliseconds. */
  analysedAt: z.int().check(z.nonnegative()),
  claims: z.array(StoredClaimSchema),
});

export type StoredClaim = z.infer<typeof StoredClaimSchema>;
export type ArticleRecord = z.infer<typeof ArticleRecordSchema>;

/** What a caller hands to the store: the record without its id (the store assigns ids). */
export type ArticleInput = Omit<ArticleRecord, 'id'>;

/** The short description of an article shown beside a duplicate or a conflict. */
export type ArticleSummary = Pick<ArticleRecord, 'id' | 'url' | 'title' | 'outlet' | 'published' | 'lang' | 'analysedAt'>;

export function summarise(record: ArticleRecord): ArticleSummary {
  const { id, url, title, outlet, published, lang, analysedAt } = record;
  return { id, url, title, outlet, published, lang, analysedAt };
}

/** Parses one raw stored value; null for anything malformed (unknown extra fields are dropped). */
export function readArticle(raw: unknown): ArticleRecord | null {
  const parsed = ArticleRecordSchema.safeParse(raw);
  return parsed.success ? parsed.data : null;
}

/** Parses many raw values, keeping the good ones and counting the rest. */
export function readArticles(raws: unknown[]): { records: ArticleRecord[]; skipped: number } {
  const records: ArticleRecord[] = [];
  for (const raw of raws) {
    const record = readArticle(raw);
    if (record) records.push(record);
  }
  return { records, skipped: raws.length - records.length };
}
