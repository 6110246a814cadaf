import { defineConfig } from 'vitest/config';

/** The e2e suite: real browsers, one file at a time, generous timeouts. Run by scripts/test-e2e.mjs. */
export default defineConfig({
  test: {
    root: new URL('../..', import.meta.url).pathname,
    include: ['tests/e2e/**/*.test.ts'],
    environment: 'node',
    pool: 'forks',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
    reporters: ['verbose'],
  },
});
