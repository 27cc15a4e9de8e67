import { describe, expect, it } from 'vitest';
import { browserPlatform } from '../../src/platform/browser';
import { backupKeyOf, keyOf, PREFIX, type KeyValue } from '../../src/platform/browser-store';
import { PlatformError } from '../../src/platform/platform';
import { loadScenarioFile } from '../../src/scenario/load-file';
import { playAndReport } from '../../src/sim/report';

/** A Map-backed stand-in for localStorage. */
class MemoryStorage implements KeyValue {
  readonly map = new Map<string, string>();
  getItem(k: string) {
    return this.map.get(k) ?? null;
  }
  setItem(k: string, v: string) {
    this.map.set(k, v);
  }
  removeItem(k: string) {
    this.map.delete(k);
  }
  quarantined(name: string) {
    return [...this.map.keys()].filter((k) => k.startsWith(`${PREFIX}quarantine.${name}.`));
  }
}

let ids = 0;
const make = (kv: MemoryStorage) =>
  browserPlatform(kv, () => 'zh-CN', {
    now: () => new Date('2026-11-25T10:00:00Z'),
    newId: () => `id${++ids}`,
  });

describe('browser platform', () => {
  it('keeps profiles, settings and the autosave across page loads', async () => {
    const kv = new MemoryStorage();
    const p = make(kv);
    const me = await p.profiles.create('  小王 ');
    expect(me.name).toBe('小王');
    await p.settings.set({ language: 'en', textSize: 'large' });
    const again = make(kv);
    expect((await again.profiles.list()).selected).toBe(me.id);
    expect((await again.settings.get()).textSize).toBe('large');
    expect(await again.notices.take()).toEqual([]);
  });

  it('quarantines a corrupt entry, starts empty and tells the player', async () => {
    const kv = new MemoryStorage();
    kv.setItem(keyOf('profiles'), '{"schemaVersion":1,"profiles":[{"id":');
    const p = make(kv);
    expect((await p.profiles.list()).profiles).toEqual([]);
    const notices = await p.notices.take();
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatchObject({
      kind: 'started-empty',
      problem: 'invalid-json',
      file: 'profiles',
    });
    const [q] = kv.quarantined('profiles');
    expect(q).toBeDefined();
    expect(notices[0]?.quarantinedPath).toBe(q);
    expect(kv.getItem(q as string)).toBe('{"schemaVersion":1,"profiles":[{"id":');
    expect(await p.notices.take()).toEqual([]);
  });

  it('restores the last good copy when a schema-invalid entry is found', async () => {
    const kv = new MemoryStorage();
    const first = make(kv);
    await first.profiles.create('A');
    await first.profiles.create('B'); // the file with only A becomes the backup
    kv.setItem(
      keyOf('profiles'),
      JSON.stringify({ schemaVersion: 1, profiles: 'nope', selected: null }),
    );
    const p = make(kv);
    const list = await p.profiles.list();
    expect(list.profiles.map((x) => x.name)).toEqual(['A']);
    const [n] = await p.notices.take();
    expect(n).toMatchObject({ kind: 'restored-backup', problem: 'schema-invalid' });
    expect(kv.quarantined('profiles')).toHaveLength(1);
  });

  it('reports damage in any store at start-up, before that store is used', async () => {
    const kv = new MemoryStorage();
    kv.setItem(keyOf('autosave'), 'not json');
    const notices = await make(kv).notices.take();
    expect(notices.map((n) => n.file)).toEqual(['autosave']);
  });

  it('treats an empty entry as damaged, never as a fresh start', async () => {
    const kv = new MemoryStorage();
    kv.setItem(keyOf('history'), '');
    const p = make(kv);
    expect(await p.history.list('x')).toEqual([]);
    expect((await p.notices.take())[0]).toMatchObject({ problem: 'empty', file: 'history' });
  });

  it('migrates a v1 settings entry and keeps the v1 copy as the backup', async () => {
    const kv = new MemoryStorage();
    const v1 = JSON.stringify({ schemaVersion: 1, lang: 'en', speed: 2, sound: false });
    kv.setItem(keyOf('settings'), v1);
    const p = make(kv);
    expect(await p.settings.get()).toEqual({
      language: 'en',
      defaultSpeed: 2,
      sound: { enabled: false, volume: 0.8 },
      textSize: 'medium',
      teachingSpeed: false,
    });
    expect(JSON.parse(kv.getItem(keyOf('settings')) as string)).toMatchObject({ schemaVersion: 2 });
    expect(kv.getItem(backupKeyOf('settings'))).toBe(v1);
    expect(await p.notices.take()).toEqual([]);
  });

  it('migrates v1 progress (best stars per scenario) to v2', async () => {
    const kv = new MemoryStorage();
    kv.setItem(
      keyOf('progress'),
      JSON.stringify({
        schemaVersion: 1,
        byProfile: { p1: { 'tutorial-one-order': { bestStars: 2, attempts: 3 } } },
      }),
    );
    expect(await make(kv).progress.get('p1')).toEqual({
      'tutorial-one-order': { bestStars: 2, attempts: 3, bestByRole: {} },
    });
  });

  it('leaves a newer version untouched and refuses to write over it', async () => {
    const kv = new MemoryStorage();
    const newer = JSON.stringify({ schemaVersion: 9, profiles: [], selected: null });
    kv.setItem(keyOf('profiles'), newer);
    const p = make(kv);
    await expect(p.profiles.create('A')).rejects.toBeInstanceOf(PlatformError);
    await expect(p.profiles.create('A')).rejects.toMatchObject({ code: 'read-only' });
    expect(kv.getItem(keyOf('profiles'))).toBe(newer);
    expect((await p.notices.take())[0]).toMatchObject({ kind: 'newer-version' });
  });

  it('records attempts, best stars and the autosave per profile', async () => {
    const kv = new MemoryStorage();
    const p = make(kv);
    const me = await p.profiles.create('A');
    await expect(p.autosave.load(me.id)).resolves.toBeNull();
    const run = {
      scenarioId: 'tutorial-one-order',
      scenarioVersion: 1,
      seed: 1,
      seats: [{ id: 'me', role: 'support' as const }],
      role: 'support' as const,
      botLevel: 'competent' as const,
      log: [],
      clock: 120,
      speed: 1 as const,
    };
    await p.autosave.save(me.id, run);
    expect(await p.autosave.load(me.id)).toMatchObject({
      clock: 120,
      savedAt: '2026-11-25T10:00:00.000Z',
    });
    await p.autosave.clear(me.id);
    expect(await p.autosave.load(me.id)).toBeNull();
    await expect(p.autosave.save('ghost', run)).rejects.toMatchObject({ code: 'not-found' });
  });

  it('counts an attempt whose progress write was lost, once, at the next page load', async () => {
    const kv = new MemoryStorage();
    let tick = 0;
    const open = () =>
      browserPlatform(kv, () => 'zh-CN', {
        now: () => new Date(Date.UTC(2026, 10, 25, 10, 0, tick++)),
        newId: () => `id${++ids}`,
      });
    const { report } = playAndReport(loadScenarioFile('scenarios/tutorial-one-order.yaml'), {
      lang: 'zh-CN',
    });
    const p = open();
    const me = await p.profiles.create('A');
    const attempt = (stars: number) => ({
      profileId: me.id,
      scenarioId: 'tutorial-one-order',
      role: 'ops' as const,
      botLevel: 'competent' as const,
      lang: 'zh-CN' as const,
      report: { ...report, stars },
    });
    await p.progress.recordAttempt(attempt(1));
    const before = kv.getItem(keyOf('progress')) as string;
    await p.progress.recordAttempt(attempt(3));
    kv.setItem(keyOf('progress'), before); // the tab closed between the two writes
    const again = open();
    expect((await again.progress.get(me.id))['tutorial-one-order']).toMatchObject({
      attempts: 2,
      bestStars: 3,
    });
    expect((await open().progress.get(me.id))['tutorial-one-order']?.attempts).toBe(2);
  });

  it('records a run once: the same run finished again after Continue returns the first attempt', async () => {
    const kv = new MemoryStorage();
    const p = make(kv);
    const { report } = playAndReport(loadScenarioFile('scenarios/tutorial-one-order.yaml'), {
      lang: 'zh-CN',
    });
    const me = await p.profiles.create('A');
    const run = {
      profileId: me.id,
      scenarioId: 'tutorial-one-order',
      role: 'ops' as const,
      botLevel: 'competent' as const,
      lang: 'zh-CN' as const,
      report,
      runId: 'run-1',
    };
    const first = await p.progress.recordAttempt(run);
    // The tab closed before the autosave was cleared; the next page load finishes it again.
    const again = await make(kv).progress.recordAttempt(run);
    expect(again.attempt.id).toBe(first.attempt.id);
    expect(again.progress.attempts).toBe(1);
    expect(await make(kv).history.list(me.id)).toHaveLength(1);
    // Another run (a new id) is an attempt of its own.
    const other = await p.progress.recordAttempt({ ...run, runId: 'run-2' });
    expect(other.progress.attempts).toBe(2);
  });

  it('exports CSV with a UTF-8 BOM and Markdown as given, as downloads', async () => {
    const files: [string, string, string][] = [];
    const p = browserPlatform(new MemoryStorage(), () => 'zh-CN', {
      download: (name, content, mime) => void files.push([name, content, mime]),
    });
    await p.export.saveFile({ format: 'csv', suggestedName: '复盘', content: 'kpi,值\n' });
    await p.export.saveFile({ format: 'markdown', suggestedName: 'review.md', content: '# 复盘' });
    expect(files[0]).toEqual(['复盘.csv', '\uFEFFkpi,值\n', 'text/csv;charset=utf-8']);
    expect(files[1]?.slice(0, 2)).toEqual(['review.md', '# 复盘']);
  });
});
