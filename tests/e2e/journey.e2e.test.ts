import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable, launch, serve, type Served } from './harness';
import { sharedWeb } from './web-build';
import { playTutorialJourney } from './journey';

// The built web game in real Chromium, as a new learner plays it, in both languages.
describe.skipIf(!chromiumAvailable())('journey (web build, Chromium)', () => {
  let out = '';
  let server: Served;
  beforeAll(async () => {
    out = await sharedWeb();
    return serve(out).then((s) => {
      server = s;
    });
  }, 180_000);
  afterAll(async () => {
    await server?.close();
  });

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
