// Performance entries for `npm run bench:page` (scripts/bench-page.ts reads every
// `claimcheck:*` measure from the page). Recording them costs microseconds; they never make the
// content script fail. Test builds only (`npm run build:e2e`, which the benches load): the page's
// own scripts share the performance timeline, and `claimcheck:*` entries would tell any site that
// the reader has Claimcheck installed.
import type { Busy } from '@/utils/page/page-analysis';

/** Whether this build records performance entries: `false` in store builds, so the code is dropped. */
export const RECORDS_PERFORMANCE = !!import.meta.env.CLAIMCHECK_TEST_BUILD;

/** The background's time reading the page during one analysis (off the page's thread): all readings, the first and the longest. */
export class EngineClock {
  ms = 0;
  calls = 0;
  first: number | null = null;
  longest = 0;

  reset(): void {
    this.ms = 0;
    this.calls = 0;
    this.longest = 0;
  }

  add(took: number): void {
    this.ms += took;
    this.calls++;
    this.longest = Math.max(this.longest, took);
    this.first ??= took;
  }
}

/** Marks a step of the script's start: the settings read sent and answered (benchmarks only). */
export function markStartStep(step: 'storage-asked' | 'storage-answered'): void {
  if (!RECORDS_PERFORMANCE) return;
  try {
    performance.mark(`claimcheck:${step}`);
  } catch {
    // Benchmarks only.
  }
}

function record(name: string, start: number, duration: number): void {
  performance.measure(`claimcheck:${name}`, { start, duration: Math.max(0, duration) });
}

/**
 * The last analysis: wall clock from its start to all highlights, its main-thread time (slices
 * summed, per phase and up to the first highlight), the engine's share; and, once per page,
 * time from the script's start to the first highlight and to all of them.
 */
export function recordAnalysis(began: number, engine: EngineClock, busy: Busy): void {
  if (!RECORDS_PERFORMANCE) return;
  try {
    const end = performance.now();
    record('analysis', began, end - began);
    record('main-thread', began, busy.ms);
    record('longest-slice', began, busy.longest);
    record('slices', began, busy.slices);
    record('engine', began, engine.ms);
    record('engine-calls', began, engine.calls);
    record('engine-longest-call', began, engine.longest);
    if (engine.first !== null && performance.getEntriesByName('claimcheck:engine-first-call').length === 0) record('engine-first-call', began, engine.first);
    for (const [phase, ms] of Object.entries(busy.phases)) record(`phase-${phase}`, began, ms);
    performance.mark(`claimcheck:longest-slice-phase:${busy.longestPhase}`);
    if (busy.toFirstHighlight !== null) record('main-thread-to-first-highlight', began, busy.toFirstHighlight);
    const [start] = performance.getEntriesByName('claimcheck:start');
    recordSetup(start, began);
    if (!start || performance.getEntriesByName('claimcheck:time-to-highlights').length > 0 || busy.firstHighlightAt === null) return;
    record('time-to-highlights', start.startTime, busy.firstHighlightAt - start.startTime);
    record('time-to-all-highlights', start.startTime, end - start.startTime);
  } catch {
    // Performance entries are a nicety for benchmarks, never a reason to fail.
  }
}

/**
 * Once per page: the main thread's work between the script's start and its first analysis (the
 * guards, the settings read, the activation and its watchers), the wait for the settings left
 * out. `main-thread` starts counting only at the analysis; this is the rest of "script start to
 * highlights" (module evaluation, before the start mark, is the bench's own column).
 */
function recordSetup(start: PerformanceEntry | undefined, began: number): void {
  const [asked] = performance.getEntriesByName('claimcheck:storage-asked');
  const [answered] = performance.getEntriesByName('claimcheck:storage-answered');
  if (!start || !asked || !answered || performance.getEntriesByName('claimcheck:setup').length > 0) return;
  record('setup', start.startTime, asked.startTime - start.startTime + (began - answered.startTime));
}
