import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Removes the temp folders each test file made with tempDir().
    setupFiles: ['test/setup/temp-dirs.ts'],
    // End-to-end tests start Chromium and print real PDFs.
    testTimeout: 120_000,
    hookTimeout: 120_000,
    reporters: ['default', './test/summary-reporter.ts'],
  },
});
