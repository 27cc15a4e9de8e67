import type { Input, Output } from '../../src/platform/contract';
import type { Attempt } from '../../src/platform/store-schema';
import { repeatedChecklistId, withFinalReport } from '../../src/platform/attempts';
import { levelledProgress, recordAttemptIn, type AttemptFiles } from '../../src/platform/record';
import { IpcFailure, saved } from '../ipc/failure';
import type { ServiceDeps } from './context';
import { requireProfile } from './profiles';

/** Saves a finished run, once per run (see recordAttemptIn). */
export function recordAttempt(
  deps: ServiceDeps,
  input: Input<'progress.recordAttempt'>,
): Output<'progress.recordAttempt'> {
  requireProfile(deps, input.profileId, 'progress.recordAttempt');
  return recordAttemptIn(files(deps), input, deps.newId(), deps.now().toISOString());
}

/** The history and progress stores, each write checked. */
function files(deps: ServiceDeps): AttemptFiles {
  const { history, progress } = deps.stores;
  return {
    history: { get: () => history.get(), save: (f) => saved(history.save(f)) },
    progress: { get: () => progress.get(), save: (f) => saved(progress.save(f)) },
  };
}

export function getProgress(
  deps: ServiceDeps,
  input: { profileId: string },
): Output<'progress.get'> {
  return levelledProgress(files(deps)).byProfile[input.profileId] ?? {};
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
  const twice = repeatedChecklistId(input.checklist);
  if (twice !== undefined)
    throw new IpcFailure(
      'invalid-payload',
      `history.updateChecklist: checklist: id "${twice}" is used twice`,
    );
  return replaceAttempt(deps, { ...attempt, checklist: input.checklist });
}

/** The debrief's final report and 改进清单 for the attempt saved when the run finished. */
export function updateReport(deps: ServiceDeps, input: Input<'history.updateReport'>): Attempt {
  const updated = withFinalReport(getAttempt(deps, input), input);
  if (typeof updated === 'string')
    throw new IpcFailure('invalid-payload', `history.updateReport: ${updated}`);
  return replaceAttempt(deps, updated);
}

function replaceAttempt(deps: ServiceDeps, updated: Attempt): Attempt {
  const history = deps.stores.history.get();
  const attempts = history.attempts.map((a) => (a.id === updated.id ? updated : a));
  saved(deps.stores.history.save({ ...history, attempts }));
  return updated;
}
