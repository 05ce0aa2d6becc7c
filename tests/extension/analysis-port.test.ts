// The article read in the background: the content script's client and the background's server
// joined by a pair of fake ports, with the real engine.
import { describe, expect, it, vi } from 'vitest';
import { analyze } from '../../utils/core';
import type { Report } from '../../utils/core/report';
import { backgroundEngine, LOST_BACKGROUND, UNREADABLE_REPLY } from '../../utils/extension/analysis-client';
import { serveAnalysis, type AnalysisServerOptions } from '../../utils/extension/analysis-background';
import { MAX_ANALYSIS_CHARS, TEXT_PIECE_CHARS, textPieces } from '../../utils/extension/analysis-port';
import type { EngineListener, PageInput } from '../../utils/page/page-engine';
import { runInSlices } from '../../utils/page/slices';
import { type FakePort, portPair } from './port-pair';

const LEAD = 'Quillon Motors SA said on Tuesday it would invest €1.2 billion in a van plant in Valence, France, and hire 2,000 people there by 2028.';
const FILLER = 'The company said the plant would be its largest in Europe, and that building work would begin next spring once the permits are granted. ';

function connected(options: AnalysisServerOptions = {}, background = (port: FakePort) => serveAnalysis(port, options)) {
  const ports: { page: FakePort; background: FakePort }[] = [];
  const connect = () => {
    const [page, other] = portPair();
    ports.push({ page, background: other });
    background(other);
    return page;
  };
  return { connect, ports };
}

function read(doc: PageInput, connect: () => FakePort, listener: EngineListener = {}, signal = new AbortController().signal, timeoutMs?: number): Promise<Report> {
  const engine = backgroundEngine({ connect, timeoutMs });
  return runInSlices(engine(doc, listener, signal), { signal });
}

