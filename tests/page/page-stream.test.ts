// @vitest-environment happy-dom
// A long article is sent to the background while the page walks it: the background reads its
// first pieces before the walk ends, and the page shows what reading the whole text shows.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { backgroundEngine } from '../../utils/extension/analysis-client';
import { serveAnalysis } from '../../utils/extension/analysis-background';
import { PageAnalysis } from '../../utils/page/page-analysis';
import { inPageEngine } from '../../utils/page/page-engine';
import { type FakePort, portPair } from '../extension/port-pair';
import { fakeEngine, type FakeHighlight, installHighlightApi, removeHighlightApi, textsOf } from './fakes';

const QUIET = 'The harbour was quiet, the trains ran late and the market square was full of people buying bread and cheese. ';
const paragraph = (i: number) =>
  i % 2 === 0
    ? `<p>Quillon Motors will invest €${i}.5 billion in Valence, a statement numbered ${i} said. ${QUIET.repeat(3)}</p>`
    : `<p>Paragraph ${i} says nothing at all about money. ${QUIET.repeat(3)}</p>`;

describe('a long article read while it is walked', () => {
  let registry: Map<string, FakeHighlight>;
  const signal = new AbortController().signal;

  beforeEach(() => {
    registry = installHighlightApi();
    // 600 paragraphs of about 400 characters: two stretches of 131,072 characters and a bit.
    document.body.innerHTML = `<article><h1>Quillon Motors</h1>${Array.from({ length: 600 }, (_, i) => paragraph(i)).join('')}</article>`;
  });
  afterEach(() => removeHighlightApi());

  it('is read in the background as it is sent, and highlighted as when read whole', { timeout: 30_000 }, async () => {
    const log: string[] = [];
    const logged = (port: FakePort, side: string) => {
      const post = port.postMessage.bind(port);
      port.postMessage = (message: unknown) => {
        const { type, last, streamed } = message as { type: string; last?: boolean; streamed?: boolean };
        log.push(`${side}:${type}${streamed ? ':streamed' : ''}${last ? ':last' : ''}`);
        post(message);
      };
    };
    const connect = () => {
      const [page, background] = portPair();
      logged(page, 'page');
      logged(background, 'background');
      serveAnalysis(background, { engine: fakeEngine });
      return page;
    };
    const streamed = new PageAnalysis({ doc: document, engine: backgroundEngine({ connect }), source: () => 'https://example.test/a' });
    await streamed.run(signal);
    const figures = textsOf(registry, 'claimcheck-figure');
    const places = textsOf(registry, 'claimcheck-place');

    expect(log[0]).toBe('page:analyse:streamed');
    const lastPiece = log.indexOf('page:text:last');
    expect(lastPiece).toBeGreaterThan(1);
    // The background's first part went out before the page had sent the end of the text.
    expect(log.indexOf('background:part')).toBeGreaterThan(0);
    expect(log.indexOf('background:part')).toBeLessThan(lastPiece);
    expect(log.at(-1)).toBe('background:done');

    streamed.clear();
    const whole = new PageAnalysis({ doc: document, engine: inPageEngine(fakeEngine), source: () => 'https://example.test/a' });
    await whole.run(signal);
    expect(figures).toHaveLength(300);
    expect(streamed.result.report?.documents[0].claims).toHaveLength(300);
    expect(figures).toEqual(textsOf(registry, 'claimcheck-figure'));
    expect(places).toEqual(textsOf(registry, 'claimcheck-place'));
    expect(streamed.result.report?.documents[0].claims.map((c) => [c.start, c.end])).toEqual(whole.result.report?.documents[0].claims.map((c) => [c.start, c.end]));
  });
});
