import { defineConfig } from 'vitest/config';

// Browser tests: Playwright drives Debian's Chromium against dist/ served locally.
export default defineConfig({
  test: {
    include: ['tests/browser/**/*.test.ts'],
    globalSetup: ['tests/browser/global-setup.ts'],
    testTimeout: 300_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
