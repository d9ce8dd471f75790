import { defineConfig } from 'vitest/config';

// Schema tests: each builds a throwaway Astro project from tests/fixtures/, so they are slow and run on their own.
export default defineConfig({
  test: { include: ['tests/schemas/**/*.test.ts'], testTimeout: 120_000 },
});
