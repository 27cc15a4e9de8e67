import type { Input, Output } from '../../src/platform/contract';
import type { Attempt, ProgressFile } from '../../src/platform/store-schema';
import {
  newAttempt,
  historyWith,
  progressWith,
  reconcileProgress,
  repeatedChecklistId,
  withFinalReport,
} from '../../src/platform/attempts';
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
  const attempt = newAttempt(input, deps.newId(), deps.now().toISOString());
  // Level first, so the attempt written next is counted once, below, not by the reconciliation.
  const progress = levelledProgress(deps);
  saved(deps.stores.history.save(historyWith(deps.stores.history.get(), attempt)));
  const { file, next } = progressWith(progress, attempt);
  saved(deps.stores.progress.save(file));
  return { attempt, progress: next };
}

export function getProgress(
  deps: ServiceDeps,
  input: { profileId: string },
): Output<'progress.get'> {
  return levelledProgress(deps).byProfile[input.profileId] ?? {};
}

/** The progress file with any attempt a crash kept from counting counted (and saved). */
function levelledProgress(deps: ServiceDeps): ProgressFile {
  const progress = deps.stores.progress.get();
  const fixed = reconcileProgress(deps.stores.history.get(), progress);
  if (!fixed) return progress;
  saved(deps.stores.progress.save(fixed));
  return fixed;
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
