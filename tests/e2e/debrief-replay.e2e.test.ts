import { describe, expect, it } from 'vitest';
import { chromiumAvailable, launch, shot, type Browser } from './harness';
import { servedWeb } from './web-build';
import { clockOf, newProfile, playToDebrief, resume, startTutorial, tid, type Lang } from './steps';

/**
 * The counterfactual 复盘 in the debrief: the causes are checked by replays in a Web Worker
 * ("checking causes…" meanwhile), shown with their what-if figures, and "replay from here"
 * opens a playable what-if branch of the run — in zh-CN and in English.
 */
describe.skipIf(!chromiumAvailable())(
  'the debrief proves causes by replay (web build, Chromium)',
  () => {
    const server = servedWeb();

    const WORDS: Record<
      Lang,
      { checking: string; whatIf: RegExp; replay: string; branch: string }
    > = {
      'zh-CN': {
        checking: '正在验证原因',
        whatIf: /若.+可从 .+(升至|降至)/,
        replay: '从这里重玩',
        branch: '假设分支',
      },
      en: {
        checking: 'Checking causes',
        whatIf: /would (rise|fall) to .+ instead of/,
        replay: 'Replay from here',
        branch: 'What-if branch',
      },
    };

    it.each(['zh-CN', 'en'] as const)(
      'checks the causes off the UI thread, shows their figures and replays from a cause (%s)',
      async (lang) => {
        let browser: Browser | undefined;
        try {
          browser = await launch({ locale: lang });
          const { page, errors } = browser;
          await page.setViewportSize({ width: 1280, height: 800 });
          await newProfile(page, server.url, lang, lang === 'en' ? 'Ada' : '小林');
          // Remember whether "checking causes" was ever on screen: on a fast machine it is brief.
          await page.evaluate((word) => {
            const w = window as unknown as { sawChecking?: string };
            new MutationObserver(() => {
              const el = document.querySelector('[data-testid="causes-checking"]');
              if (el && el.textContent?.includes(word)) w.sawChecking = el.textContent;
            }).observe(document.body, { childList: true, subtree: true });
          }, WORDS[lang].checking);
          // The support learner does nothing: the tutorial's chat goes unanswered, a target missed.
          await startTutorial(page, 'support');
          await playToDebrief(page);
          await page.waitForSelector('[data-causes="done"]', { timeout: 120_000 });
          const saw = await page.evaluate(
            () => (window as unknown as { sawChecking?: string }).sawChecking,
          );
          expect(saw).toContain(WORDS[lang].checking);

          const proofs = await page.locator(tid('cause-proof')).allTextContents();
          expect(proofs.length).toBeGreaterThan(0);
          expect(proofs.join('\n')).toMatch(WORDS[lang].whatIf);
          await page.locator('#dbf-review').scrollIntoViewIfNeeded();
          await page.evaluate(() => document.getElementById('dbf-review')?.scrollIntoView());
          await shot(page, `debrief-causes-${lang}`);

          const replay = page.locator(tid('replay-from')).first();
          expect(await replay.textContent()).toContain(WORDS[lang].replay);
          const at = Number(await replay.getAttribute('data-at'));
          await replay.click();
          await page.waitForSelector(tid('run-whatif'), { timeout: 30_000 });
          expect(await page.textContent(tid('run-whatif'))).toContain(WORDS[lang].branch);
          expect(await page.getAttribute(tid('play'), 'data-state')).toBe('paused');
          expect(await clockOf(page)).toBe(at);
          await shot(page, `whatif-branch-${lang}`);
          // Playable: it runs on from the cause's moment.
          await resume(page);
          await expect.poll(() => clockOf(page), { timeout: 30_000 }).toBeGreaterThan(at);
          expect(errors).toEqual([]);
        } finally {
          await browser?.close();
        }
      },
      300_000,
    );
  },
);
