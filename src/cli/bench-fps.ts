import { createReadStream } from 'node:fs';
import { mkdir, mkdtemp, rm, stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext } from 'playwright-core';
import { build } from 'vite';
import { CHROMIUM, CHROMIUM_ARGS } from '../../tests/e2e/harness';

/**
 * The map's frame-rate bench (DESIGN §5: ≥ 55 fps with 300 moving order tokens, Canvas
 * renderer): builds bench/fps.html into .tmp/bench-dist/, serves it on localhost, opens it in
 * headless Chromium and reads the frames counted by the page. `--screenshots` also writes
 * test-results/screenshots/map-*.png (the bench and a bot-played full-chain day, both languages).
 */
export const FPS_BUDGET = 55;
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const DIST = join(ROOT, '.tmp', 'bench-dist');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
};

export interface FpsResult {
  fps: number;
  tokens: number;
  renderer: string;
  /** Mean ms of the map's update + render per frame (out of 16.7 ms at 60 fps). */
  frameMs: number;
}

async function buildPage(): Promise<void> {
  await build({ configFile: join(ROOT, 'bench', 'vite.config.js'), logLevel: 'warn' });
}

function serve(): Promise<{ server: Server; url: string }> {
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent((req.url ?? '/').split('?')[0] ?? '/'));
    if (path === '/favicon.ico') return void res.writeHead(204).end();
    const file = join(DIST, path === '/' ? 'fps.html' : path);
    if (!file.startsWith(DIST)) return void res.writeHead(403).end();
    stat(file).then(
      () => {
        res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
        createReadStream(file).pipe(res);
      },
      () => void res.writeHead(404).end(),
    );
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const addr = server.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      resolve({ server, url: `http://127.0.0.1:${port}/fps.html` });
    });
  });
}

/** Runs `fn` with the page built, served and a fresh headless Chromium profile open. */
export async function withBrowser<T>(
  fn: (ctx: BrowserContext, url: string) => Promise<T>,
): Promise<T> {
  await buildPage();
  const { server, url } = await serve();
  const profile = await mkdtemp(join(tmpdir(), 'shopdojo-bench-'));
  const ctx = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1280, height: 720 },
    args: CHROMIUM_ARGS,
  });
  try {
    return await fn(ctx, url);
  } finally {
    await ctx.close();
    server.close();
    await rm(profile, { recursive: true, force: true });
  }
}

/** Frame rate of the map with 300 order tokens changing state, Canvas renderer, over ~5 s. */
export async function measureFps(): Promise<FpsResult> {
  return withBrowser(async (ctx, url) => {
    const page = await ctx.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${url}?mode=bench&seconds=5`);
    await page.waitForFunction(() => window.__bench !== undefined, null, { timeout: 30_000 });
    if (errors.length) throw new Error(`bench page errors: ${errors.join('; ')}`);
    const result = await page.evaluate(() => window.__bench);
    if (!result) throw new Error('the bench page reported nothing');
    return result;
  });
}

/** Screenshots of the bench map and of a bot-played scenario in both languages. */
export async function screenshots(
  dir = join(ROOT, 'test-results', 'screenshots'),
): Promise<string[]> {
  await mkdir(dir, { recursive: true });
  const shots: [string, string, number?][] = [
    ['map-bench.png', '?mode=bench&seconds=2'],
    ['map-full-chain-zh.png', '?mode=scenario&id=full-chain-day&hours=4.5&lang=zh-CN'],
    ['map-full-chain-en.png', '?mode=scenario&id=full-chain-day&hours=3&lang=en'],
    ['map-flash-sale-zh.png', '?mode=scenario&id=flash-sale-shipping&hours=2&lang=zh-CN'],
    ['map-returns-en.png', '?mode=scenario&id=aftersales-returns-wave&hours=2&lang=en'],
    ['map-small-en.png', '?mode=scenario&id=full-chain-day&hours=4.5&lang=en', 800],
    ['map-full-chain-1080p.png', '?mode=scenario&id=full-chain-day&hours=4.5&lang=zh-CN', 1920],
  ];
  return withBrowser(async (ctx, url) => {
    const out: string[] = [];
    for (const [name, query, width] of shots) {
      const page = await ctx.newPage();
      if (width) await page.setViewportSize({ width, height: Math.round((width * 9) / 16) });
      page.on('pageerror', (e) => console.error(`${name}: ${e.message}`));
      await page.goto(url + query);
      await page.waitForFunction(() => window.__ready || window.__bench, null, { timeout: 60_000 });
      const file = join(dir, name);
      await page.screenshot({ path: file });
      out.push(file);
      if (name === 'map-full-chain-zh.png') {
        // The language switches live, without remounting the map.
        await page.evaluate(() => window.__map?.setLang('en'));
        await page.waitForTimeout(400);
        const switched = join(dir, 'map-full-chain-switched-en.png');
        await page.screenshot({ path: switched });
        out.push(switched);
      }
      await page.close();
    }
    return out;
  });
}

async function main(): Promise<void> {
  const r = await measureFps();
  const ok = r.fps >= FPS_BUDGET;
  const row = (k: string, v: string) => console.log(`${k.padEnd(58)} ${v}`);
  row(`map frame rate (${r.tokens} tokens, ${r.renderer}, headless Chromium)`, `${r.fps} fps`);
  row('map update + render per frame (mean, of 16.7 ms)', `${r.frameMs} ms`);
  row(`budget: ≥ ${FPS_BUDGET} fps with 300 moving order tokens`, ok ? 'PASS' : 'FAIL');
  if (process.argv.includes('--screenshots'))
    for (const f of await screenshots()) console.log(`screenshot ${f}`);
  process.exitCode = ok ? 0 : 1;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === normalize(process.argv[1])) {
  main().catch((e: unknown) => {
    console.error(e);
    process.exitCode = 1;
  });
}
