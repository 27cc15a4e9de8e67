import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { dispatch } from '../../electron/ipc/dispatch';
import { HISTORY_LIMIT } from '../../src/platform/store-schema';
import { APP_PAGE, eventFrom, ok, setup, tutorialReport } from './ipc-fixtures';

vi.mock('electron', () => ({ default: {} }));

const attemptInput = (profileId: string, stars: number, role: 'ops' | 'support' = 'ops') => {
  const report = tutorialReport();
  return {
    profileId,
    scenarioId: 'tutorial-one-order',
    role,
    botLevel: 'competent' as const,
    lang: 'en' as const,
    report: { ...report, stars },
  };
};

describe('profiles, progress and history', () => {
  it('a new learner: create, select, record attempts, best stars per scenario and role', async () => {
    const { handlers, dir } = setup();
    expect(await ok(handlers, 'profiles.list')).toEqual({ profiles: [], selected: null });
    const ann = await ok(handlers, 'profiles.create', { name: '  安 Ann ' });
    expect(ann).toMatchObject({ id: 'id-1', name: '安 Ann' });
    const bo = await ok(handlers, 'profiles.create', { name: 'Bo' });
    expect((await ok(handlers, 'profiles.list')).selected).toBe(bo.id);
    expect((await ok(handlers, 'profiles.select', { id: ann.id })).selected).toBe(ann.id);

    await ok(handlers, 'progress.recordAttempt', attemptInput(ann.id, 2));
    await ok(handlers, 'progress.recordAttempt', attemptInput(ann.id, 1, 'support'));
    const third = await ok(handlers, 'progress.recordAttempt', attemptInput(ann.id, 3));
    expect(third.progress).toMatchObject({
      bestStars: 3,
      attempts: 3,
      bestByRole: { ops: 3, support: 1 },
    });
    expect(await ok(handlers, 'progress.get', { profileId: bo.id })).toEqual({});

    const list = await ok(handlers, 'history.list', { profileId: ann.id });
    expect(list.map((a) => a.stars)).toEqual([3, 1, 2]);
    expect(list[0]).not.toHaveProperty('report');
    const full = await ok(handlers, 'history.get', { id: third.attempt.id });
    expect(full.report.review.markdown).toBe(tutorialReport().review.markdown);
    expect(full.checklist).toHaveLength(tutorialReport().review.actions.length);

    // It is all on disk.
    const onDisk = JSON.parse(readFileSync(join(dir, 'progress.json'), 'utf8')) as {
      schemaVersion: number;
    };
    expect(onDisk.schemaVersion).toBe(2);
  });

  it('an attempt whose progress write was lost (a kill between the two files) counts at the next load', async () => {
    const { handlers, stores } = setup();
    const ann = await ok(handlers, 'profiles.create', { name: 'Ann' });
    await ok(handlers, 'progress.recordAttempt', attemptInput(ann.id, 1));
    const before = stores.progress.get();
    await ok(handlers, 'progress.recordAttempt', attemptInput(ann.id, 3));
    stores.progress.save(before); // as if the app died after writing the history only
    const levelled = await ok(handlers, 'progress.get', { profileId: ann.id });
    expect(levelled['tutorial-one-order']).toMatchObject({ attempts: 2, bestStars: 3 });
    // Counted once: asking again, or recording the next run, does not count it twice.
    await ok(handlers, 'progress.get', { profileId: ann.id });
    const next = await ok(handlers, 'progress.recordAttempt', attemptInput(ann.id, 2));
    expect(next.progress).toMatchObject({ attempts: 3, bestStars: 3 });
  });

  it('one attempt per run: recording a run again (its autosave outlived the record) writes nothing', async () => {
    const { handlers } = setup();
    const ann = await ok(handlers, 'profiles.create', { name: 'Ann' });
    const run = { ...attemptInput(ann.id, 2), runId: 'run-7' };
    const first = await ok(handlers, 'progress.recordAttempt', run);
    const again = await ok(handlers, 'progress.recordAttempt', run);
    expect(again.attempt.id).toBe(first.attempt.id);
    expect(again.progress).toMatchObject({ attempts: 1, bestStars: 2 });
    expect(await ok(handlers, 'history.list', { profileId: ann.id })).toHaveLength(1);
    const next = await ok(handlers, 'progress.recordAttempt', { ...run, runId: 'run-8' });
    expect(next.progress.attempts).toBe(2);
  });

  it('the learner edits the 改进清单: ticks, notes, owners and own items are kept', async () => {
    const { handlers } = setup();
    const ann = await ok(handlers, 'profiles.create', { name: 'Ann' });
    const { attempt } = await ok(handlers, 'progress.recordAttempt', attemptInput(ann.id, 1));
    const checklist = [
      ...attempt.checklist.map((c) => ({
        ...c,
        done: true,
        note: '下周例会复盘',
        ownerRole: 'warehouse' as const,
      })),
      {
        id: 'own-1',
        text: '每天 16:00 前交接快递',
        ownerRole: 'warehouse' as const,
        done: false,
        note: '',
        custom: true,
      },
    ];
    const updated = await ok(handlers, 'history.updateChecklist', { id: attempt.id, checklist });
    expect(updated.checklist).toEqual(checklist);
    expect((await ok(handlers, 'history.get', { id: attempt.id })).checklist).toEqual(checklist);
    const twice = await dispatch(
      'history.updateChecklist',
      eventFrom(APP_PAGE),
      { id: attempt.id, checklist: [...checklist, checklist.at(-1)] },
      handlers,
    );
    expect(twice).toMatchObject({
      ok: false,
      error: { code: 'invalid-payload', message: /used twice/ },
    });
  });

  it("an attempt saved at finish takes the debrief's final report later, only for the same run", async () => {
    const { handlers } = setup();
    const ann = await ok(handlers, 'profiles.create', { name: 'Ann' });
    const { attempt } = await ok(handlers, 'progress.recordAttempt', attemptInput(ann.id, 2));
    const first = attempt.report;
    const final = { ...first, review: { ...first.review, markdown: '# final 复盘' } };
    const checklist = [
      {
        id: 'a1',
        text: 'Look up the parcel first',
        ownerRole: 'support' as const,
        done: false,
        note: '',
        custom: false,
      },
    ];
    const updated = await ok(handlers, 'history.updateReport', {
      id: attempt.id,
      report: final,
      checklist,
    });
    expect(updated.report.review.markdown).toBe('# final 复盘');
    const stored = await ok(handlers, 'history.get', { id: attempt.id });
    expect(stored.report.review.markdown).toBe('# final 复盘');
    expect(stored.checklist).toEqual(checklist);
    expect(
      (await ok(handlers, 'progress.get', { profileId: ann.id }))['tutorial-one-order'],
    ).toMatchObject({
      attempts: 1,
      bestStars: 2,
    });
    for (const [report, message] of [
      [{ ...final, worldHash: 'f'.repeat(16) }, /world hash .* is not the saved run's/],
      [{ ...final, stars: 3 }, /stars 3 differ from the saved run's 2/],
    ] as const) {
      const refused = await dispatch(
        'history.updateReport',
        eventFrom(APP_PAGE),
        { id: attempt.id, report, checklist },
        handlers,
      );
      expect(refused).toMatchObject({ ok: false, error: { code: 'invalid-payload', message } });
    }
    expect((await ok(handlers, 'history.get', { id: attempt.id })).report.review.markdown).toBe(
      '# final 复盘',
    );
  });

  it(`keeps the newest ${HISTORY_LIMIT} attempts per profile`, async () => {
    const { handlers, stores } = setup();
    const ann = await ok(handlers, 'profiles.create', { name: 'Ann' });
    const { attempt } = await ok(handlers, 'progress.recordAttempt', attemptInput(ann.id, 1));
    const filler = Array.from({ length: HISTORY_LIMIT }, (_, i) => ({
      ...attempt,
      id: `old-${i}`,
    }));
    expect(stores.history.save({ schemaVersion: 1, attempts: filler }).ok).toBe(true);
    await ok(handlers, 'progress.recordAttempt', attemptInput(ann.id, 2));
    const ids = stores.history.get().attempts.map((a) => a.id);
    expect(ids).toHaveLength(HISTORY_LIMIT);
    expect(ids[0]).toBe('old-1');
  });

  it('attempts and autosaves for unknown profiles are refused', async () => {
    const { handlers } = setup();
    const result = await dispatch(
      'progress.recordAttempt',
      eventFrom(APP_PAGE),
      attemptInput('ghost', 1),
      handlers,
    );
    expect(result).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });
});

describe('settings, autosave, notices, app info', () => {
  it('settings: defaults, partial updates, persisted', async () => {
    const { handlers, stores } = setup();
    expect(await ok(handlers, 'settings.get')).toMatchObject({
      language: 'system',
      defaultSpeed: 1,
    });
    const next = await ok(handlers, 'settings.set', { language: 'en', textSize: 'large' });
    expect(next).toMatchObject({ language: 'en', textSize: 'large', defaultSpeed: 1 });
    expect(stores.settings.get()).toMatchObject({ schemaVersion: 2, language: 'en' });
  });

  it('autosave: save, load, clear, per profile', async () => {
    const { handlers } = setup();
    const ann = await ok(handlers, 'profiles.create', { name: 'Ann' });
    const run = {
      scenarioId: 'tutorial-one-order',
      scenarioVersion: 1,
      seed: 4,
      seats: [
        { id: 'me', role: 'warehouse' as const },
        { id: 'bot-ops', role: 'ops' as const, bot: 'expert' as const },
      ],
      role: 'warehouse' as const,
      botLevel: 'expert' as const,
      log: [
        {
          t: 12,
          command: {
            seat: 'me',
            role: 'warehouse' as const,
            type: 'pick_wave' as const,
            payload: {},
          },
        },
      ],
      clock: 30,
      speed: 2 as const,
    };
    const { savedAt } = await ok(handlers, 'autosave.save', { profileId: ann.id, run });
    expect(await ok(handlers, 'autosave.load', { profileId: ann.id })).toEqual({ ...run, savedAt });
    expect(await ok(handlers, 'autosave.load', { profileId: 'someone-else' })).toBeNull();
    expect(await ok(handlers, 'autosave.clear', { profileId: ann.id })).toBeNull();
    expect(await ok(handlers, 'autosave.load', { profileId: ann.id })).toBeNull();
  });

  it('notices are handed over once', async () => {
    const { handlers, stores } = setup();
    stores.notices.push({
      kind: 'started-empty',
      file: 'history',
      problem: 'empty',
      at: '2025-03-01T09:00:00.000Z',
      detail: 'the file is empty',
    });
    expect(await ok(handlers, 'notices.take')).toMatchObject([
      { kind: 'started-empty', file: 'history' },
    ]);
    expect(await ok(handlers, 'notices.take')).toEqual([]);
  });

  it('app.info', async () => {
    const { handlers } = setup();
    expect(await ok(handlers, 'app.info')).toMatchObject({ name: 'ShopDojo', locale: 'zh-CN' });
  });
});
