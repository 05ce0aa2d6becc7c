// A memory seeded for the history page tests: one announcement reported by two outlets with
// different figures (a conflict), and one other company's announcement.
import { IDBFactory as FakeFactory } from 'fake-indexeddb';
import { vi } from 'vitest';
import type { HistoryDeps } from '../../components/history/history-controller';
import { MemoryStore } from '../../utils/memory/store';
import { article, claim, NOW } from '../memory/helpers';

export const READ_A = article({
  url: 'https://reuters.example/amazon-france',
  outlet: 'Reuters',
  title: 'Amazon to hire 3,000 in France',
  published: '2026-11-23',
  analysedAt: NOW - 2000,
});
export const READ_B = article({
  url: 'https://echos.example/amazon-emplois',
  outlet: 'Les Echos',
  title: 'Amazon va recruter 2 000 personnes',
  published: '2026-11-25',
  lang: 'fr',
  analysedAt: NOW - 1000,
  claims: [claim({ amount: 2000, qualifier: 'exact', figure: '2 000 personnes', sentence: 'Amazon va recruter 2 000 personnes en France.' })],
});
export const READ_C = article({
  url: 'https://handelsblatt.example/siemens',
  outlet: 'Handelsblatt',
  title: 'Siemens investiert in Berlin',
  published: '2026-11-10',
  lang: 'de',
  analysedAt: NOW - 5000,
  claims: [claim({ subject: 'Siemens AG', metric: 'investment', amount: 5e8, currency: 'EUR', qualifier: 'exact', location: 'Berlin', figure: '500 Millionen Euro', sentence: 'Siemens investiert 500 Millionen Euro in Berlin.' })],
});

export interface Seeded {
  deps: HistoryDeps;
  /** A second connection to the same database, to look at what the page changed. */
  inspect(): Promise<MemoryStore>;
  writeRetention: ReturnType<typeof vi.fn>;
}

export async function seededMemory(articles = [READ_A, READ_B, READ_C], deps: Partial<HistoryDeps> = {}): Promise<Seeded> {
  const factory = new FakeFactory();
  const open = () => MemoryStore.open({ factory, name: 'history-test' });
  const seed = await open();
  await seed.putMany(articles);
  seed.close();
  let retention = 90;
  const writeRetention = vi.fn(async (days: unknown) => {
    if (typeof days !== 'number' || !Number.isInteger(days) || days < 1) return false;
    retention = days;
    return true;
  });
  return {
    deps: { openStore: open, readRetention: async () => retention, writeRetention, pause: async () => undefined, ...deps },
    inspect: open,
    writeRetention,
  };
}
