// The tables of bench/results-page.md: per page, the content script's budgets (extension on)
// beside the same page with the extension off, then where its main-thread time went.
import { markdownTable } from './table';
import { median } from './timing';

export interface Load {
  longTaskMs: number;
  longestMs: number;
  /** Longest task that started once the content script had started. */
  longestAfterScriptMs: number | null;
  /** performance.now() of the first highlight seen by the page (after navigation start). */
  firstHighlightMs: number | null;
  heapMb: number;
  mainThread?: number;
  toFirstMainThread?: number;
  longestSlice?: number;
  longestSlicePhase?: string;
  /** From the first of the bundle's modules running to main() (engine tables, schemas, WXT). */
  evaluateMs?: number;
  slices?: number;
  engine?: number;
  engineFirstCall?: number;
  engineLongestCall?: number;
  /** The background's time in postMessage for the first reading (test builds record it in the service worker). */
  backgroundPost?: number;
  toFirstHighlight?: number;
  toAllHighlights?: number;
  phases: Record<string, number>;
  warmMainThread?: number;
  warmToFirstMainThread?: number;
  warmEngine?: number;
  warmLongestSlice?: number;
}

export interface PageLoads {
  name: string;
  on: Load[];
  off: Load[];
}

const fmt = (x: number | null | undefined, digits = 0) => (x == null || !Number.isFinite(x) ? '—' : x.toFixed(digits));

function med(loads: Load[], pick: (l: Load) => number | null | undefined): number | null {
  const values = loads.map(pick).filter((v): v is number => v != null && Number.isFinite(v));
  return values.length ? median(values) : null;
}

/** "on (off)" for what the page itself sees in both modes. */
const beside = (p: PageLoads, pick: (l: Load) => number | null | undefined, digits = 0) => `${fmt(med(p.on, pick), digits)} (${fmt(med(p.off, pick), digits)})`;

export function pageTables(pages: PageLoads[]): string[] {
  const budgets = markdownTable(
    ['page', 'content script main thread, start → first highlight (ms)', 'its main thread, start → all highlights (ms)', 'its longest slice (ms)', 'longest task after script start, on (off)', 'longest task on the page, on (off)', 'long tasks sum, on (off)', 'first highlight after script start (ms)', 'all highlights after script start (ms)', 'first highlight after navigation start (ms)', 'JS heap after GC, MB, on (off)', 'loads'],
    pages.map((p) => [
      p.name,
      fmt(med(p.on, (l) => l.toFirstMainThread), 1),
      fmt(med(p.on, (l) => l.mainThread), 1),
      fmt(med(p.on, (l) => l.longestSlice), 1),
      beside(p, (l) => l.longestAfterScriptMs ?? (l.mainThread === undefined ? l.longestMs : null)),
      beside(p, (l) => l.longestMs),
      beside(p, (l) => l.longTaskMs),
      fmt(med(p.on, (l) => l.toFirstHighlight)),
      fmt(med(p.on, (l) => l.toAllHighlights)),
      fmt(med(p.on, (l) => l.firstHighlightMs)),
      beside(p, (l) => l.heapMb, 1),
      `${p.on.length} + ${p.off.length}`,
    ]),
  );
  const phases = [...new Set(pages.flatMap((p) => p.on.flatMap((l) => Object.keys(l.phases))))];
  const breakdown = markdownTable(
    ['page', "longest slice's phase (per load)", 'bundle modules evaluated before main (ms)', 'engine, all calls (ms)', 'engine first call (ms)', 'engine longest call (ms)', "background's postMessage (ms)", 'slices', ...phases.map((name) => `${name} (ms)`), 'warm re-run: main thread (ms)', 'warm: to first highlight (ms)', 'warm: engine (ms)', 'warm: longest slice (ms)'],
    pages.map((p) => [
      p.name,
      p.on.map((l) => l.longestSlicePhase || '—').join(', '),
      fmt(med(p.on, (l) => l.evaluateMs), 1),
      fmt(med(p.on, (l) => l.engine), 1),
      fmt(med(p.on, (l) => l.engineFirstCall), 1),
      fmt(med(p.on, (l) => l.engineLongestCall), 1),
      fmt(med(p.on, (l) => l.backgroundPost), 1),
      fmt(med(p.on, (l) => l.slices)),
      ...phases.map((name) => fmt(med(p.on, (l) => l.phases[name]), 1)),
      fmt(med(p.on, (l) => l.warmMainThread), 1),
      fmt(med(p.on, (l) => l.warmToFirstMainThread), 1),
      fmt(med(p.on, (l) => l.warmEngine), 1),
      fmt(med(p.on, (l) => l.warmLongestSlice), 1),
    ]),
  );
  return [
    '## Budgets (extension on; the same page with it off in brackets)',
    '',
    'Targets: typical article ≤ 5 ms of main thread from script start to highlights; heavy page no task over 50 ms,',
    'slices ≤ 8 ms, all highlights within 500 ms.',
    '',
    budgets,
    '',
    '## Where the main thread went (first run, cold; then a warm re-run of the same page)',
    '',
    'Phases are the slices summed by the phase they started in (locate the article, read its text, engine,',
    'marks, paint; apply = swapping the final highlights in). First run minus warm re-run ≈ the one-off cost of',
    'compiling the engine and the page code.',
    '',
    breakdown,
  ];
}
