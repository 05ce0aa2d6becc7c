// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { analyzeInSlices, chunkEnd, nextChunkSize } from '../../utils/page/analyze-in-slices';
import { runToEnd } from '../../utils/page/text-map';
import { runInSlices, type SlicedTask, waitFor } from '../../utils/page/slices';
import { fakeEngine } from './fakes';

/** A clock the work advances: each step of the task costs `stepMs`. */
function fakeClock() {
  let time = 0;
  return { now: () => time, spend: (ms: number) => (time += ms) };
}

describe('runInSlices', () => {
  it('ends the slice at a waitFor step and goes on with its value once the promise settles', async () => {
    let release: (value: number) => void = () => undefined;
    const answer = new Promise<number>((resolve) => (release = resolve));
    const order: string[] = [];
    function* task(): SlicedTask<number> {
      order.push('before');
      const value = yield* waitFor(answer);
      order.push(`after ${value}`);
      const failure = yield* waitFor(Promise.reject(new Error('background gone')).catch((e: Error) => e.message));
      return value + failure.length;
    }
    let slices = 0;
    const running = runInSlices(task(), { signal: new AbortController().signal, onSlice: () => slices++ });
    await new Promise((resolve) => setTimeout(resolve, 20));
    // One slice ran up to the wait, and nothing runs while waiting.
    expect(order).toEqual(['before']);
    expect(slices).toBe(1);
    release(40);
    expect(await running).toBe(40 + 'background gone'.length);
    expect(order).toEqual(['before', 'after 40']);
  });

  it('throws into the task what a waited promise rejects with', async () => {
    function* task(): SlicedTask<string> {
      try {
        yield* waitFor(Promise.reject(new Error('no answer')));
        return 'answered';
      } catch (error) {
        return `caught ${(error as Error).message}`;
      }
    }
    expect(await runInSlices(task(), { signal: new AbortController().signal })).toBe('caught no answer');
  });

  it('yields to the page before a step as long as the last would overrun the budget, never mid-step', async () => {
    const clock = fakeClock();
    const slices: number[] = [];
    function* task(): Generator<void, string> {
      for (let i = 0; i < 50; i++) {
        clock.spend(3);
        yield;
      }
      return 'done';
    }
    let queued = 0;
    const result = await runInSlices(task(), {
      signal: new AbortController().signal,
      sliceMs: 8,
      now: clock.now,
      schedule: (run) => {
        queued++;
        setTimeout(run, 0);
      },
      onSlice: (ms) => slices.push(ms),
    });
    expect(result).toBe('done');
    // 3 ms steps in 8 ms slices: a third step (9 ms in all) would overrun, so two per slice;
    // 50 steps → 25 slices, and a last one that finds the task done.
    expect(slices.length).toBe(26);
    expect(queued).toBe(25);
    expect(Math.max(...slices)).toBeLessThanOrEqual(8);
  });

  it('starts a new slice before a step announced as too long for what is left of this one', async () => {
    const clock = fakeClock();
    const slices: number[] = [];
    // Steps of 1 ms, each followed by an announced 6 ms step (an engine call).
    function* task(): Generator<number | void, string> {
      for (let i = 0; i < 10; i++) {
        clock.spend(1);
        yield 6;
        clock.spend(6);
        yield;
      }
      return 'done';
    }
    await runInSlices(task(), { signal: new AbortController().signal, sliceMs: 8, now: clock.now, schedule: (run) => setTimeout(run, 0), onSlice: (ms) => slices.push(ms) });
    // Without the announcement a slice would run 1 + 6 + 1 + 6 = 14 ms.
    expect(Math.max(...slices)).toBeLessThanOrEqual(8);
    expect(slices.reduce((a, b) => a + b, 0)).toBe(70);
  });

  it('finishes a small task within the call, before any yield', async () => {
    let scheduled = false;
    let done = false;
    function* small(): Generator<void, number> {
      yield;
      return 42;
    }
    const promise = runInSlices(small(), { signal: new AbortController().signal, schedule: () => (scheduled = true) }).then((v) => (done = v === 42));
    expect(scheduled).toBe(false);
    await promise;
    expect(done).toBe(true);
  });

  it('gives the first slice the smaller budget asked for, the later ones the whole', async () => {
    const clock = fakeClock();
    const queued: (() => void)[] = [];
    const slices: number[] = [];
    let steps = 0;
    function* thirtySteps(): Generator<void, number> {
      for (let i = 0; i < 30; i++) {
        clock.spend(1);
        steps++;
        yield;
      }
      return steps;
    }
    const promise = runInSlices(thirtySteps(), { signal: new AbortController().signal, now: clock.now, sliceMs: 8, firstSliceMs: 4, schedule: (run) => queued.push(run), onSlice: (ms) => slices.push(ms) });
    while (queued.length > 0) queued.shift()!();
    expect(await promise).toBe(30);
    expect(slices[0]).toBeLessThanOrEqual(4);
    expect(slices.slice(1, -1).every((ms) => ms > 4 && ms <= 8)).toBe(true);
  });

  it('stops for good when the signal aborts', async () => {
    const controller = new AbortController();
    const clock = fakeClock();
    let steps = 0;
    function* endless(): Generator<void, never> {
      for (;;) {
        steps++;
        clock.spend(5);
        yield;
      }
    }
    const running = runInSlices(endless(), { signal: controller.signal, now: clock.now, schedule: (run) => setTimeout(run, 0) });
    controller.abort(new Error('reloaded'));
    await expect(running).rejects.toThrow('reloaded');
    const after = steps;
    await new Promise((r) => setTimeout(r, 20));
    expect(steps).toBe(after);
  });

  it('does no work while the tab is hidden and resumes when it shows', async () => {
    let state: DocumentVisibilityState = 'hidden';
    Object.defineProperty(document, 'visibilityState', { get: () => state, configurable: true });
    let steps = 0;
    function* task(): Generator<void, void> {
      steps++;
      yield;
    }
    const running = runInSlices(task(), { signal: new AbortController().signal, doc: document, schedule: (run) => setTimeout(run, 0) });
    await new Promise((r) => setTimeout(r, 20));
    expect(steps).toBe(0);
    state = 'visible';
    document.dispatchEvent(new Event('visibilitychange'));
    await running;
    expect(steps).toBe(1);
    delete (document as { visibilityState?: unknown }).visibilityState;
  });
});

