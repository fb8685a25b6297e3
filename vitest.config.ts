import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // One real OCR pass over every fixture and sample fills a cache the test files share.
    globalSetup: ['test/support/global-setup.ts'],
    // Real OCR runs in some tests: give them time, and run files one after another so
    // each file's OCR pool has both cores.
    testTimeout: 180_000,
    hookTimeout: 180_000,
    fileParallelism: false,
  },
});
