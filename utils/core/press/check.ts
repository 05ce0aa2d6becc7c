// The article against the press release, claim by claim. Which claims state the same fact,
// and which disagree, is decided by the engine's own comparison (compareDocuments), so the
// popup and the report never judge the same pair two ways.
import { compareDocuments, type ComparableDocument, type Comparison } from '../compare';
import type { Claim } from '../report';
import { describeFigure } from './words';

export type ReleaseVerdict = 'matches' | 'differs' | 'absent';

export interface ReleaseCheck {
  /** Id of the article's claim. */
  claim: string;
  verdict: ReleaseVerdict;
  /** Id of the release's claim it was compared with, or null when absent. */
  releaseClaim: string | null;
  /** For the reader: "matches the press release (more than €1.2bn)". */
  text: string;
}

export interface ReleaseSide {
  claims: Claim[];
  text?: string;
  lang?: string;
  published?: string;
}

export type CompareFunction = (docs: ComparableDocument[]) => Comparison;

const ARTICLE = 'article:';
const RELEASE = 'release:';

// Both sides may come from separate runs whose ids collide ("d1.c1"): prefix them.
function side(prefix: string, input: ReleaseSide, id: string): ComparableDocument {
  return {
    id,
    lang: input.lang ?? 'en',
    published: input.published,
    text: input.text,
    claims: input.claims.map((claim) => ({ ...claim, id: prefix + claim.id })),
  };
}

/** Pairs (article claim id → release claim ids) that compareDocuments grouped or set against each other. */
export function pairWithRelease(article: ReleaseSide, release: ReleaseSide, compare: CompareFunction = compareDocuments) {
  const { duplicates, conflicts } = compare([side(ARTICLE, article, 'article'), side(RELEASE, release, 'release')]);
  const same = new Map<string, string[]>();
  const different = new Map<string, string[]>();
  const push = (map: Map<string, string[]>, a: string, b: string) => map.set(a, [...(map.get(a) ?? []), b]);
  for (const group of duplicates) {
    const fromRelease = group.filter((id) => id.startsWith(RELEASE)).map((id) => id.slice(RELEASE.length));
    for (const id of group) if (id.startsWith(ARTICLE)) for (const other of fromRelease) push(same, id.slice(ARTICLE.length), other);
  }
  for (const { a, b } of conflicts) {
    if (a.startsWith(ARTICLE) && b.startsWith(RELEASE)) push(different, a.slice(ARTICLE.length), b.slice(RELEASE.length));
    if (b.startsWith(ARTICLE) && a.startsWith(RELEASE)) push(different, b.slice(ARTICLE.length), a.slice(RELEASE.length));
  }
  // A conflict names one mention of each side; the article's other mentions of the same
  // statement (its duplicate group) differ from the release just as much.
  for (const group of duplicates) {
    const mentions = group.filter((id) => id.startsWith(ARTICLE)).map((id) => id.slice(ARTICLE.length));
    const known = mentions.map((id) => different.get(id)).find(Boolean);
    if (known) for (const id of mentions) if (!same.has(id) && !different.has(id)) different.set(id, known);
  }
  return { same, different };
}

/** One verdict per article claim, in the article's order. */
export function checkAgainstRelease(
  articleClaims: Claim[] | ReleaseSide,
  releaseClaims: Claim[] | ReleaseSide,
  compare: CompareFunction = compareDocuments,
): ReleaseCheck[] {
  const article = Array.isArray(articleClaims) ? { claims: articleClaims } : articleClaims;
  const release = Array.isArray(releaseClaims) ? { claims: releaseClaims } : releaseClaims;
  const byId = new Map(release.claims.map((claim) => [claim.id, claim]));
  const { same, different } = pairWithRelease(article, release, compare);
  return article.claims.map((claim) => {
    const matched = byId.get(same.get(claim.id)?.[0] ?? '');
    if (matched)
      return { claim: claim.id, verdict: 'matches', releaseClaim: matched.id, text: `matches the press release (${describeFigure(matched)})` };
    const other = byId.get(different.get(claim.id)?.[0] ?? '');
    if (other)
      return {
        claim: claim.id,
        verdict: 'differs',
        releaseClaim: other.id,
        text: `press release says ${describeFigure(other)}, article says ${describeFigure(claim)}`,
      };
    return { claim: claim.id, verdict: 'absent', releaseClaim: null, text: "not in the press release" };
  });
}
