/**
 * The debrief's counterfactual replays, off the UI thread: each one replays the whole drill
 * (and its aftermath), a second or more of work the screen must not freeze for. The sim is
 * pure, so the worker's figures are exactly the CLI's.
 */
import { runReplayJob, type ReplayJob } from '../../sim/review/counterfactual/replay';
import type { ReplayMessage } from './replays';

/** The worker's global scope, as far as this file uses it (the DOM lib types `self` as a window). */
const scope = self as unknown as {
  onmessage: ((e: MessageEvent<ReplayJob>) => void) | null;
  postMessage: (m: ReplayMessage) => void;
};

scope.onmessage = (e) => {
  const post = (m: ReplayMessage) => scope.postMessage(m);
  try {
    const all = runReplayJob(e.data, (_cf, done, total) => post({ type: 'progress', done, total }));
    post({ type: 'done', counterfactuals: all });
  } catch (err) {
    post({ type: 'error', message: err instanceof Error ? err.message : String(err) });
  }
};
