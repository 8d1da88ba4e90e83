// The test runner: every tests/**/*.test.ts; end-to-end suites start processes, so a test may take up to 30 s.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 30_000,
  },
});