describe('analyzeInSlices', () => {
  const paragraph = (i: number) =>
    i % 10 === 0
      ? `Quillon Motors said in update ${i} that it will invest €1.2 billion in Valence and create ${i % 20 === 0 ? '2,000' : '1,500'} jobs.`
      : `Paragraph ${i} talks about the weather, the harbour and the trains, with no figure at all in it.`;
  const text = Array.from({ length: 600 }, (_, i) => paragraph(i)).join('\n\n');

  it('cuts long texts at paragraph breaks', () => {
    const end = chunkEnd(text, 0, 5000);
    expect(text.slice(end - 2, end)).toBe('\n\n');
    expect(end).toBeLessThanOrEqual(5000);
  });

  it('gives the same claims as one call, with offsets into the whole text and unique ids', () => {
    const whole = fakeEngine([{ source: 's', text }]);
    const clock = fakeClock();
    const engine = (docs: Parameters<typeof fakeEngine>[0]) => {
      clock.spend(docs[0].text.length / 1000); // 1 ms per 1,000 characters
      return fakeEngine(docs);
    };
    const sliced = runToEnd(analyzeInSlices({ source: 's', text }, engine, { singleCallChars: 4000, targetMs: 3, now: clock.now }));
    const claims = sliced.documents[0].claims;
    expect(claims.map((c) => [c.start, c.end, c.amount])).toEqual(whole.documents[0].claims.map((c) => [c.start, c.end, c.amount]));
    for (const c of claims) expect(text.slice(c.start, c.end)).toMatch(/€1\.2 billion|2,000 jobs|1,500 jobs/);
    expect(new Set(claims.map((c) => c.id)).size).toBe(claims.length);
    expect(sliced.documents[0].entities.length).toBe(whole.documents[0].entities.length);
  });

  it('starts with a small chunk and sizes the next ones from the measured speed, at most doubling', () => {
    expect(nextChunkSize(2000, 20, 5)).toBe(1000); // a slow (compiling) first call: the floor
    expect(nextChunkSize(2000, 2, 5)).toBe(4000); // fast: at most twice the last size
    expect(nextChunkSize(8000, 8, 5)).toBe(5000);
    const clock = fakeClock();
    const sizes: number[] = [];
    const engine = (docs: Parameters<typeof fakeEngine>[0]) => {
      sizes.push(docs[0].text.length);
      clock.spend(docs[0].text.length / 1000);
      return fakeEngine(docs);
    };
    runToEnd(analyzeInSlices({ source: 's', text }, engine, { singleCallChars: 4000, firstChunkChars: 1500, targetMs: 5, now: clock.now }));
    const chunks = sizes.slice(0, -1); // the last call reads the claims' sentences, for comparison
    expect(chunks[0]).toBeLessThanOrEqual(1500);
    // 1 ms per 1,000 characters and 5 ms wanted: chunks grow towards 5,000 characters and never beyond.
    expect(Math.max(...chunks)).toBeLessThanOrEqual(5002);
    expect(Math.max(...chunks)).toBeGreaterThan(3000);
  });

  it('hands on each chunk\'s claims as soon as they are found, with offsets into the whole text', () => {
    const told: number[][] = [];
    const task = analyzeInSlices({ source: 's', text }, fakeEngine, { singleCallChars: 3000, onChunk: (claims) => told.push(claims.map((c) => c.start)) });
    task.next();
    task.next();
    expect(told.length).toBe(1); // the first chunk is out before the second is read
    const report = runToEnd(task);
    expect(told.flat()).toEqual(report.documents[0].claims.map((c) => c.start));
  });

  it('reads a typical article\'s lead alone first when early figures are wanted, then the whole text in one call', () => {
    const article = text.slice(0, 12_000);
    const sizes: number[] = [];
    const told: number[] = [];
    const engine = (docs: Parameters<typeof fakeEngine>[0]) => {
      sizes.push(docs[0].text.length);
      return fakeEngine(docs);
    };
    const report = runToEnd(analyzeInSlices({ source: 's', text: article }, engine, { onChunk: (claims) => told.push(claims.length) }));
    expect(sizes[0]).toBeLessThanOrEqual(2002);
    expect(sizes[1]).toBe(article.length);
    expect(told[0]).toBeLessThan(report.documents[0].claims.length);
    // Without anyone waiting for early figures: one call.
    sizes.length = 0;
    runToEnd(analyzeInSlices({ source: 's', text: article }, engine));
    expect(sizes).toEqual([article.length]);
  });

  it('uses the comparison stage when given one, over every chunk\'s claims and the whole text', () => {
    let seen: { claims: number; text: number } | null = null;
    const sliced = runToEnd(
      analyzeInSlices({ source: 's', text }, fakeEngine, {
        singleCallChars: 3000,
        compare: (docs) => {
          seen = { claims: docs[0].claims.length, text: docs[0].text?.length ?? 0 };
          return { duplicates: [[docs[0].claims[0].id, docs[0].claims[1].id]], conflicts: [] };
        },
      }),
    );
    expect(seen).toEqual({ claims: sliced.documents[0].claims.length, text: text.length });
    expect(sliced.duplicates).toEqual([['d1.c1', 'd1.c2']]);
  });

  it('compares a page with many claims in windows of claims, each call its own step', () => {
    const windows: number[] = [];
    const task = analyzeInSlices({ source: 's', text }, fakeEngine, {
      singleCallChars: 3000,
      compareWindow: 25,
      compare: (docs) => {
        windows.push(docs[0].claims.length);
        return { duplicates: [docs[0].claims.slice(0, 2).map((c) => c.id)], conflicts: [] };
      },
    });
    const report = runToEnd(task);
    const claims = report.documents[0].claims.length;
    expect(windows.reduce((a, b) => a + b, 0)).toBe(claims);
    expect(Math.max(...windows)).toBe(25);
    expect(report.duplicates).toHaveLength(Math.ceil(claims / 25));
    expect(new Set(report.duplicates.flat()).size).toBe(report.duplicates.flat().length);
  });

  it('still finds duplicates and conflicts that span chunks', () => {
    const sliced = runToEnd(analyzeInSlices({ source: 's', text }, fakeEngine, { singleCallChars: 3000 }));
    const claims = sliced.documents[0].claims;
    const figureOf = (id: string) => {
      const c = claims.find((x) => x.id === id)!;
      return text.slice(c.start, c.end);
    };
    const investments = sliced.duplicates.find((group) => figureOf(group[0]) === '€1.2 billion');
    expect(investments?.length).toBe(claims.filter((c) => c.metric === 'investment').length);
    expect(sliced.conflicts.length).toBeGreaterThan(0);
    for (const conflict of sliced.conflicts) expect(new Set([figureOf(conflict.a), figureOf(conflict.b)])).toEqual(new Set(['2,000 jobs', '1,500 jobs']));
  });
});
