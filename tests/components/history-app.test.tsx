// @vitest-environment happy-dom
// The history page against a real (in-memory) IndexedDB: rows, filters, first rows before the rest.
import 'fake-indexeddb/auto';
import { expect, it, vi } from 'vitest';
import { act } from 'preact/test-utils';
import { HistoryApp } from '../../components/history/HistoryApp';
import { FIRST_BATCH } from '../../components/history/history-controller';
import { ROWS_PER_PAGE } from '../../components/history/AnnouncementTable';
import { all, mount, one } from './render';
import { READ_A, READ_B, READ_C, seededMemory } from './history-fixtures';
import { article, claim, NOW } from '../memory/helpers';

const until = (check: () => void) => vi.waitFor(check, { timeout: 3000, interval: 10 });
const phase = (root: HTMLElement) => one(root, 'history-status')?.dataset.phase;
const rows = (root: HTMLElement) =>
  all(root, 'announcement').map((row) => ({
    company: one(row, 'announcement-company')!.textContent,
    outlets: all(row, 'report-link').map((a) => a.textContent),
    conflicts: Number(row.dataset.conflicts),
  }));

function type(input: HTMLInputElement | HTMLSelectElement, value: string, event = 'input') {
  act(() => {
    input.value = value;
    input.dispatchEvent(new Event(event, { bubbles: true }));
  });
}

it('lists one row per announcement with every outlet, its figure and the conflict marked', async () => {
  const { deps } = await seededMemory();
  Object.defineProperty(navigator, 'storage', { configurable: true, value: { estimate: async () => ({ usage: 2_500_000, quota: 1e9 }) } });
  const root = mount(<HistoryApp deps={deps} />);
  await until(() => expect(phase(root)).toBe('complete'));
  expect(rows(root)).toEqual([
    { company: 'Amazon', outlets: ['Reuters', 'Les Echos'], conflicts: 1 },
    { company: 'Siemens AG', outlets: ['Handelsblatt'], conflicts: 0 },
  ]);
  const amazon = all(root, 'announcement')[0];
  expect(all(amazon, 'report-figure').map((f) => f.textContent)).toEqual(['more than 3,000 jobs', '2,000 jobs']);
  expect(all(amazon, 'report').every((r) => r.classList.contains('conflicting'))).toBe(true);
  expect(one(amazon, 'conflict')!.textContent).toContain('Reuters: more than 3,000 jobs vs Les Echos: 2,000 jobs');
  const link = one(amazon, 'report-link') as HTMLAnchorElement;
  expect([link.getAttribute('href'), link.target, link.rel]).toEqual([READ_A.url, '_blank', 'noopener noreferrer']);
  expect(one(root, 'history-status')!.textContent).toBe('Announcements: 2 · articles read: 3');
  await until(() => expect(one(root, 'storage-used')!.textContent).toBe('Articles stored: 3. The extension uses 2.5 MB of 1 GB allowed.'));
});

it('searches by company (accents and legal forms folded), and filters by date, language and conflicts', async () => {
  const { deps } = await seededMemory([READ_A, READ_B, READ_C, article({ url: 'https://lemonde.example/sg', outlet: 'Le Monde', lang: 'fr', published: '2026-11-01', claims: [claim({ subject: 'Société Générale SA', amount: 900 })] })]);
  const root = mount(<HistoryApp deps={deps} />);
  await until(() => expect(phase(root)).toBe('complete'));
  const companies = () => rows(root).map((r) => r.company);
  expect(companies()).toEqual(['Amazon', 'Siemens AG', 'Société Générale SA']);

  type(one(root, 'search') as HTMLInputElement, 'societe gen');
  expect(companies()).toEqual(['Société Générale SA']);
  expect(one(root, 'history-status')!.textContent).toBe('1 of 3 announcements match');
  type(one(root, 'search') as HTMLInputElement, '');

  type(one(root, 'from') as HTMLInputElement, '2026-11-09', 'change');
  type(one(root, 'to') as HTMLInputElement, '2026-11-20', 'change');
  expect(companies()).toEqual(['Siemens AG']);
  type(one(root, 'from') as HTMLInputElement, '', 'change');
  type(one(root, 'to') as HTMLInputElement, '', 'change');

  const lang = one(root, 'lang') as HTMLSelectElement;
  expect([...lang.options].map((o) => o.textContent)).toEqual(['Any', 'German', 'English', 'French']);
  type(lang, 'de', 'change');
  expect(companies()).toEqual(['Siemens AG']);
  type(lang, '', 'change');

  act(() => (one(root, 'conflicts-only') as HTMLInputElement).click());
  expect(companies()).toEqual(['Amazon']);
});

