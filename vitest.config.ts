import { defineConfig } from 'vitest/config';

// Unit tests: pure logic in src/lib and the content schemas (through fixture projects).
export default defineConfig({
  test: { include: ['tests/unit/**/*.test.ts'], testTimeout: 120_000 },
});
