// @vitest-environment happy-dom
// The content script's side: the outlet from the page's metadata, the message it sends once the
// page is analysed, and the answer kept for the hover card.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { contentSchemas } from '../../utils/extension/content-schemas';
import { registerContentSchemas } from '../../utils/extension/content-schemas-contract';
import { PageMemory, pageAnalysedMessage, rememberPage } from '../../utils/extension/memory-page';
import type { MemoryClaim, PageSummary } from '../../utils/extension/messages';
import { findOutlet } from '../../utils/page/metadata';
import { analyze } from '../../utils/core';
import { TEXT_B, URL_B } from './memory-fixtures';

function page(head: string): Document {
  const doc = document.implementation.createHTMLDocument('x');
  doc.head.innerHTML = head;
  return doc;
}

describe('findOutlet', () => {
  it('reads og:site_name first', () => {
    expect(findOutlet(page('<meta property="og:site_name" content=" Valley  Courier "><meta name="application-name" content="VC app">'))).toBe('Valley Courier');
  });

  it('then the JSON-LD publisher, in @graph or as a plain string, skipping broken blocks', () => {
    const graph = { '@context': 'https://schema.org', '@graph': [{ '@type': 'WebSite' }, { '@type': 'NewsArticle', publisher: { '@type': 'Organization', name: 'Harbour Ledger' } }] };
    expect(findOutlet(page(`<script type="application/ld+json">{broken</script><script type="application/ld+json">${JSON.stringify(graph)}</script>`))).toBe('Harbour Ledger');
    expect(findOutlet(page('<script type="application/ld+json">{"@type":"Article","publisher":"Quay Times"}</script>'))).toBe('Quay Times');
  });

  it('then the application name; null when the page names none or names a sentence', () => {
    expect(findOutlet(page('<meta name="application-name" content="Les Echos">'))).toBe('Les Echos');
    expect(findOutlet(page('<title>Story</title>'))).toBeNull();
    expect(findOutlet(page(`<meta property="og:site_name" content="${'word '.repeat(30)}">`))).toBeNull();
  });
});

const report = analyze([{ source: URL_B, text: TEXT_B, lang: 'en' }]);
const summary = (fields: Partial<PageSummary> = {}): PageSummary => ({ url: URL_B, title: 'Kestrel Freight confirms Porto hub', state: 'ok', published: '2026-11-25', report, ...fields });

const remembered: MemoryClaim = {
  claimId: report.documents[0].claims[0].id, figure: '2,000 jobs', sentence: 'Kestrel Freight will create 2,000 jobs.',
  alsoReported: [],
  conflicts: [{ article: { url: 'https://a.example/', title: 'A', outlet: 'Harbour Ledger', published: '2026-11-23', analysedAt: 1 }, figure: '3,000 jobs', quote: 'more than 3,000 jobs', reason: 'r' }],
};

describe('pageAnalysedMessage', () => {
  it("carries the page's url, title, outlet, date, language and its one document", () => {
    const message = pageAnalysedMessage(summary(), 'Valley Courier');
    expect(message).toMatchObject({ type: 'content:page-analysed', url: URL_B, outlet: 'Valley Courier', published: '2026-11-25', lang: 'en' });
    expect(message?.document.claims.length).toBeGreaterThan(0);
    // The memory keeps claims only: a long page's entities are not sent.
    expect(summary().report?.documents[0].entities.length).toBeGreaterThan(0);
    expect(message?.document.entities).toEqual([]);
  });

  it('is null when there is nothing to remember', () => {
    expect(pageAnalysedMessage(summary({ state: 'no-claims' }), null)).toBeNull();
    expect(pageAnalysedMessage(summary({ report: null }), null)).toBeNull();
    expect(pageAnalysedMessage(summary({ published: undefined }), null)?.published).toBeNull();
  });
});

describe('rememberPage', () => {
  let memory: PageMemory;
  // As the lazily loaded schema script does in the page (MemoryReplySchema reads the reply).
  registerContentSchemas(contentSchemas);
  beforeEach(() => {
    memory = new PageMemory();
    document.head.innerHTML = '<meta property="og:site_name" content="Valley Courier">';
  });

  it('sends the page and keeps the parsed answer by claim id, telling subscribers', async () => {
    const send = vi.fn().mockResolvedValue({ claims: [remembered], evicted: 0 });
    const changed = vi.fn();
    memory.subscribe(changed);
    await rememberPage(summary(), document, send, memory);
    expect(send).toHaveBeenCalledWith(expect.objectContaining({ type: 'content:page-analysed', outlet: 'Valley Courier' }));
    expect(memory.of(remembered.claimId)?.conflicts[0].article.outlet).toBe('Harbour Ledger');
    expect(changed).toHaveBeenCalledTimes(1);
  });

  it('does not send the same claims of the same page twice (re-runs on a changing page)', async () => {
    const send = vi.fn().mockResolvedValue({ claims: [remembered], evicted: 0 });
    await rememberPage(summary(), document, send, memory);
    await rememberPage(summary(), document, send, memory);
    expect(send).toHaveBeenCalledTimes(1);
    expect(memory.of(remembered.claimId)).not.toBeNull();
    await rememberPage(summary({ url: `${URL_B}&page=2` }), document, send, memory);
    expect(send).toHaveBeenCalledTimes(2);
  });

  it('forgets the answer on a malformed reply, a failed send, or a page without claims', async () => {
    const fresh = () => (memory.lastSent = null);
    await rememberPage(summary(), document, async () => ({ claims: [remembered], evicted: 0 }), memory);
    fresh();
    await rememberPage(summary(), document, async () => ({ claims: 'junk' }), memory);
    expect(memory.of(remembered.claimId)).toBeNull();
    fresh();
    await rememberPage(summary(), document, async () => ({ claims: [remembered], evicted: 0 }), memory);
    fresh();
    await rememberPage(summary(), document, () => Promise.reject(new Error('no background')), memory);
    expect(memory.of(remembered.claimId)).toBeNull();
    // after a failed send the same page is sent again next time
    await rememberPage(summary(), document, async () => ({ claims: [remembered], evicted: 0 }), memory);
    expect(memory.of(remembered.claimId)).not.toBeNull();
    const send = vi.fn();
    await rememberPage(summary({ state: 'no-claims' }), document, send, memory);
    expect(send).not.toHaveBeenCalled();
    expect(memory.of(remembered.claimId)).toBeNull();
  });
});
