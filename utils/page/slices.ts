// Runs generator-shaped work in time slices: each slice runs until the next step would overrun
// its budget (by what the step announces, else by the last step's time), then the work yields to the page (a macrotask
// later) so no task grows long. The first slice runs at once, so a small page is done before the call returns. Work pauses while the tab is hidden
// and stops for good when the signal aborts (the content script's context was invalidated).

export interface SliceOptions {
  signal: AbortSignal;
  /** Longest stretch of work before yielding, in ms. */
  sliceMs?: number;
  now?: () => number;
  /** Queues the next slice as a new task. Defaults to scheduler.postTask, else a MessageChannel post (no 4 ms timer clamp either way). */
  schedule?: (run: () => void) => void;
  /** The document whose visibility pauses the work. */
  doc?: Document;
  /** Told when a slice starts (for benchmarks). */
  onSliceStart?: (at: number) => void;
  /** Told how long each slice ran (main-thread time spent, for benchmarks). */
  onSlice?: (ms: number) => void;
  /**
   * The first slice's budget (default: sliceMs). It runs at once, inside the caller's task: a
   * caller whose task has already done work of its own gives it less.
   */
  firstSliceMs?: number;
}

/**
 * The budget is read on the slice's own clock; the task around it (the dispatch, the step that
 * runs longer than the last one) adds a few tenths of a ms, so at 8 the heavy bench page's
 * slices were tasks of 8.1-8.7 ms of CPU (traced). 7 leaves that room inside the 8 ms target.
 * Asking for 6 ms (room for a collection inside 8) was tried on the 1.3 MB bench page: twice
 * the slices, the same text-walk time, and no shorter longest slice (the collections that make
 * it are 10-30 ms on a loaded machine): not kept.
 */
export const SLICE_MS = 7;

interface TaskScheduler {
  postTask(callback: () => void): Promise<unknown>;
}

/**
 * The next slice as a new task: the Prioritized Task Scheduling API where the browser has it
 * (Chromium, Firefox 142+), else a MessageChannel of its own (Node, in tests). Both yield to
 * other tasks between slices; a hop through scheduler.postTask cost 11-14 µs against 28-48 µs
 * for a new channel in Chromium 156 (13 against 23 µs in Firefox 153), medians of 300-hop runs
 * (a heavy page makes 100-200 hops).
 */
function postTask(run: () => void): void {
  const scheduler = (globalThis as { scheduler?: Partial<TaskScheduler> }).scheduler;
  if (typeof scheduler?.postTask === 'function') {
    // A slice catches its own errors: the promise only ever rejects if the task is aborted, which nothing does.
    void scheduler.postTask(run).catch(() => undefined);
    return;
  }
  const channel = new MessageChannel();
  channel.port1.onmessage = () => {
    channel.port1.close();
    run();
  };
  channel.port2.postMessage(null);
}

/** Resolves when the document is visible (at once if it is). */
export function whenVisible(doc: Document, signal: AbortSignal): Promise<void> {
  if (doc.visibilityState !== 'hidden') return Promise.resolve();
  return new Promise((resolve) => {
    const onChange = () => {
      if (doc.visibilityState === 'hidden') return;
      doc.removeEventListener('visibilitychange', onChange);
      resolve();
    };
    doc.addEventListener('visibilitychange', onChange, { signal });
  });
}

/**
 * Work for `runInSlices`: a generator that yields between steps. Yielding a number announces
 * that the next step will take about that many ms; yielding a promise (see `waitFor`) ends the
 * slice and resumes the work once the promise settles, so waiting costs the page nothing.
 */
export type SlicedTask<T> = Generator<number | void | Promise<unknown>, T>;

/** A step of a sliced task that waits for `promise` off the main thread; throws what it rejects with. */
export function* waitFor<T>(promise: Promise<T>): SlicedTask<T> {
  let outcome: { value: T } | { error: unknown } | null = null;
  yield promise.then(
    (value) => void (outcome = { value }),
    (error: unknown) => void (outcome = { error }),
  );
  const settled = outcome as { value: T } | { error: unknown } | null;
  if (!settled) throw new Error('waitFor resumed before its promise settled');
  if ('error' in settled) throw settled.error;
  return settled.value;
}

export function runInSlices<T>(task: SlicedTask<T>, options: SliceOptions): Promise<T> {
  const { signal, sliceMs = SLICE_MS, now = () => performance.now(), schedule = postTask, doc, onSliceStart, onSlice, firstSliceMs = sliceMs } = options;
  return new Promise<T>((resolve, reject) => {
    let budget = firstSliceMs;
    const slice = () => {
      if (signal.aborted) return reject(signal.reason);
      if (doc && doc.visibilityState === 'hidden') {
        void whenVisible(doc, signal).then(() => schedule(slice));
        return;
      }
      const began = now();
      onSliceStart?.(began);
      const deadline = began + budget;
      budget = sliceMs;
      let waiting: Promise<unknown> | null = null;
      try {
        for (let stepBegan = began; ; ) {
          const step = task.next();
          if (step.done) return resolve(step.value);
          if (typeof step.value === 'object') {
            waiting = step.value;
            break;
          }
          // The next step goes to the next slice unless it fits in this one: it may announce
          // its cost (an engine call), else it is expected to take as long as the last one.
          const at = now();
          const nextMs = typeof step.value === 'number' ? step.value : at - stepBegan;
          if (at + nextMs >= deadline) break;
          stepBegan = at;
        }
      } catch (error) {
        return reject(error);
      } finally {
        onSlice?.(now() - began);
      }
      // waitFor's promises never reject: the task reads the outcome itself.
      if (waiting) void waiting.then(() => schedule(slice));
      else schedule(slice);
    };
    slice();
  });
}
