import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Fixture sites are built once, before build and browser tests run.
    globalSetup: ['tests/support/build-fixture-sites.ts'],
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      { extends: true, test: { name: 'build', include: ['tests/build/**/*.test.ts'], testTimeout: 120_000 } },
      { extends: true, test: { name: 'browser', include: ['tests/browser/**/*.test.ts'], testTimeout: 60_000, hookTimeout: 60_000 } },
    ],
  },
});
