// A static file server for the fixture pages, on 127.0.0.1 and a free port chosen by the OS.
// Only the test builds (npm run build:e2e) let the content script run on 127.0.0.1.
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

export const FIXTURE_PAGES = resolve(import.meta.dirname, '../../fixtures/pages');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

export interface FixtureServer {
  /** Base URL ending in a slash, e.g. http://127.0.0.1:41234/ */
  origin: string;
  url(page: string): string;
  close(): Promise<void>;
}

/**
 * Headers a page asks for in a file beside it (page.html → page.headers.json), e.g. the strict
 * Content-Security-Policy of the hostile CSP fixture: a policy sent as a header, not a <meta>.
 */
async function extraHeaders(file: string): Promise<Record<string, string>> {
  if (extname(file) !== '.html') return {};
  try {
    return JSON.parse(await readFile(file.replace(/\.html$/, '.headers.json'), 'utf8')) as Record<string, string>;
  } catch {
    return {};
  }
}

export async function startFixtureServer(root = FIXTURE_PAGES): Promise<FixtureServer> {
  const server: Server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    // Single-page-app fixtures change their route with pushState; a reload of such a route
    // falls back to the app's own file (e.g. /spa/story-2 → spa.html).
    const file = normalize(join(root, path === '/' ? 'index.html' : path));
    if (!file.startsWith(root)) return void res.writeHead(403).end();
    const candidates = [file, file.replace(/\/[^/]*$/, '') + '.html'];
    for (const candidate of candidates) {
      try {
        const body = await readFile(candidate);
        const extra = await extraHeaders(candidate);
        res.writeHead(200, { ...extra, 'content-type': TYPES[extname(candidate)] ?? 'application/octet-stream' });
        return void res.end(body);
      } catch {
        // try the next candidate
      }
    }
    res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('fixture server has no port');
  const origin = `http://127.0.0.1:${address.port}/`;
  return {
    origin,
    url: (page) => new URL(page, origin).href,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
