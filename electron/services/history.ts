import type { Input, Output } from '../../src/platform/contract';
import {
  HISTORY_LIMIT,
  type Attempt,
  type ChecklistItem,
  type ScenarioProgress,
} from '../../src/platform/store-schema';
import { IpcFailure, saved } from '../ipc/failure';
import type { ServiceDeps } from './context';
import { requireProfile } from './profiles';

/**
 * Saves a finished run: the attempt (report + its 改进清单, ready for the learner's edits) goes
 * to the history, and the scenario's best stars are updated.
 */
export function recordAttempt(
  deps: ServiceDeps,
  input: Input<'progress.recordAttempt'>,
): Output<'progress.recordAttempt'> {
  requireProfile(deps, input.profileId, 'progress.recordAttempt');
  const checklist: ChecklistItem[] = input.report.review.actions.map((a) => ({
    id: a.id,
    text: a.text,
    ownerRole: a.ownerRole,
    ...(a.sopRef !== undefined ? { sopRef: a.sopRef } : {}),
    done: a.done,
    note: '',
    custom: false,
  }));
  const attempt: Attempt = {
    ...input,
    id: deps.newId(),
    finishedAt: deps.now().toISOString(),
    checklist,
  };

  const history = deps.stores.history.get();
  const mine = history.attempts.filter((a) => a.profileId === input.profileId);
  const drop = new Set(
    mine.slice(0, Math.max(0, mine.length + 1 - HISTORY_LIMIT)).map((a) => a.id),
  );
  const attempts = [...history.attempts.filter((a) => !drop.has(a.id)), attempt];
  saved(deps.stores.history.save({ ...history, attempts }));

  const progress = deps.stores.progress.get();
  const scenarios = progress.byProfile[input.profileId] ?? {};
  const before = scenarios[input.scenarioId];
  const stars = input.report.stars;
  const next: ScenarioProgress = {
    bestStars: Math.max(before?.bestStars ?? 0, stars),
    attempts: (before?.attempts ?? 0) + 1,
    lastPlayedAt: attempt.finishedAt,
    bestByRole: {
      ...before?.bestByRole,
      [input.role]: Math.max(before?.bestByRole[input.role] ?? 0, stars),
    },
  };
  const byProfile = {
    ...progress.byProfile,
    [input.profileId]: { ...scenarios, [input.scenarioId]: next },
  };
  saved(deps.stores.progress.save({ ...progress, byProfile }));
  return { attempt, progress: next };
}

export function getProgress(
  deps: ServiceDeps,
  input: { profileId: string },
): Output<'progress.get'> {
  return deps.stores.progress.get().byProfile[input.profileId] ?? {};
}

/** A profile's attempts, newest first, without their reports. */
export function listHistory(
  deps: ServiceDeps,
  input: Input<'history.list'>,
): Output<'history.list'> {
  return deps.stores.history
    .get()
    .attempts.filter(
      (a) =>
        a.profileId === input.profileId &&
        (input.scenarioId === undefined || a.scenarioId === input.scenarioId),
    )
    .map(({ report, checklist: _checklist, ...rest }) => ({ ...rest, stars: report.stars }))
    .reverse();
}

export function getAttempt(deps: ServiceDeps, input: { id: string }): Attempt {
  const attempt = deps.stores.history.get().attempts.find((a) => a.id === input.id);
  if (!attempt) throw new IpcFailure('not-found', `history: id: no attempt "${input.id}"`);
  return attempt;
}

/** Replaces an attempt's 改进清单 with the learner's edited one (ticks, notes, owners, own items). */
export function updateChecklist(
  deps: ServiceDeps,
  input: Input<'history.updateChecklist'>,
): Attempt {
  const attempt = getAttempt(deps, input);
  const ids = new Set<string>();
  for (const item of input.checklist) {
    if (ids.has(item.id))
      throw new IpcFailure(
        'invalid-payload',
        `history.updateChecklist: checklist: id "${item.id}" is used twice`,
      );
    ids.add(item.id);
  }
  const updated: Attempt = { ...attempt, checklist: input.checklist };
  const history = deps.stores.history.get();
  const attempts = history.attempts.map((a) => (a.id === attempt.id ? updated : a));
  saved(deps.stores.history.save({ ...history, attempts }));
  return updated;
}
