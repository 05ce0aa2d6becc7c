// @vitest-environment happy-dom
// Managing the memory from the history page: export, delete one, delete all (confirmed),
// import (refused files change nothing), retention, against a real in-memory IndexedDB.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { act } from 'preact/test-utils';
import { HistoryApp } from '../../components/history/HistoryApp';
import { all, mount, one } from './render';
import { seededMemory } from './history-fixtures';

const until = (check: () => void) => vi.waitFor(check, { timeout: 3000, interval: 10 });
const listed = (root: HTMLElement) =>
  all(root, 'announcement').map((row) => `${row.querySelector('th')!.textContent}: ${all(row, 'report').map((r) => r.dataset.url).join(' ')}`);

let blobs: Blob[];
let downloads: string[];
beforeEach(() => {
  blobs = [];
  downloads = [];
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => (blobs.push(blob as Blob), `blob:test/${blobs.length}`));
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
  // the page clicks the link to start the download; record it instead of navigating
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    downloads.push(`${this.download} ${this.getAttribute('href')}`);
  });
});
afterEach(() => vi.restoreAllMocks());

async function openPage() {
  const seeded = await seededMemory();
  const root = mount(<HistoryApp deps={seeded.deps} />);
  await until(() => expect(one(root, 'history-status')?.dataset.phase).toBe('complete'));
  return { root, ...seeded };
}

function chooseFile(root: HTMLElement, text: string) {
  const input = one(root, 'import') as HTMLInputElement;
  Object.defineProperty(input, 'files', { configurable: true, value: [new File([text], 'history.json', { type: 'application/json' })] });
  act(() => void input.dispatchEvent(new Event('change', { bubbles: true })));
}

it('exports JSON, deletes all after a confirmation, and importing the export restores the same rows', async () => {
  const { root, inspect } = await openPage();
  const before = listed(root);
  expect(before).toHaveLength(2);

  act(() => one(root, 'export-json')!.click());
  await until(() => expect(one(root, 'export-link')).not.toBeNull());
  expect(downloads).toEqual([expect.stringMatching(/^claimcheck-history-\d{4}-\d{2}-\d{2}\.json blob:test\/1$/)]);
  const exported = await blobs[0].text();
  expect(JSON.parse(exported).documents.map((d: { outlet: string }) => d.outlet).sort()).toEqual(['Handelsblatt', 'Les Echos', 'Reuters']);

  // the first click only asks; Escape cancels and gives the focus back
  act(() => one(root, 'delete-all')!.click());
  const dialog = one(root, 'confirm-delete-all')!;
  expect(dialog.getAttribute('role')).toBe('alertdialog');
  expect(dialog.textContent).toContain('Delete every article in your history (3)');
  expect(document.activeElement).toBe(one(root, 'confirm-delete-all-no'));
  act(() => void dialog.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true })));
  expect(one(root, 'confirm-delete-all')).toBeNull();
  expect(document.activeElement).toBe(one(root, 'delete-all'));
  expect(await (await inspect()).count()).toBe(3);

  act(() => one(root, 'delete-all')!.click());
  act(() => one(root, 'confirm-delete-all-yes')!.click());
  await until(() => expect(one(root, 'notice')?.dataset.kind).toBe('deleted-all'));
  await until(() => expect(one(root, 'history-empty')).not.toBeNull());
  expect(one(root, 'notice')!.textContent).toContain('Articles deleted: 3.');
  expect(await (await inspect()).count()).toBe(0);

  chooseFile(root, exported);
  await until(() => expect(one(root, 'notice')?.dataset.kind).toBe('imported'));
  await until(() => expect(listed(root)).toEqual(before));
  expect(one(root, 'notice')!.textContent).toContain('Articles imported: 3.');
});

it('exports CSV with one row per claim', async () => {
  const { root } = await openPage();
  act(() => one(root, 'export-csv')!.click());
  await until(() => expect(blobs).toHaveLength(1));
  const lines = (await blobs[0].text()).trim().split('\r\n');
  expect(lines[0].startsWith('url,title,outlet,published,lang')).toBe(true);
  expect(lines).toHaveLength(4);
  expect(blobs[0].type).toBe('text/csv');
});

it('refuses a malformed file with its line and reason, and changes nothing stored', async () => {
  const { root, inspect } = await openPage();
  act(() => one(root, 'export-json')!.click());
  await until(() => expect(blobs).toHaveLength(1));
  const broken = (await blobs[0].text()).replaceAll('"https://reuters.example/amazon-france"', '"javascript:alert(1)"');
  const badLine = broken.split('\n').findIndex((line) => line.includes('"url": "javascript:')) + 1;
  const storedBefore = (await (await inspect()).all()).map((a) => [a.url, a.analysedAt]);

  chooseFile(root, broken);
  await until(() => expect(one(root, 'notice')?.dataset.kind).toBe('import-refused'));
  const problems = all(root, 'import-problems').flatMap((list) => [...list.querySelectorAll('li')]);
  expect(problems.length).toBeGreaterThan(0);
  expect(problems[0].dataset.line).toBe(String(badLine));
  expect(problems[0].textContent).toMatch(new RegExp(`^Line ${badLine}, documents\\[\\d\\]\\.url: `));
  expect(one(root, 'notice')!.getAttribute('role')).toBe('alert');
  expect((await (await inspect()).all()).map((a) => [a.url, a.analysedAt])).toEqual(storedBefore);

  chooseFile(root, '{"version": 7, "documents": []}');
  await until(() => expect(one(root, 'import-problems')!.textContent).toContain('Line 1, version: version 7 is not supported'));
  expect(await (await inspect()).count()).toBe(3);
});

it('deletes one article: its report leaves the row, the others stay', async () => {
  const { root, inspect } = await openPage();
  const amazon = all(root, 'announcement')[0];
  const button = amazon.querySelector<HTMLButtonElement>('[data-url="https://echos.example/amazon-emplois"] button')!;
  expect(button.getAttribute('aria-label')).toBe('Delete “Amazon va recruter 2 000 personnes” from your history');
  act(() => button.click());
  await until(() => expect(one(root, 'notice')?.dataset.kind).toBe('deleted-one'));
  await until(() => expect(listed(root)).toEqual(['Amazon: https://reuters.example/amazon-france', 'Siemens AG: https://handelsblatt.example/siemens']));
  expect(all(root, 'announcement')[0].dataset.conflicts).toBe('0');
  await until(() => expect(document.activeElement?.id).toBe('announcements-heading'));
  expect(await (await inspect()).getByUrl('https://echos.example/amazon-emplois')).toBeNull();
});

it('shows the retention (90 days by default) and saves a new one through the settings item', async () => {
  const { root, writeRetention } = await openPage();
  const input = one(root, 'retention') as HTMLInputElement;
  await until(() => expect(input.value).toBe('90'));
  expect(root.querySelector('label[for="retention-days"]')!.textContent).toBe('Keep articles for (days)');
  act(() => {
    input.value = '30';
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
  act(() => one(root, 'retention-save')!.click());
  await until(() => expect(one(root, 'notice')?.dataset.kind).toBe('retention-saved'));
  expect(writeRetention).toHaveBeenCalledWith(30);
  expect(one(root, 'notice')!.textContent).toContain('Articles are now kept for 30 days.');
});
