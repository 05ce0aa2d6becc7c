// @vitest-environment happy-dom
// The popup's "Read before" section and the hover card's memory line, over a fake memory source.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { MemoryLine } from '../../components/hover-card/MemoryLine';
import { MemorySection } from '../../components/popup/MemorySection';
import { PageMemory } from '../../utils/extension/memory-page';
import { askMemory, type MemorySource } from '../../utils/extension/memory-popup';
import type { MemoryClaim, MemoryReply } from '../../utils/extension/messages';
import { all, mount, one } from '../components/render';
import { wordingFor } from './wording';

const ledger = { url: 'https://harbour-ledger.example/kestrel', title: 'Kestrel Freight to open hub', outlet: 'Harbour Ledger', published: '2026-11-23', analysedAt: 1 };
const quay = { url: 'https://quay.example/k', title: 'Quay', outlet: 'Quay Times', published: null, analysedAt: Date.UTC(2026, 10, 24) };
const echos = { url: 'javascript:alert(1)', title: 'bad link', outlet: 'Les Echos', published: '2026-11-24', analysedAt: 2 };

const conflicting: MemoryClaim = {
  claimId: 'd1.c1', figure: '2,000 jobs', sentence: 'Kestrel Freight will create 2,000 jobs in Portugal.', alsoReported: [],
  conflicts: [{ article: ledger, figure: 'more than 3,000 jobs', quote: 'Kestrel Freight said it would create more than 3,000 jobs in Portugal.', reason: 'Both cannot be true.' }],
};
const repeated: MemoryClaim = {
  claimId: 'd1.c2', figure: '€400 million', sentence: 'It will invest €400 million.', conflicts: [],
  alsoReported: [{ article: quay, figure: '€400m' }, { article: echos, figure: '400 millions' }],
};

function fakeSource(reply: MemoryReply | null) {
  let onSaved: ((url: string) => void) | null = null;
  const source = {
    get: vi.fn(async () => reply),
    dismissNotice: vi.fn(async () => undefined),
    openHistory: vi.fn(),
    onSaved: vi.fn((listener: (url: string) => void) => {
      onSaved = listener;
      return () => (onSaved = null);
    }),
  } satisfies MemorySource;
  return { source, saved: (url: string) => onSaved?.(url) };
}

const settle = () => act(async () => new Promise((done) => setTimeout(done, 0)));

beforeEach(() => fakeBrowser.reset());

