import { defineConfig } from 'vitest/config';

// Unit tests: pure logic in src/lib and the editorial checks over content/ (schemas: vitest.schemas.config.ts).
export default defineConfig({
  test: { include: ['tests/unit/**/*.test.ts'], testTimeout: 120_000 },
});