describe('reading in the background', () => {
  it('gives the page the same report as the engine run in place', async () => {
    const doc = { source: 'https://news.example/a', text: `${LEAD}\n\n${FILLER.repeat(3)}\n\nIt will also invest €1.2 billion in Valence, a spokesman said.` };
    const { connect } = connected();
    expect(await read(doc, connect)).toEqual(analyze([doc]));
  });

  it("sends a short text's document with the report's ending, a long one's in parts before the rest is read; every message is counted as outside work", async () => {
    const short = `${LEAD}\n\n${FILLER.repeat(40)}\n\nQuillon Motors will hire 500 more people in Valence by 2030.`;
    const seen: string[] = [];
    let outside = 0;
    const listener: EngineListener = {
      part: (claims, _entities, whole) => seen.push(`${whole ? 'whole ' : ''}${claims.map((c) => `${c.metric}:${c.amount}`).join(',')}`),
      outside: (work) => {
        outside++;
        return work();
      },
    };
    const { connect } = connected();
    const report = await read({ source: 's', text: short }, connect, listener);
    // One message: the whole text's document (said so: nothing to show before the report) with the ending.
    expect(seen).toEqual(['whole investment:1200000000,jobs:2000,jobs:500']);
    expect(outside).toBe(1);
    seen.length = 0;
    expect(report.documents[0].claims.map((c) => c.amount)).toEqual([1_200_000_000, 2000, 500]);

    const long = `${LEAD}\n\n${FILLER.repeat(400)}\n\nQuillon Motors will hire 500 more people in Valence by 2030.`;
    const { connect: again, ports } = connected();
    const whole = await read({ source: 's', text: long }, again, listener);
    const parts = ports[0].background.sent.filter((m) => (m as { type: string }).type === 'part').length;
    expect(parts).toBeGreaterThan(1);
    expect(seen[0]).toBe('investment:1200000000,jobs:2000');
    expect(seen).toHaveLength(parts);
    expect(outside).toBe(1 + parts + 1);
    expect(whole.documents[0].claims.at(-1)?.amount).toBe(500);
  });

  it('puts a long page back together from its parts, in order, with offsets into the whole text', async () => {
    const paragraph = (i: number) => `Quillon Motors will invest €${i + 1}.5 billion in its plant number ${i + 1} in Valence, a statement said. ${FILLER}`;
    const text = Array.from({ length: 600 }, (_, i) => paragraph(i)).join('\n\n');
    const parts: number[] = [];
    const { connect, ports } = connected();
    const report = await read({ source: 's', text }, connect, { part: (claims, _entities, whole) => parts.push(whole ? -1 : claims.length) });
    const claims = report.documents[0].claims;
    // The text went in stretches, each a message of its own; the replies in parts.
    expect(ports[0].page.sent.map((m) => (m as { type: string }).type)).toEqual(['analyse', ...textPieces(text).slice(1).map(() => 'text')]);
    expect(textPieces(text).length).toBeGreaterThan(1);
    expect(ports[0].background.sent.filter((m) => (m as { type: string }).type === 'part').length).toBeGreaterThan(1);
    expect(claims).toHaveLength(600);
    expect(claims.map((c) => c.id)).toEqual(claims.map((_, i) => `d1.c${i + 1}`));
    claims.forEach((claim, i) => expect(text.slice(claim.start, claim.end)).toBe(`€${i + 1}.5 billion`));
    expect(parts.reduce((a, b) => a + b, 0)).toBe(600);
    const { entities } = report.documents[0];
    expect(entities.filter((e) => e.text === 'Quillon Motors' && e.type === 'org')).toHaveLength(600);
    for (const entity of entities) expect(text.slice(entity.start, entity.end)).toBe(entity.text);
  });

  it('cuts a text into stretches that join back to it, never between the halves of a surrogate pair', () => {
    const text = `${'a'.repeat(TEXT_PIECE_CHARS - 1)}😀${'b'.repeat(TEXT_PIECE_CHARS)}`;
    const pieces = textPieces(text);
    expect(pieces.join('')).toBe(text);
    expect(pieces[0]).toHaveLength(TEXT_PIECE_CHARS - 1);
    expect(pieces.every((piece) => piece.length <= TEXT_PIECE_CHARS)).toBe(true);
    expect(textPieces('')).toEqual(['']);
  });

  it("lists the release links among the article's links, worked out in the background", async () => {
    const { connect, ports } = connected();
    const anchors = [
      { href: 'https://www.businesswire.com/news/home/20250310005123/en/', text: 'the company’s press release' },
      { href: 'https://news.example/newsletters/daily', text: 'our newsletter' },
    ];
    const report = await read({ source: 'https://news.example/a', text: LEAD, anchors }, connect);
    expect(report.press_releases).toEqual([expect.objectContaining({ url: anchors[0].href, how: 'link' })]);
    expect((ports[0].background.sent.at(-1) as { press_releases: unknown[] }).press_releases).toHaveLength(1);
  });

  it('says so when the engine fails, the background goes away, a reply is garbled or nothing comes', async () => {
    const doc = { source: 's', text: LEAD };
    const failing = connected({
      engine: () => {
        throw new Error('out of memory');
      },
    });
    await expect(read(doc, failing.connect)).rejects.toThrow('Claimcheck could not read this page: out of memory');
    const vanishing = connected({}, (port) => port.onMessage.addListener(() => port.disconnect()));
    await expect(read(doc, vanishing.connect)).rejects.toThrow(LOST_BACKGROUND);
    const garbling = connected({}, (port) => port.onMessage.addListener(() => port.postMessage({ type: 'part', claims: [{ amount: 'lots' }], entities: [] })));
    await expect(read(doc, garbling.connect)).rejects.toThrow(UNREADABLE_REPLY);
    const gone = () => {
      throw new Error('Extension context invalidated.');
    };
    await expect(read(doc, gone)).rejects.toThrow(LOST_BACKGROUND);
    const closed = () => {
      const [page] = portPair();
      page.disconnect();
      return page;
    };
    await expect(read(doc, closed)).rejects.toThrow(LOST_BACKGROUND);
    const silent = connected({}, () => undefined);
    await expect(read(doc, silent.connect, {}, undefined, 50)).rejects.toThrow('took more than 0 s');
    expect(silent.ports[0].page.closed).toBe(true);
  });

  it('refuses a text over the limit with a sentence that gives the sizes', async () => {
    const huge = 'a'.repeat(MAX_ANALYSIS_CHARS + 1);
    const { connect: again, ports } = connected();
    await expect(read({ source: 's', text: huge }, again)).rejects.toThrow('too long for Claimcheck to read: 16.0 million characters of text, over the limit of 16.0 million');
    // Refused by its length: only the first stretch was sent.
    expect(ports[0].page.sent).toHaveLength(1);
    // A page that sends more than it said is refused too.
    const [page, background] = portPair();
    serveAnalysis(background);
    const replies: unknown[] = [];
    page.onMessage.addListener((reply) => replies.push(reply));
    // As many full stretches as a request may announce: more text than the limit.
    const pieces = Math.ceil(MAX_ANALYSIS_CHARS / TEXT_PIECE_CHARS) + 1;
    const full = 'a'.repeat(TEXT_PIECE_CHARS);
    page.postMessage({ type: 'analyse', doc: { source: 's', text: full }, pieces, length: 10 });
    for (let i = 0; i < pieces - 1; i++) page.postMessage({ type: 'text', text: full });
    await vi.waitFor(() => expect(replies).toHaveLength(1));
    expect(replies[0]).toEqual({ type: 'failed', error: expect.stringContaining('too long for Claimcheck to read') });
  });

  it('stops the background reading when the page gives up', async () => {
    let calls = 0;
    const counting = connected({
      engine: (docs) => {
        calls++;
        return analyze(docs);
      },
    });
    const text = Array.from({ length: 400 }, () => `${LEAD} ${FILLER}`).join('\n\n');
    const controller = new AbortController();
    const reading = read({ source: 's', text }, counting.connect, {}, controller.signal);
    await new Promise((resolve) => setTimeout(resolve, 5));
    controller.abort(new Error('new route'));
    await expect(reading).rejects.toThrow('new route');
    const atAbort = calls;
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(counting.ports[0].page.closed).toBe(true);
    expect(calls).toBeLessThanOrEqual(atAbort + 1);
    expect(calls).toBeLessThan(10);
  });
});
