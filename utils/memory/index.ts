// Memory across articles: what this browser has analysed before, and what a new article's
// statements repeat or contradict. Meant for the background (one connection per context);
// nothing here touches the page or sends anything anywhere.
//
//   const memory = await MemoryStore.open();
//   const article = articleFromReport(reportDoc, { url, title, outlet, published, text });
//   const matches = await matchArticle(memory, article);      // before or after saving
//   const saved = await rememberArticle(memory, article);     // never throws; saved.evicted > 0 → tell the reader
export { MemoryStore, DEFAULT_RETENTION_DAYS, type Page, type PageCursor, type RelatedStatement, type StorageUse } from './store';
export { openMemoryDb, CURRENT_VERSION, DB_NAME, type OpenOptions } from './db';
export { rememberArticle, isQuotaError, type RememberOutcome, type WritableMemory } from './quota';
export {
  matchArticle,
  matchStatements,
  sameStatement,
  describeConflict,
  describeDuplicate,
  DEFAULT_WINDOW_DAYS,
  type ClaimMemory,
  type ConflictElsewhere,
  type MatchOptions,
  type NewArticle,
  type SeenElsewhere,
} from './match';
export { groupAnnouncements, type Announcement } from './history';
export { articleFromReport, articleDay, type PageFacts } from './record';
export { exportJson, exportJsonText, exportCsv, type MemoryExport, type ExportedDocument } from './export';
export { checkImport, importMemory, type ImportCheck, type ImportProblem, type ImportResult } from './import';
export { claimKey, companyKey, normaliseUrl, outletFromUrl, toDay } from './keys';
export { ArticleRecordSchema, StoredClaimSchema, readArticle, type ArticleInput, type ArticleRecord, type ArticleSummary, type StoredClaim } from './schema';
