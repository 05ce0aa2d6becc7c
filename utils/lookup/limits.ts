// Politeness per source: EDGAR allows 10 requests a second; Wikidata asks for few parallel
// requests. A limiter queues requests (never drops or retries them): at most `concurrent`
// at once, and starts at least `intervalMs` apart.
import type { LookupSourceId } from './schema';

export interface LimitRule {
  concurrent: number;
  intervalMs: number;
}

export const SOURCE_LIMITS: Record<LookupSourceId, LimitRule> = {
  'article-links': { concurrent: 3, intervalMs: 0 },
  newsroom: { concurrent: 2, intervalMs: 250 },
  edgar: { concurrent: 4, intervalMs: 110 }, // ≤ 10 requests per second, with a margin
  newswire: { concurrent: 2, intervalMs: 250 },
  wikidata: { concurrent: 2, intervalMs: 0 }, // ≤ 2 at once
};

export interface Limiter {
  run<T>(task: () => Promise<T>): Promise<T>;
  /** After a source says "too many requests": ask it nothing more for `ms`. */
  pause(ms: number): void;
  /** Milliseconds left of a pause, 0 when the source may be asked. */
  pausedFor(): number;
}

export function createLimiter(rule: LimitRule, now: () => number = Date.now): Limiter {
  let active = 0;
  let nextStart = 0;
  let pausedUntil = 0;
  const waiting: Array<() => void> = [];
  const pump = () => {
    if (active >= rule.concurrent || waiting.length === 0) return;
    const delay = Math.max(0, nextStart - now());
    if (delay > 0) {
      setTimeout(pump, delay);
      return;
    }
    active++;
    nextStart = now() + rule.intervalMs;
    waiting.shift()!();
    pump();
  };
  return {
    pause(ms) {
      pausedUntil = Math.max(pausedUntil, now() + ms);
    },
    pausedFor: () => Math.max(0, pausedUntil - now()),
    run<T>(task: () => Promise<T>): Promise<T> {
      return new Promise<T>((resolve, reject) => {
        waiting.push(() => {
          task()
            .then(resolve, reject)
            .finally(() => {
              active--;
              pump();
            });
        });
        pump();
      });
    },
  };
}

export type SourceLimiters = Record<LookupSourceId, Limiter>;

export function createSourceLimiters(rules: Record<LookupSourceId, LimitRule> = SOURCE_LIMITS): SourceLimiters {
  const entries = Object.entries(rules).map(([source, rule]) => [source, createLimiter(rule)]);
  return Object.fromEntries(entries) as SourceLimiters;
}

/** Shared by every lookup of one process or service worker, so limits hold across pages. */
let shared: SourceLimiters | null = null;
export function sharedLimiters(): SourceLimiters {
  shared ??= createSourceLimiters();
  return shared;
}
