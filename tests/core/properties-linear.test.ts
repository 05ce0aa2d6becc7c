// Linear time on hostile inputs. A page can hold anything, and the content script runs on it:
// one quadratic step or one backtracking regex would freeze the reader's tab. Times are never
// compared with a fixed budget (this machine is noisy and shared); only with the same engine on
// a quarter of the input, and with a plain regex scan of the same text, all measured here.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../utils/core/index';

/** A plain scan: one pass of a simple regex for number-like tokens. */
function plainScan(text: string): number {
  let n = 0;
  const re = /\d+(?:[.,\u00A0\u202F ]\d+)*/g;
  while (re.exec(text)) n++;
  return n;
}

function analyzeText(text: string): number {
  return analyze([{ source: 'linear.txt', text }]).documents[0].claims.length;
}

function repeatTo(unit: string, length: number): string {
  return unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
}

/** Sizes in UTF-16 units, ×4 each step: 1.6 KB … 410 KB, and 1.6 MB when a step looks steep. */
const SIZES = [1_600, 6_400, 25_600, 102_400, 409_600];
const CONFIRM_SIZE = 1_638_400;
/** The confirming size is measured only when the last call was at most this long. */
const CONFIRM_UP_TO_MS = 2000;
/**
 * Linear: ×4 text ⇒ ×4 time; quadratic ⇒ ×16 at every step. A linear engine that allocates a
 * lot may still pay one or two steep steps when what it keeps outgrows V8's young generation and
 * the CPU's caches (on the eleventh session's machine: 409,600 characters of dots took ×100–200
 * the time of 25,600, each ×4 step about ×10, as fresh memory costs about 15 µs per 4 KB page
 * there; in the twelfth, under load, one ×4 step of "1.1.1…" took ×24.5), and the steps after are
 * flat again (×4.1 to 1.6 M characters). A quadratic step never flattens. So: a single step over
 * ×24, or two steps (×16 text) over ×160 where quadratic takes ×256, count only if the next ×4
 * step is steep too (over ×8), which a memory jump's is not and a quadratic engine's is; a single
 * step over ×48 fails at once.
 */
const STEEP_STEP = 8;
const MAX_ONE_STEP = 24;
const MAX_TWO_STEPS = 160;
/** analyze may cost far more than a regex pass, but by a constant factor at any size. */
const MAX_RATIO_TO_SCAN = 5000;
/** Each sample repeats short calls for at least this long, so timer and GC noise average out. */
const SAMPLE_MS = 8;
/** A steep step that ends in calls shorter than this is timed again before it counts. */
const RETIME_UNDER_MS = 50;
/** A call this long is timed once: repeating it would only make a failing run slower. */
const TIME_ONCE_FROM_MS = 250;

/**
 * CPU time of this process in ms. Other processes on the shared machine delay a call's wall
 * time by tens or hundreds of ms at random; they do not add to the CPU time it uses, which is
 * what grows when an algorithm is superlinear.
 */
function cpuNow(): number {
  const used = process.cpuUsage();
  return (used.user + used.system) / 1000;
}

/**
 * Time of one call: the fastest of a few samples (the least disturbed by the machine's other
 * work), each sample a batch of calls lasting ≥ SAMPLE_MS.
 */
function msPerCall(fn: (text: string) => unknown, text: string, samples: number, slowCalls = 1): number {
  let t0 = cpuNow();
  fn(text);
  let once = cpuNow() - t0;
  if (once >= TIME_ONCE_FROM_MS) {
    for (let i = 1; i < slowCalls; i++) {
      t0 = cpuNow();
      fn(text);
      once = Math.min(once, cpuNow() - t0);
    }
    return once;
  }
  const batch = Math.ceil(SAMPLE_MS / Math.max(once, 0.001));
  let best = once;
  for (let s = 0; s < (once > 50 ? 2 : samples); s++) {
    t0 = cpuNow();
    for (let b = 0; b < batch; b++) fn(text);
    best = Math.min(best, (cpuNow() - t0) / batch);
  }
  return best;
}

