import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import { NoSitesFirstSequencer } from './tests/support/sequencer.ts';

// Timeouts are for a busy two-core machine: a subprocess or a page may take many times what it takes on a quiet one.
export default defineConfig({
  test: {
    // Browser tests mostly wait on Chromium: two files at a time even on two cores.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    sequence: { sequencer: NoSitesFirstSequencer },
    projects: [
      {
        // Pure code, in process: no site is built, no process started. The files share their imports
        // (nothing in them changes a module's state), which makes the layer run in seconds.
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], pool: 'threads', isolate: false, testTimeout: 30_000 },
      },
      {
        // The project's scripts (npm run check, new, translations), each run as a recruiter runs it. Each in a
        // process of its own: the files can share their worker and its imports, which takes two CPU-seconds to start.
        test: { name: 'scripts', include: ['tests/scripts/**/*.test.ts'], isolate: false, testTimeout: 120_000 },
      },
      {
        // The fixture sites, each built once per run by the global setup while the tests start; each file waits for those it reads.
        test: {
          name: 'build',
          include: ['tests/build/**/*.test.ts'],
          globalSetup: ['tests/support/setup-build-project.ts'],
          // The files only read the built sites: they can share their imports (the validators, the parsers).
          isolate: false,
          testTimeout: 120_000,
        },
      },
      {
        // The basic fixture site served to the one Chromium of the run.
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          globalSetup: ['tests/support/setup-browser-project.ts'],
          // Each file opens contexts of its own and closes them: the files can share their worker and its imports
          // (playwright-core, the i18n of 24 languages), which takes two CPU-seconds to start.
          isolate: false,
          testTimeout: 120_000,
          hookTimeout: 120_000,
          expect: { poll: { timeout: 30_000 } },
        },
      },
    ],
  },
});
