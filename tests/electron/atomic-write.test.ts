import { readFileSync, statSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { FileStore } from '../../electron/persistence/file-store';
import { NoticeQueue } from '../../electron/persistence/notices';
import { FILE_SPECS } from '../../src/platform/store-migrations';
import type { ProfilesFile } from '../../src/platform/store-schema';
import { files, stepClock, tempDir } from './helpers';

vi.mock('electron', () => ({ default: {} }));

/** When `crash.on`, every data write puts a few bytes down and then fails, as a full disk or a crash would. */
const crash = vi.hoisted(() => ({ on: false, inodes: [] as number[] }));
vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs')>();
  const writeSync = ((fd: number, data: string | NodeJS.ArrayBufferView, ...rest: never[]) => {
    if (!crash.on) return fs.writeSync(fd, data as string, ...rest);
    crash.inodes.push(fs.fstatSync(fd).ino);
    fs.writeSync(fd, typeof data === 'string' ? data.slice(0, 12) : '{');
    throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
  }) as typeof fs.writeSync;
  return { ...fs, writeSync, default: { ...fs, writeSync } };
});

const file = (n: number): ProfilesFile => ({
  schemaVersion: 1,
  profiles: Array.from({ length: n }, (_, i) => ({
    id: `p${i}`,
    name: `Learner ${i}`,
    createdAt: '2025-03-01T08:00:00.000Z',
  })),
  selected: null,
});

describe('atomic writes', () => {
  it('a write that dies half-way leaves the saved file whole and the player told', async () => {
    const dir = tempDir();
    const notices = new NoticeQueue();
    const now = stepClock();
    const store = new FileStore({ dir, now, notices, spec: FILE_SPECS.profiles, backupEveryMs: 0 });
    expect(store.save(file(2)).ok).toBe(true);
    const before = readFileSync(store.path, 'utf8');
    const inode = statSync(store.path).ino;

    crash.on = true;
    const result = store.save(file(30));
    crash.on = false;

    expect(result).toMatchObject({ ok: false, code: 'write-failed', message: /ENOSPC/ });
    // The bytes went to a temporary file beside it, never into the store file itself.
    expect(crash.inodes.length).toBeGreaterThan(0);
    expect(crash.inodes).not.toContain(inode);
    expect(statSync(store.path).ino).toBe(inode);
    expect(readFileSync(store.path, 'utf8')).toBe(before);
    // atomically removes its temporary file with an asynchronous unlink after a failed write.
    await vi.waitFor(() => expect(files(dir).filter((f) => f.includes('.tmp'))).toEqual([]));
    expect(store.get()).toEqual(file(2));
    expect(notices.take()).toMatchObject([{ kind: 'save-failed', problem: 'write-failed' }]);

    // And the next start reads the last good save without any notice.
    const again = new FileStore({ dir, now, notices, spec: FILE_SPECS.profiles });
    expect(again.get()).toEqual(file(2));
    expect(notices.take()).toEqual([]);
  });
});
