import { describe, expect, it } from 'vitest';
import { buildApi } from '../../../electron/bridge';
import { browserPlatform } from '../../../src/platform/browser';
import type { KeyValue } from '../../../src/platform/browser-store';
import { electronPlatform } from '../../../src/platform/electron';
import { PlatformError } from '../../../src/platform/platform';
import { buildReport } from '../../../src/sim/report';
import { playToEnd } from '../../../src/sim/engine/play';
import { debriefPlatform } from '../../../src/ui/screens/debrief-platform';
import { builtInScenarios } from '../../../src/ui/session/scenarios';

const memory = (): KeyValue => {
  const m = new Map<string, string>();
  return {
    getItem: (k) => m.get(k) ?? null,
    setItem: (k, v) => void m.set(k, v),
    removeItem: (k) => void m.delete(k),
  };
};

describe('electron platform', () => {
  it('calls one channel per method and turns { ok: false } into a PlatformError', async () => {
    const calls: [string, unknown][] = [];
    const api = buildApi((channel, payload) => {
      calls.push([channel, payload]);
      if (channel === 'profiles.create')
        return Promise.resolve({
          ok: false,
          error: { code: 'invalid-payload', message: 'name: too long' },
        });
      return Promise.resolve({ ok: true, value: null });
    });
    const p = electronPlatform(api, () => 'en');
    await expect(p.autosave.load('p1')).resolves.toBeNull();
    const err: unknown = await p.profiles.create('x'.repeat(99)).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(PlatformError);
    expect(err).toMatchObject({ code: 'invalid-payload', message: 'name: too long' });
    expect(calls[0]).toEqual(['autosave.load', { profileId: 'p1' }]);
    expect(calls[1]?.[0]).toBe('profiles.create');
  });
});

describe('debrief on the shared platform', () => {
  it('saves the attempt with its checklist, raises best stars and lists it for comparison', async () => {
    const tutorial = builtInScenarios().find((s) => s.id === 'tutorial-one-order');
    if (!tutorial) throw new Error('tutorial missing');
    const world = playToEnd(tutorial, { seed: 1 });
    const report = buildReport(world, { lang: 'zh-CN' });
    const platform = browserPlatform(memory(), () => 'zh-CN');
    const me = await platform.profiles.create('小王');
    const d = debriefPlatform(platform, me.id);
    const checklist = report.review.actions.map((a) => ({
      ...a,
      note: '记得先查物流',
      custom: false,
    }));
    const { id } = await d.saveAttempt({
      scenarioId: tutorial.id,
      role: 'support',
      botLevel: 'competent',
      lang: 'zh-CN',
      report,
      checklist,
    });
    expect((await platform.history.get(id)).checklist.every((c) => c.note === '记得先查物流')).toBe(
      true,
    );
    expect((await platform.progress.get(me.id))[tutorial.id]?.bestStars).toBe(report.stars);
    const listed = await d.listAttempts(tutorial.id);
    expect(listed).toHaveLength(1);
    expect(listed[0]?.targets).toEqual(report.targets);
  });
  it('saves the run at once and clears its autosave; the final report replaces it later', async () => {
    const tutorial = builtInScenarios().find((s) => s.id === 'tutorial-one-order');
    if (!tutorial) throw new Error('tutorial missing');
    const world = playToEnd(tutorial, { seed: 2 });
    const report = buildReport(world, { lang: 'en' });
    const platform = browserPlatform(memory(), () => 'en');
    const me = await platform.profiles.create('Lin');
    await platform.autosave.save(me.id, {
      scenarioId: tutorial.id,
      scenarioVersion: tutorial.version,
      seed: 2,
      seats: [{ id: 'me', role: 'support' }],
      role: 'support',
      botLevel: 'competent',
      log: [],
      clock: world.clock,
      speed: 1,
    });
    const d = debriefPlatform(platform, me.id);
    const draft = {
      scenarioId: tutorial.id,
      role: 'support' as const,
      botLevel: 'competent' as const,
      lang: 'en' as const,
      report,
      checklist: [],
    };
    const { id } = await d.saveAttempt(draft);
    expect(await platform.autosave.load(me.id)).toBeNull();
    expect((await platform.history.get(id)).checklist).toHaveLength(report.review.actions.length);
    const final = { ...report, review: { ...report.review, markdown: '# proven' } };
    const checklist = [
      {
        id: 'mine',
        text: 'Add a size quick reply',
        ownerRole: 'support' as const,
        done: true,
        note: '',
        custom: true,
      },
    ];
    await d.finalizeAttempt(id, { report: final, checklist });
    const stored = await platform.history.get(id);
    expect(stored.report.review.markdown).toBe('# proven');
    expect(stored.checklist).toEqual(checklist);
    await expect(
      d.finalizeAttempt(id, { report: { ...final, worldHash: 'x' }, checklist }),
    ).rejects.toMatchObject({ code: 'invalid-payload', message: /world hash/ });
    expect(await platform.history.list(me.id)).toHaveLength(1);
  });
});
