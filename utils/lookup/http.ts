// One GET to a source: routed to a test server when asked, rate-limited, cached, size-capped
// and timed out. Each failure comes back as a SourceProblem; nothing is retried.
import type { LookupCache } from './cache';
import type { Limiter } from './limits';
import { problem } from './problems';
import type { LookupSourceId, SourceProblem } from './schema';

export const MAX_REPLY_BYTES = 2 * 1024 * 1024;
export const DEFAULT_TIMEOUT_MS = 8000;
export const CACHE_TTL_MS = 6 * 60 * 60 * 1000;
/** Bigger replies are not cached: the extension keeps its cache in storage, whose quota is small. */
export const MAX_CACHED_CHARS = 256 * 1024;
/** How long a source that answered 429 is left alone, unless it says (Retry-After, capped). */
const DEFAULT_PAUSE_MS = 60_000;
const MAX_PAUSE_MS = 10 * 60_000;

export interface HttpContext {
  fetch: typeof fetch;
  limiter: Limiter;
  cache: LookupCache;
  userAgent?: string;
  signal?: AbortSignal;
  timeoutMs?: number;
  maxBytes?: number;
}

export type Reply = { ok: true; text: string; url: string; contentType: string } | { ok: false; problem: SourceProblem };

interface CachedReply {
  text: string;
  url: string;
  contentType: string;
}

function errorCode(error: unknown): string {
  const cause = (error as { cause?: { code?: string } })?.cause;
  return cause?.code ?? (error as { code?: string })?.code ?? '';
}

/** The charset a reply declares ("text/html; charset=ISO-8859-1"), when the platform knows it; else UTF-8. */
function decoderFor(contentType: string): TextDecoder {
  const charset = /charset="?([\w-]+)/i.exec(contentType)?.[1];
  try {
    return new TextDecoder(charset ?? 'utf-8');
  } catch {
    return new TextDecoder('utf-8');
  }
}

async function readCapped(response: Response, maxBytes: number): Promise<string | null> {
  const declared = Number(response.headers.get('content-length') ?? '');
  if (declared > maxBytes) {
    await response.body?.cancel().catch(() => undefined);
    return null;
  }
  if (!response.body) return '';
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    // a server may leave out Content-Length or lie about it: count what arrives
    if (size > maxBytes) {
      await reader.cancel().catch(() => undefined);
      return null;
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  return decoderFor(response.headers.get('content-type') ?? '').decode(bytes);
}

/** Retry-After in seconds (the HTTP-date form is rare on APIs and read as the default). */
function pauseFrom(retryAfter: string | null): number {
  const seconds = Number(retryAfter);
  return retryAfter && Number.isFinite(seconds) && seconds >= 0 ? Math.min(seconds * 1000, MAX_PAUSE_MS) : DEFAULT_PAUSE_MS;
}

function statusProblem(source: LookupSourceId, status: number, url: string): SourceProblem {
  if (status === 401 || status === 403) return problem(source, 'refused', `HTTP ${status}`, url);
  return problem(source, 'http-error', `HTTP ${status}`, url);
}

export interface GetOptions {
  accept?: string;
  ttlMs?: number;
  /** Only replies it approves are cached (a feed that is no feed is asked again next time). */
  keep?: (text: string, contentType: string) => boolean;
}

/** GET `url` for `source`; successful replies are cached for `ttlMs`. */
export async function getText(source: LookupSourceId, url: string, ctx: HttpContext, options: GetOptions = {}): Promise<Reply> {
  const { accept = '*/*', ttlMs = CACHE_TTL_MS, keep } = options;
  const key = `${source} ${url}`;
  const cached = (await ctx.cache.get(key).catch(() => undefined)) as CachedReply | undefined;
  if (cached && typeof cached.text === 'string') return { ok: true, ...cached };
  if (ctx.signal?.aborted) return { ok: false, problem: problem(source, 'timeout', 'the lookup was stopped', url) };
  const paused = ctx.limiter.pausedFor();
  if (paused > 0) return { ok: false, problem: problem(source, 'rate-limited', `left alone for another ${Math.ceil(paused / 1000)} s`, url) };
  const timeoutMs = ctx.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  return ctx.limiter.run(async () => {
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, timeoutMs);
    const stop = () => controller.abort();
    ctx.signal?.addEventListener('abort', stop, { once: true });
    const headers: Record<string, string> = { Accept: accept };
    if (ctx.userAgent) headers['User-Agent'] = ctx.userAgent;
    try {
      const response = await ctx.fetch(url, { headers, signal: controller.signal, redirect: 'follow', credentials: 'omit' });
      if (!response.ok) {
        await response.body?.cancel().catch(() => undefined);
        if (response.status === 429) {
          const pause = pauseFrom(response.headers.get('retry-after'));
          ctx.limiter.pause(pause);
          return { ok: false, problem: problem(source, 'rate-limited', `HTTP 429; left alone for ${Math.ceil(pause / 1000)} s`, url) } as const;
        }
        return { ok: false, problem: statusProblem(source, response.status, url) } as const;
      }
      const text = await readCapped(response, ctx.maxBytes ?? MAX_REPLY_BYTES);
      if (text === null) return { ok: false, problem: problem(source, 'too-large', `over ${Math.round((ctx.maxBytes ?? MAX_REPLY_BYTES) / 1024)} kB`, url) } as const;
      const reply: CachedReply = { text, url: response.url || url, contentType: response.headers.get('content-type') ?? '' };
      if (text.length <= MAX_CACHED_CHARS && (!keep || keep(reply.text, reply.contentType))) await ctx.cache.set(key, reply, ttlMs).catch(() => undefined);
      return { ok: true, ...reply } as const;
    } catch (error) {
      if (timedOut) return { ok: false, problem: problem(source, 'timeout', `after ${Math.round(timeoutMs / 1000)} s`, url) } as const;
      if (controller.signal.aborted) return { ok: false, problem: problem(source, 'timeout', 'the lookup was stopped', url) } as const;
      const code = errorCode(error);
      if (code === 'ECONNREFUSED' || code === 'ECONNRESET') return { ok: false, problem: problem(source, 'refused', 'connection refused', url) } as const;
      return { ok: false, problem: problem(source, 'offline', undefined, url) } as const;
    } finally {
      clearTimeout(timer);
      ctx.signal?.removeEventListener('abort', stop);
    }
  });
}

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/** GET and JSON.parse; a reply that is not JSON is a 'malformed' problem. */
export async function getJson(source: LookupSourceId, url: string, ctx: HttpContext, ttlMs = CACHE_TTL_MS): Promise<{ ok: true; value: unknown } | { ok: false; problem: SourceProblem }> {
  const reply = await getText(source, url, ctx, { accept: 'application/json', ttlMs, keep: isJson });
  if (!reply.ok) return reply;
  try {
    return { ok: true, value: JSON.parse(reply.text) };
  } catch {
    return { ok: false, problem: problem(source, 'malformed', 'not JSON', url) };
  }
}
