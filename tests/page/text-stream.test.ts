// A long text read while it arrives: the engine's chunks are read as the pieces come, cut where
// they would be cut in the whole text, and the report is the one the whole text gives.
import { describe, expect, it } from 'vitest';
import type { InputDocument } from '../../utils/core/report';
import { analyzeInSlices } from '../../utils/page/analyze-in-slices';
import { TextStream } from '../../utils/page/text-stream';
import { fakeEngine } from './fakes';

const paragraph = (i: number) =>
  i % 10 === 0
    ? `Quillon Motors said in update ${i} that it will invest €1.2 billion in Valence and create ${i % 20 === 0 ? '2,000' : '1,500'} jobs.`
    : `Paragraph ${i} talks about the weather, the harbour and the trains, with no figure at all in it.`;
const text = Array.from({ length: 600 }, (_, i) => paragraph(i)).join('\n\n');

/** An engine that takes 1 ms per 1,000 characters on a fake clock, and notes what it read. */
function timedEngine() {
  let now = 0;
  const read: string[] = [];
  const engine = (docs: InputDocument[]) => {
    now += docs[0].text.length / 1000;
    read.push(docs[0].text);
    return fakeEngine(docs);
  };
  return { engine, read, now: () => now };
}

describe('TextStream', () => {
  it('joins its pieces, wakes whoever waits for more, and ends once', async () => {
    const stream = new TextStream('ab');
    let woken = 0;
    const waiting = stream.more().then(() => woken++);
    stream.push('cd');
    await waiting;
    expect(woken).toBe(1);
    expect(stream.text).toBe('abcd');
    stream.push('ef', true);
    stream.push('never');
    expect(stream.text).toBe('abcdef');
    expect(stream.complete).toBe(true);
    await stream.more();
  });
});

describe('analyzeInSlices on a streamed text', () => {
  it('reads the chunks the pieces hold while the rest is still to come, cut as in the whole text, and gives the same report', () => {
    const whole = timedEngine();
    const expected = (() => {
      const task = analyzeInSlices({ source: 's', text }, whole.engine, { singleCallChars: 4000, targetMs: 3, now: whole.now });
      for (;;) {
        const step = task.next();
        if (step.done) return step.value;
      }
    })();

    const streamed = timedEngine();
    const pieces = text.match(/[\s\S]{1,7000}/g)!;
    const stream = new TextStream(pieces[0]);
    const told: number[] = [];
    const task = analyzeInSlices({ source: 's', text: pieces[0] }, streamed.engine, {
      singleCallChars: 4000,
      targetMs: 3,
      now: streamed.now,
      stream,
      onChunk: (claims) => told.push(claims.length),
    });
    let sent = 1;
    let waits = 0;
    let readBeforeTheEnd = 0;
    for (;;) {
      const step = task.next();
      if (step.done) {
        expect(step.value).toEqual(expected);
        break;
      }
      // Waiting for more text: the next piece arrives (the last one says so).
      if (step.value instanceof Promise) {
        waits++;
        if (!stream.complete) readBeforeTheEnd = streamed.read.length;
        stream.push(pieces[sent] ?? '', sent >= pieces.length - 1);
        sent++;
      }
    }
    expect(waits).toBeGreaterThan(pieces.length / 2);
    expect(readBeforeTheEnd).toBeGreaterThan(streamed.read.length / 2);
    expect(streamed.read).toEqual(whole.read);
    expect(told.reduce((a, b) => a + b, 0)).toBe(expected.documents[0].claims.length);
  });

  it('reads a streamed text that ends short in one call', () => {
    const stream = new TextStream('Quillon Motors will invest €1.2 billion in Valence.');
    const { engine, read } = timedEngine();
    const task = analyzeInSlices({ source: 's', text: '' }, engine, { singleCallChars: 4000, stream });
    let step = task.next();
    expect(step.value).toBeInstanceOf(Promise);
    stream.push(' It will hire 2,000 people.', true);
    do step = task.next();
    while (!step.done);
    const full = 'Quillon Motors will invest €1.2 billion in Valence. It will hire 2,000 people.';
    expect(read).toEqual([full]);
    expect(step.value).toEqual(fakeEngine([{ source: 's', text: full }]));
  });
});