describe('MemorySection (popup)', () => {
  it('shows one item per conflict with the outlet, date, quote and link, and one per statement also reported', async () => {
    const { source } = fakeSource({ claims: [conflicting, repeated], evicted: 0 });
    const root = mount(<MemorySection url="https://valley.example/b" source={source} />);
    await settle();
    expect(source.get).toHaveBeenCalledWith('https://valley.example/b');
    const [conflict] = all(root, 'memory-conflict');
    expect(all(root, 'memory-conflict')).toHaveLength(1);
    expect(conflict.dataset.outlet).toBe('Harbour Ledger');
    expect(conflict.textContent).toContain('Conflicts with Harbour Ledger, Nov 23, 2026');
    expect(conflict.textContent).toContain('more than 3,000 jobs in Portugal');
    expect(conflict.textContent).toContain('2,000 jobs');
    expect(conflict.querySelector('a')?.getAttribute('href')).toBe(ledger.url);
    const [also] = all(root, 'also-reported');
    expect(also.textContent).toContain('Also reported by Quay Times, Les Echos');
    // A remembered address that is not a web page is shown, never linked.
    expect([...also.querySelectorAll('a')].map((a) => a.getAttribute('href'))).toEqual([quay.url]);
    expect(one(root, 'memory-notice')).toBeNull();
  });

  it('in French', async () => {
    const { source } = fakeSource({ claims: [conflicting], evicted: 0 });
    const root = mount(<MemorySection url="https://valley.example/b" source={source} />, 'fr');
    await settle();
    expect(one(root, 'memory-conflict')?.textContent).toContain('Contredit Harbour Ledger, 23 nov. 2026');
  });

  it('shows nothing but the History link when the memory has nothing to say or no answer came', async () => {
    for (const reply of [{ claims: [], evicted: 0 }, null]) {
      const { source } = fakeSource(reply);
      const root = mount(<MemorySection url="https://valley.example/b" source={source} />);
      await settle();
      expect(one(root, 'memory-conflict')).toBeNull();
      expect(root.querySelector('h2')).toBeNull();
      act(() => one(root, 'open-history')!.click());
      expect(source.openHistory).toHaveBeenCalledTimes(1);
    }
  });

  it('does not ask about a page it does not know, and asks again when the background saves this page', async () => {
    const { source, saved } = fakeSource({ claims: [conflicting], evicted: 0 });
    mount(<MemorySection url={null} source={source} />);
    await settle();
    expect(source.get).not.toHaveBeenCalled();
    const root = mount(<MemorySection url="https://valley.example/b?x=1#top" source={source} />);
    await settle();
    expect(source.get).toHaveBeenCalledTimes(1);
    act(() => saved('https://other.example/'));
    act(() => saved('https://valley.example/b'));
    await settle();
    expect(source.get).toHaveBeenCalledTimes(2);
    expect(all(root, 'memory-conflict')).toHaveLength(1);
  });

  it('tells the reader that older articles were removed, until dismissed', async () => {
    const { source } = fakeSource({ claims: [], evicted: 12 });
    const root = mount(<MemorySection url="https://valley.example/b" source={source} />);
    await settle();
    expect(one(root, 'memory-notice')?.textContent).toContain('Older articles were removed to make room');
    await act(async () => one(root, 'memory-notice')!.querySelector('button')!.click());
    expect(source.dismissNotice).toHaveBeenCalled();
    expect(one(root, 'memory-notice')).toBeNull();
  });
});

describe('askMemory', () => {
  it('sends popup:get-memory and parses the reply; anything else is "no answer"', async () => {
    const send = vi.fn(async () => ({ claims: [conflicting], evicted: 3 }));
    expect(await askMemory('https://x.example/', send)).toEqual({ claims: [conflicting], evicted: 3 });
    expect(send).toHaveBeenCalledWith({ type: 'popup:get-memory', url: 'https://x.example/' });
    expect(await askMemory('https://x.example/', async () => ({ claims: [{ claimId: 1 }] }))).toBeNull();
    expect(await askMemory('https://x.example/', async () => undefined)).toBeNull();
    expect(await askMemory('https://x.example/', () => Promise.reject(new Error('no receiver')))).toBeNull();
  });
});

describe('MemoryLine (hover card)', () => {
  function paint(memory: PageMemory, claimId: string, lang: 'en' | 'fr' = 'en') {
    const root = document.createElement('div');
    document.body.replaceChildren(root);
    act(() => render(<MemoryLine claimId={claimId} wording={wordingFor(lang)} memory={memory} />, root));
    return root;
  }

  it('says what conflicts with what the reader read, where and when, and who else reported it', () => {
    const memory = new PageMemory();
    memory.set([conflicting, repeated]);
    const conflictLine = paint(memory, 'd1.c1');
    expect(conflictLine.textContent).toContain('Conflicts with what you read in Harbour Ledger on Nov 23, 2026');
    expect(conflictLine.querySelector('a')?.getAttribute('href')).toBe(ledger.url);
    const repeatLine = paint(memory, 'd1.c2');
    expect(repeatLine.textContent).toContain('Also reported by Quay Times, Les Echos');
    expect(paint(memory, 'd1.c1', 'fr').textContent).toContain('Contredit ce que vous avez lu dans Harbour Ledger le 23 nov. 2026');
  });

  it('is empty for a claim the memory says nothing about, and fills in when the answer arrives', () => {
    const memory = new PageMemory();
    const root = paint(memory, 'd1.c1');
    expect(root.innerHTML).toBe('');
    act(() => memory.set([conflicting]));
    expect(root.textContent).toContain('Harbour Ledger');
    act(() => memory.clear());
    expect(root.innerHTML).toBe('');
  });
});
