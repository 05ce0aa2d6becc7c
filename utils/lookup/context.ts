// What every source needs for one lookup: where to send requests (real hosts, or a local test
// server when deps.baseUrls says so), the HTTP helpers with this source's limiter, and a place
// to note problems.
import type * as z from 'zod/mini';
import type { Company } from '../core/press/directory';
import type { LookupCache } from './cache';
import { getJson, getText, type GetOptions, type HttpContext } from './http';
import type { SourceLimiters } from './limits';
import { problem } from './problems';
import type { LookupSourceId, SourceProblem } from './schema';

/** Sources whose API lives on fixed hosts; the others (newsroom, article links) go anywhere. */
export const DEFAULT_BASES = {
  edgarSearch: 'https://efts.sec.gov',
  edgarArchives: 'https://www.sec.gov',
  newswire: 'https://www.globenewswire.com',
  wikidata: 'https://www.wikidata.org',
} as const;

/** A found release before it is fetched. */
export interface Candidate {
  url: string;
  title: string;
  date?: string;
  source: LookupSourceId;
  subject: string | null;
  /** Words the source gives besides the title (feed summary, filer name), for ranking. */
  hint: string;
}

export interface LookupContext {
  fetch: typeof fetch;
  enabled: ReadonlySet<LookupSourceId>;
  baseUrls: Partial<Record<LookupSourceId, string>>;
  userAgent?: string;
  cache: LookupCache;
  limiters: SourceLimiters;
  signal?: AbortSignal;
  timeoutMs?: number;
  maxBytes?: number;
  lookupCompany: (name: string) => Company | null;
  problems: SourceProblem[];
  /** Sources a request was sent to (or answered from the cache) during this lookup. */
  asked: Set<LookupSourceId>;
}

/**
 * The address actually requested for `url`. With a base URL for the source (test builds),
 * fixed-host sources keep their path ("https://efts.sec.gov/LATEST/…" → "BASE/LATEST/…") and
 * any-host sources keep host and path ("https://news.x.com/a" → "BASE/news.x.com/a").
 */
export function routeUrl(ctx: Pick<LookupContext, 'baseUrls'>, source: LookupSourceId, url: string): string {
  const base = ctx.baseUrls[source]?.replace(/\/+$/, '');
  if (!base) return url;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return url;
  }
  if (url.startsWith(`${base}/`)) return url; // already routed
  const rest = `${parsed.pathname}${parsed.search}`;
  return source === 'newsroom' || source === 'article-links' ? `${base}/${parsed.host}${rest}` : `${base}${rest}`;
}

/** The real address behind a routed one, so readers are shown https://…, not the test server. */
export function unrouteUrl(ctx: Pick<LookupContext, 'baseUrls'>, source: LookupSourceId, url: string, fallbackOrigin: string): string {
  const base = ctx.baseUrls[source]?.replace(/\/+$/, '');
  if (!base || !url.startsWith(`${base}/`)) return url;
  const rest = url.slice(base.length);
  if (source === 'newsroom' || source === 'article-links') return `https:/${rest}`;
  return `${fallbackOrigin}${rest}`;
}

function http(ctx: LookupContext, source: LookupSourceId): HttpContext {
  return {
    fetch: ctx.fetch,
    limiter: ctx.limiters[source],
    cache: ctx.cache,
    userAgent: ctx.userAgent,
    signal: ctx.signal,
    timeoutMs: ctx.timeoutMs,
    maxBytes: ctx.maxBytes,
  };
}

/** GET text for `source`; on failure the problem is noted and null returned. */
export async function fetchText(ctx: LookupContext, source: LookupSourceId, url: string, options: GetOptions = {}) {
  ctx.asked.add(source);
  const reply = await getText(source, routeUrl(ctx, source, url), http(ctx, source), options);
  if (reply.ok) return reply;
  ctx.problems.push(reply.problem);
  return null;
}

/** GET JSON for `source` read by `schema`; on failure (`what` names the reply when it does not
 *  fit the schema) the problem is noted and undefined returned. */
export async function fetchJson<T>(ctx: LookupContext, source: LookupSourceId, url: string, schema: z.ZodMiniType<T>, what: string): Promise<T | undefined> {
  ctx.asked.add(source);
  const reply = await getJson(source, routeUrl(ctx, source, url), http(ctx, source));
  if (!reply.ok) {
    ctx.problems.push(reply.problem);
    return undefined;
  }
  const parsed = schema.safeParse(reply.value);
  if (parsed.success) return parsed.data;
  ctx.problems.push(problem(source, 'malformed', `unexpected ${what} reply`, url));
  return undefined;
}
