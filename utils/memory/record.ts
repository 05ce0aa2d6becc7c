// From the engine's report to a record, and from a record to what IndexedDB indexes.
import type { DocumentReport } from '../core/report';
import { claimKey, companyKey, datedClaimKey, dayOf, normaliseUrl, outletFromUrl, toDay } from './keys';
import type { ArticleInput, ArticleRecord, StoredClaim } from './schema';

/** What the page knows about the article beside the engine's report of it. */
export interface PageFacts {
  url: string;
  title: string;
  /** Site name from og:site_name / JSON-LD publisher; the host is used when absent. */
  outlet?: string | null;
  /** Publication date or date-time as found in the metadata; anything unreadable becomes null. */
  published?: string | null;
  /** The article text the report's offsets count in. */
  text: string;
  analysedAt?: number;
}

export function articleFromReport(doc: DocumentReport, page: PageFacts): ArticleInput {
  const claims: StoredClaim[] = doc.claims.map(({ reasons: _reasons, ...claim }, i) => ({
    ...claim,
    id: `c${i + 1}`,
    figure: page.text.slice(claim.start, claim.end),
  }));
  return {
    url: normaliseUrl(page.url),
    title: page.title.trim(),
    outlet: page.outlet?.trim() || outletFromUrl(page.url),
    published: toDay(page.published),
    lang: doc.lang,
    analysedAt: page.analysedAt ?? Date.now(),
    claims,
  };
}

/** The day an article counts for when matching: its publication date, else the day it was read. */
export function articleDay(article: Pick<ArticleRecord, 'published' | 'analysedAt'>): string {
  return article.published ?? dayOf(article.analysedAt);
}

/**
 * The record as written to IndexedDB (schema version 2): the parsed fields plus two derived
 * arrays that exist only to be indexed. They are recomputed on every write and dropped on read.
 */
export interface StoredArticle extends ArticleRecord {
  /** "company|metric|YYYY-MM-DD" per claim with a company: finds related statements by range. */
  claimDays: string[];
  /** Company keys of the claims: search by company (history page). */
  companies: string[];
}

export function toStored(record: ArticleRecord): StoredArticle {
  const day = articleDay(record);
  const claimDays = new Set<string>();
  const companies = new Set<string>();
  for (const claim of record.claims) {
    const key = claimKey(claim);
    const company = companyKey(claim.subject);
    if (key) claimDays.add(datedClaimKey(key, day));
    if (company) companies.add(company);
  }
  return { ...record, claimDays: [...claimDays], companies: [...companies] };
}
