import type { Input, Output } from './contract';
import { historyWith, newAttempt, progressWith, reconcileProgress } from './attempts';
import type { HistoryFile, ProgressFile } from './store-schema';

/** One stored file as the record path needs it: read, and write (throwing when it fails). */
interface File<T> {
  get(): T;
  save(next: T): void;
}

/** The two files an attempt touches, on either platform. */
export interface AttemptFiles {
  history: File<HistoryFile>;
  progress: File<ProgressFile>;
}

/** The progress file with any attempt a crash kept from counting counted (and saved). */
export function levelledProgress(files: AttemptFiles): ProgressFile {
  const progress = files.progress.get();
  const fixed = reconcileProgress(files.history.get(), progress);
  if (!fixed) return progress;
  files.progress.save(fixed);
  return fixed;
}

/**
 * Saves a finished run: the attempt (report + its 改进清单, ready for the learner's edits) goes
 * to the history, then the scenario's best stars are updated. The same run recorded again —
 * its autosave outlived the record (a kill in between) and Continue finished it a second time —
 * returns the first attempt and writes nothing: one attempt per run.
 */
export function recordAttemptIn(
  files: AttemptFiles,
  input: Input<'progress.recordAttempt'>,
  id: string,
  finishedAt: string,
): Output<'progress.recordAttempt'> {
  // Level first, so the attempt written next is counted once, below, not by the reconciliation.
  const progress = levelledProgress(files);
  const history = files.history.get();
  const again =
    input.runId === undefined
      ? undefined
      : history.attempts.find((a) => a.profileId === input.profileId && a.runId === input.runId);
  if (again) {
    const entry = progress.byProfile[again.profileId]?.[again.scenarioId];
    if (entry) return { attempt: again, progress: entry };
  }
  const attempt = newAttempt(input, id, finishedAt);
  files.history.save(historyWith(history, attempt));
  const { file, next } = progressWith(progress, attempt);
  files.progress.save(file);
  return { attempt, progress: next };
}
