// Does a news story report this press release? Evidence: the same company, figures that the
// engine's comparison pairs (agreeing or not: an article that gets a figure wrong still
// reports the release), and the same place. Candidates are ranked on that plus date nearness.
import type { Claim } from '../report';
import { compareDocuments } from '../compare';
import { pairWithRelease, type CompareFunction, type ReleaseSide } from './check';
import { lookupCompany } from './directory';
import { coreWords, nameWords } from './names';

export interface ReleaseMatch {
  /** 0…1: 0.35 for the company, up to 0.45 for paired figures, up to 0.2 for the place. */
  score: number;
  subject: boolean;
  /** Article claims the comparison paired with a release claim. */
  pairedClaims: number;
  place: boolean;
  matches: boolean;
}

const MATCH_THRESHOLD = 0.5;

/** Two names of one company: "Helvio" and "Helvio Batteries SA"; "AWS" and "Amazon Web Services". */
export function sameCompanyName(a: string, b: string): boolean {
  const [wa, wb] = [coreWords(a), coreWords(b)];
  if (wa.length === 0 || wb.length === 0) return false;
  const [short, long] = wa.length <= wb.length ? [wa, wb] : [wb, wa];
  if (short.every((word, i) => long[i] === word) && short[0]!.length >= 3) return true;
  const [ca, cb] = [lookupCompany(a), lookupCompany(b)];
  return ca !== null && ca.id === cb?.id;
}

function placeWords(place: string | null): string[][] {
  return (place ?? '').split(',').map((part) => nameWords(part)).filter((words) => words.length > 0);
}

/** 1 when the first named places agree ("Dunkirk" in "Dunkirk, France"), 0.5 for a shared region or country. */
function placeOverlap(article: Claim[], release: Claim[]): number {
  const key = (words: string[]) => words.join(' ');
  const articleFirst = new Set(article.map((claim) => placeWords(claim.location)[0]).filter(Boolean).map((w) => key(w!)));
  const articleAll = new Set(article.flatMap((claim) => placeWords(claim.location).map(key)));
  let best = 0;
  for (const claim of release) {
    const parts = placeWords(claim.location).map(key);
    if (parts[0] && articleFirst.has(parts[0])) return 1;
    if (parts.some((part) => articleAll.has(part))) best = 0.5;
  }
  return best;
}

/** True when the text names the company: its distinctive first word ("Kestrel"), as a whole word. */
function textNames(text: string, name: string): boolean {
  const first = coreWords(name)[0];
  if (!first || first.length < 4) return false;
  return nameWords(text).includes(first);
}

function subjects(claims: Claim[]): string[] {
  return [...new Set(claims.map((claim) => claim.subject).filter((s): s is string => Boolean(s)))];
}

export function matchesRelease(
  articleClaims: Claim[] | ReleaseSide,
  releaseClaims: Claim[] | ReleaseSide,
  compare: CompareFunction = compareDocuments,
): ReleaseMatch {
  const article = Array.isArray(articleClaims) ? { claims: articleClaims } : articleClaims;
  const release = Array.isArray(releaseClaims) ? { claims: releaseClaims } : releaseClaims;
  const releaseSubjects = subjects(release.claims);
  // claims whose subject the extraction missed still sit in a story that names the company
  const subject =
    subjects(article.claims).some((a) => releaseSubjects.some((b) => sameCompanyName(a, b))) ||
    (article.text !== undefined && releaseSubjects.some((name) => textNames(article.text!, name)));
  const { same, different } = pairWithRelease(article, release, compare);
  const pairedClaims = article.claims.filter((claim) => same.has(claim.id) || different.has(claim.id)).length;
  const possible = Math.min(article.claims.length, release.claims.length);
  const figures = possible === 0 ? 0 : Math.min(1, pairedClaims / possible);
  const placeScore = placeOverlap(article.claims, release.claims);
  const score = 0.35 * (subject ? 1 : 0) + 0.45 * figures + 0.2 * placeScore;
  return { score, subject, pairedClaims, place: placeScore > 0, matches: subject && score >= MATCH_THRESHOLD };
}

export interface ReleaseCandidate extends ReleaseSide {
  /** Anything that identifies the candidate for the caller: its URL, usually. */
  id: string;
}

export interface RankedRelease {
  id: string;
  match: ReleaseMatch;
  /** The match score, nudged by how close the release's date is to the article's. */
  rank: number;
}

function daysBetween(a: string, b: string): number | null {
  const [ta, tb] = [Date.parse(a), Date.parse(b)];
  return Number.isNaN(ta) || Number.isNaN(tb) ? null : Math.abs(ta - tb) / 86_400_000;
}

/** Candidates that match, best first: a release from the days before the article beats an old one. */
export function rankReleases(article: Claim[] | ReleaseSide, candidates: ReleaseCandidate[], compare: CompareFunction = compareDocuments): RankedRelease[] {
  const articleSide = Array.isArray(article) ? { claims: article } : article;
  return candidates
    .map((candidate) => {
      const match = matchesRelease(articleSide, candidate, compare);
      const days = articleSide.published && candidate.published ? daysBetween(articleSide.published, candidate.published) : null;
      const nearness = days === null ? 0.5 : Math.max(0, 1 - days / 30);
      return { id: candidate.id, match, rank: 0.85 * match.score + 0.15 * nearness };
    })
    .filter((ranked) => ranked.match.matches)
    .sort((a, b) => b.rank - a.rank);
}
