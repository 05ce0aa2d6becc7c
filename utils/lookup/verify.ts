// Reading a candidate release and checking the article against it, claim by claim, with the
// core's comparison (utils/core/press/check.ts): the same verdicts the offline path gives.
import { analyze } from '../core';
import { checkAgainstRelease, type ReleaseSide } from '../core/press/check';
import { matchesRelease, sameCompanyName } from '../core/press/match';
import { describeFigure } from '../core/press/words';
import type { Claim, Conflict } from '../core/report';
import { fetchText, type Candidate, type LookupContext } from './context';
import { readPage } from './pages';
import { problem } from './problems';
import { dateNearness } from './rank';
import type { FoundRelease, ReleaseCheck } from './schema';

/** A release does not change once out: keep its page a day. */
const RELEASE_TTL_MS = 24 * 60 * 60 * 1000;

/** Shorter than this, a page holds no release text (a cookie wall, a redirect stub). */
const MIN_TEXT = 80;
/** A release says what it has to say early; a longer page is cut here before the engine reads it. */
const MAX_TEXT = 60_000;

/** SEC exhibits are titled "EX-99.1" and start with "Exhibit 99.1": not a headline. */
function usefulTitle(title: string): boolean {
  return title.trim().length > 0 && !/^(ex-?\s*\d|exhibit\b)/i.test(title.trim());
}

export interface ReadRelease {
  title: string;
  date?: string;
  side: ReleaseSide;
}

/** The release's text and claims, or null when it could not be fetched or holds no text. */
export async function readRelease(ctx: LookupContext, candidate: Candidate): Promise<ReadRelease | null> {
  const reply = await fetchText(ctx, candidate.source, candidate.url, { accept: 'text/html, text/plain;q=0.8, */*;q=0.5', ttlMs: RELEASE_TTL_MS });
  if (!reply) return null;
  // a PDF or an image would come out as noise: say what it is instead of reading it
  if (reply.contentType && !/^(text\/|application\/(xhtml|xml|[\w.+-]*\+xml))/i.test(reply.contentType)) {
    ctx.problems.push(problem(candidate.source, 'malformed', `not a web page but ${reply.contentType.split(';')[0]}`, reply.url));
    return null;
  }
  const plain = /^text\/plain/i.test(reply.contentType);
  const page = plain ? { title: '', date: undefined, text: reply.text, lang: undefined } : readPage(reply.text, candidate.url);
  if (page.text.length < MIN_TEXT) {
    ctx.problems.push(problem(candidate.source, 'malformed', 'no release text on the page', reply.url));
    return null;
  }
  page.text = page.text.slice(0, MAX_TEXT);
  const date = candidate.date ?? page.date;
  const title = usefulTitle(page.title) ? page.title : (page.text.split('\n').find((line) => usefulTitle(line) && line.length >= 20 && line.length <= 200) ?? '');
  const claims = analyze([{ source: candidate.url, text: page.text, lang: page.lang, published: date }]).documents[0]?.claims ?? [];
  return { title: title || candidate.title, date, side: { claims, text: page.text, lang: page.lang, published: date } };
}

export interface Verified {
  release: FoundRelease;
  /** The core matcher's verdict: same company and enough shared figures. */
  matches: boolean;
}

type CoreCheck = ReturnType<typeof checkAgainstRelease>[number];

/**
 * The comparison reports one conflict per pair of statements: when the article contradicts
 * itself (2,500 jobs here, 1,500 there) and the release says 1,500, the 2,500 is left without
 * a release partner. It differs from the release just as much: say so.
 */
function withArticleConflicts(checks: CoreCheck[], conflicts: Conflict[], articleClaims: Claim[], release: Map<string, Claim>): CoreCheck[] {
  const byClaim = new Map(checks.map((check) => [check.claim, check]));
  const claims = new Map(articleClaims.map((claim) => [claim.id, claim]));
  return checks.map((check) => {
    if (check.verdict !== 'absent') return check;
    for (const { a, b } of conflicts) {
      if (a === b || (a !== check.claim && b !== check.claim)) continue;
      const other = byClaim.get(a === check.claim ? b : a);
      const said = other?.verdict === 'matches' && other.releaseClaim ? release.get(other.releaseClaim) : undefined;
      const claim = claims.get(check.claim);
      if (said && claim)
        return { ...check, verdict: 'differs', releaseClaim: said.id, text: `press release says ${describeFigure(said)}, article says ${describeFigure(claim)}` };
    }
    return check;
  });
}

/** The company the release is about, as the article names it. */
function releaseSubject(candidate: Candidate, release: Claim[], article: Claim[]): string | null {
  if (candidate.subject) return candidate.subject;
  const names = [...new Set(article.map((claim) => claim.subject).filter((s): s is string => Boolean(s)))];
  return names.find((name) => release.some((claim) => claim.subject && sameCompanyName(claim.subject, name))) ?? null;
}

export function verifyRelease(candidate: Candidate, read: ReadRelease, article: ReleaseSide, conflicts: Conflict[] = []): Verified {
  const match = matchesRelease(article, read.side);
  const byId = new Map(read.side.claims.map((claim) => [claim.id, claim]));
  const core = withArticleConflicts(checkAgainstRelease(article, read.side), conflicts, article.claims, byId);
  const checks: ReleaseCheck[] = core.map((check) => {
    const quote = check.releaseClaim ? byId.get(check.releaseClaim)?.sentence : undefined;
    return quote ? { claimId: check.claim, verdict: check.verdict, summary: check.text, releaseQuote: quote } : { claimId: check.claim, verdict: check.verdict, summary: check.text };
  });
  const score = 0.85 * match.score + 0.15 * dateNearness(article.published, read.date);
  return {
    matches: match.matches,
    release: {
      url: candidate.url,
      title: read.title || candidate.title,
      ...(read.date ? { date: read.date } : {}),
      source: candidate.source,
      subject: releaseSubject(candidate, read.side.claims, article.claims),
      score: Math.round(score * 1000) / 1000,
      checks,
      fetched: true,
    },
  };
}