interface Measure { size: number; analyzeMs: number; scanMs: number }
interface Growth { measures: Measure[]; problem: string | null }

interface Verdict { problem: string; overBound: number }

/** The last step judged alone, then the last two steps together (`overBound`: how far over). */
function stepProblem(measures: Measure[], steps: 1 | 2): Verdict | null {
  const last = measures[measures.length - 1];
  const from = measures[measures.length - 1 - steps];
  if (!from) return null;
  const growth = last.analyzeMs / from.analyzeMs;
  const bound = steps === 1 ? MAX_ONE_STEP : MAX_TWO_STEPS;
  if (growth <= bound) return null;
  const problem = `×${last.size / from.size} input took ×${growth.toFixed(1)} time (${from.analyzeMs.toFixed(2)} → ${last.analyzeMs.toFixed(2)} ms at ${last.size} chars)`;
  return { problem, overBound: growth / bound };
}

/** A step's bound broken, timed again (the last three sizes, slow calls included) when it was a near miss. */
function confirmedProblem(run: (text: string) => unknown, unit: string, measures: Measure[], steps: 1 | 2): string | null {
  const first = stepProblem(measures, steps);
  if (!first) return null;
  // Twice over the bound is no accident of timing, once the calls take long enough to time well: a step ending under
  // RETIME_UNDER_MS is timed again first (one young-generation collection or a preempted batch can cost tens of ms
  // there: "€" repeated read 0.52 → 32.8 ms from 6,400 to 25,600 characters in one CI run, 0.6 → 4–10 ms elsewhere).
  if (first.overBound >= 2 && measures[measures.length - 1].analyzeMs >= RETIME_UNDER_MS) return first.problem;
  for (const m of measures.slice(-3)) m.analyzeMs = Math.min(m.analyzeMs, msPerCall(run, repeatTo(unit, m.size), 7, 3));
  return stepProblem(measures, steps)?.problem ?? null;
}

/**
 * Times analyze on `unit` repeated to each size, stopping at the first bound broken, so a
 * quadratic engine fails in seconds instead of hanging the test run. A bound missed narrowly
 * is timed again before it counts, since other work on a shared machine can slow any sample.
 * A steep step, or two, is followed by one more size (the next in the list, else 1.6 M characters):
 * they count only if that step is steep too; a steep last step is followed by one more size
 * as well, to tell a memory jump from a trend.
 */
function measureGrowth(unit: string, run: (text: string) => unknown = analyzeText): Growth {
  const measures: Measure[] = [];
  const result = (problem: string | null): Growth => ({ measures, problem });
  /** A step or two steps over their bound, waiting for the next step to say whether the growth goes on. */
  let steepSteps: string | null = null;
  run(repeatTo(unit, SIZES[0])); // the first call pays for compilation
  for (const size of [...SIZES, CONFIRM_SIZE]) {
    const prev = measures[measures.length - 1];
    if (size === CONFIRM_SIZE) {
      const lastStep = prev.analyzeMs / measures[measures.length - 2].analyzeMs;
      if (lastStep <= STEEP_STEP && !steepSteps) break;
      // Too slow to confirm (×16 of this could run for minutes): the steep steps stand.
      if (prev.analyzeMs > CONFIRM_UP_TO_MS) return result(steepSteps ?? `×4 input took ×${lastStep.toFixed(1)} time, ${prev.analyzeMs.toFixed(0)} ms at ${prev.size} chars`);
    }
    const text = repeatTo(unit, size);
    measures.push({ size, analyzeMs: msPerCall(run, text, 4), scanMs: msPerCall(plainScan, text, 3) });
    if (!prev) continue;
    const step = measures[measures.length - 1].analyzeMs / prev.analyzeMs;
    if (steepSteps) {
      if (step > STEEP_STEP) return result(`${steepSteps}, and the next ×4 input took ×${step.toFixed(1)} time`);
      steepSteps = null;
    }
    const single = confirmedProblem(run, unit, measures, 1);
    // (a step twice over its bound, timed twice, is no memory jump: quadratic or worse, it fails at once)
    if (single && measures[measures.length - 1].analyzeMs / measures[measures.length - 2].analyzeMs > 2 * MAX_ONE_STEP) return result(single);
    steepSteps = single ?? confirmedProblem(run, unit, measures, 2);
  }
  // Steep steps ending at the largest size measured: they count if the last one is steep.
  const [before, last] = measures.slice(-2);
  if (steepSteps && last.analyzeMs / before.analyzeMs > STEEP_STEP) return result(steepSteps);
  const at400k = measures.find((m) => m.size === SIZES[SIZES.length - 1])!;
  const ratio = at400k.analyzeMs / at400k.scanMs;
  if (ratio > MAX_RATIO_TO_SCAN) return result(`analyze took ${ratio.toFixed(0)}× a plain scan at ${at400k.size} chars`);
  return result(null);
}

