import { describe, expect, it } from 'vitest';
import { browserPlatform } from '../../src/platform/browser';
import { contract } from '../../src/platform/contract';
import { profileNameProblem } from '../../src/platform/profile-name';

describe('profile names', () => {
  it.each([
    ['小王', null],
    ['  Ann Lee  ', null],
    ['客服·小王 (B班)', null],
    ['', 'empty'],
    ['   ', 'empty'],
    ['a'.repeat(41), 'too_long'],
    ['Ann\u0007', 'control'],
    ['Ann\nLee', 'control'],
    ['\u202Eeno', 'control'],
    ['Ann\u2066x', 'control'],
    ['\u200B\u200B', 'invisible'],
    ['\u200D\u3000', 'invisible'],
    ['\u3164', 'invisible'],
  ])('%j → %s', (name, problem) => {
    expect(profileNameProblem(name)).toBe(problem);
  });

  it('the IPC contract refuses what the form refuses, naming the field', () => {
    const r = contract['profiles.create'].input.safeParse({ name: 'Bob\u202Egnp.exe' });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.path).toEqual(['name']);
    expect(contract['profiles.create'].input.safeParse({ name: '小王' }).success).toBe(true);
  });

  it('the browser build refuses it too, and keeps nothing', async () => {
    const store = new Map<string, string>();
    const kv = {
      getItem: (k: string) => store.get(k) ?? null,
      setItem: (k: string, v: string) => void store.set(k, v),
      removeItem: (k: string) => void store.delete(k),
    };
    const p = browserPlatform(kv, () => 'en');
    await expect(p.profiles.create('\u200B')).rejects.toMatchObject({ code: 'invalid-payload' });
    expect((await p.profiles.list()).profiles).toEqual([]);
  });
});
