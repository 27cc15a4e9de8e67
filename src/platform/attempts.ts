import type { Input } from './contract';
import {
  HISTORY_LIMIT,
  type Attempt,
  type HistoryFile,
  type ProgressFile,
  type ScenarioProgress,
} from './store-schema';

type AttemptInput = Input<'progress.recordAttempt'>;

/**
 * The saved form of a finished run: the report plus its 改进清单, ready for the learner's
 * ticks and notes. Shared by the desktop shell and the browser build so both save alike.
 */
export function newAttempt(input: AttemptInput, id: string, finishedAt: string): Attempt {
  const checklist = input.report.review.actions.map((a) => ({
    id: a.id,
    text: a.text,
    ownerRole: a.ownerRole,
    ...(a.sopRef !== undefined ? { sopRef: a.sopRef } : {}),
    done: a.done,
    note: '',
    custom: false,
  }));
  return { ...input, id, finishedAt, checklist };
}

/** The history with `attempt` added, dropping the learner's oldest beyond the limit. */
export function historyWith(history: HistoryFile, attempt: Attempt): HistoryFile {
  const mine = history.attempts.filter((a) => a.profileId === attempt.profileId);
  const drop = new Set(
    mine.slice(0, Math.max(0, mine.length + 1 - HISTORY_LIMIT)).map((a) => a.id),
  );
  return { ...history, attempts: [...history.attempts.filter((a) => !drop.has(a.id)), attempt] };
}

/** The progress file after `attempt`: attempts counted, best stars overall and per role. */
export function progressWith(
  progress: ProgressFile,
  attempt: Attempt,
): { file: ProgressFile; next: ScenarioProgress } {
  const scenarios = progress.byProfile[attempt.profileId] ?? {};
  const before = scenarios[attempt.scenarioId];
  const stars = attempt.report.stars;
  const next: ScenarioProgress = {
    bestStars: Math.max(before?.bestStars ?? 0, stars),
    attempts: (before?.attempts ?? 0) + 1,
    lastPlayedAt: attempt.finishedAt,
    bestByRole: {
      ...before?.bestByRole,
      [attempt.role]: Math.max(before?.bestByRole[attempt.role] ?? 0, stars),
    },
  };
  const byProfile = {
    ...progress.byProfile,
    [attempt.profileId]: { ...scenarios, [attempt.scenarioId]: next },
  };
  return { file: { ...progress, byProfile }, next };
}

/**
 * Progress brought level with the history. An attempt is written to the history first and to
 * the progress file second; a kill between the two left a run that never counted. Every attempt
 * finished after its scenario's `lastPlayedAt` (or for a scenario with no progress yet) is
 * counted now. Returns null when nothing was missing. A scenario with attempts but no
 * `lastPlayedAt` (files from before it existed) is left alone: its count cannot be checked.
 */
export function reconcileProgress(
  history: HistoryFile,
  progress: ProgressFile,
): ProgressFile | null {
  let file = progress;
  for (const attempt of history.attempts) {
    const entry = file.byProfile[attempt.profileId]?.[attempt.scenarioId];
    const missing =
      entry === undefined ||
      (entry.lastPlayedAt !== undefined &&
        Date.parse(entry.lastPlayedAt) < Date.parse(attempt.finishedAt));
    if (missing) file = progressWith(file, attempt).file;
  }
  return file === progress ? null : file;
}

/** The first checklist id that appears twice, if any. */
export function repeatedChecklistId(checklist: readonly { id: string }[]): string | undefined {
  const ids = new Set<string>();
  for (const item of checklist) {
    if (ids.has(item.id)) return item.id;
    ids.add(item.id);
  }
  return undefined;
}

/**
 * The attempt with the debrief's final report (causes proven, the expert's figures) and its
 * 改进清单. The attempt is saved the moment the run finishes, with the first report; this is
 * its enrichment, so it must be the same run with the same stars (progress already counted
 * them). Returns the problem in plain words when the update does not fit the attempt.
 */
export function withFinalReport(
  attempt: Attempt,
  input: Input<'history.updateReport'>,
): Attempt | string {
  if (input.report.worldHash !== attempt.report.worldHash)
    return `report: world hash ${input.report.worldHash} is not the saved run's (${attempt.report.worldHash})`;
  if (input.report.stars !== attempt.report.stars)
    return `report: stars ${input.report.stars} differ from the saved run's ${attempt.report.stars}`;
  const twice = repeatedChecklistId(input.checklist);
  if (twice !== undefined) return `checklist: id "${twice}" is used twice`;
  return { ...attempt, report: input.report, checklist: input.checklist };
}