it('shows the most recently read articles first, before the older ones are read', async () => {
  let release!: () => void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  const many = Array.from({ length: FIRST_BATCH + 60 }, (_, i) =>
    article({ url: `https://news.example/${i}`, analysedAt: NOW - i * 60_000, published: null, claims: [claim({ subject: `Company ${i}` })] }),
  );
  const { deps } = await seededMemory(many, { pause: () => gate });
  const root = mount(<HistoryApp deps={deps} />);
  await until(() => expect(phase(root)).toBe('partial'));
  // the first rows are the newest articles, only one page of them is in the DOM
  expect(all(root, 'announcement')).toHaveLength(ROWS_PER_PAGE);
  expect(rows(root)[0].company).toBe('Company 0');
  expect(one(root, 'history-status')!.textContent).toContain(`(${FIRST_BATCH} so far)`);
  release();
  await until(() => expect(phase(root)).toBe('complete'));
  expect(one(root, 'history-status')!.textContent).toBe(`Announcements: ${many.length} · articles read: ${many.length}`);
  expect(all(root, 'announcement')).toHaveLength(ROWS_PER_PAGE);
  act(() => one(root, 'show-more')!.click());
  expect(all(root, 'announcement')).toHaveLength(2 * ROWS_PER_PAGE);
});

it('says so when nothing is remembered yet, in French too', async () => {
  const { deps } = await seededMemory([]);
  const root = mount(<HistoryApp deps={deps} />, 'fr');
  await until(() => expect(phase(root)).toBe('complete'));
  expect(one(root, 'history-empty')!.textContent).toMatch(/^Rien en mémoire/);
  expect(all(root, 'announcement')).toHaveLength(0);
  expect(root.querySelector('h1')!.textContent).toBe('Votre historique de lecture');
});

it('reports a store that cannot be opened instead of staying blank', async () => {
  const { deps } = await seededMemory([READ_C], { openStore: () => Promise.reject(new Error('blocked by the browser')) });
  const root = mount(<HistoryApp deps={deps} />);
  await until(() => expect(phase(root)).toBe('error'));
  expect(one(root, 'history-status')!.textContent).toBe('Your history could not be read: blocked by the browser');
});

it('keeps a much-reported announcement short until the reader expands it', async () => {
  const outlets = Array.from({ length: 8 }, (_, i) => article({ url: `https://outlet${i}.example/amazon`, outlet: `Outlet ${i}`, analysedAt: NOW - i * 1000 }));
  const { deps } = await seededMemory(outlets);
  const root = mount(<HistoryApp deps={deps} />);
  await until(() => expect(phase(root)).toBe('complete'));
  const row = () => all(root, 'announcement')[0];
  expect(all(root, 'announcement')).toHaveLength(1);
  expect(all(row(), 'report')).toHaveLength(5);
  const toggle = one(row(), 'expand-row')!;
  expect([toggle.textContent, toggle.getAttribute('aria-expanded')]).toEqual(['Show all 8 reports', 'false']);
  act(() => toggle.click());
  expect(all(row(), 'report')).toHaveLength(8);
  expect(one(row(), 'expand-row')!.getAttribute('aria-expanded')).toBe('true');
});
