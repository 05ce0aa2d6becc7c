// The main-thread time of one page analysis, counted slice by slice (for benchmarks: the
// content script records it as performance measures, see entrypoints/content/measures.ts).

/** Main-thread time of one run, for benchmarks: summed over its slices, per phase, and up to the first highlight. */
export interface Busy {
  ms: number;
  slices: number;
  longest: number;
  /** The phase the longest slice started in. */
  longestPhase: string;
  phases: Record<string, number>;
  /** Main-thread ms spent before the first highlight was shown, and when it was (performance.now()). */
  toFirstHighlight: number | null;
  firstHighlightAt: number | null;
}

/** Adds one slice (or a task of its own outside the slices) to the run's count. */
export function countSlice(busy: Busy, phase: string, ms: number): void {
  busy.ms += ms;
  busy.slices++;
  busy.phases[phase] = (busy.phases[phase] ?? 0) + ms;
  if (ms > busy.longest) {
    busy.longest = ms;
    busy.longestPhase = phase;
  }
}

/** Nothing counted yet. */
export const idle = (): Busy => ({ ms: 0, slices: 0, longest: 0, longestPhase: '', phases: {}, toFirstHighlight: null, firstHighlightAt: null });
