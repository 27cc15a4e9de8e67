import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, inject } from 'vitest';
import { buildWeb, serve, type Served } from './harness';

declare module 'vitest' {
  export interface ProvidedContext {
    /** An empty folder for this run's one web build (see `sharedWeb`). */
    e2eWebDir: string;
  }
}

const BUILT = '.e2e-built';

/**
 * The renderer built once per test run and shared by every e2e file: building it per file cost
 * about half a minute each. The first file to ask builds it; a file running at the same time in
 * another worker waits for the marker. Never delete the folder from a test: the global teardown
 * does.
 */
export async function sharedWeb(): Promise<string> {
  const dir = inject('e2eWebDir');
  if (!dir) return buildWeb();
  const marker = join(dir, BUILT);
  if (existsSync(marker)) return dir;
  let owner = false;
  try {
    mkdirSync(`${dir}.lock`);
    owner = true;
  } catch {
    // Another worker holds the lock and is building.
  }
  if (owner) {
    buildWeb(dir);
    writeFileSync(marker, '');
    return dir;
  }
  while (!existsSync(marker)) await new Promise((ok) => setTimeout(ok, 250));
  return dir;
}

/**
 * The shared build served on a free loopback port for one describe block: started before its
 * tests, closed after them. Read `url` inside a test (it is set once the server is up).
 */
export function servedWeb(): { readonly url: string } {
  let server: Served | undefined;
  beforeAll(async () => {
    server = await serve(await sharedWeb());
  }, 180_000);
  afterAll(async () => {
    await server?.close();
  });
  return {
    get url() {
      if (!server) throw new Error('servedWeb: the web build is not served yet');
      return server.url;
    },
  };
}
