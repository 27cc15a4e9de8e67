import type { CounterfactualSet, ReplayJob } from '../../sim/review/counterfactual/replay';

/** What the replay worker posts back: progress after each replay, then all of them. */
export type ReplayMessage =
  | { type: 'progress'; done: number; total: number }
  | { type: 'done'; counterfactuals: CounterfactualSet }
  | { type: 'error'; message: string };

export interface ReplayHandlers {
  progress: (done: number, total: number) => void;
  done: (counterfactuals: CounterfactualSet) => void;
  failed: (message: string) => void;
}

/**
 * Runs a 复盘's counterfactual replays in a Web Worker and reports back; returns a function that
 * stops the worker (the debrief closed). Where workers are missing the replays are not run on
 * the UI thread instead (seconds of frozen screen): `failed` is called and the causes stay
 * unproven, which the debrief says.
 */
export function startReplays(job: ReplayJob, on: ReplayHandlers): () => void {
  if (typeof Worker === 'undefined') {
    on.failed('Web Workers are not available');
    return () => {};
  }
  const worker = new Worker(new URL('./replays.worker.ts', import.meta.url), { type: 'module' });
  let open = true;
  const stop = () => {
    open = false;
    worker.terminate();
  };
  worker.onmessage = (e: MessageEvent<ReplayMessage>) => {
    if (!open) return;
    const m = e.data;
    if (m.type === 'progress') on.progress(m.done, m.total);
    else {
      stop();
      if (m.type === 'done') on.done(m.counterfactuals);
      else on.failed(m.message);
    }
  };
  worker.onerror = (e: ErrorEvent) => {
    if (!open) return;
    stop();
    on.failed(e.message);
  };
  worker.postMessage(job);
  return stop;
}
