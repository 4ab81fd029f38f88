import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Unit tests sit beside the logic they pin; build tests run Astro on fixture courses.
    include: ['src/**/*.test.ts', 'tests/build/**/*.test.ts'],
    testTimeout: 20_000,
    // Build tests start Astro processes; running them one file at a time keeps a 2-core machine responsive.
    fileParallelism: false,
  },
});
