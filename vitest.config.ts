import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Unit tier: the core in Node, the page layer in happy-dom, the extension layer with fakeBrowser.
// The end-to-end tier (real browsers) has its own config: vitest.e2e.config.ts.
export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['tests/**/*.test.{ts,tsx}'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    // the property tests run thousands of generated cases: on a busy machine five seconds is too
    // short for some, and a failure on time alone says nothing about the code (speed has its benches)
    testTimeout: 30_000,
  },
});
