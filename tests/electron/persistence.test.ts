import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { Backups } from '../../electron/persistence/backups';
import { FileStore } from '../../electron/persistence/file-store';
import { NoticeQueue } from '../../electron/persistence/notices';
import { openStores } from '../../electron/persistence/stores';
import { FILE_SPECS } from '../../src/platform/store-migrations';
import type { ProfilesFile } from '../../src/platform/store-schema';
import { files, stepClock, tempDir } from './helpers';

// electron-store reads `app` from electron when it is there; without it, it needs an absolute cwd.
vi.mock('electron', () => ({ default: {} }));

const profiles = (...names: string[]): ProfilesFile => ({
  schemaVersion: 1,
  profiles: names.map((name, i) => ({
    id: `p${i + 1}`,
    name,
    createdAt: '2025-03-01T08:00:00.000Z',
  })),
  selected: names.length > 0 ? 'p1' : null,
});

function open(dir: string, now = stepClock(), notices = new NoticeQueue(), keepBackups = 5) {
  const store = new FileStore({
    dir,
    now,
    notices,
    spec: FILE_SPECS.profiles,
    keepBackups,
    backupEveryMs: 0,
  });
  return { store, notices, now };
}

/** Three good saves (so three backups), then the file is damaged by `damage`. */
function damagedAfterSaves(damage: (path: string) => void) {
  const dir = tempDir();
  const { store, now } = open(dir);
  expect(store.save(profiles('Ann')).ok).toBe(true);
  expect(store.save(profiles('Ann', 'Bo')).ok).toBe(true);
  expect(store.save(profiles('Ann', 'Bo', 'Cy')).ok).toBe(true);
  const newestBackup = new Backups(join(dir, 'backups'), 'profiles', 5, now).list()[0]?.at;
  expect(newestBackup).toBeDefined();
  damage(store.path);
  return { dir, path: store.path, newestBackup, now };
}

describe('a damaged store file', () => {
  const cases: [string, (path: string) => void, string, RegExp][] = [
    [
      'truncated',
      (p) => writeFileSync(p, readFileSync(p, 'utf8').slice(0, 40)),
      'invalid-json',
      /not valid JSON/,
    ],
    ['empty', (p) => writeFileSync(p, ''), 'empty', /empty/],
    [
      'schema-invalid',
      (p) =>
        writeFileSync(
          p,
          JSON.stringify({ schemaVersion: 1, profiles: [{ id: 'x' }], selected: null }),
        ),
      'schema-invalid',
      /profiles\.0\.name/,
    ],
  ];

  it.each(cases)(
    '%s: quarantined, newest good backup restored, player told',
    (_label, damage, problem, detail) => {
      const { dir, path, newestBackup, now } = damagedAfterSaves(damage);
      const damaged = readFileSync(path, 'utf8');
      const { store, notices } = open(dir, now);

      expect(store.get()).toEqual(profiles('Ann', 'Bo', 'Cy'));
      const [notice, ...rest] = notices.take();
      expect(rest).toEqual([]);
      expect(notice).toMatchObject({
        kind: 'restored-backup',
        file: 'profiles',
        problem,
        backupAt: newestBackup,
      });
      expect(notice?.detail).toMatch(detail);
      expect(notice?.message).toContain(`we restored the backup from ${newestBackup}`);
      // The damaged copy is kept, byte for byte, and the message says where.
      const kept = notice?.quarantinedPath ?? '';
      expect(kept.startsWith(join(dir, 'quarantine'))).toBe(true);
      expect(readFileSync(kept, 'utf8')).toBe(damaged);
      expect(notice?.message).toContain(kept);
      // The restored data is written back, so the next start is clean.
      expect(JSON.parse(readFileSync(path, 'utf8'))).toEqual(profiles('Ann', 'Bo', 'Cy'));
      expect(open(dir, now).notices.take()).toEqual([]);
    },
  );

  it('skips a damaged backup and restores the next good one', () => {
    const { dir, now } = damagedAfterSaves((p) => writeFileSync(p, '{"schemaVersion":'));
    const backups = join(dir, 'backups');
    const newest = files(backups).at(-1) ?? '';
    writeFileSync(join(backups, newest), '');
    const { store, notices } = open(dir, now);
    expect(store.get()).toEqual(profiles('Ann', 'Bo'));
    expect(notices.take()[0]?.kind).toBe('restored-backup');
  });

  it('with no backup: starts empty and still tells the player', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'profiles.json'), '{"schemaVersion": 1, "profi');
    const { store, notices } = open(dir);
    expect(store.get()).toEqual(FILE_SPECS.profiles.empty());
    const [notice] = notices.take();
    expect(notice).toMatchObject({ kind: 'started-empty', problem: 'invalid-json' });
    expect(notice?.message).toMatch(/no good backup was found, so it starts empty/);
    expect(files(join(dir, 'quarantine'))).toHaveLength(1);
  });

  it('an unreadable path (a folder where the file should be) is moved aside too', () => {
    const { dir, now } = damagedAfterSaves((p) => {
      rmSync(p);
      mkdirSync(p);
    });
    const { store, notices } = open(dir, now);
    expect(store.get()).toEqual(profiles('Ann', 'Bo', 'Cy'));
    expect(notices.take()[0]).toMatchObject({ kind: 'restored-backup', problem: 'unreadable' });
  });

  it('a missing file with backups left behind is restored and reported', () => {
    const { dir, now } = damagedAfterSaves((p) => writeFileSync(p, ''));
    const path = join(dir, 'profiles.json');
    open(dir, now).notices.take();
    // Deleted behind the game's back.
    rmSync(path);
    const { store, notices } = open(dir, now);
    expect(store.get().profiles).toHaveLength(3);
    expect(notices.take()[0]).toMatchObject({ kind: 'restored-backup', problem: 'missing' });
  });
});

