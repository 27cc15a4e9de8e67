import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { chromiumAvailable, launch, shot } from './harness';
import { servedWeb } from './web-build';
import {
  clockOf,
  debriefScore,
  expectTutorialComplete,
  newProfile,
  pause,
  playToDebrief,
  resume,
  runUntil,
  speed,
  startTutorial,
  tid,
  type PlayRole,
} from './steps';

/** 09:30, the first Breeze Express pick-up, in seconds after the tutorial's 09:00 start. */
const FIRST_PICKUP = 30 * 60;

/** The buyer: browse the T-shirt, ask about sizes, order, pay, confirm, review, report a friction. */
async function playBuyer(page: Page) {
  await pause(page);
  await page.click(tid('browse-cotton-tee'));
  await page.waitForSelector(tid('details-cotton-tee'));
  await page.fill(tid('ask-text-cotton-tee'), '身高170穿M码合适吗？');
  await page.click(tid('ask-cotton-tee'));
  await page.click(tid('buyer-tab-chats'));
  await page.waitForSelector(tid('my-chats'));
  // Support is a bot here: its answer shows in the chat.
  await runUntil(page, `${tid('my-chats')} .st-msg-in`);
  expect(await page.textContent(`${tid('my-chats')} .st-msg-out`)).toContain('170');
  await shot(page, 'full-buyer-1-chat');

  await page.click(tid('buyer-tab-store'));
  await page.click(tid('cart-cotton-tee'));
  await page.click(tid('order-cotton-tee'));
  await page.waitForSelector(tid('my-orders'));
  await page.click('[data-testid^="my-order-"][data-testid$="-pay_order"]');
  await shot(page, 'full-buyer-2-paid');

  // The warehouse bot ships it; wait at 4× until the parcel is delivered.
  await speed(page, 2);
  await runUntil(page, '[data-testid^="my-order-"][data-testid$="-confirm_receipt"]', 60_000);
  await page.click('[data-testid^="my-order-"][data-testid$="-confirm_receipt"]');
  await page.click('[data-testid^="my-order-"][data-testid$="-write_review"]');
  await page.click('[data-testid^="review-"][data-testid$="-service-4"]');
  await page.fill('[data-testid^="review-text-"]', '尺码合适，发货很快。');
  await page.click('[data-testid^="review-submit-"]');
  await page.waitForSelector('[data-testid^="review-form-"]', { state: 'detached' });

  await page.click(tid('buyer-tab-mystery'));
  await page.fill(tid('friction-note'), '详情页没有尺码表，只能问客服');
  await page.click(tid('friction-missing_size_chart'));
  await page.waitForSelector(tid('friction-missing_size_chart'), { state: 'detached' });
  await expectTutorialComplete(page, 6);
  await shot(page, 'full-buyer-3-station');
}

/** Operations: read the funnel, then add the T-shirt's size chart. */
async function playOps(page: Page) {
  await pause(page);
  await page.click(tid('read-funnel'));
  await page.waitForSelector(tid('funnel'));
  await shot(page, 'full-ops-1-funnel');
  await page.click(tid('ops-tab-products'));
  await page.click(tid('improve-cotton-tee-size_chart'));
  await page.waitForSelector(tid('improve-cotton-tee-size_chart'), { state: 'detached' });
  await shot(page, 'full-ops-2-listing-work');
  // The listing work takes game time: the step ticks once it is done.
  await resume(page);
  await expectTutorialComplete(page, 2);
  await pause(page);
  await shot(page, 'full-ops-3-station');
}

/** The warehouse: pick from the right bin, scan-check and pack, waybill, hand over before 09:30. */
async function playWarehouse(page: Page) {
  await runUntil(page, '[data-testid^="pick-select-"]');
  const bin = page.locator(`${tid('pick-from-cotton-tee')} option[value="cotton-tee"]`);
  expect(await bin.textContent()).toContain('A-01-03');
  await page.selectOption(tid('pick-from-cotton-tee'), 'cotton-tee');
  await shot(page, 'full-warehouse-1-pick');
  await page.click(tid('pick-wave-cotton-tee'));

  await page.click(tid('warehouse-tab-outbound'));
  await runUntil(page, '[data-testid^="pack-select-"]');
  expect(await page.isChecked(tid('pack-verify'))).toBe(true);
  await page.click(tid('pack-orders'));
  await runUntil(page, '[data-testid^="label-select-"]');
  await page.selectOption(tid('waybill-courier'), 'breeze');
  await shot(page, 'full-warehouse-2-pack');
  await page.click(tid('print-waybill'));
  await page.locator('[data-testid^="handover-select-"]').first().waitFor();
  await page.click(tid('handover'));
  await page.waitForSelector('[data-testid^="handover-select-"]', { state: 'detached' });
  expect(await clockOf(page)).toBeLessThan(FIRST_PICKUP);
  await expectTutorialComplete(page, 4);
  await shot(page, 'full-warehouse-3-station');
}

const PLAY: Record<Exclude<PlayRole, 'support'>, (page: Page) => Promise<void>> = {
  buyer: playBuyer,
  ops: playOps,
  warehouse: playWarehouse,
};

// The tutorial played to the end as buyer, operations and warehouse (support: journey test).
describe.skipIf(!chromiumAvailable())(
  'tutorial to the debrief as each role (web, Chromium)',
  () => {
    const server = servedWeb();

    for (const role of ['buyer', 'ops', 'warehouse'] as const) {
      it(`plays the tutorial as ${role} to the debrief`, async () => {
        const browser = await launch({ locale: 'zh-CN' });
        const { page } = browser;
        try {
          // The warehouse is held to a sim time (the 09:30 pick-up): it plays on the manual
          // clock, so a loaded machine cannot make it late.
          const manual = role === 'warehouse' ? '&clock=manual' : '';
          await newProfile(page, server.url, 'zh-CN', `新人-${role}`, 128, manual);
          await startTutorial(page, role);
          await PLAY[role](page);
          await playToDebrief(page);
          await page.waitForTimeout(1000); // the charts draw lazily
          await shot(page, `full-${role}-4-debrief`);
          const score = await debriefScore(page);
          // Played by the book, with bots in the other roles: every target met, three stars.
          expect(score).toEqual({ stars: 3, targets: ['met', 'met', 'met'] });
          expect(browser.errors).toEqual([]);
        } finally {
          await browser.close();
        }
      }, 120_000);
    }
  },
);
