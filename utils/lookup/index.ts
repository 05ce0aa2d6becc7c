// Press-release lookups over the network (issue 5): the article's own release links, the
// company newsroom feed, SEC EDGAR full-text search, GlobeNewswire's keyword feed and Wikidata.
// Runs in Node and in a service worker (no DOM). Only the sources in `deps.enabled` are
// contacted; every failure becomes a SourceProblem in the outcome, nothing is thrown.
import { lookupCompany, releasePages, type Company } from '../core/press/directory';
import { searchFigure } from '../core/press/search';
import { withoutLegalForm } from '../core/press/names';
import type { Claim, Report } from '../core/report';
import { memoryCache, type LookupCache } from './cache';
import type { Candidate, LookupContext } from './context';
import { sharedLimiters, type SourceLimiters } from './limits';
import { articleLinkCandidates } from './sources/article-links';
import { searchEdgar } from './sources/edgar';
import { newsroomCandidates } from './sources/newsroom';
import { searchNewswire } from './sources/newswire';
import { lookUpCompany, type CompanyIdentity } from './sources/wikidata';
import { oneCopyEach } from './dedupe';
import { previewScore } from './rank';
import { LOOKUP_SOURCES, type FoundRelease, type LookupOutcome, type LookupSourceId } from './schema';
import { readRelease, verifyRelease } from './verify';

export * from './schema';
export { memoryCache, type LookupCache } from './cache';
export { pressReleasesFromOutcome } from './report';

export interface LookupRequest {
  url: string;
  title: string;
  lang: string;
  /** YYYY-MM-DD */
  published?: string;
  /** The article text the claims' offsets refer to. */
  text: string;
  /** The page's report (one document), from utils/core. */
  report: Report;
}

export interface LookupDeps {
  fetch: typeof fetch;
  enabled: ReadonlySet<LookupSourceId>;
  /** Test builds point sources at 127.0.0.1 (see context.ts routeUrl for how paths map). */
  baseUrls?: Partial<Record<LookupSourceId, string>>;
  /** Sent where the platform allows it (Node, Firefox); EDGAR requires one naming the client. */
  userAgent?: string;
  /** Default: one in-memory cache per process / service worker (6 h for searches, 24 h for releases). */
  cache?: LookupCache;
  /** Clock of the default cache when no cache is given. */
  now?: () => number;
  signal?: AbortSignal;
  /** Optional additions: per-request timeout (default 8 s), reply cap (default 2 MB). */
  timeoutMs?: number;
  maxBytes?: number;
  /** Rate limiters shared across lookups (default: one set per process / service worker). */
  limiters?: SourceLimiters;
  /** Company directory lookup (default: the shipped directory); tests pass their own. */
  lookupCompany?: (name: string) => Company | null;
}

/** Releases read and compared with the article; the rest are listed unread. */
const FETCH_TOP = 3;
const MAX_RELEASES = 8;
/** Below this, a search hit is another story of the company (an old release, a supplier's). */
const MIN_PREVIEW = 0.5;
const MAX_SUBJECTS = 2;

const defaultCache = memoryCache();

function mainSubjects(claims: Claim[]): string[] {
  const counts = new Map<string, number>();
  for (const claim of claims) if (claim.subject) counts.set(claim.subject, (counts.get(claim.subject) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1]).slice(0, MAX_SUBJECTS).map(([subject]) => subject);
}

/** US filers only: known US companies or US listings; unknown companies are searched too. */
function mayFileWithSec(company: Company | null, identity: CompanyIdentity | null): boolean {
  if (company) return company.country === 'US' || (company.tickers ?? []).some((t) => /^(NYSE|NASDAQ):/.test(t));
  if (identity) return identity.usListed;
  return true;
}

/** The name and figure first; when no exhibit has both (the article rounded?), the name alone, once. */
async function edgarWithFallback(ctx: LookupContext, subject: string, name: string, figure: string | null, published?: string): Promise<Candidate[]> {
  if (!figure) return searchEdgar(ctx, subject, `"${name}"`, published);
  const problems = ctx.problems.length;
  const found = await searchEdgar(ctx, subject, `"${name}" "${figure}"`, published);
  if (found.length > 0 || ctx.problems.length > problems) return found;
  return searchEdgar(ctx, subject, `"${name}"`, published);
}

