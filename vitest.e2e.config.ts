import { defineConfig } from 'vitest/config';

// End-to-end tier: real Chromium and Firefox with the built extension (npm run build:e2e first).
// One file at a time: two browsers at once on a 2-core machine make timings flaky.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 90_000,
  },
});
