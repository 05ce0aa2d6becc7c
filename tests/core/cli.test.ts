// The CLI, run as users run it (through tsx): its JSON is the report contract, its offsets
// count in the file's own text, and bad input ends with one line on stderr and exit code 2.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import * as z from 'zod';
import { ReportSchema } from '../../utils/core/report';

const root = join(__dirname, '..', '..');
const fixtures = join('tests', 'fixtures', 'core', 'cli');
const tsx = join(root, 'node_modules', '.bin', 'tsx');

// each case starts Node with tsx: a second or two, far more on a busy machine
vi.setConfig({ testTimeout: 90_000 });

function run(...args: string[]) {
  const r = spawnSync(tsx, ['scripts/claimcheck.ts', ...args], { cwd: root, encoding: 'utf8', timeout: 80_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('claimcheck --json', () => {
  const plain = join(fixtures, 'plant.txt');
  const page = join(fixtures, 'plant.html');
  const result = run('--json', plain, page);
  const report = z.parse(ReportSchema, JSON.parse(result.stdout || 'null'));

  it('prints a report that parses with the contract schema', () => {
    expect(result.code).toBe(0);
    expect(report.documents.map((d) => d.source)).toEqual([plain, page]);
    expect(new Set(report.documents.map((d) => d.id)).size).toBe(2);
  });

  it('gives offsets that slice the figure out of the file as written', () => {
    const text = readFileSync(join(root, plain), 'utf8');
    const claims = report.documents[0].claims;
    expect(claims.length).toBeGreaterThan(0);
    const slices = claims.map((c) => text.slice(c.start, c.end));
    // the emoji and typographic apostrophe before the figures shift UTF-16 offsets
    expect(slices.some((s) => s.includes('1.2bn'))).toBe(true);
    expect(slices.some((s) => s.startsWith('2,000'))).toBe(true);
    for (const c of claims) expect(c.sentence).toContain(text.slice(c.start, c.end));
  });

  it('reads the article text of an HTML page', () => {
    const claims = report.documents[1].claims;
    expect(claims.some((c) => c.metric === 'investment' && c.amount === 1.2e9 && c.currency === 'EUR')).toBe(true);
    expect(claims.some((c) => c.metric === 'jobs' && c.amount === 2000)).toBe(true);
  });

  it('gives an empty file an empty document, text or HTML', () => {
    const r = run('--json', join(fixtures, 'empty.txt'), join(fixtures, 'empty.html'));
    expect(r.code).toBe(0);
    const empty = z.parse(ReportSchema, JSON.parse(r.stdout));
    expect(empty.documents).toHaveLength(2);
    for (const d of empty.documents) expect(d.claims).toEqual([]);
  });
});

describe('claimcheck dates', () => {
  // "€1bn ($1.39bn)" was right in 2011 (1 EUR ≈ 1.39 USD) and wrong in March 2025 (≈ 1.08)
  const page = join(fixtures, 'strong-euro.html');
  const conversions = (...args: string[]) => z.parse(ReportSchema, JSON.parse(run('--json', ...args).stdout)).conflicts.filter((c) => c.a === c.b);

  it('judges a conversion at the date found in the page', () => {
    expect(conversions(page)).toEqual([]);
  });

  it('lets --date override the page', () => {
    const found = conversions('--date', '2025-03-11', page);
    expect(found).toHaveLength(1);
    expect(found[0].reason).toContain('2025-03');
  });
});

describe('claimcheck summary', () => {
  it('lists claims per document, then duplicates and conflicts', () => {
    const r = run('--date', '2025-06-02', join(fixtures, 'plant.txt'));
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('plant.txt (en, 2025-06-02)');
    expect(r.stdout).toMatch(/investment\s+1\.2 bn EUR/);
    expect(r.stdout).toMatch(/^Duplicates:/m);
    expect(r.stdout).toMatch(/^Conflicts:/m);
  });
});

describe('claimcheck errors', () => {
  const oneLine = (s: string) => s.trim().split('\n').length === 1;

  it('names a missing file and exits with 2', () => {
    const r = run('--json', join(fixtures, 'no-such-file.txt'));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('no-such-file.txt');
    expect(oneLine(r.stderr)).toBe(true);
    expect(r.stdout).toBe('');
  });

  it('refuses a binary file by name', () => {
    const dir = mkdtempSync(join(tmpdir(), 'claimcheck-'));
    const file = join(dir, 'picture.txt');
    writeFileSync(file, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]));
    const r = run(file);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('picture.txt');
    expect(r.stderr).toMatch(/binary/);
    expect(oneLine(r.stderr)).toBe(true);
  });

  it('refuses a directory by name', () => {
    const r = run(fixtures);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(fixtures);
    expect(oneLine(r.stderr)).toBe(true);
  });

  it('prints usage without files', () => {
    const r = run('--json');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/usage:/);
  });

  it('rejects a malformed date', () => {
    const r = run('--date', '11/03/2025', join(fixtures, 'plant.txt'));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--date');
  });
});

describe('claimcheck --json: press releases', () => {
  const press = join('tests', 'fixtures', 'core', 'press');
  const article = join(press, 'ferronord-article.txt');
  const release = join(press, 'ferronord-release.txt');
  const url = 'https://www.ferronord-steel.fr/fr/presse/four-electrique-dunkerque';

  it('lists the release an article links to, without the trailing full stop', () => {
    const report = z.parse(ReportSchema, JSON.parse(run('--json', article).stdout || 'null'));
    expect(report.press_releases).toEqual([expect.objectContaining({ url, how: 'link' })]);
  });

  it('lists a release linked from an HTML article by its link text, not only written-out addresses', () => {
    const page = join('tests', 'fixtures', 'pages', 'en-business.html');
    const report = z.parse(ReportSchema, JSON.parse(run('--json', page).stdout || 'null'));
    expect(report.press_releases).toEqual([
      expect.objectContaining({ url: 'https://www.businesswire.com/news/home/20250310005001/en/', how: 'link' }),
    ]);
  });

  it('marks a release given in the same call as verified, once', () => {
    const report = z.parse(ReportSchema, JSON.parse(run('--json', article, release).stdout || 'null'));
    expect(report.press_releases.filter((p) => p.url === url)).toEqual([expect.objectContaining({ how: 'verified' })]);
    expect(report.press_releases.every((p) => p.how === 'link' || p.how === 'verified')).toBe(true);
  });

  it('adds directory pages and search links only with --suggest', () => {
    const plain = join(fixtures, 'plant.txt');
    const without = z.parse(ReportSchema, JSON.parse(run('--json', plain).stdout || 'null'));
    const withSuggest = z.parse(ReportSchema, JSON.parse(run('--json', '--suggest', plain).stdout || 'null'));
    expect(without.press_releases).toEqual([]);
    expect(withSuggest.press_releases.some((p) => p.how === 'search')).toBe(true);
  });

  it('says in the readable summary how the article compares with the release', () => {
    const out = run(article, release).stdout;
    expect(out).toMatch(/against the press release/);
    expect(out).toMatch(/matches the press release/);
  });
});
