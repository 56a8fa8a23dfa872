import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 120_000,
    // End-to-end files each start a host and a browser; two cores share them better one at a time.
    fileParallelism: true,
    maxWorkers: 2,
  },
});
