// The history page in a real browser: its own IndexedDB store seeded through the page's import,
// one row per announcement with both outlets, export → delete all → import restores the rows;
// and two fixture articles read in tabs end up under one statement.
import { expect, it } from 'vitest';
import { saveScreenshot, type TestPage } from '../harness';
import type { E2EContext } from './context';

/** An export file (format version 1) of two outlets reporting one hiring announcement differently. */
function seedFile(): string {
  const now = Date.now();
  const doc = (n: number, url: string, outlet: string, lang: string, published: string, amount: number, qualifier: string, figure: string, sentence: string) => ({
    id: `d${n}`, source: url, lang, entities: [], url, title: `${outlet}: Tern Logistics hiring`, outlet, published, analysedAt: now - n * 60_000,
    claims: [{
      id: `d${n}.c1`, metric: 'jobs', subject: 'Tern Logistics', amount, amount_max: null, currency: null, qualifier, location: 'Ireland',
      period: null, status: 'new', alt: null, start: 0, end: figure.length, sentence, figure, reasons: [],
    }],
  });
  return JSON.stringify({
    version: 1,
    documents: [
      doc(1, 'https://harbour-ledger.example/tern-hiring', 'Harbour Ledger', 'en', '2026-11-23', 3000, 'over', 'more than 3,000 people', 'Tern Logistics will hire more than 3,000 people in Ireland.'),
      doc(2, 'https://la-gazette.example/tern-emplois', 'La Gazette', 'fr', '2026-11-25', 2000, 'exact', '2 000 personnes', 'Tern Logistics recrutera 2 000 personnes en Irlande.'),
    ],
    duplicates: [],
    conflicts: [],
    press_releases: [],
  }, null, 2);
}

interface Row {
  company: string;
  outlets: string[];
  hrefs: (string | null)[];
  conflicts: number;
}

function readRows(page: TestPage): Promise<Row[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('[data-testid="announcement"]')].map((row) => ({
      company: row.querySelector('th')?.textContent ?? '',
      outlets: [...row.querySelectorAll('[data-testid="report-link"]')].map((a) => a.textContent ?? ''),
      hrefs: [...row.querySelectorAll('[data-testid="report-link"]')].map((a) => a.getAttribute('href')),
      conflicts: Number(row.dataset.conflicts),
    })),
  );
}

/**
 * Polls by hand: right after a navigation Firefox may answer from the old document or fail
 * the question, and a built-in wait started then can fail for good.
 */
async function poll<T>(page: TestPage, what: string, ask: () => Promise<T | null | undefined | false>, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const answer = await ask().catch(() => null);
    if (answer) return answer;
    await new Promise((resume) => setTimeout(resume, 100));
  }
  throw new Error(`${what}: not seen within ${timeoutMs} ms (at ${page.url()})`);
}

/** Everything read and grouped: the status says "complete". */
function settled(page: TestPage): Promise<true> {
  return poll(page, 'the history page finished reading', () =>
    page.evaluate(() => location.pathname === '/reading-history.html' && document.querySelector('[data-testid="history-status"]')?.getAttribute('data-phase') === 'complete'),
  );
}

/**
 * reading-history.html of the extension under test. The harness opens extension pages as the popup;
 * a popup for a tab that does not exist is an extension page that reads nothing, and it is
 * sent on to the history page.
 */
async function openHistory(ctx: E2EContext): Promise<TestPage> {
  const page = await ctx.openPopup(2_000_000_000);
  await page.evaluate(() => location.assign(new URL('/reading-history.html', location.href).href));
  await settled(page);
  return page;
}

async function importText(page: TestPage, text: string): Promise<void> {
  // The field is disabled while an earlier action finishes (after its rows are read, the page
  // still counts the storage used): a reader could not pick a file before.
  await poll(page, 'the import field is enabled', () => page.evaluate(() => document.querySelector<HTMLInputElement>('[data-testid="import"]')?.disabled === false));
  await page.evaluate((content: string) => {
    const input = document.querySelector<HTMLInputElement>('[data-testid="import"]')!;
    const files = new DataTransfer();
    files.items.add(new File([content], 'history.json', { type: 'application/json' }));
    input.files = files.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
  }, text);
}

