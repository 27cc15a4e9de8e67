import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import { e2eUrl, shot } from './harness';
import { think } from './humanplay';

const tid = (id: string) => `[data-testid="${id}"]`;
const clockOf = async (page: Page) => Number(await page.getAttribute(tid('play'), 'data-clock'));

/**
 * If this build has the support station: wait (in the game's time, one human pace at a time)
 * for the chat, pick it up, answer with the size reply, resolve it. The clock is the e2e's manual
 * one, so the answer comes as fast in sim time on a loaded machine as on an idle one.
 */
async function replyToCustomer(page: Page): Promise<boolean> {
  if ((await page.locator(tid('station-panel')).count()) === 0) return false;
  const pickUp = page.locator('[data-testid^="ticket-"][data-testid$="-pick-up"]').first();
  for (let i = 0; i < 60 && (await pickUp.count()) === 0; i++) await think(page);
  await pickUp.waitFor({ timeout: 10_000 });
  const id = ((await pickUp.getAttribute('data-testid')) ?? '').slice(7, -8);
  const view = page.locator(`[data-testid="ticket-view-${id}"]`);
  await pickUp.click();
  // Each step is seen to land before the next (the station re-renders every frame).
  await view.and(page.locator('[data-state="assigned"]')).waitFor({ timeout: 10_000 });
  await page.locator('[data-testid$="-quick-replies"]').first().waitFor({ timeout: 10_000 });
  // The size question's standard reply, else whichever quick reply the station offers first.
  const sized = page.locator('[data-testid$="-reply-presale_answer"]');
  const quick =
    (await sized.count()) > 0
      ? sized.first()
      : page.locator('[data-testid$="-quick-replies"] button').first();
  await quick.click();
  await view.and(page.locator('[data-replied="yes"]')).waitFor({ timeout: 10_000 });
  const resolve = page.locator(`[data-testid="ticket-${id}-resolve"]`);
  await resolve.click();
  // A closed chat keeps no action buttons.
  await resolve.waitFor({ state: 'detached', timeout: 10_000 });
  return true;
}

/**
 * A new learner's whole journey in one language: profile, language, tutorial as support,
 * reply to the customer, reload mid-run and continue from the autosave, play to the end, debrief.
 */
export async function playTutorialJourney(
  page: Page,
  base: string,
  lang: 'zh-CN' | 'en',
  name: string,
) {
  const tag = lang === 'zh-CN' ? 'zh' : 'en';
  // The manual clock until the reload: the customer is answered at a person's pace.
  await page.goto(e2eUrl(base, 8, '&clock=manual'));
  await page.waitForSelector(tid('profile-name-input'));
  await page.click(tid(`welcome-lang-${lang}`));
  await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe(lang);
  await page.fill(tid('profile-name-input'), name);
  await shot(page, `${tag}-01-welcome`);
  await page.click(tid('profile-create'));

  await page.waitForSelector(tid('menu'));
  await expect.poll(() => page.textContent(tid('profile-name'))).toBe(name);
  await shot(page, `${tag}-02-menu`);
  await page.click(tid('scenario-tutorial-one-order'));

  await page.waitForSelector(tid('briefing'));
  await page.click(tid('role-support'));
  await shot(page, `${tag}-03-briefing`);
  await page.click(tid('start-run'));

  await page.waitForSelector(tid('hud'));
  const replied = await replyToCustomer(page);
  while ((await clockOf(page)) <= 200) await think(page);
  await shot(page, `${tag}-04-play`);
  // The answered chat stays answered while the day runs on (the run is the one played).
  if (replied)
    expect(
      await page.getAttribute('[data-testid^="ticket-view-"]', 'data-replied'),
      'the chat answered before the clock ran on',
    ).toBe('yes');

  // Pause (which autosaves), reload, and continue from the menu.
  await page.click(tid('hud-pause'));
  await page.waitForSelector(tid('paused'));
  const pausedAt = await clockOf(page);
  await page.waitForTimeout(500);
  // A full reload, now on the real clock at the fast test speed for the rest of the day.
  await page.goto(e2eUrl(base, 64));
  await page.waitForSelector(tid('continue'));
  await shot(page, `${tag}-05-continue`);
  await page.click(tid('continue'));
  await page.waitForSelector(tid('paused'));
  expect(await clockOf(page)).toBe(pausedAt);

  // Switching language mid-run re-labels everything and keeps the run.
  const title = await page.textContent(tid('run-title'));
  await page.click(tid('lang-switch'));
  await expect.poll(() => page.textContent(tid('run-title'))).not.toBe(title);
  expect(await clockOf(page)).toBe(pausedAt);
  await shot(page, `${tag}-05b-play-switched-language`);
  await page.click(tid('lang-switch'));
  await expect.poll(() => page.textContent(tid('run-title'))).toBe(title);

  await page.keyboard.press('Space');
  await page.keyboard.press('3');
  await expect.poll(() => page.getAttribute(tid('hud-speed-4'), 'aria-pressed')).toBe('true');
  await page.waitForSelector(tid('debrief'), { timeout: 120_000, state: 'attached' });
  // Scored is enough: the run is in history from the first paint of its score, before the
  // causes are proven or the expert run is in, so a learner who leaves at once loses nothing.
  await page.waitForSelector('[data-debrief="ready"]', { timeout: 120_000 });
  await shot(page, `${tag}-06-debrief`);

  // Back to the menu: the run is in history with its stars, and the autosave is gone.
  await page.click(tid('back'));
  await page.waitForSelector(tid('menu'));
  await expect
    .poll(() => page.getAttribute(`${tid('scenario-tutorial-one-order')} .stars`, 'data-stars'))
    .not.toBe('0');
  expect(await page.locator(tid('continue')).count()).toBe(0);
  await page.waitForSelector(tid('best-by-role-tutorial-one-order'));
  await shot(page, `${tag}-06b-menu-after-run`);
  await page.click(tid('open-history'));
  await page.waitForSelector(tid('history-row'));
  await shot(page, `${tag}-07-history`);
  // An earlier attempt opens with its 复盘 and checklist, as saved.
  await page.click(tid('history-row'));
  await page.waitForSelector(tid('history-detail'));
  // (in the language the debrief was written in)
  expect(await page.textContent(tid('history-detail'))).toMatch(/回顾目标|Review the goals/);
  await shot(page, `${tag}-07b-history-detail`);
  await page.click(tid('back'));
  await page.click(tid('open-settings'));
  await page.click(tid('setting-textSize-large'));
  await expect
    .poll(() => page.evaluate(() => document.documentElement.dataset.textSize))
    .toBe('large');
  await shot(page, `${tag}-08-settings`);
  return { replied };
}
