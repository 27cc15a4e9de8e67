import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';

const dirs: string[] = [];

/** A fresh, absolute folder for one test's store files, removed after the test. */
export function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'shopdojo-store-'));
  dirs.push(dir);
  return dir;
}

afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A clock that starts at 2025-03-01 09:00 UTC and moves one minute per reading. */
export function stepClock(start = '2025-03-01T09:00:00.000Z', stepMs = 60_000) {
  let t = Date.parse(start) - stepMs;
  const now = () => new Date((t += stepMs));
  return Object.assign(now, { peek: () => new Date(t) });
}

export function files(dir: string): string[] {
  try {
    return readdirSync(dir).sort();
  } catch {
    return [];
  }
}