async function candidatesForSubject(ctx: LookupContext, req: LookupRequest, subject: string, claims: Claim[]): Promise<Candidate[]> {
  const on = (source: LookupSourceId) => ctx.enabled.has(source);
  const company = ctx.lookupCompany(subject);
  const identity = !company && on('wikidata') ? await lookUpCompany(ctx, subject, req.lang) : null;
  const name = withoutLegalForm(subject);
  const figure = searchFigure(subject, claims);
  const tasks: Array<Promise<Candidate[]>> = [];
  if (on('newsroom')) {
    const pages = company ? [...releasePages(company), company.site] : identity?.website ? [identity.website] : [];
    if (pages.length > 0) tasks.push(newsroomCandidates(ctx, subject, pages));
  }
  if (on('edgar') && mayFileWithSec(company, identity)) tasks.push(edgarWithFallback(ctx, subject, name, figure, req.published));
  if (on('newswire')) tasks.push(searchNewswire(ctx, subject, name));
  return (await Promise.all(tasks)).flat();
}

export async function lookUpPressReleases(req: LookupRequest, deps: LookupDeps): Promise<LookupOutcome> {
  const ctx: LookupContext = {
    fetch: deps.fetch,
    enabled: deps.enabled,
    baseUrls: deps.baseUrls ?? {},
    userAgent: deps.userAgent,
    // a caller's clock gets a cache of its own; the shared default runs on Date.now
    cache: deps.cache ?? (deps.now ? memoryCache(deps.now) : defaultCache),
    limiters: deps.limiters ?? sharedLimiters(),
    signal: deps.signal,
    timeoutMs: deps.timeoutMs,
    maxBytes: deps.maxBytes,
    lookupCompany: deps.lookupCompany ?? lookupCompany,
    problems: [],
    asked: new Set(),
  };
  const claims = req.report.documents[0]?.claims ?? [];
  // the extension's popup has only the report, not the article text (text ''): sentences do then
  const article = { claims, text: req.text || undefined, lang: req.lang, published: req.published };
  try {
    const candidates: Candidate[] = ctx.enabled.has('article-links') ? articleLinkCandidates(req) : [];
    const found = await Promise.all(mainSubjects(claims).map((subject) => candidatesForSubject(ctx, req, subject, claims)));
    const seen = new Set<string>();
    const ranked = [...candidates, ...oneCopyEach(found.flat())]
      .filter((candidate) => !seen.has(candidate.url) && seen.add(candidate.url))
      .map((candidate) => ({ candidate, preview: previewScore(candidate, claims, req.published, req.lang) }))
      .sort((a, b) => b.preview - a.preview);

    // the article's own links are read first (it says they are the release), then the best others
    const linked = ranked.filter((r) => r.candidate.source === 'article-links').slice(0, FETCH_TOP);
    const others = ranked.filter((r) => r.candidate.source !== 'article-links' && r.preview >= MIN_PREVIEW);
    const toRead = [...linked, ...others.slice(0, FETCH_TOP)];
    const verified = await Promise.all(
      toRead.map(async ({ candidate }) => {
        const read = await readRelease(ctx, candidate);
        return read ? verifyRelease(candidate, read, article, req.report.conflicts) : null;
      }),
    );
    const releases: FoundRelease[] = [];
    verified.forEach((result, i) => {
      const { candidate } = toRead[i]!;
      // a search hit that turns out to be another story of the company is dropped
      if (result && (result.matches || candidate.source === 'article-links')) releases.push(result.release);
      // could not be read (the problem says why): still worth a click
      else if (!result) releases.push(unread(candidate, toRead[i]!.preview));
    });
    for (const { candidate, preview } of others.slice(FETCH_TOP)) releases.push(unread(candidate, preview));
    // the article's linked copy, once read, stands for the same release found elsewhere
    const listed = oneCopyEach(releases).sort((a, b) => b.score - a.score);
    return { releases: listed.slice(0, MAX_RELEASES), problems: ctx.problems, asked: LOOKUP_SOURCES.filter((s) => ctx.asked.has(s)) };
  } catch (error) {
    // a bug of ours must not reach the reader as an exception either
    ctx.problems.push({ source: [...ctx.asked][0] ?? 'article-links', kind: 'malformed', detail: `The lookup stopped on an unexpected error (${(error as Error)?.message ?? error}).` });
    return { releases: [], problems: ctx.problems, asked: LOOKUP_SOURCES.filter((s) => ctx.asked.has(s)) };
  }
}

function unread(candidate: Candidate, preview: number): FoundRelease {
  return {
    url: candidate.url,
    title: candidate.title || candidate.url,
    ...(candidate.date ? { date: candidate.date } : {}),
    source: candidate.source,
    subject: candidate.subject,
    score: Math.round(preview * 0.8 * 1000) / 1000,
    checks: [],
    fetched: false,
  };
}
