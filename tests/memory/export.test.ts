import { beforeEach, describe, expect, it } from 'vitest';
import { ReportSchema } from '../../utils/core/report';
import { csvCell, exportCsv, exportJson, exportJsonText } from '../../utils/memory/export';
import { checkImport, importMemory } from '../../utils/memory/import';
import type { MemoryStore } from '../../utils/memory/store';
import { article, claim, NOW, openStore } from './helpers';

/** RFC 4180 reader, written independently of the writer, to read the export back. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') cell += text[++i];
      else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') (row.push(cell), (cell = ''));
    else if (ch === '\r' && text[i + 1] === '\n') (row.push(cell), rows.push(row), (row = []), (cell = ''), i++);
    else cell += ch;
  }
  return rows;
}

let store: MemoryStore;
beforeEach(async () => {
  store = await openStore();
  await store.put(article({ url: 'https://reuters.example/a', outlet: 'Reuters', title: 'Amazon, "big" plans\nin France', analysedAt: NOW - 1000 }));
  await store.put(article({
    url: 'https://echos.example/b',
    outlet: 'Les Échos',
    published: null,
    lang: 'fr',
    claims: [
      claim({ sentence: 'Amazon investira 1,2 milliard d\'euros, soit "beaucoup".', figure: "1,2 milliard d'euros", metric: 'investment', amount: 1.2e9, currency: 'EUR', alt: { amount: 1.3e9, currency: 'USD' } }),
      claim({ id: 'c2', subject: '=HYPERLINK("x")' }),
    ],
  }));
  await store.put(article({ url: 'https://empty.example/c', claims: [] }));
});

describe('JSON export', () => {
  it('is a claim report (format 1) whose documents also carry the article fields', async () => {
    const exported = exportJson(await store.all());
    expect(ReportSchema.safeParse(exported).success).toBe(true);
    expect(exported.documents.map((d) => d.id)).toEqual(['d1', 'd2', 'd3']);
    const echos = exported.documents.find((d) => d.url === 'https://echos.example/b')!;
    expect(echos).toMatchObject({ source: 'https://echos.example/b', outlet: 'Les Échos', published: null, lang: 'fr' });
    expect(echos.claims.map((c) => c.id)).toEqual([`${echos.id}.c1`, `${echos.id}.c2`]);
    expect(exported).toMatchObject({ version: 1, duplicates: [], conflicts: [], press_releases: [] });
  });

  it('round-trips: export, delete all, import restores every article and claim', async () => {
    const before = await store.all();
    const text = exportJsonText(before);
    await store.deleteAll();
    expect(await importMemory(store, text)).toEqual({ ok: true, imported: 3 });
    const after = await store.all();
    const withoutIds = (records: typeof before) => records.map(({ id: _id, ...rest }) => rest).sort((a, b) => a.url.localeCompare(b.url));
    expect(withoutIds(after)).toEqual(withoutIds(before));
  });

  it('importing into a store that holds the same URLs upserts instead of duplicating', async () => {
    const text = exportJsonText(await store.all());
    await store.put(article({ url: 'https://reuters.example/a', title: 'changed since' }));
    expect(await importMemory(store, text)).toEqual({ ok: true, imported: 3 });
    expect(await store.count()).toBe(3);
    expect((await store.getByUrl('https://reuters.example/a'))?.title).toBe('Amazon, "big" plans\nin France');
  });
});

describe('refused imports change nothing', () => {
  async function expectRefused(text: string, problem: { line: number | null; path: string; reason: RegExp }) {
    const before = await store.all();
    const result = await importMemory(store, text);
    expect(result.ok).toBe(false);
    const [first] = !result.ok ? result.problems : [];
    expect(first.line).toBe(problem.line);
    expect(first.path).toBe(problem.path);
    expect(first.reason).toMatch(problem.reason);
    expect(await store.all()).toEqual(before);
  }

  it('malformed JSON, with the line of the syntax error', async () => {
    const text = exportJsonText(await store.all()).replace('"title": "Amazon expands in France"', '"title": "Amazon expands in France",,');
    const line = text.split('\n').findIndex((l) => l.includes(',,')) + 1;
    expect(line).toBeGreaterThan(1);
    await expectRefused(text, { line, path: '', reason: /not valid JSON/ });
  });

  it('another version, with the line of the version field', async () => {
    const text = exportJsonText(await store.all()).replace('"version": 1', '"version": 2');
    await expectRefused(text, { line: 2, path: 'version', reason: /version 2 is not supported; this build reads version 1/ });
  });

  it('a valid file with one bad value deep inside: nothing of it is imported', async () => {
    const exported = exportJson(await store.all());
    await store.deleteAll();
    await store.put(article({ url: 'https://kept.example/x' }));
    const at = exported.documents.findIndex((d) => d.url === 'https://echos.example/b');
    (exported.documents[at].claims[1] as { amount: unknown }).amount = '1.2 billion';
    const text = JSON.stringify(exported, null, 2);
    const line = text.split('\n').findIndex((l) => l.includes('"amount": "1.2 billion"')) + 1;
    await expectRefused(text, { line, path: `documents[${at}].claims[1].amount`, reason: /^expected number, found string$/ });
    expect((await store.all()).map((a) => a.url)).toEqual(['https://kept.example/x']);
  });

  it('explains bad dates, metrics and URLs, and something that is not an export at all', () => {
    const doc = exportJson([{ ...article({ url: 'https://a.example/' }), id: 'x' }]).documents[0];
    const file = (fields: object) => JSON.stringify({ version: 1, documents: [{ ...doc, ...fields }], duplicates: [], conflicts: [], press_releases: [] });
    const reasons = (text: string) => {
      const checked = checkImport(text);
      return checked.ok ? [] : checked.problems.map((p) => `${p.path}: ${p.reason}`);
    };
    expect(reasons(file({ published: '2026-13-01' }))).toEqual(['documents[0].published: expected a calendar date YYYY-MM-DD']);
    expect(reasons(file({ url: 'not a url' }))).toEqual(['documents[0].url: not a valid url: "not a url"']);
    expect(reasons(file({ url: 'javascript:alert(1)' }))).toEqual(['documents[0].url: not a valid url: "javascript:alert(1)"']);
    expect(reasons(file({ claims: [{ ...doc.claims[0], metric: 'revenue' }] }))).toEqual(['documents[0].claims[0].metric: expected "investment" or "jobs", found "revenue"']);
    expect(reasons('[1, 2]')).toEqual([': expected a Claimcheck export (an object), found array']);
    expect(reasons('{}')).toEqual(['version: version missing is not supported; this build reads version 1']);
  });
});

describe('CSV export', () => {
  it('writes one row per claim, quoted so any reader gets the fields back', async () => {
    const records = await store.all();
    const rows = parseCsv(exportCsv(records));
    const [header, ...body] = rows;
    expect(header.slice(0, 4)).toEqual(['url', 'title', 'outlet', 'published']);
    expect(body).toHaveLength(4); // 1 + 2 claims, and one row for the article without claims
    expect(new Set(rows.map((r) => r.length))).toEqual(new Set([header.length]));
    const cell = (row: string[], name: string) => row[header.indexOf(name)];
    const reuters = body.find((r) => cell(r, 'url') === 'https://reuters.example/a')!;
    expect(cell(reuters, 'title')).toBe('Amazon, "big" plans\nin France');
    const euros = body.find((r) => cell(r, 'metric') === 'investment')!;
    expect([cell(euros, 'amount'), cell(euros, 'currency'), cell(euros, 'alt_amount'), cell(euros, 'figure')]).toEqual(['1200000000', 'EUR', '1300000000', "1,2 milliard d'euros"]);
    expect(cell(euros, 'sentence')).toBe('Amazon investira 1,2 milliard d\'euros, soit "beaucoup".');
    expect(cell(euros, 'published')).toBe('');
    const empty = body.find((r) => cell(r, 'url') === 'https://empty.example/c')!;
    expect([cell(empty, 'claim_id'), cell(empty, 'metric')]).toEqual(['', '']);
  });

  it('defuses text a spreadsheet would run as a formula', () => {
    expect(csvCell('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvCell('-5')).toBe("'-5");
    expect(csvCell(-5)).toBe('-5');
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell(null)).toBe('');
  });
});
