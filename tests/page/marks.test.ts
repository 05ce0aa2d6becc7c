// @vitest-environment happy-dom
// Marks made part by part while the report arrives, then given their states by the report.
import { describe, expect, it } from 'vitest';
import { buildMarks, PartMarks } from '../../utils/page/marks';
import { runToEnd, buildTextMap } from '../../utils/page/text-map';
import { fakeEngine } from './fakes';

const STORY = `<p>Quillon Motors will invest <b>€1.2</b> billion in Valence, creating 2,000 jobs.</p>
  <p>The €1.2 billion plan was approved. A statement later said 1,500 jobs.</p>`;

function page() {
  document.body.innerHTML = `<article>${STORY}</article>`;
  const map = buildTextMap([document.querySelector('article')!]);
  return { map, report: fakeEngine([{ source: 's', text: map.text }]) };
}

describe('marks', () => {
  it('keeps the Ranges made from the parts and gives each figure its state from the report', () => {
    const { map, report } = page();
    const { claims, entities } = report.documents[0];
    const parts = new PartMarks(map);
    // Two parts, as the background sends a long page: the first claims and entities, then the rest.
    const first = parts.add(claims.slice(0, 2), entities.filter((e) => e.start < claims[2].start));
    parts.add(claims.slice(2), entities.filter((e) => e.start >= claims[2].start));
    expect(first.figures.map((m) => m.range.toString())).toEqual(['€1.2 billion', '2,000 jobs']);
    expect(first.figures.every((m) => m.state === null)).toBe(true);

    const marks = runToEnd(buildMarks(map, report, parts));
    expect(marks.figures[0]).toBe(first.figures[0]);
    expect(marks.figures.map((m) => [m.range.toString(), m.state])).toEqual([
      ['€1.2 billion', 'duplicate'],
      ['2,000 jobs', 'conflict'],
      ['€1.2 billion', 'duplicate'],
      ['1,500 jobs', 'conflict'],
    ]);
    expect(marks.entities.map((m) => m.range.toString())).toEqual(entities.map((e) => e.text));
  });

  it('builds the marks afresh when the parts are not the report (a missing part, other claims)', () => {
    const { map, report } = page();
    const { claims, entities } = report.documents[0];
    const partial = new PartMarks(map);
    partial.add(claims.slice(0, 1), entities);
    const marks = runToEnd(buildMarks(map, report, partial));
    expect(marks.figures).toHaveLength(claims.length);
    expect(marks.figures[0]).not.toBe(partial.marks.figures[0]);

    const copies = new PartMarks(map);
    copies.add(claims.map((claim) => ({ ...claim })), entities.map((entity) => ({ ...entity })));
    expect(copies.cover(report.documents[0])).toBe(false);
    expect(runToEnd(buildMarks(map, report, copies)).figures.map((m) => m.state)).toEqual(['duplicate', 'conflict', 'duplicate', 'conflict']);
  });

  it('makes a long part\'s marks a hundred at a time, the same marks as in one go', () => {
    const { map, report } = page();
    const { claims, entities } = report.documents[0];
    // 250 entities: the article's own, over and over (a long page's part holds hundreds).
    const many = Array.from({ length: 250 }, (_, i) => entities[i % entities.length]);
    const stepped = new PartMarks(map);
    const steps = stepped.addInSteps(claims, many);
    let yields = 0;
    let step = steps.next();
    for (; !step.done; step = steps.next()) yields++;
    expect(yields).toBe(Math.floor((claims.length + many.length) / 100));
    const whole = new PartMarks(map).add(claims, many);
    expect(step.value.entities.map((m) => m.range.toString())).toEqual(whole.entities.map((m) => m.range.toString()));
    expect(step.value.figures.map((m) => m.expected)).toEqual(whole.figures.map((m) => m.expected));
    expect(stepped.marks.entities).toHaveLength(250);
  });
});
