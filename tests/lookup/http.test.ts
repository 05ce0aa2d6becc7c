// One request to a source, against the local server: every failure becomes a problem with one
// sentence for the reader, nothing is retried, replies are capped, timed out and cached.
import { createServer } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { memoryCache } from '../../utils/lookup/cache';
import { getJson, getText, type HttpContext } from '../../utils/lookup/http';
import { createLimiter } from '../../utils/lookup/limits';
import { startSourceServer, type SourceServer } from '../fixtures/sources/server';

let server: SourceServer;
beforeAll(async () => {
  server = await startSourceServer();
});
afterAll(() => server.close());
beforeEach(() => server.reset());

function context(extra: Partial<HttpContext> = {}): HttpContext {
  return { fetch, limiter: createLimiter({ concurrent: 2, intervalMs: 0 }), cache: memoryCache(), timeoutMs: 1000, maxBytes: 10_000, ...extra };
}

describe('getText', () => {
  it('returns the body and sends the User-Agent it is given', async () => {
    server.use({ path: '/edgar/ok', reply: { body: 'hello', type: 'text/plain' } });
    const reply = await getText('edgar', `${server.origin}/edgar/ok`, context({ userAgent: 'Claimcheck tests test@example.com' }));
    expect(reply).toMatchObject({ ok: true, text: 'hello', contentType: 'text/plain' });
    expect(server.requests[0]!.headers['user-agent']).toBe('Claimcheck tests test@example.com');
  });

  it.each([
    [404, 'http-error', 'answered with an error (HTTP 404)'],
    [500, 'http-error', 'answered with an error (HTTP 500)'],
    [403, 'refused', 'refused the request (HTTP 403)'],
    [429, 'rate-limited', 'asked us to slow down'],
  ])('HTTP %i is a %s problem, asked once', async (status, kind, words) => {
    server.use({ path: '/wikidata/x', reply: { status, body: 'no' } });
    const reply = await getText('wikidata', `${server.origin}/wikidata/x`, context());
    expect(reply.ok).toBe(false);
    if (reply.ok) return;
    expect(reply.problem.kind).toBe(kind);
    expect(reply.problem.detail).toMatch(new RegExp(`^Wikidata ${words.replace(/[()]/g, '\\$&')}`));
    expect(server.requests).toHaveLength(1);
  });

  it('leaves a source that answered 429 alone for the time it asks, without a request', async () => {
    let clock = 1_000;
    const ctx = context({ limiter: createLimiter({ concurrent: 1, intervalMs: 0 }, () => clock) });
    server.use({ path: '/edgar/busy', reply: { status: 429, body: 'slow down', headers: { 'retry-after': '30' } } });
    const first = await getText('edgar', `${server.origin}/edgar/busy`, ctx);
    expect(first.ok ? 'ok' : first.problem.detail).toBe('SEC EDGAR asked us to slow down (HTTP 429; left alone for 30 s).');
    const again = await getText('edgar', `${server.origin}/edgar/other`, ctx);
    expect(again.ok ? 'ok' : again.problem.detail).toBe('SEC EDGAR asked us to slow down (left alone for another 30 s).');
    expect(server.requests).toHaveLength(1);
    clock += 31_000;
    await getText('edgar', `${server.origin}/edgar/other`, ctx);
    expect(server.requests).toHaveLength(2);
  });

  it('stops a reply that declares too many bytes, and one that streams too many', async () => {
    server.use({ path: '/newswire/declared', reply: { body: 'x'.repeat(20_000) } });
    server.use({ path: '/newswire/streamed', reply: { body: 'y'.repeat(20_000), headers: { 'transfer-encoding': 'chunked' } } });
    for (const path of ['declared', 'streamed']) {
      const reply = await getText('newswire', `${server.origin}/newswire/${path}`, context());
      expect(reply.ok ? 'ok' : reply.problem.kind).toBe('too-large');
    }
    const small = await getText('newswire', `${server.origin}/newswire/declared`, context({ maxBytes: 30_000 }));
    expect(small.ok).toBe(true);
  });

  it('gives up on a slow source after the timeout, without asking again', async () => {
    server.use({ path: '/edgar/slow', reply: { body: 'late', delayMs: 1500 } });
    const started = Date.now();
    const reply = await getText('edgar', `${server.origin}/edgar/slow`, context({ timeoutMs: 300 }));
    expect(reply.ok ? 'ok' : reply.problem.kind).toBe('timeout');
    expect(Date.now() - started).toBeLessThan(1400);
    expect(server.requests).toHaveLength(1);
  });

  it('reports a refused connection and a hang-up', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as { port: number }).port;
    await new Promise((resolve) => closed.close(resolve));
    const refused = await getText('newsroom', `http://127.0.0.1:${port}/`, context());
    expect(refused.ok ? 'ok' : refused.problem.kind).toBe('refused');
    server.use({ path: '/newsroom/hang', reply: { hangUp: true } });
    const hung = await getText('newsroom', `${server.origin}/newsroom/hang`, context());
    expect(hung.ok).toBe(false);
  });

  it('calls a network failure without a cause (a browser without the host permission) offline', async () => {
    const failing = (async () => {
      throw new TypeError('Failed to fetch');
    }) as typeof fetch;
    const reply = await getText('newsroom', 'https://news.example.com/feed', context({ fetch: failing }));
    expect(reply.ok ? 'ok' : reply.problem).toEqual({
      source: 'newsroom',
      kind: 'offline',
      detail: "The company's newsroom could not be reached (no connection, or no permission to contact it).",
      url: 'https://news.example.com/feed',
    });
  });

  it('answers again from the cache until the entry expires', async () => {
    let clock = 0;
    const cache = memoryCache(() => clock);
    server.use({ path: '/wikidata/cached', reply: { body: '{"a":1}' } });
    const ctx = context({ cache });
    expect(await getJson('wikidata', `${server.origin}/wikidata/cached`, ctx)).toEqual({ ok: true, value: { a: 1 } });
    expect(await getJson('wikidata', `${server.origin}/wikidata/cached`, ctx)).toEqual({ ok: true, value: { a: 1 } });
    expect(server.requests).toHaveLength(1);
    clock += 7 * 60 * 60 * 1000;
    await getJson('wikidata', `${server.origin}/wikidata/cached`, ctx);
    expect(server.requests).toHaveLength(2);
  });

  it('does not cache what it could not use, nor replies too big for the storage-backed cache', async () => {
    const ctx = context({ maxBytes: 1_000_000 });
    server.use({ path: '/edgar/broken', reply: { body: '<html>maintenance</html>' } });
    server.use({ path: '/newsroom/big', reply: { body: 'b'.repeat(300_000) } });
    for (let i = 0; i < 2; i++) {
      await getJson('edgar', `${server.origin}/edgar/broken`, ctx);
      await getText('newsroom', `${server.origin}/newsroom/big`, ctx);
    }
    expect(server.requests.map((r) => r.path)).toEqual(['/edgar/broken', '/newsroom/big', '/edgar/broken', '/newsroom/big']);
  });

  it('decodes the charset a reply declares', async () => {
    server.use({ path: '/newsroom/latin1', reply: { body: Buffer.from('Société générale à Lyon', 'latin1'), type: 'text/html; charset=ISO-8859-1' } });
    const reply = await getText('newsroom', `${server.origin}/newsroom/latin1`, context());
    expect(reply.ok && reply.text).toBe('Société générale à Lyon');
  });

  it('calls a reply that is not JSON malformed', async () => {
    server.use({ path: '/edgar/html', reply: { body: '<html>Access denied</html>', type: 'text/html' } });
    const reply = await getJson('edgar', `${server.origin}/edgar/html`, context());
    expect(reply.ok ? 'ok' : reply.problem).toMatchObject({ kind: 'malformed', detail: 'SEC EDGAR sent a reply that could not be read (not JSON).' });
  });

  it('stops when the caller aborts', async () => {
    server.use({ path: '/edgar/slow', reply: { body: 'late', delayMs: 1500 } });
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 100);
    const reply = await getText('edgar', `${server.origin}/edgar/slow`, context({ signal: controller.signal }));
    expect(reply.ok ? 'ok' : reply.problem.detail).toBe('SEC EDGAR did not answer in time (the lookup was stopped).');
  });
});
