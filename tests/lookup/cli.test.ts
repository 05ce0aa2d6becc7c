// The CLI's lookups, run as users run them (tsx): nothing goes out without --lookup; with it,
// the releases read and checked join press_releases as 'verified'. The sources are played by
// the local server (--lookup-base, loopback only).
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import * as z from 'zod';
import { ReportSchema } from '../../utils/core/report';
import { BRENHOLT_ARTICLE_LINK, BRENHOLT_NEWSROOM_RELEASE, CALLOWAY_EXHIBIT } from '../fixtures/sources/routes';
import { startSourceServer, type SourceServer } from '../fixtures/sources/server';
import { BRENHOLT_ARTICLE, CALLOWAY_ARTICLE } from './helpers';

const root = join(__dirname, '..', '..');
const tsx = join(root, 'node_modules', '.bin', 'tsx');
vi.setConfig({ testTimeout: 90_000 });

// asynchronous on purpose: the source server answers from this very process
function run(args: string[], env: Record<string, string> = {}) {
  return new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
    execFile(tsx, ['scripts/claimcheck.ts', ...args], { cwd: root, timeout: 80_000, env: { ...process.env, ...env } }, (error, stdout, stderr) =>
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr }),
    );
  });
}

let server: SourceServer;
beforeAll(async () => {
  server = await startSourceServer();
});
afterAll(() => server.close());
beforeEach(() => server.reset());

describe('claimcheck --lookup', () => {
  it('makes no request without the flag, even with a lookup base given', async () => {
    const result = await run(['--json', '--lookup-base', server.origin, BRENHOLT_ARTICLE]);
    expect(result.code).toBe(0);
    const report = z.parse(ReportSchema, JSON.parse(result.stdout));
    expect(report.press_releases.every((entry) => entry.how !== 'verified')).toBe(true);
    expect(server.requests).toEqual([]);
  });

  it('lists the releases it read and checked as verified, the others as how they were found', async () => {
    const result = await run(['--json', '--lookup', `--lookup-base=${server.origin}`, BRENHOLT_ARTICLE], { CLAIMCHECK_USER_AGENT: 'Claimcheck CLI test test@example.com' });
    expect(result.stderr).toBe('');
    const report = z.parse(ReportSchema, JSON.parse(result.stdout));
    const how = Object.fromEntries(report.press_releases.map((entry) => [entry.url, entry.how]));
    expect(how[BRENHOLT_ARTICLE_LINK]).toBe('verified');
    // the newsroom's copy of the same release is not listed twice
    expect(how[BRENHOLT_NEWSROOM_RELEASE]).toBeUndefined();
    expect(new Set(server.requests.map((r) => r.source))).toEqual(new Set(['article-links', 'newsroom', 'newswire', 'wikidata']));
    expect(server.requests.every((r) => r.headers['user-agent'] === 'Claimcheck CLI test test@example.com')).toBe(true);
  });

  it('asks only the sources named, and prints the verdicts in the text summary', async () => {
    const result = await run(['--lookup=edgar', `--lookup-base=edgar=${server.origin}/edgar`, CALLOWAY_ARTICLE]);
    expect(result.code).toBe(0);
    expect(new Set(server.requests.map((r) => r.source))).toEqual(new Set(['edgar']));
    expect(result.stdout).toContain(CALLOWAY_EXHIBIT);
    expect(result.stdout).toContain('press release says 1,100 jobs, article says 1,300 jobs');
  });

  it('reports a source that fails on stderr and still prints the report', async () => {
    server.use({ path: '/edgar/LATEST/search-index', reply: { status: 503, body: 'down' } });
    const result = await run(['--json', '--lookup=edgar', `--lookup-base=${server.origin}`, CALLOWAY_ARTICLE]);
    expect(result.code).toBe(0);
    expect(result.stderr.trim()).toBe('claimcheck: lookup: SEC EDGAR answered with an error (HTTP 503).');
    expect(z.safeParse(ReportSchema, JSON.parse(result.stdout)).success).toBe(true);
  });

  it.each([
    [['--lookup=edgar,gossip'], /--lookup takes sources among/],
    [['--lookup', '--lookup-base', 'https://efts.sec.gov'], /only http:\/\/127\.0\.0\.1 addresses/],
    [['--lookup-base=nowhere=http://127.0.0.1:1'], /unknown source nowhere/],
  ])('refuses %j with exit code 2', async (args, message) => {
    const result = await run([...args, BRENHOLT_ARTICLE]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(server.requests).toEqual([]);
  });
});
