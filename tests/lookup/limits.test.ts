// Politeness: the limiter never lets more requests run at once than a source allows, and
// spaces their starts (EDGAR: 10 a second at most).
import { describe, expect, it } from 'vitest';
import { SOURCE_LIMITS, createLimiter } from '../../utils/lookup/limits';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('createLimiter', () => {
  it('runs at most `concurrent` tasks at once and all of them in the end', async () => {
    const limiter = createLimiter(SOURCE_LIMITS.wikidata);
    let running = 0;
    let most = 0;
    const results = await Promise.all(
      Array.from({ length: 7 }, (_, i) =>
        limiter.run(async () => {
          running++;
          most = Math.max(most, running);
          await sleep(20);
          running--;
          return i;
        }),
      ),
    );
    expect(results).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(most).toBe(2);
  });

  it('starts EDGAR requests more than 100 ms apart (≤ 10 a second)', async () => {
    const limiter = createLimiter(SOURCE_LIMITS.edgar);
    const starts: number[] = [];
    await Promise.all(Array.from({ length: 5 }, () => limiter.run(async () => void starts.push(performance.now()))));
    const gaps = starts.slice(1).map((t, i) => t - starts[i]!);
    expect(gaps.every((gap) => gap >= 100)).toBe(true);
  });

  it('passes a failing task on and keeps serving the next ones', async () => {
    const limiter = createLimiter({ concurrent: 1, intervalMs: 0 });
    await expect(limiter.run(async () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    await expect(limiter.run(async () => 'next')).resolves.toBe('next');
  });
});
