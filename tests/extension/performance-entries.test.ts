// The page shares the performance timeline with the content script: a store build must leave no
// `claimcheck:*` entry there, or any site could tell that the reader has Claimcheck installed.
// (Unit tests run as a store build: CLAIMCHECK_TEST_BUILD is only defined by `npm run build:e2e`.)
import { describe, expect, it } from 'vitest';
import { EngineClock, markStartStep, recordAnalysis, RECORDS_PERFORMANCE } from '../../entrypoints/content/measures';
import { idle } from '../../utils/page/busy';

describe('performance entries in a store build', () => {
  it('records none', async () => {
    performance.clearMarks();
    performance.clearMeasures();
    await import('../../entrypoints/content/evaluation-mark');
    markStartStep('storage-asked');
    const busy = idle();
    busy.firstHighlightAt = performance.now();
    recordAnalysis(performance.now() - 5, new EngineClock(), busy);
    expect(RECORDS_PERFORMANCE).toBe(false);
    expect(performance.getEntries().filter((e) => e.name.startsWith('claimcheck:'))).toEqual([]);
  });
});
