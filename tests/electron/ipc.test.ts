import { describe, expect, it, vi } from 'vitest';
import { dispatch, registerIpc, type Handlers } from '../../electron/ipc/dispatch';
import { CHANNELS, type Channel } from '../../src/platform/contract';
import { APP_PAGE, eventFrom, setup, tutorialReport } from './ipc-fixtures';

vi.mock('electron', () => ({ default: {} }));

const call = (
  handlers: Handlers,
  channel: Channel,
  payload?: unknown,
  url: string | null = APP_PAGE,
) => dispatch(channel, eventFrom(url), payload, handlers);

describe('IPC sender check', () => {
  const foreign = [
    'https://evil.example/index.html',
    'http://localhost:5173/',
    'file:///opt/shopdojo/dist/index.html',
    'data:text/html,<script>1</script>',
    'app://other/index.html',
    'app://shopdojo.evil.example/index.html',
    'app://user@shopdojo/index.html',
    'devtools://devtools/bundled/inspector.html',
    '',
    null,
  ];

  it.each(foreign)('refuses %s on every channel, before looking at the payload', async (url) => {
    const { handlers, stores } = setup();
    const spy = vi.spyOn(stores.profiles, 'save');
    for (const channel of CHANNELS) {
      const result = await call(handlers, channel, { name: 'Mallory' }, url);
      expect(result).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
      if (!result.ok) expect(result.error.message).toContain(channel);
    }
    expect(spy).not.toHaveBeenCalled();
  });

  it("accepts the app's own pages", async () => {
    const { handlers } = setup();
    for (const url of [APP_PAGE, 'app://shopdojo/', 'app://shopdojo/debrief/index.html#x'])
      expect(await call(handlers, 'profiles.list', undefined, url)).toMatchObject({ ok: true });
  });
});

describe('IPC payload validation', () => {
  const bad: [Channel, unknown, RegExp][] = [
    ['profiles.create', { name: '' }, /^profiles\.create: name: /],
    ['profiles.create', { name: 'x'.repeat(41) }, /name: /],
    ['profiles.create', { name: 'Ann', admin: true }, /admin/],
    ['profiles.create', 'Ann', /expected object/],
    ['profiles.create', undefined, /expected object/],
    ['profiles.select', { id: '../../etc/passwd' }, /^profiles\.select: id: /],
    ['profiles.list', { sneaky: 1 }, /expected undefined/],
    ['settings.set', { defaultSpeed: 3 }, /defaultSpeed/],
    ['settings.set', { language: 'fr' }, /language/],
    ['history.updateChecklist', { id: 'a', checklist: [{ id: 'x' }] }, /checklist\.0\.text/],
    ['autosave.save', { profileId: 'p', run: { scenarioId: 'Bad Id' } }, /run\.scenarioId/],
    ['export.saveFile', { format: 'exe', suggestedName: 'x', content: '' }, /format/],
    ['export.saveFile', { format: 'csv', suggestedName: '../x', content: '' }, /suggestedName/],
  ];

  it.each(bad)('%s %j → invalid-payload naming the field', async (channel, payload, message) => {
    const { handlers } = setup();
    const result = await call(handlers, channel, payload);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('invalid-payload');
    expect(result.error.message).toMatch(message);
    expect(result.error.issues?.length).toBeGreaterThan(0);
  });

  it('a report with a bad field deep inside names its path', async () => {
    const { handlers } = setup();
    const report = { ...tutorialReport(), stars: 5 };
    const result = await call(handlers, 'progress.recordAttempt', {
      profileId: 'p1',
      scenarioId: 'tutorial-one-order',
      role: 'warehouse',
      botLevel: 'novice',
      lang: 'en',
      report,
    });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'invalid-payload', message: /report\.stars/ },
    });
  });
});

describe('IPC results', () => {
  it('handler errors come back as results, never as exceptions', async () => {
    const { handlers } = setup();
    const broken = {
      ...handlers,
      'profiles.list': () => {
        throw new Error('disk on fire');
      },
    };
    const log = vi.fn();
    const result = await dispatch('profiles.list', eventFrom(APP_PAGE), undefined, broken, log);
    expect(result).toEqual({
      ok: false,
      error: { code: 'internal', message: 'profiles.list: something went wrong in the app' },
    });
    expect(log).toHaveBeenCalled();
  });

  it('a result outside the contract is caught', async () => {
    const { handlers } = setup();
    const wrong = {
      ...handlers,
      'settings.get': () => ({ language: 'klingon' }),
    } as unknown as Handlers;
    const result = await dispatch('settings.get', eventFrom(APP_PAGE), undefined, wrong);
    expect(result).toMatchObject({ ok: false, error: { code: 'internal' } });
  });

  it('unknown ids are not-found', async () => {
    const { handlers } = setup();
    expect(await call(handlers, 'profiles.select', { id: 'nobody' })).toMatchObject({
      ok: false,
      error: { code: 'not-found', message: /profileId: no profile "nobody"/ },
    });
    expect(await call(handlers, 'history.get', { id: 'nothing' })).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
  });

  it('registerIpc handles exactly the contract channels', async () => {
    const { handlers } = setup();
    const registered = new Map<string, (event: unknown, payload: unknown) => unknown>();
    registerIpc({ handle: (channel, fn) => void registered.set(channel, fn as never) }, handlers);
    expect([...registered.keys()].sort()).toEqual([...CHANNELS].sort());
    const listener = registered.get('profiles.create');
    await expect(listener?.(eventFrom(APP_PAGE), { name: 'Ann' })).resolves.toMatchObject({
      ok: true,
      value: { name: 'Ann' },
    });
    await expect(
      listener?.(eventFrom('https://evil.example/'), { name: 'Ann' }),
    ).resolves.toMatchObject({
      ok: false,
      error: { code: 'forbidden-sender' },
    });
  });
});
