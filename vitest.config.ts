import { defineConfig } from 'vitest/config';

// Tests that share one database run one file at a time; each file gets its own fresh database
// (see test/helpers/test-db.ts), so files do not see each other's rows.
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts', 'web/src/**/*.test.{ts,tsx}'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    fileParallelism: false,
    globalSetup: ['test/global-setup.ts'],
  },
});
