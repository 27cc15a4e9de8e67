import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { chromiumAvailable, launch, shot } from './harness';
import { servedWeb } from './web-build';
import { newProfile, pause, playToDebrief, resume, startTutorial, tid, type Lang } from './steps';

/**
 * Issue 12's rough edges, seen as a learner at 1280×800: the play screen opens at its top, the
 * paused HUD presses only "resume", a closed chat has no reply buttons and a draft survives a
 * pause, the courier table's countdown stands apart from the time; in the debrief the stars have
 * a name, checklist notes survive another edit and a reload, History renders the 复盘, and the
 * print view draws its charts at print size.
 */

const NAME = { 'zh-CN': '运营小周', en: 'Sam' } as const;
const VIEW = { width: 1280, height: 800 };
const LANGS = ['zh-CN', 'en'] as const satisfies readonly Lang[];

/** The briefing scrolled to its start button (below the fold at 1280×800), then started. */
async function startFromScrolledBriefing(page: Page, role: 'support' | 'warehouse') {
  await page.click(tid('scenario-tutorial-one-order'));
  await page.waitForSelector(tid('briefing'));
  await page.click(tid(`role-${role}`));
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
  await page.click(tid('start-run'));
  await page.waitForSelector(tid('hud'));
}

describe.skipIf(!chromiumAvailable())('rough edges (web build, Chromium, 1280×800)', () => {
  const server = servedWeb();

  for (const lang of LANGS) {
    it(`play screen: opens at the top, paused HUD, closed chat, draft kept (${lang})`, async () => {
      const browser = await launch({ locale: lang });
      const { page } = browser;
      await page.setViewportSize(VIEW);
      try {
        await newProfile(page, server.url, lang, NAME[lang], 16);
        await startFromScrolledBriefing(page, 'support');
        expect(await page.evaluate(() => window.scrollY)).toBe(0);

        const pickUp = page.locator('[data-testid^="ticket-"][data-testid$="-pick-up"]').first();
        await pickUp.waitFor({ timeout: 30_000 });
        await pause(page);
        // Paused: only the resume button looks pressed; the chosen speed is marked, not pressed.
        expect(await page.locator('.hud .btn.on').count()).toBe(1);
        expect(await page.getAttribute(tid('hud-pause'), 'class')).toContain('on');
        await pickUp.click();
        // Chats and orders by number, not by internal id ("t12 · h11").
        const queue = await page.locator(tid('ticket-queue')).innerText();
        expect(queue).toMatch(/#\d+/);
        expect(queue).not.toMatch(/\b[th]\d+\b/);
        const draft = page.locator('[data-testid$="-reply-text"]').first();
        await draft.fill('M 码偏大');
        await resume(page);
        await pause(page);
        expect(await draft.inputValue()).toBe('M 码偏大');
        await shot(page, `edges-play-${lang}`);

        await page.locator('[data-testid$="-reply-presale_answer"]').first().click();
        await page.locator('[data-testid^="ticket-"][data-testid$="-resolve"]').first().click();
        // A resolved chat is history: no reply box, no quick replies, no action buttons.
        await expect.poll(() => page.locator('[data-testid$="-quick-replies"]').count()).toBe(0);
        expect(await page.locator('[data-testid$="-reply-send"]').count()).toBe(0);
        expect(
          await page.locator('[data-testid^="ticket-"][data-testid$="-resolve"]').count(),
        ).toBe(0);
        await shot(page, `edges-closed-chat-${lang}`);
        expect(browser.errors).toEqual([]);
      } finally {
        await browser.close();
      }
    }, 150_000);
  }

  it('warehouse: the next pick-up shows its time and, apart, the countdown (zh-CN)', async () => {
    const browser = await launch({ locale: 'zh-CN' });
    const { page } = browser;
    await page.setViewportSize(VIEW);
    try {
      await newProfile(page, server.url, 'zh-CN', NAME['zh-CN'], 16);
      await startTutorial(page, 'warehouse');
      await pause(page);
      await page.click(tid('warehouse-tab-outbound'));
      const cell = page.locator(`${tid('courier-board')} tbody tr td:nth-child(4)`).first();
      const countdown = await cell.locator('.st-countdown').innerText();
      expect(countdown).toMatch(/^\d+(:\d\d){1,2} 后$/);
      expect((await cell.innerText()).split('\n')[0]).toMatch(/^\d\d:\d\d( [+-]\d+)?$/);
      await shot(page, 'edges-warehouse-zh-CN');
      expect(browser.errors).toEqual([]);
    } finally {
      await browser.close();
    }
  }, 90_000);

  for (const lang of LANGS) {
    it(`debrief: named stars, notes survive edits and a reload, History and print rendered (${lang})`, async () => {
      const browser = await launch({ locale: lang });
      const { page } = browser;
      await page.setViewportSize(VIEW);
      try {
        await newProfile(page, server.url, lang, NAME[lang], 512);
        await startTutorial(page, 'ops');
        await pause(page);
        await page.click(tid('read-funnel'));
        await playToDebrief(page);
        const stars = page.locator('.dbf-score .dbf-stars--big');
        expect(await stars.getAttribute('role')).toBe('img');
        expect(await stars.getAttribute('aria-label')).toMatch(/3/);
        await shot(page, `edges-debrief-${lang}`);

        // Two own items; a note on the first, then at once the second's owner, then a note typed
        // just before leaving: all three edits are kept.
        for (const text of ['A', 'B']) {
          await page.fill('.dbf-add input', `item ${text}`);
          await page.click('.dbf-add button');
        }
        const items = page.locator(tid('checklist-item'));
        await expect.poll(() => items.count()).toBe(2);
        await page.waitForSelector('[data-debrief="ready"][data-expert="ready"]');
        await items.nth(0).locator('.dbf-note').fill('note one');
        await items.nth(1).locator('select').selectOption('warehouse');
        expect(await items.nth(0).locator('.dbf-note').inputValue()).toBe('note one');
        await items.nth(1).locator('.dbf-note').fill('note two');

        // Print view: the charts are drawn again at print size, two to a row, no emoji marks.
        await page.emulateMedia({ media: 'print' });
        await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
        const widths = await page
          .locator('.dbf-print figure img')
          .evaluateAll((imgs) => imgs.map((i) => (i as HTMLImageElement).naturalWidth));
        expect(widths.length).toBeGreaterThan(2);
        for (const w of widths) expect(w).toBe(340);
        expect(await page.locator('.dbf-print').innerText()).not.toMatch(/[✅❌]/u);
        await page.pdf({ path: `test-results/screenshots/edges-print-${lang}.pdf`, format: 'A4' });
        await page.setViewportSize({ width: 794, height: 1123 });
        await page.screenshot({
          path: `test-results/screenshots/edges-print-${lang}.png`,
          fullPage: true,
        });
        await page.emulateMedia({ media: 'screen' });
        await page.setViewportSize(VIEW);

        await page.reload();
        await page.waitForSelector(tid('menu'));
        await page.click(tid('open-history'));
        await page.click(tid('history-row'));
        await page.waitForSelector('.history-checklist li');
        const notes = await page.locator('.history-checklist li').allInnerTexts();
        expect(notes[0]).toContain('note one');
        expect(notes[1]).toContain('note two');
        expect(notes[1]).toContain(lang === 'en' ? 'Warehouse' : '仓储');
        // The 复盘 rendered: headings and tables, not "# 复盘：…" and pipes.
        const review = page.locator(tid('history-review'));
        expect(await review.locator('h1').count()).toBe(1);
        expect(await review.locator('table').count()).toBeGreaterThan(0);
        expect(await review.innerText()).not.toMatch(/^#|\|---/m);
        await shot(page, `edges-history-${lang}`);
        expect(browser.errors).toEqual([]);
      } finally {
        await browser.close();
      }
    }, 150_000);
  }
});
