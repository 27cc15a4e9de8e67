import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable, launch, serve, shot, type Served } from './harness';
import { sharedWeb } from './web-build';
import { HUMAN_RUNS, learnerVerdict, playOut, startHuman } from './humanplay';
import { tid, type Lang, type PlayRole } from './steps';

const ROLES: PlayRole[] = ['support', 'warehouse', 'ops', 'buyer'];
const LANGS: Lang[] = ['zh-CN', 'en'];

// A person at human pace (one action per humanPaceSeconds at the scenario's 1×, the clock
// stepped by the test, never by the wall clock) meets their role's targets through the UI.
// NOT YET IN CI: opt in with E2E_HUMANPLAY=1. Support (zh-CN) plays the full hour but meets 2 of
// 3 targets (resolution 81% < 85%); the buyer (zh-CN) plays the tutorial through in ~30 s but
// ticks 5 of 6 guided steps; warehouse, operations and English were never run to the end on the
// loaded machine they were written on (see tests/e2e/README.md).
const optedIn = process.env.E2E_HUMANPLAY === '1';
describe.skipIf(!chromiumAvailable() || !optedIn)(
  'human-paced play per focus role (web, Chromium)',
  () => {
    let out = '';
    let server: Served;
    beforeAll(async () => {
      out = await sharedWeb();
      server = await serve(out);
    }, 180_000);
    afterAll(async () => {
      await server?.close();
    });

    for (const role of ROLES)
      for (const lang of LANGS)
        it(`${role} in ${HUMAN_RUNS[role].scenario} (${lang}) meets the role's targets`, async () => {
          const browser = await launch({ locale: lang });
          const { page } = browser;
          page.setDefaultTimeout(30_000);
          try {
            await startHuman(page, server.url, lang, role);
            const actions = await playOut(page, HUMAN_RUNS[role].turn(lang), async () => {
              await shot(page, `human-${role}-${lang}-station`);
            });
            expect(actions).toBeGreaterThan(2);
            const v = await learnerVerdict(page);
            await page.locator(tid('debrief-score')).scrollIntoViewIfNeeded();
            await shot(page, `human-${role}-${lang}-debrief`);
            expect({ verdict: v.verdict, met: v.met }, v.text).toEqual({
              verdict: 'scored',
              met: v.total,
            });
            // A role without targets of its own (the tutorial's buyer) is scored by its steps.
            expect(v.total + v.stepsTotal).toBeGreaterThan(0);
            expect(v.stepsDone, v.text).toBe(v.stepsTotal);
            expect(browser.errors).toEqual([]);
          } finally {
            await browser.close();
          }
        }, 900_000);
  },
);
