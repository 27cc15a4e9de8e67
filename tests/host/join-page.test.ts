import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable, launch, shot, type Browser } from '../e2e/harness';
import { sharedWeb } from '../e2e/web-build';
import { startHostProcess, stopProcess, tempDir, trainer, type HostProcess } from './harness';

/**
 * The join page and the class play screen in Chromium, served by a real host from the web
 * build: a learner opens the join URL, gives a name, takes a seat and lands in the team's shop;
 * a second learner in Chinese is refused the same seat in Chinese and takes another. The
 * trainer runs the day; each sees the clock move at the trainer's pace, the other online, and
 * an action round-trip through the host.
 */

const journal = tempDir('shopdojo-join-');
let web = '';
let host: HostProcess;
const browsers: Browser[] = [];

describe.skipIf(!chromiumAvailable())('joining a class from a browser', () => {
  beforeAll(async () => {
    web = await sharedWeb();
    host = await startHostProcess([
      'scenarios/conversion-boost.yaml',
      '--teams',
      '2',
      '--journal',
      journal.dir,
      '--web',
      web,
    ]);
  });

  afterAll(async () => {
    for (const b of browsers) await b.close();
    if (host) await stopProcess(host.child);
    journal.remove();
  });

  it('seats a learner from the join URL and refuses a taken seat in the learner’s language', async () => {
    const joinUrl = `http://127.0.0.1:${host.port}/join/${host.code}`;
    const [lin, mei] = [await launch({ locale: 'en-US' }), await launch({ locale: 'zh-CN' })];
    browsers.push(lin, mei);
    for (const b of [lin, mei]) {
      await b.page.goto(joinUrl);
      await b.page.waitForSelector('[data-testid=join-screen]');
      expect(await b.page.inputValue('[data-testid=join-code]')).toBe(host.code);
    }
    await lin.page.fill('[data-testid=join-name]', 'Lin');
    await shot(lin.page, 'class-join-1-find-en');
    await lin.page.click('[data-testid=join-find]');
    await mei.page.fill('[data-testid=join-name]', '梅');
    await mei.page.click('[data-testid=join-find]');
    await lin.page.click('[data-testid=join-seat-2-ops]');
    const play = '[data-testid=play][data-class=yes]';
    await lin.page.waitForSelector(play);
    expect(await lin.page.textContent('[data-testid=run-title]')).toContain('Team 2 · Operations');
    expect(await lin.page.textContent('[data-testid=hud-pace]')).toContain('Paused by the trainer');
    // The learner's own clock controls are not there: the trainer sets the pace.
    expect(await lin.page.locator('[data-testid=hud-pause]').count()).toBe(0);

    // Mei's list still shows the seat free: the host has the last word.
    await mei.page.click('[data-testid=join-seat-2-ops]');
    await mei.page.waitForSelector('[data-testid=join-error]');
    expect(await mei.page.textContent('[data-testid=join-error]')).toContain('这个席位已经有人了');
    await shot(mei.page, 'class-join-2-refused-zh');
    await mei.page.click('[data-testid=join-seat-2-support]');
    await mei.page.waitForSelector(play);
    await mei.page.waitForSelector('[data-testid=station-panel][data-role=support]');
    await mei.page.waitForSelector('[data-testid=class-mate-ops][data-online=yes]');
    expect(await mei.page.textContent('[data-testid=class-mate-ops]')).toContain('Lin');

    await trainer(host).pace({ paused: false, speed: 2 });
    await lin.page.waitForSelector('[data-testid=hud-pace][data-paused=no]');
    expect(await lin.page.textContent('[data-testid=hud-pace]')).toContain('2×');
    await lin.page.waitForFunction(
      () => Number(document.querySelector('[data-testid=play]')?.getAttribute('data-clock')) > 0,
    );
    await lin.page.waitForSelector('[data-testid=class-mate-support][data-online=yes]');
    // The funnel shows only once the host applied the read and streamed it back to this copy.
    await lin.page.click('[data-testid=read-funnel]');
    await lin.page.waitForSelector('[data-testid=funnel]');
    await shot(lin.page, 'class-join-3-play-en');
    await shot(mei.page, 'class-join-4-play-zh');
    const status = await trainer(host).pace({ paused: true });
    expect(status.teams[1]?.seats).toEqual({ ops: 'Lin', support: '梅' });
    await lin.page.waitForSelector('[data-testid=paused]');
    expect([...lin.errors, ...mei.errors]).toEqual([]);
    // Two browsers, a host and a day run at 2×: generous, so a loaded machine only runs slower.
  }, 180_000);
});
