import { describe, expect, it } from 'vitest';
import { chromiumAvailable, launch } from './harness';
import { servedWeb } from './web-build';
import { playTutorialJourney } from './journey';

// The built web game in real Chromium, as a new learner plays it, in both languages.
describe.skipIf(!chromiumAvailable())('journey (web build, Chromium)', () => {
  const server = servedWeb();

  for (const [lang, name] of [
    ['zh-CN', '客服小王'],
    ['en', 'Alex'],
  ] as const) {
    it(`plays the tutorial as support to the debrief, resuming after a reload (${lang})`, async () => {
      const browser = await launch({ locale: lang });
      try {
        await playTutorialJourney(browser.page, server.url, lang, name);
        expect(browser.errors).toEqual([]);
      } finally {
        await browser.close();
      }
    }, 300_000);
  }
});
