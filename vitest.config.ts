import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 180_000,
    hookTimeout: 180_000,
    // Whole-run tests spawn the CLI with worker threads; keep files sequential on 2 cores.
    fileParallelism: false,
  },
});
