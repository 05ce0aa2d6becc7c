// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FigureHitTester } from '../../utils/page/hit-test';
import type { FigureMark } from '../../utils/page/marks';
import { buildTextMap, rangeFor } from '../../utils/page/text-map';

// happy-dom has no layout: each test range gets a made-up box, and the caret API is stubbed.
function markFor(text: string, box: { left: number; top: number; right: number; bottom: number }): FigureMark {
  const map = buildTextMap([document.body]);
  const start = map.text.indexOf(text);
  const range = rangeFor(map, start, start + text.length)!;
  range.getClientRects = () => [{ ...box, width: box.right - box.left, height: box.bottom - box.top, x: box.left, y: box.top }] as unknown as DOMRectList;
  return { claim: { id: text } as FigureMark['claim'], range, state: null, expected: text };
}

describe('FigureHitTester', () => {
  afterEach(() => {
    delete (document as { caretRangeFromPoint?: unknown }).caretRangeFromPoint;
  });

  it('finds the figure under the pointer through the caret position and its rects', () => {
    document.body.innerHTML = '<p>It will invest <b>€1.2</b> billion and hire 2,000 people.</p>';
    const investment = markFor('€1.2 billion', { left: 100, top: 10, right: 180, bottom: 30 });
    const jobs = markFor('2,000 people', { left: 260, top: 10, right: 340, bottom: 30 });
    const billion = document.querySelector('p')!.childNodes[2];
    const caret = vi.fn((x: number) => {
      const range = document.createRange();
      range.setStart(x < 200 ? billion : document.querySelector('p')!.lastChild!, 0);
      return range;
    });
    Object.assign(document, { caretRangeFromPoint: caret });
    const hits = new FigureHitTester(document, [investment, jobs]);
    expect(hits.at(150, 20)).toBe(investment);
    expect(hits.at(150, 60)).toBeNull(); // same text node, below the figure's box
    expect(caret).toHaveBeenCalled();
  });

  it('checks every figure when the browser has no caret API', () => {
    document.body.innerHTML = '<p>It will hire 2,000 people.</p>';
    const jobs = markFor('2,000 people', { left: 260, top: 10, right: 340, bottom: 30 });
    const hits = new FigureHitTester(document, [jobs]);
    expect(hits.at(300, 20)).toBe(jobs);
    expect(hits.at(20, 20)).toBeNull();
  });
});
