import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable, e2eUrl, launch, shot, type Browser } from './harness';
import { servedWeb } from './web-build';

const tid = (id: string) => `[data-testid="${id}"]`;

async function newProfile(page: Page, base: string) {
  await page.goto(e2eUrl(base, 256));
  await page.waitForSelector(tid('profile-name-input'));
  await page.click(tid('welcome-lang-zh-CN'));
  await page.fill(tid('profile-name-input'), '仓储小李');
  await page.click(tid('profile-create'));
  await page.waitForSelector(tid('menu'));
}

// Each role's station on the play screen, a damaged save reported, and ending a run early.
describe.skipIf(!chromiumAvailable())('roles and saved data (web build, Chromium)', () => {
  const server = servedWeb();
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch({ locale: 'zh-CN' });
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
  });

  it('opens the station of every role in the tutorial and can end a run early, unscored', async () => {
    const { page } = browser;
    await newProfile(page, server.url);
    for (const role of ['buyer', 'ops', 'warehouse', 'support'] as const) {
      await page.click(tid('scenario-tutorial-one-order'));
      await page.click(tid(`role-${role}`));
      await page.click(tid('start-run'));
      await page.waitForSelector(tid('hud'));
      await expect
        .poll(async () => Number(await page.getAttribute(tid('play'), 'data-clock')), {
          timeout: 30_000,
        })
        .toBeGreaterThan(900);
      await page.keyboard.press('Space');
      await page.waitForSelector(tid('paused'));
      await shot(page, `zh-station-${role}`);
      await page.click(tid('hud-end'));
      await page.click(tid('confirm-end-yes'));
      await page.waitForSelector(tid('debrief'), { state: 'attached' });
      // Idle for a quarter of an hour while bots met the team's targets: no star, and why.
      await page.waitForSelector(tid('debrief-verdict'));
      expect(await page.textContent(tid('debrief-verdict'))).toContain('挂机不得分');
      expect(await page.locator('.dbf-score .dbf-stars--big .on').count()).toBe(0);
      expect(await page.textContent(tid('debrief-team'))).toMatch(/团队成绩.*个目标中达成/);
      // The expert bots stopped at the same minute are not scored either (not three grey stars).
      await page.waitForSelector(`${tid('debrief-score')} ${tid('debrief-expert-unscored')}`);
      if (role === 'buyer' || role === 'support') await shot(page, `zh-debrief-idle-${role}`);
      if (role === 'support') {
        await page.click(tid('lang-switch'));
        await expect
          .poll(() => page.textContent(tid('debrief-verdict')))
          .toContain('you issued no command as Support');
        await shot(page, 'en-debrief-idle-support');
        await page.click(tid('lang-switch'));
        await expect.poll(() => page.textContent(tid('debrief-verdict'))).toContain('挂机不得分');
      }
      await page.click(tid('back'));
      await page.waitForSelector(tid('menu'));
    }
    expect(browser.errors).toEqual([]);
  }, 240_000);

  it('switches between learners on one machine', async () => {
    const { page } = browser;
    await page.click(tid('profile-name'));
    await page.fill(tid('profile-name-input'), '运营小张');
    await shot(page, 'zh-profiles');
    await page.click(tid('profile-create'));
    await page.waitForSelector(tid('menu'));
    await expect.poll(() => page.textContent(tid('profile-name'))).toBe('运营小张');
    await page.click(tid('profile-name'));
    await page.click('[data-testid^="profile-"]:has-text("仓储小李")');
    await page.waitForSelector(tid('menu'));
    await expect.poll(() => page.textContent(tid('profile-name'))).toBe('仓储小李');
    expect(browser.errors).toEqual([]);
  }, 60_000);

  it('tells the player when saved data was damaged and keeps the damaged copy', async () => {
    const { page } = browser;
    await page.evaluate(() =>
      localStorage.setItem('shopdojo.history', '{"schemaVersion":1,"attempts":[{"id"'),
    );
    await page.reload();
    await page.waitForSelector(tid('notice'));
    await shot(page, 'zh-notice-damaged-history');
    const kept = await page.evaluate(() =>
      Object.keys(localStorage).filter((k) => k.startsWith('shopdojo.quarantine.history.')),
    );
    expect(kept).toHaveLength(1);
    await page.click(tid('notice-dismiss'));
    expect(await page.locator(tid('notice')).count()).toBe(0);
    expect(browser.errors).toEqual([]);
  }, 60_000);
});
