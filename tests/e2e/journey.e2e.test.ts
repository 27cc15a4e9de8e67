import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildWeb, chromiumAvailable, launch, serve, type Served } from './harness';
import { playTutorialJourney } from './journey';

// The built web game in real Chromium, as a new learner plays it, in both languages.
describe.skipIf(!chromiumAvailable())('journey (web build, Chromium)', () => {
  let out = '';
  let server: Served;
  beforeAll(() => {
    out = buildWeb();
    return serve(out).then((s) => {
      server = s;
    });
  }, 180_000);
  afterAll(async () => {
    await server?.close();
    rmSync(out, { recursive: true, force: true });
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