const HOSTILE_UNITS: [string, string][] = [
  ['a long digit run', '1'],
  ['"1,1,1,…"', '1,'],
  ['"1.1.1.1…"', '1.'],
  ['repeated currency signs', '€'],
  ['currency signs and digits', '€1'],
  ['nested brackets', '('],
  ['brackets around figures', '(€1bn '],
  ['"bn bn bn"', 'bn '],
  ['scale words after a number', '1 billion million milliard '],
  ['spaces, no-break and narrow no-break spaces', ' \u00A0\u202F'],
  ['digit groups split by narrow no-break spaces', '3\u202F000\u202F'],
  ['capitalised-word runs', 'Aa '],
  ['capitalised words with legal suffixes', 'Acme Holdings Inc. '],
  ['"invest" with no figure', 'invest hire jobs '],
  ['one sentence of claims with no full stop', 'Acme will invest €1.2bn and hire 3,000 people, '],
  ['hyphenated ranges', '300-500-'],
  ['a line of dots', '.'],
  ['apostrophes', "d'd’"],
  // the abbreviation speller ("Servicios Petroleros del Comahue (SPC)"): long runs of words before a bracket, the
  // abbreviation a company of its own
  ['spelled-out names before abbreviations', "Aaaa aaaa aaaa aaaa aaaa aaaa aaaa aaaa aaaa aaaa (AAAAAAAB). AAAAAAAB investit 1 milliard d'euros et créera des emplois. "],
];

/** A quadratic scan (every 32nd position reads on to the end): what the bounds must catch. */
function quadraticScan(text: string): number {
  let sum = 0;
  for (let i = 0; i < text.length; i += 32) for (let j = i; j < text.length; j++) sum += text.charCodeAt(j);
  return sum;
}

describe('the growth bounds', () => {
  it('catch a quadratic step', () => {
    const { measures, problem } = measureGrowth('1,', quadraticScan);
    expect(problem, JSON.stringify(measures)).toMatch(/input took/);
  }, 60_000);

  it('pass a linear scan', () => {
    expect(measureGrowth('1,', plainScan).problem).toBeNull();
  }, 60_000);
});

describe('analyze runs in linear time on hostile inputs', () => {
  for (const [name, unit] of HOSTILE_UNITS) {
    it(name, () => {
      const { measures, problem } = measureGrowth(unit);
      expect(problem, JSON.stringify(measures)).toBeNull();
    }, 60_000);
  }

  it('on random repetitions of tricky pieces', () => {
    const pieces = ['1', '0', ',', '.', ' ', '\u202F', '\u00A0', '€', '$', '(', ')', '-', 'bn', 'm', 'Aa', "d'", 'de ', 'jobs', 'invest', '\n'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { minLength: 1, maxLength: 6 }), (parts) => {
        const { measures, problem } = measureGrowth(parts.join(''));
        expect(problem, `${JSON.stringify(parts.join(''))} ${JSON.stringify(measures)}`).toBeNull();
      }),
      { numRuns: 5, endOnFailure: true },
    );
  }, 120_000);
});
