import { readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { buildWeb, launch, serve } from '../../tests/e2e/harness';

/**
 * Web-build budgets of DESIGN §5: cold start to the interactive main menu (≤ 2 s) and the
 * renderer's initial JS, gzipped (≤ 800 KB). The Chromium launch code is the e2e harness's, so
 * the bench and the tests run the game the same way.
 */
export const COLD_START_BUDGET_MS = 2000;
export const INITIAL_JS_BUDGET_KB = 800;

/** JS the page loads before anything else: the entry script and what it preloads. */
export function measureBundle(dir = resolve('dist')): { initialJsGzipKb: number } {
  const html = readFileSync(join(dir, 'index.html'), 'utf8');
  const srcs = [
    ...html.matchAll(
      /<(?:script[^>]*\bsrc|link[^>]*rel="modulepreload"[^>]*\bhref)="([^"]+\.js)"/g,
    ),
  ].map((m) => m[1] as string);
  let bytes = 0;
  for (const src of new Set(srcs)) bytes += gzipSync(readFileSync(join(dir, src))).length;
  return { initialJsGzipKb: Math.round((bytes / 1024) * 10) / 10 };
}

// A returning learner: one profile exists, so the game opens on the main menu.
const SEED_PROFILE = `localStorage.getItem('shopdojo.profiles') || localStorage.setItem('shopdojo.profiles', JSON.stringify({
  schemaVersion: 1, profiles: [{ id: 'bench', name: 'Bench', createdAt: '2026-01-01T00:00:00.000Z' }], selected: 'bench' }))`;

/**
 * Milliseconds from navigation start to an interactive main menu in a fresh Chromium profile
 * (empty cache), median of `runs`. Builds the web renderer first unless `dir` is given.
 */
export async function measureColdStart(dir?: string, runs = 3): Promise<number> {
  const out = dir ?? buildWeb();
  const server = await serve(out);
  const times: number[] = [];
  try {
    for (let i = 0; i < runs; i++) {
      const browser = await launch();
      try {
        await browser.page.addInitScript(SEED_PROFILE);
        await browser.page.goto(server.url);
        await browser.page.waitForSelector('[data-testid="menu"] [data-testid^="scenario-"]');
        times.push(await browser.page.evaluate(() => performance.now()));
      } finally {
        await browser.close();
      }
    }
  } finally {
    await server.close();
    if (!dir) rmSync(out, { recursive: true, force: true });
  }
  times.sort((a, b) => a - b);
  return Math.round(times[Math.floor(times.length / 2)] ?? NaN);
}

async function main() {
  const out = buildWeb();
  try {
    const { initialJsGzipKb } = measureBundle(out);
    const coldMs = await measureColdStart(out);
    const row = (k: string, v: string, ok: boolean) =>
      console.log(`${k.padEnd(34)} ${v.padEnd(12)} ${ok ? 'ok' : 'OVER BUDGET'}`);
    console.log('ShopDojo web bench — built renderer, Chromium headless');
    row('initial JS (gzip)', `${initialJsGzipKb} KB`, initialJsGzipKb <= INITIAL_JS_BUDGET_KB);
    console.log(`${''.padEnd(34)} budget ≤ ${INITIAL_JS_BUDGET_KB} KB`);
    row('cold start → interactive menu', `${coldMs} ms`, coldMs <= COLD_START_BUDGET_MS);
    console.log(`${''.padEnd(34)} budget ≤ ${COLD_START_BUDGET_MS} ms`);
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
