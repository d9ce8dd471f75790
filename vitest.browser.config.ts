import { defineConfig } from 'vitest/config';

// Browser tests: Playwright drives Debian's Chromium against dist/ served locally.
export default defineConfig({
  test: {
    include: ['tests/browser/**/*.test.ts'],
    globalSetup: ['tests/browser/global-setup.ts'],
    testTimeout: 300_000,
    hookTimeout: 120_000,
    fileParallelism: false,
    // Concurrent tests within a file (the sitemap's pages): enough to keep two cores busy, few enough that a page's
    // timers are not starved.
    maxConcurrency: 4,
    // Pages load modules on demand; under a loaded CI machine one second of polling is not enough.
    expect: { poll: { timeout: 10_000 } },
  },
});
