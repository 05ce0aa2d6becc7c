// Markdown for bench/results-core.md and the console: one row per tool and corpus.
import { precision, recall, type Accuracy } from './score';
import type { Timed } from './timing';

export interface Row {
  corpus: string;
  tool: string;
  bytes: number;
  timed: Timed;
  floorMs: number | null;
  claimcheckMs: number | null;
  accuracy: Accuracy | null;
}

const MB = 2 ** 20;
const KB10 = 10 * 2 ** 10;

function fixed(x: number | null, digits: number): string {
  return x == null || !Number.isFinite(x) ? '—' : x.toFixed(digits);
}

function ratio(a: number | null, b: number | null): string {
  if (a == null || b == null || b <= 0) return '—';
  const r = a / b;
  return r >= 10 ? `${r.toFixed(0)}×` : `${r.toFixed(2)}×`;
}

export function rowCells(r: Row): string[] {
  const ms = r.timed.medianMs;
  const mbps = ms ? r.bytes / MB / (ms / 1000) : null;
  const per10k = ms != null ? (ms * KB10) / r.bytes : null;
  const cpu = r.timed.cpuMedianMs;
  const cpuMbps = cpu ? r.bytes / MB / (cpu / 1000) : null;
  const acc = r.accuracy && r.accuracy.reported + r.accuracy.planted > 0 && r.tool !== 'floor (number regex)' ? r.accuracy : null;
  return [
    r.corpus,
    r.tool,
    r.timed.skipped ? r.timed.skipped : fixed(mbps, mbps != null && mbps < 1 ? 3 : 1),
    fixed(per10k, per10k != null && per10k < 1 ? 3 : 1),
    r.timed.skipped ? '—' : fixed(cpuMbps, cpuMbps != null && cpuMbps < 1 ? 3 : 1),
    ratio(ms, r.floorMs),
    r.tool === 'claimcheck analyze' ? '1×' : ratio(ms, r.claimcheckMs),
    acc ? fixed(recall(acc), 2) : '—',
    acc ? fixed(precision(acc), 2) : '—',
    String(r.timed.runs),
  ];
}

export const HEADER = ['corpus', 'tool', 'MB/s', 'ms per 10 KB', 'MB/s of CPU time', 'time ÷ floor', 'time ÷ claimcheck', 'recall', 'precision', 'runs'];

export function markdownTable(header: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

export function accuracyCells(label: string, a: Accuracy): string[] {
  return [label, String(a.planted), String(a.reported), String(a.matched), fixed(recall(a), 2), fixed(precision(a), 2)];
}
