import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // One web build per run, shared by the e2e files (tests/e2e/web-build.ts).
    globalSetup: ['tests/e2e/global-setup.ts'],
    environment: 'node',
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
