import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { withBrowser } from '../../src/cli/bench-fps';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

// The Phaser scene itself runs only in a browser: the bench page in headless Chromium mounts
// the map over a bot-played scenario and reports what it drew. No timing is asserted.
describe.skipIf(!existsSync(CHROMIUM))('shop map in Chromium', () => {
  it('draws a bot-played day, switches language live and unmounts cleanly', async () => {
    await withBrowser(async (ctx, url) => {
      const page = await ctx.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      page.on('console', (m) => {
        if (m.type() === 'error') errors.push(m.text());
      });
      await page.goto(`${url}?mode=scenario&id=full-chain-day&hours=4.5&lang=zh-CN`);
      await page.waitForFunction(() => window.__ready === true, null, { timeout: 60_000 });
      const stats = await page.evaluate(() => window.__map?.stats());
      expect(stats?.renderer).toBe('canvas');
      expect(stats?.tokens).toBeGreaterThan(0);
      expect(stats?.tokens).toBeLessThanOrEqual(300);
      await page.mouse.click(170, 150);
      await page.mouse.click(640, 500);
      expect(await page.evaluate(() => window.__clicked)).toEqual(['ops', 'warehouse']);
      await page.evaluate(() => window.__map?.setLang('en'));
      await page.waitForTimeout(200);
      expect(await page.locator('canvas').count()).toBe(1);
      await page.evaluate(() => window.__map?.destroy());
      await page.waitForTimeout(200);
      expect(await page.locator('canvas').count()).toBe(0);
      expect(errors).toEqual([]);
    });
  });
});
