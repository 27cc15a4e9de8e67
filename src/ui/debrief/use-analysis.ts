import { useEffect, useState } from 'preact/hooks';
import type { CounterfactualSet } from '../../sim/review/counterfactual/replay';
import { reviewReplayJob } from '../../sim/review/generate';
import { drillPlayed } from '../../sim/scoring/learner';
import type { Baseline } from '../../sim/scoring/score';
import type { World } from '../../sim/world';
import { analyse, baselineFor, playExpert, type DebriefCore, type ExpertData } from './model';
import { startReplays } from './replays';

/** Where the counterfactual replays that prove the causes are. */
export type ReplayState =
  | { state: 'checking'; done: number; total: number }
  | { state: 'done' }
  | { state: 'failed'; error: string };

export type ExpertState = 'pending' | 'ready' | 'failed';

/** Runs `fn` after the browser has painted (and, when it can, when it is idle). */
export function later(fn: () => void, idle: boolean): () => void {
  let cancelled = false;
  const run = () => {
    if (!cancelled) fn();
  };
  const frame = requestAnimationFrame(() => {
    if (idle && typeof requestIdleCallback === 'function')
      requestIdleCallback(run, { timeout: 400 });
    else setTimeout(run, 0);
  });
  return () => {
    cancelled = true;
    cancelAnimationFrame(frame);
  };
}

/**
 * The debrief's analysis, step by step so the screen never freezes: scoring right after the
 * first paint (causes still unproven), the counterfactual replays in a Web Worker, the expert
 * yardstick when the browser is idle; the 复盘 is rewritten as each lands. `settled` is true
 * once the causes are final (proven, or the replays failed and they stay candidates).
 */
export function useAnalysis(world: World): {
  core: DebriefCore | null;
  expertState: ExpertState;
  replay: ReplayState;
  settled: boolean;
} {
  const [baseline, setBaseline] = useState<{ value: Baseline | undefined } | null>(null);
  const [expert, setExpert] = useState<ExpertData | ExpertState>('pending');
  const [cfs, setCfs] = useState<CounterfactualSet | false>(false);
  const [replay, setReplay] = useState<ReplayState>({ state: 'checking', done: 0, total: 0 });
  const [core, setCore] = useState<DebriefCore | null>(null);

  useEffect(() => {
    let stop = () => {};
    const cancel = later(() => {
      const value = baselineFor(world.scenario, world.seed, drillPlayed(world));
      const first = analyse(world, value);
      setBaseline({ value });
      setCore(first);
      const job = reviewReplayJob(world, first.score);
      if (!job) {
        setCfs({});
        setReplay({ state: 'done' });
        return;
      }
      setReplay({ state: 'checking', done: 0, total: job.interventions.length });
      stop = startReplays(job, {
        progress: (done, total) => setReplay({ state: 'checking', done, total }),
        done: (all) => {
          setCfs(all);
          setReplay({ state: 'done' });
        },
        failed: (error) => setReplay({ state: 'failed', error }),
      });
    }, false);
    return () => {
      cancel();
      stop();
    };
  }, [world]);

  useEffect(() => {
    if (!baseline || expert !== 'pending') return;
    return later(() => {
      try {
        setExpert(playExpert(world, baseline.value));
      } catch {
        setExpert('failed');
      }
    }, true);
  }, [baseline, expert]);

  useEffect(() => {
    if (!baseline || (expert === 'pending' && cfs === false)) return;
    const data = typeof expert === 'string' ? undefined : expert;
    setCore(analyse(world, baseline.value, data, cfs));
  }, [baseline, expert, cfs]);

  const expertState: ExpertState = typeof expert === 'string' ? expert : 'ready';
  const settled = core !== null && (core.counterfactuals !== false || replay.state === 'failed');
  return { core, expertState, replay, settled };
}