function noticeKind(page: TestPage): Promise<string | null> {
  return page.evaluate(() => document.querySelector('[data-testid="notice"]')?.getAttribute('data-kind') ?? null);
}

async function waitForNotice(page: TestPage, kind: string): Promise<void> {
  await poll(page, `the ${kind} notice`, async () => (await noticeKind(page)) === kind);
  await settled(page);
}

export function historyScenarios(ctx: E2EContext): void {
  it('the history page lists two outlets under one statement; export, delete all and import restore it', async () => {
    const page = await openHistory(ctx);
    await importText(page, seedFile());
    await waitForNotice(page, 'imported');
    const rows = await readRows(page);
    const tern = rows.find((row) => row.company === 'Tern Logistics');
    expect(tern).toEqual({
      company: 'Tern Logistics',
      outlets: ['Harbour Ledger', 'La Gazette'],
      hrefs: ['https://harbour-ledger.example/tern-hiring', 'https://la-gazette.example/tern-emplois'],
      conflicts: 1,
    });
    // The storage used is counted after the rows are read (it says "counting" until then).
    const used = await poll(page, 'the storage used is shown', () =>
      page.evaluate(() => {
        const text = document.querySelector('[data-testid="storage-used"]')?.textContent ?? '';
        return text.includes('The extension uses') && text;
      }),
    );
    expect(used).toMatch(/^Articles stored: \d+\. The extension uses [\d.]+ [kMG]?B of/);

    await saveScreenshot(page, ctx.name, 'history');
    if (page.setColorScheme) {
      await page.setColorScheme('dark');
      await saveScreenshot(page, ctx.name, 'history-dark');
      await page.setColorScheme('light');
    }

    // Export: the page clicks its download link; the test keeps the click from saving a file
    // and reads the file through the link instead.
    await page.evaluate(() => {
      HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
        this.dataset.clicked = 'yes';
      };
    });
    await page.click('[data-testid="export-json"]');
    const exported = await poll(page, 'the exported file', () =>
      page.evaluate(() => {
        const link = document.querySelector<HTMLAnchorElement>('[data-testid="export-link"]');
        return link?.dataset.clicked === 'yes' ? fetch(link.href).then((response) => response.text()) : null;
      }),
    );
    expect(JSON.parse(exported).documents.length).toBeGreaterThanOrEqual(2);

    await page.click('[data-testid="delete-all"]');
    await page.click('[data-testid="confirm-delete-all-yes"]');
    await waitForNotice(page, 'deleted-all');
    expect(await readRows(page)).toEqual([]);

    await importText(page, exported);
    await waitForNotice(page, 'imported');
    expect(await readRows(page)).toEqual(rows);
  });

  it('two fixture articles read in tabs are one statement on the history page', async () => {
    for (const file of ['memory-a.html', 'memory-b.html']) {
      const { tabId } = await ctx.openFixture(file);
      // The popup settles once the article is analysed (and, with it, remembered).
      const popup = await ctx.openPopup(tabId);
      await poll(popup, `${file} analysed`, () => popup.evaluate(() => document.querySelector('[data-testid="state"]')?.getAttribute('data-state') === 'ok'));
    }
    const page = await openHistory(ctx);
    const row = await poll(page, 'one row with both outlets', async () => {
      await page.evaluate(() => location.reload());
      await settled(page);
      const rows = await readRows(page);
      return rows.find((r) => r.company.startsWith('Kestrel') && r.outlets.length >= 2);
    });
    expect(row.outlets).toHaveLength(2);
    expect(row.hrefs.every((href) => /^http:\/\/127\.0\.0\.1:\d+\/memory-[ab]\.html$/.test(href ?? ''))).toBe(true);
    expect(row.conflicts).toBeGreaterThanOrEqual(1);
  });
}
