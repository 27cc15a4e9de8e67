import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { chromiumAvailable, launch, shot } from './harness';
import { servedWeb } from './web-build';
import { newProfile, pause, runUntil, tid, type Lang, type PlayRole } from './steps';

/**
 * The returns wave as a person plays it: a claim shows the buyer's words and photos and the
 * look-ups reveal the record and the trace, with no fraud label anywhere; a return parcel's
 * condition shows only after the learner opens it.
 */

const FRAUD_LABELS = ['虚假申请', 'false claim', 'fake_claim'];

async function startReturnsWave(page: Page, base: string, lang: Lang, role: PlayRole) {
  // A slower test clock than the other e2e runs: a request must not pass its platform deadline
  // between showing up and the pause that lets the test read it.
  await newProfile(page, base, lang, lang === 'en' ? 'Lin' : '林晓', 16);
  await page.click(tid('scenario-aftersales-returns-wave'));
  await page.waitForSelector(tid('briefing'));
  await page.click(tid(`role-${role}`));
  await page.click(tid('start-run'));
  await page.waitForSelector(tid('hud'));
  await pause(page);
}

describe.skipIf(!chromiumAvailable())('after-sales evidence in the stations', () => {
  const site = servedWeb();

  for (const lang of ['zh-CN', 'en'] as const) {
    it(`support weighs a claim by its evidence, never a label (${lang})`, async () => {
      const b = await launch({ locale: lang });
      const page = b.page;
      try {
        await startReturnsWave(page, site.url, lang, 'support');
        await page.click(tid('support-tab-aftersales'));
        await runUntil(page, '[data-testid^="claim-"][data-testid$="-lookup-order"]', 90_000);
        const button = page
          .locator('[data-testid^="claim-"][data-testid$="-lookup-order"]')
          .first();
        const id = ((await button.getAttribute('data-testid')) ?? '').replace(
          /^claim-|-lookup-order$/g,
          '',
        );
        expect(await page.textContent(tid(`claim-${id}-statement`))).toBeTruthy();
        expect(await page.textContent(tid(`claim-${id}-photos`))).toBeTruthy();
        expect(await page.locator(tid(`claim-${id}-buyer`)).count()).toBe(0);

        await page.click(tid(`claim-${id}-lookup-order`));
        await page.waitForSelector(tid(`claim-${id}-buyer`));
        if (await page.locator(tid(`claim-${id}-lookup-logistics`)).count()) {
          await page.click(tid(`claim-${id}-lookup-logistics`));
          await page.waitForSelector(tid(`claim-${id}-trace`));
        }
        const panel = (await page.textContent(tid('aftersale-list'))) ?? '';
        for (const label of FRAUD_LABELS) expect(panel).not.toContain(label);
        // 补发 sits beside approve and reject, saying what it costs or why it does not apply.
        const resend = page.locator(tid(`aftersale-${id}-resend`));
        expect(await resend.textContent()).toBe(lang === 'en' ? 'Resend' : '补发');
        expect(await resend.getAttribute('title')).toMatch(/resend|补发/i);
        await shot(page, `claims-support-${lang}`);
        expect(b.errors).toEqual([]);
      } finally {
        await b.close();
      }
    }, 180_000);
  }

  it('the warehouse opens a return parcel before it sees what came back', async () => {
    const b = await launch({ locale: 'zh-CN' });
    const page = b.page;
    try {
      await startReturnsWave(page, site.url, 'zh-CN', 'warehouse');
      await page.click(tid('warehouse-tab-returns'));
      await runUntil(page, '[data-testid^="receive-return-"]', 90_000);
      await page.locator('[data-testid^="receive-return-"]').first().click();
      const open = page.locator('[data-testid^="open-return-"]').first();
      await open.waitFor();
      const id = ((await open.getAttribute('data-testid')) ?? '').replace('open-return-', '');
      expect(await page.locator(tid(`return-${id}-condition`)).count()).toBe(0);
      await open.click();
      await runUntil(page, tid(`return-${id}-condition`), 60_000);
      expect(await page.textContent(tid(`return-${id}-condition`))).toMatch(/箱内实物/);
      await shot(page, 'claims-warehouse-zh-CN');
      expect(b.errors).toEqual([]);
    } finally {
      await b.close();
    }
  }, 180_000);
});
