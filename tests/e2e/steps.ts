import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import { e2eUrl } from './harness';

/**
 * Small steps shared by the full-run tests: everything goes through the UI (clicks, keys,
 * what the page shows), never through the simulation itself.
 */

export const tid = (id: string) => `[data-testid="${id}"]`;

export type Lang = 'zh-CN' | 'en';
export type PlayRole = 'buyer' | 'support' | 'ops' | 'warehouse';

/** The sim clock shown on the play screen (seconds since the scenario's start). */
export const clockOf = async (page: Page) =>
  Number(await page.getAttribute(tid('play'), 'data-clock'));

/** First launch: pick the language, create a profile, land on the main menu. */
export async function newProfile(
  page: Page,
  base: string,
  lang: Lang,
  name: string,
  speed = 64,
  extra = '',
) {
  await page.goto(e2eUrl(base, speed, extra));
  await page.waitForSelector(tid('profile-name-input'));
  await page.click(tid(`welcome-lang-${lang}`));
  await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe(lang);
  await page.fill(tid('profile-name-input'), name);
  await page.click(tid('profile-create'));
  await page.waitForSelector(tid('menu'));
}

/** Menu → tutorial briefing → pick the role → start; the play screen is up (running). */
export async function startTutorial(page: Page, role: PlayRole) {
  await page.click(tid('scenario-tutorial-one-order'));
  await page.waitForSelector(tid('briefing'));
  await page.click(tid(`role-${role}`));
  await page.click(tid('start-run'));
  await page.waitForSelector(tid('hud'));
  await expect.poll(() => page.getAttribute(tid('station-panel'), 'data-role')).toBe(role);
}

const stateOf = (page: Page) => page.getAttribute(tid('play'), 'data-state');

/** Pauses with the HUD's pause button (Space would also press a focused button). */
export async function pause(page: Page) {
  if ((await stateOf(page)) !== 'paused') await page.click(tid('hud-pause'));
  await page.waitForSelector(tid('paused'));
}

export async function resume(page: Page) {
  if ((await stateOf(page)) === 'paused') await page.click(tid('hud-pause'));
  await expect.poll(() => stateOf(page)).toBe('running');
}

/** Sets the player's speed (1×, 2× or 4×) with the HUD buttons. */
export async function speed(page: Page, s: 1 | 2 | 4) {
  await page.click(tid(`hud-speed-${s}`));
  await expect.poll(() => page.getAttribute(tid(`hud-speed-${s}`), 'aria-pressed')).toBe('true');
}

declare const window: { __shopdojoE2E?: { advance(n: number): number } };

/**
 * Advances the e2e's manual clock (`&clock=manual`) by `simSeconds`; false without that clock.
 * Sim time then moves only by what the test asks, however loaded the machine is.
 */
const advanceManual = (page: Page, simSeconds: number) =>
  page.evaluate((n) => window.__shopdojoE2E?.advance(n) !== undefined, simSeconds);

/**
 * Waits until a selector shows up while the game runs, then pauses to act on it. On the manual
 * clock the game runs 10 sim-seconds at a time until it shows, so no real-time lag adds game time.
 */
export async function runUntil(page: Page, selector: string, timeout = 30_000) {
  await resume(page);
  const target = page.locator(selector).first();
  const until = Date.now() + timeout;
  while ((await target.count()) === 0 && (await advanceManual(page, 10))) {
    if (Date.now() > until) break;
  }
  await target.waitFor({ timeout });
  await pause(page);
}

/** The done flags of the role's tutorial steps, as the HUD shows them. */
export const tutorialDone = (page: Page) =>
  page
    .locator(tid('tutorial-step'))
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-done')));

/** All the role's guided steps are ticked. */
export async function expectTutorialComplete(page: Page, steps: number) {
  await expect
    .poll(() => tutorialDone(page), { timeout: 30_000 })
    .toEqual(new Array<string>(steps).fill('yes'));
}

/** Plays at 4× to the end of the day and waits for the full debrief to be ready. */
export async function playToDebrief(page: Page) {
  await resume(page);
  // On the manual clock: run out the day (and its aftermath) an hour at a time.
  while ((await page.locator(tid('debrief')).count()) === 0 && (await advanceManual(page, 3600)));
  // With a few sim-minutes left the run can end before the click lands: the debrief then
  // replaces the HUD, which is what this step waits for anyway.
  const fast = page.locator(tid('hud-speed-4'));
  if (await fast.count()) await fast.click({ timeout: 5_000 }).catch(() => undefined);
  await page.waitForSelector(tid('debrief'), { timeout: 90_000, state: 'attached' });
  await page.waitForSelector('[data-debrief="ready"]', { timeout: 30_000 });
}

/** What the debrief shows: the stars lit, and each target card's met / missed state. */
export async function debriefScore(page: Page) {
  const stars = await page.locator('.dbf-score .dbf-stars--big .on').count();
  const targets = await page
    .locator('#dbf-kpis .dbf-kpi')
    .evaluateAll((els) => els.map((e) => (e.classList.contains('is-met') ? 'met' : 'missed')));
  return { stars, targets };
}

/** Clicks an export button and returns the downloaded file's name and bytes. */
export async function download(page: Page, testid: string) {
  const [file] = await Promise.all([page.waitForEvent('download'), page.click(tid(testid))]);
  const path = await file.path();
  if (!path) throw new Error(`download of ${testid} failed: ${await file.failure()}`);
  return { name: file.suggestedFilename(), bytes: readFileSync(path) };
}
