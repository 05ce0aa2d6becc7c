// A new article's statements against remembered ones. The memory picks the candidates (same
// company, metric, status and place, published close enough to be the same announcement);
// the engine's comparison decides, within that small set, what repeats and what conflicts.
import { compareDocuments, type ComparableDocument, type Comparison } from '../core/compare';
import type { Claim } from '../core/report';
import { claimKey, daysApart, placesAgree } from './keys';
import { articleDay } from './record';
import type { ArticleInput, ArticleSummary, StoredClaim } from './schema';
import type { RelatedStatement } from './store';

export const DEFAULT_WINDOW_DAYS = 30;

export interface MatchOptions {
  /** Articles whose days lie further apart are taken for different announcements. */
  windowDays?: number;
  /** The engine's comparison; replaceable so this layer can be tested on its own. */
  compare?: (docs: ComparableDocument[]) => Comparison;
}

export interface SeenElsewhere {
  article: ArticleSummary;
  claim: StoredClaim;
}

export interface ConflictElsewhere extends SeenElsewhere {
  reason: string;
}

/** What the memory says about one claim of the new article (only claims with something to say). */
export interface ClaimMemory {
  claimId: string;
  alsoReportedBy: SeenElsewhere[];
  conflictsWith: ConflictElsewhere[];
}

export type NewArticle = Pick<ArticleInput, 'url' | 'lang' | 'published' | 'analysedAt' | 'claims'>;

/** Could these two claims be about the same announcement? Unknown or wider places do not disagree. */
export function sameStatement(claim: StoredClaim, claimDay: string, other: RelatedStatement, windowDays: number): boolean {
  const key = claimKey(claim);
  if (!key || key !== claimKey(other.claim) || claim.status !== other.claim.status) return false;
  if (!placesAgree(claim.location, other.claim.location)) return false;
  return daysApart(claimDay, articleDay(other.article)) <= windowDays;
}

function asClaim(claim: StoredClaim, docId: string): Claim {
  const { figure: _figure, ...fields } = claim;
  return { ...fields, id: `${docId}.${claim.id}`, reasons: [] };
}

/** Matches against statements already fetched from the store (pure: no IndexedDB here). */
export function matchStatements(article: NewArticle, related: RelatedStatement[], options: MatchOptions = {}): ClaimMemory[] {
  const windowDays = options.windowDays ?? DEFAULT_WINDOW_DAYS;
  const compare = options.compare ?? compareDocuments;
  const day = articleDay(article);
  const others = related.filter((statement) => statement.article.url !== article.url);

  // candidate pairs, by comparison id: "new.c1" → {"a3.c2", …}
  const pairs = new Map<string, Set<string>>();
  const byId = new Map<string, RelatedStatement>();
  const docs = new Map<string, { article: ArticleSummary; claims: StoredClaim[] }>();
  const docIdOf = new Map<string, string>();
  for (const claim of article.claims) {
    for (const other of others) {
      if (!sameStatement(claim, day, other, windowDays)) continue;
      let docId = docIdOf.get(other.article.id);
      if (!docId) {
        docId = `a${docIdOf.size + 1}`;
        docIdOf.set(other.article.id, docId);
        docs.set(docId, { article: other.article, claims: [] });
      }
      const otherId = `${docId}.${other.claim.id}`;
      if (!byId.has(otherId)) {
        byId.set(otherId, other);
        docs.get(docId)!.claims.push(other.claim);
      }
      const set = pairs.get(`new.${claim.id}`) ?? new Set<string>();
      set.add(otherId);
      pairs.set(`new.${claim.id}`, set);
    }
  }
  if (pairs.size === 0) return [];

  const newClaims = article.claims.filter((claim) => pairs.has(`new.${claim.id}`));
  const comparison = compare([
    { id: 'new', lang: article.lang, published: article.published ?? undefined, claims: newClaims.map((c) => asClaim(c, 'new')) },
    ...[...docs].map(([id, doc]) => ({ id, lang: doc.article.lang, published: doc.article.published ?? undefined, claims: doc.claims.map((c) => asClaim(c, id)) })),
  ]);

  const results = new Map<string, ClaimMemory>();
  const entry = (newId: string) => {
    const claimId = newId.slice('new.'.length);
    const found = results.get(claimId) ?? { claimId, alsoReportedBy: [], conflictsWith: [] };
    results.set(claimId, found);
    return found;
  };
  const candidate = (a: string, b: string) => pairs.get(a)?.has(b) ?? false;

  for (const group of comparison.duplicates)
    for (const a of group)
      for (const b of group)
        if (candidate(a, b)) entry(a).alsoReportedBy.push(byId.get(b)!);
  for (const { a, b, reason } of comparison.conflicts) {
    const [mine, theirs] = candidate(a, b) ? [a, b] : [b, a];
    if (candidate(mine, theirs)) entry(mine).conflictsWith.push({ ...byId.get(theirs)!, reason });
  }
  return article.claims.map((claim) => results.get(claim.id)).filter((found): found is ClaimMemory => !!found);
}

/** Fetches the related statements of the article's claims and matches them. */
export async function matchArticle(
  memory: { findRelated(keys: string[], day: string, withinDays: number): Promise<RelatedStatement[]> },
  article: NewArticle,
  options: MatchOptions = {},
): Promise<ClaimMemory[]> {
  const keys = [...new Set(article.claims.map(claimKey).filter((key): key is string => !!key))];
  if (keys.length === 0) return [];
  const related = await memory.findRelated(keys, articleDay(article), options.windowDays ?? DEFAULT_WINDOW_DAYS);
  return matchStatements(article, related, options);
}

const QUOTE_LIMIT = 200;

function dateOf(article: ArticleSummary): string {
  return article.published ?? `read ${articleDay(article)}`;
}

function quote(sentence: string): string {
  const flat = sentence.replace(/\s+/g, ' ').trim();
  return flat.length > QUOTE_LIMIT ? `${flat.slice(0, QUOTE_LIMIT - 1)}…` : flat;
}

/** "also reported by Reuters on 2026-11-20" */
export function describeDuplicate(seen: SeenElsewhere): string {
  return `also reported by ${seen.article.outlet} on ${dateOf(seen.article)}`;
}

/** "conflicts with Reuters, 2026-11-20: 'Amazon will hire more than 3,000 people…'" (link: seen.article.url) */
export function describeConflict(seen: ConflictElsewhere): string {
  return `conflicts with ${seen.article.outlet}, ${dateOf(seen.article)}: '${quote(seen.claim.sentence)}'`;
}
