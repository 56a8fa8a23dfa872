import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 120_000,
    // Files run in parallel, two at a time: end-to-end files each start a host and a browser, and the
    // machines have two cores.
    fileParallelism: true,
    maxWorkers: 2,
  },
});
