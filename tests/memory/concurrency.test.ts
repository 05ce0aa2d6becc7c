// Two tabs analysing at once: two connections to the same database writing interleaved.
import { describe, expect, it } from 'vitest';
import { article, claim, freshFactory, NOW, openStore } from './helpers';

describe('concurrent writers', () => {
  it('never duplicates an article saved by two tabs at the same time', async () => {
    const factory = freshFactory();
    const [tabA, tabB] = await Promise.all([openStore(factory), openStore(factory)]);
    const saves = [];
    for (let i = 0; i < 20; i++) {
      const tab = i % 2 ? tabA : tabB;
      saves.push(tab.put(article({ url: 'https://news.example/story', analysedAt: NOW + i, claims: [claim({ amount: 1000 + i })] })));
    }
    const written = await Promise.all(saves);
    expect(new Set(written.map((r) => r.id)).size).toBe(1);
    expect(await tabA.count()).toBe(1);
    // the last write issued is the one kept: transactions run in the order they were created
    expect((await tabB.getByUrl('https://news.example/story'))?.claims[0].amount).toBe(1019);
  });

  it('never loses an article when two tabs save different ones at the same time', async () => {
    const factory = freshFactory();
    const [tabA, tabB] = await Promise.all([openStore(factory), openStore(factory)]);
    const urls = Array.from({ length: 40 }, (_, i) => `https://news.example/${i}`);
    await Promise.all(urls.map((url, i) => (i % 2 ? tabA : tabB).put(article({ url }))));
    expect(await tabA.count()).toBe(40);
    expect((await tabB.all()).map((a) => a.url).sort()).toEqual([...urls].sort());
  });

  it('keeps one record per URL when tabs mix saves of shared and separate URLs', async () => {
    const factory = freshFactory();
    const tabs = await Promise.all([openStore(factory), openStore(factory), openStore(factory)]);
    await Promise.all(
      Array.from({ length: 30 }, (_, i) => tabs[i % 3].put(article({ url: `https://news.example/${i % 7}`, analysedAt: NOW + i }))),
    );
    const urls = (await tabs[0].all()).map((a) => a.url);
    expect(urls.length).toBe(7);
    expect(new Set(urls).size).toBe(7);
  });
});
