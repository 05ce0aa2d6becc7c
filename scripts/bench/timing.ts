// Timing that tolerates a noisy 2-core machine: tools are run in interleaved rounds (so a
// slow spell hits all of them alike), each keeps the median of its runs, and slow tools get
// fewer runs within a time budget instead of stretching the bench to many minutes.
import { cpus, release, totalmem } from 'node:os';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/**
 * A full GC before each timed call, so no tool pays for another's garbage (the peers leave a
 * lot). `--expose-gc` can be switched on at run time; `gc` then appears in new contexts.
 */
setFlagsFromString('--expose-gc');
const fullGc = runInNewContext('gc') as () => void;
/**
 * The forced GC leaves sweeping to helper threads; without a pause that work runs during the
 * next timed call (on 2 cores it took a 10 KB call's median from 4.8 to 6.7 ms, its CPU time
 * past its wall time). SETTLE_MS of sleep lets it finish first.
 */
const SETTLE_MS = 20;
const pause = new Int32Array(new SharedArrayBuffer(4));
function collectGarbage(): void {
  fullGc();
  Atomics.wait(pause, 0, 0, SETTLE_MS);
}

export interface Timed {
  /** Median wall time of one call, in ms; null when the tool was skipped. */
  medianMs: number | null;
  /**
   * Median CPU time of this process during one call (user + system, all threads: GC helpers
   * included), in ms. Other processes on a shared machine stretch wall time more than this.
   */
  cpuMedianMs: number | null;
  runs: number;
  /** The digest of the last run's output, for scoring. */
  output: unknown;
  skipped?: string;
}

export interface TimedJob {
  name: string;
  call(): unknown;
  /** Turns an output into what is kept for scoring, so large outputs do not pile up. */
  digest(output: unknown): unknown;
  /** Expected ms per call, from a smaller size; used to skip and to size the run count. */
  projectedMs: number;
}

export interface TimingOptions {
  maxRuns: number;
  /** Total ms one tool may spend on one corpus. */
  budgetMs: number;
  /** Skip a tool whose one projected run is longer than this. */
  skipAboveMs: number;
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

export function timeInRounds(jobs: TimedJob[], options: TimingOptions): Map<string, Timed> {
  const outputs = new Map<string, unknown>();
  const plan = jobs.map((job) => {
    // No estimate yet: one probe call gives it, and serves as the warm-up.
    let probed = false;
    if (!(job.projectedMs > 0)) {
      collectGarbage();
      const t0 = performance.now();
      outputs.set(job.name, job.digest(job.call()));
      job = { ...job, projectedMs: performance.now() - t0 };
      probed = true;
    }
    if (job.projectedMs > options.skipAboveMs)
      return { job, runs: 0, warmUp: false, skipped: `skipped: one run projected at ${(job.projectedMs / 1000).toFixed(0)} s` };
    const runs = Math.max(1, Math.min(options.maxRuns, Math.floor(options.budgetMs / Math.max(job.projectedMs, 0.01))));
    // A warm-up run is worth it only when it is cheap next to the measured runs.
    return { job, runs, warmUp: !probed && job.projectedMs * (runs + 1) <= options.budgetMs, skipped: undefined };
  });
  const samples = new Map<string, number[]>(jobs.map((j) => [j.name, []]));
  const cpuSamples = new Map<string, number[]>(jobs.map((j) => [j.name, []]));
  for (const p of plan) if (p.warmUp) outputs.set(p.job.name, p.job.digest(p.job.call()));
  const rounds = Math.max(...plan.map((p) => p.runs));
  for (let r = 0; r < rounds; r++) {
    for (const p of plan) {
      if (r >= p.runs) continue;
      collectGarbage();
      const cpu0 = process.cpuUsage();
      const t0 = performance.now();
      const output = p.job.call();
      samples.get(p.job.name)!.push(performance.now() - t0);
      const cpu = process.cpuUsage(cpu0);
      cpuSamples.get(p.job.name)!.push((cpu.user + cpu.system) / 1000);
      outputs.set(p.job.name, p.job.digest(output));
    }
  }
  const result = new Map<string, Timed>();
  for (const p of plan) {
    const s = samples.get(p.job.name)!;
    const c = cpuSamples.get(p.job.name)!;
    result.set(p.job.name, { medianMs: s.length ? median(s) : null, cpuMedianMs: c.length ? median(c) : null, runs: s.length, output: outputs.get(p.job.name), skipped: p.skipped });
  }
  return result;
}

export function describeMachine(): string {
  const cpu = cpus();
  const memGb = (totalmem() / 2 ** 30).toFixed(1);
  return `${cpu[0]?.model ?? 'unknown CPU'}, ${cpu.length} cores, ${memGb} GB RAM, Linux ${release()}, Node ${process.version}`;
}
