import { describe, expect, expectTypeOf, it } from 'vitest';
import { z } from 'zod';
import {
  CHANNELS,
  contract,
  noticeSchema,
  splitChannel,
  type IpcResult,
  type Output,
  type ShellApi,
} from '../../src/platform/contract';
import { loadScenarioFile } from '../../src/scenario/load-file';
import { playAndReport } from '../../src/sim/report';

describe('the IPC contract', () => {
  it('has a payload and a result schema for every channel, and no other entries', () => {
    expect(Object.keys(contract).sort()).toEqual([...CHANNELS].sort());
    for (const channel of CHANNELS) {
      expect(contract[channel].input).toBeInstanceOf(z.ZodType);
      expect(contract[channel].output).toBeInstanceOf(z.ZodType);
    }
  });

  it('channel names are group.function, unique, and split that way', () => {
    expect(new Set(CHANNELS).size).toBe(CHANNELS.length);
    for (const channel of CHANNELS) {
      expect(channel).toMatch(/^[a-z]+\.[a-zA-Z]+$/);
      expect(splitChannel(channel).join('.')).toBe(channel);
    }
    expect(splitChannel('progress.recordAttempt')).toEqual(['progress', 'recordAttempt']);
  });

  it('calls without a payload take none; the rest take an object with required fields', () => {
    for (const channel of CHANNELS) {
      const takesNone = contract[channel].input.safeParse(undefined).success;
      const takesJunk = contract[channel].input.safeParse('junk').success;
      expect(takesJunk, channel).toBe(false);
      // settings.set takes a partial patch, so {} is a valid (empty) one.
      if (!takesNone && channel !== 'settings.set')
        expect(contract[channel].input.safeParse({}).success, channel).toBe(false);
    }
  });

  it("a real run's report is a valid progress.recordAttempt payload", () => {
    const { report } = playAndReport(loadScenarioFile('scenarios/tutorial-one-order.yaml'), {
      lang: 'zh-CN',
    });
    const payload = {
      profileId: 'p1',
      scenarioId: report.scenario.id,
      role: 'warehouse',
      botLevel: 'novice',
      lang: 'zh-CN',
      report: JSON.parse(JSON.stringify(report)) as unknown,
    };
    expect(contract['progress.recordAttempt'].input.safeParse(payload).success).toBe(true);
  });

  it('refuses inherited names (__proto__, constructor) wherever an IPC payload carries an id', () => {
    for (const id of ['__proto__', 'constructor', 'toString', 'hasOwnProperty']) {
      const select: unknown = JSON.parse(`{"id":"${id}"}`);
      expect(contract['profiles.select'].input.safeParse(select).success, id).toBe(false);
      const load: unknown = JSON.parse(`{"profileId":"${id}"}`);
      expect(contract['autosave.load'].input.safeParse(load).success, id).toBe(false);
    }
  });

  it('a notice must say which file, what happened and when', () => {
    const notice = {
      id: 'n1',
      kind: 'restored-backup',
      file: 'progress',
      problem: 'invalid-json',
      at: '2025-03-01T09:00:00.000Z',
      backupAt: '2025-02-28T21:00:00.000Z',
      quarantinedPath:
        '/home/a/.config/shopdojo/save/quarantine/progress.2025-03-01T09-00-00-000Z.json',
      detail: 'not valid JSON',
      message: 'Your progress file was damaged …',
    };
    expect(noticeSchema.parse(notice)).toEqual(notice);
    expect(noticeSchema.safeParse({ ...notice, file: 'passwords' }).success).toBe(false);
  });

  it('types: window.api mirrors the contract', () => {
    expectTypeOf<ShellApi['profiles']['list']>().toEqualTypeOf<
      () => Promise<IpcResult<Output<'profiles.list'>>>
    >();
    expectTypeOf<ShellApi['profiles']['create']>().parameters.toEqualTypeOf<[{ name: string }]>();
    expectTypeOf<keyof ShellApi>().toEqualTypeOf<
      'app' | 'profiles' | 'progress' | 'history' | 'settings' | 'autosave' | 'notices' | 'export'
    >();
  });
});
