import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // One web build per run, shared by the e2e files (tests/e2e/web-build.ts).
    globalSetup: ['tests/e2e/global-setup.ts'],
    environment: 'node',
    // Most of an e2e file's time is spent waiting on Chromium, so three files share two cores
    // well (the suite's wall time fell from 780 s to 645 s here); the tests hold sim time with
    // the manual clock wherever they assert it, so the load cannot change an outcome.
    maxWorkers: Math.max(3, availableParallelism() - 1),
    testTimeout: 60_000,
    hookTimeout: 60_000,
    server: {
      deps: {
        // Main-process tests `vi.mock('electron')`; electron-store imports electron, so it (and the
        // write path under it, for the atomic-write test) runs through Vitest to see the mock.
        inline: ['electron-store', 'conf', 'atomically', 'stubborn-fs'],
      },
    },
  },
});
