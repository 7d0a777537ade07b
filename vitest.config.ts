import { defineConfig } from 'vitest/config';

// Unit tests: src/core runs in the node environment so that any DOM use fails.
export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts', 'tests/**/*.test.tsx'],
    benchmark: { include: ['tests/**/*.bench.ts'] },
    environment: 'node',
    testTimeout: 60_000,
  },
});
