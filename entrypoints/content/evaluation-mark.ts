// Imported first by the content script: marks when the bundle's own modules start running, so
// `npm run bench:page` can tell the time spent evaluating them (engine tables, schemas, WXT)
// from the analysis that follows `claimcheck:start`.
// (test builds only, as every `claimcheck:*` entry: see measures.ts)
if (import.meta.env.CLAIMCHECK_TEST_BUILD) {
  try {
    performance.mark('claimcheck:evaluate');
  } catch {
    // Benchmarks only.
  }
}

export {};
