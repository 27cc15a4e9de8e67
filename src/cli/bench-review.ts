import { fileURLToPath } from 'node:url';
import { loadScenarioFile } from '../scenario/load-file';
import { playToEnd } from '../sim/engine/play';
import { runReplayJob } from '../sim/review/counterfactual/replay';
import { reviewReplayJob } from '../sim/review/generate';
import { scoreRun } from '../sim/scoring/score';

/** The replays may cost at most this many times the run they explain (DESIGN §8: cheap). */
export const REPLAY_BUDGET = 3;

export interface ReviewBench {
  scenario: string;
  replays: number;
  aftermathDays: number;
  /** Wall seconds of the run itself (novice bots, with its aftermath). */
  runS: number;
  /** Wall seconds of all the 复盘's counterfactual replays. */
  replaysS: number;
  ratio: number;
  ok: boolean;
}

const seconds = (from: bigint) => Number(process.hrtime.bigint() - from) / 1e9;

/**
 * The 复盘's counterfactual replays against the run they explain: 全链路协作 played by novice
 * bots (every target family missed), its replays planned and run in-process as the CLI does
 * (the debrief runs the same job in a Web Worker).
 */
export function benchReview(): ReviewBench {
  const file = fileURLToPath(new URL('../../scenarios/full-chain-day.yaml', import.meta.url));
  const scenario = loadScenarioFile(file);
  let start = process.hrtime.bigint();
  const world = playToEnd(scenario, { botLevel: 'novice' });
  const runS = seconds(start);
  const job = reviewReplayJob(world, scoreRun(world));
  start = process.hrtime.bigint();
  if (job) runReplayJob(job);
  const replaysS = seconds(start);
  const ratio = replaysS / runS;
  return {
    scenario: scenario.id,
    replays: job?.interventions.length ?? 0,
    aftermathDays: job?.aftermathDays ?? 0,
    runS,
    replaysS,
    ratio,
    ok: ratio <= REPLAY_BUDGET,
  };
}
