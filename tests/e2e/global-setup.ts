import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';

/**
 * Vitest global set-up: hands every worker the same empty folder for the one web build of this
 * run (`sharedWeb` in web-build.ts fills it on first use), and removes it after the run.
 */
export default function setup(project: TestProject) {
  const dir = mkdtempSync(join(tmpdir(), 'shopdojo-e2e-web-'));
  project.provide('e2eWebDir', dir);
  return () => {
    rmSync(dir, { recursive: true, force: true });
    rmSync(`${dir}.lock`, { recursive: true, force: true });
  };
}
