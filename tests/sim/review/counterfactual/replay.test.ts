import { describe, expect, it } from 'vitest';
import { loadScenarioFile } from '../../../../src/scenario/load-file';
import { playLearner } from '../../../../src/sim/engine/learner';
import { proofFrom } from '../../../../src/sim/review/counterfactual/proof';
import { runReplayJob, type ReplayJob } from '../../../../src/sim/review/counterfactual/replay';
import { reviewReplayJob } from '../../../../src/sim/review/generate';
import { scoreRun } from '../../../../src/sim/scoring/score';

/** An idle person in one of the two support seats: every support target missed. */
const scenario = loadScenarioFile('scenarios/support-first-response.yaml');
const world = playLearner(scenario, { mode: 'idle' });
const score = scoreRun(world);
const job = reviewReplayJob(world, score) as ReplayJob;
const p90 = score.targets.find((t) => t.kpi === 'first_response_p90_s');

describe('the replays of a 复盘 as a job (what the debrief posts to its Web Worker)', () => {
  it("plans the learner's first replies done on time, from the learner's own seat", () => {
    expect(p90?.met).toBe(false);
    expect(job.interventions).toContainEqual({ kind: 'commands', cls: 'chats' });
    expect(job.basis.seats.some((s) => s.id.startsWith('routine-'))).toBe(false);
  });

  it('measures the same after a structured clone (the worker receives a copy, not the world)', () => {
    const one: ReplayJob = { ...job, interventions: [{ kind: 'commands', cls: 'chats' }] };
    const here = runReplayJob(one);
    const there = runReplayJob(structuredClone(one));
    expect(there).toEqual(here);
  });

  it('proves the cause: replies done on time by a good hand close most of the first-response gap', () => {
    const progress: number[] = [];
    const one: ReplayJob = { ...job, interventions: [{ kind: 'commands', cls: 'chats' }] };
    const cfs = runReplayJob(one, (_cf, done) => progress.push(done));
    expect(progress).toEqual([1]);
    const proof = p90 && proofFrom(cfs['commands:chats'], p90);
    expect(proof?.share).toBeGreaterThan(0.5);
    expect(proof?.text.key).toBe('whatif.commands_on_time');
  });
});
