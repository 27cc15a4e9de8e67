import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildWeb, chromiumAvailable, launch, shot, type Browser } from '../e2e/harness';
import { startHostProcess, stopProcess, tempDir, trainer, type HostProcess } from './harness';

/**
 * The join page in Chromium, served by a real host from the web build: a learner opens the join
 * URL, gives a name, takes a seat and sees the team; a second learner in Chinese is refused the
 * same seat in Chinese and takes another.
 */

const journal = tempDir('shopdojo-join-');
let web = '';
let host: HostProcess;
const browsers: Browser[] = [];

describe.skipIf(!chromiumAvailable())('joining a class from a browser', () => {
  beforeAll(async () => {
    web = buildWeb();
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
    if (web) rmSync(web, { recursive: true, force: true });
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
    await lin.page.waitForSelector('[data-testid=join-joined]');
    expect(await lin.page.textContent('[data-testid=join-joined]')).toContain(
      'You are in team 2 as Operations',
    );

    // Mei's list still shows the seat free: the host has the last word.
    await mei.page.click('[data-testid=join-seat-2-ops]');
    await mei.page.waitForSelector('[data-testid=join-error]');
    expect(await mei.page.textContent('[data-testid=join-error]')).toContain('这个席位已经有人了');
    await shot(mei.page, 'class-join-2-refused-zh');
    await mei.page.click('[data-testid=join-seat-2-support]');
    await mei.page.waitForSelector('[data-testid=join-joined]');

    await trainer(host).pace({ paused: false, speed: 2 });
    await lin.page.waitForFunction(() =>
      document.querySelector('[data-testid=join-clock]')?.textContent?.includes('running'),
    );
    expect(await lin.page.textContent('[data-testid=join-joined]')).toContain('梅');
    await shot(lin.page, 'class-join-3-joined-en');
    expect((await trainer(host).pace({ paused: true })).teams[1]?.seats).toEqual({
      ops: 'Lin',
      support: '梅',
    });
    expect([...lin.errors, ...mei.errors]).toEqual([]);
  });
});