describe('store files', () => {
  it('a save folder that cannot be used: play goes on from memory, and the player is told', () => {
    const blocker = join(tempDir(), 'not-a-folder');
    writeFileSync(blocker, '');
    const { store, notices } = open(join(blocker, 'save'));
    expect(store.readOnly).toBe(true);
    expect(store.get()).toEqual(FILE_SPECS.profiles.empty());
    expect(store.save(profiles('Ann'))).toMatchObject({ ok: false, code: 'read-only' });
    expect(notices.take().length).toBeGreaterThan(0);
  });

  it('a fresh folder starts empty, quietly, and writes nothing until a save', () => {
    const dir = tempDir();
    const stores = openStores(dir, stepClock());
    expect(stores.notices.take()).toEqual([]);
    expect(stores.settings.get()).toEqual(FILE_SPECS.settings.empty());
    expect(files(dir)).toEqual([]);
  });

  it('keeps the newest N backups, each a complete good copy', () => {
    const dir = tempDir();
    const { store } = open(dir, stepClock(), new NoticeQueue(), 3);
    const names = ['A', 'B', 'C', 'D', 'E', 'F'];
    names.forEach((_, i) => store.save(profiles(...names.slice(0, i + 1))));
    const kept = files(join(dir, 'backups'));
    expect(kept).toHaveLength(3);
    const counts = kept.map(
      (f) =>
        (JSON.parse(readFileSync(join(dir, 'backups', f), 'utf8')) as ProfilesFile).profiles.length,
    );
    expect(counts).toEqual([4, 5, 6]);
  });

  it('refuses to save data its own schema rejects', () => {
    const { store } = open(tempDir());
    const bad = { ...profiles('Ann'), selected: 'not valid!' };
    expect(store.save(bad)).toMatchObject({ ok: false, code: 'invalid', message: /selected/ });
  });

  it('a file from a newer version is left untouched, read-only, and reported', () => {
    const dir = tempDir();
    const path = join(dir, 'profiles.json');
    const newer = JSON.stringify({ schemaVersion: 9, profiles: 'whatever the future holds' });
    writeFileSync(path, newer);
    const { store, notices } = open(dir);
    expect(store.readOnly).toBe(true);
    expect(notices.take()[0]).toMatchObject({ kind: 'newer-version', file: 'profiles' });
    expect(store.save(profiles('Ann'))).toMatchObject({ ok: false, code: 'read-only' });
    expect(readFileSync(path, 'utf8')).toBe(newer);
    expect(files(join(dir, 'quarantine'))).toEqual([]);
  });

  it('migrates a v1 file on load, keeps the v1 copy as a backup and rewrites the file', () => {
    const dir = tempDir();
    const v1 = { schemaVersion: 1, lang: 'en', speed: 2, sound: false };
    writeFileSync(join(dir, 'settings.json'), JSON.stringify(v1));
    const stores = openStores(dir, stepClock());
    expect(stores.notices.take()).toEqual([]);
    const expected = {
      schemaVersion: 2,
      language: 'en',
      defaultSpeed: 2,
      sound: { enabled: false, volume: 0.8 },
      textSize: 'medium',
      teachingSpeed: false,
    };
    expect(stores.settings.get()).toEqual(expected);
    expect(JSON.parse(readFileSync(join(dir, 'settings.json'), 'utf8'))).toEqual(expected);
    const [backup] = files(join(dir, 'backups'));
    expect(JSON.parse(readFileSync(join(dir, 'backups', backup ?? ''), 'utf8'))).toEqual(v1);
  });
});
