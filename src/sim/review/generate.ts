import { KPI_DEFS } from '../kpi/defs';
import { roleViolations } from '../scoring/roles';
import {
  attainment,
  learnerResults,
  learnerView,
  targetMet,
  type RunScore,
} from '../scoring/score';
import type { World } from '../world';
import { buildActions } from './actions';
import { targetCauses, violationCauses } from './causes';
import { planInterventions } from './counterfactual/plan';
import { proveCauses } from './counterfactual/prove';
import { replayBasis } from './counterfactual/intervention';
import {
  aftermathDaysFor,
  runReplayJob,
  type CounterfactualSet,
  type ReplayJob,
} from './counterfactual/replay';
import { dedupeCauses } from './dedupe';
import { harmFlags } from './harm';
import { buildLessons } from './lessons';
import { storyLines } from './story';
import type { Cause, ReviewDoc, ReviewGoal, ReviewOptions, ReviewTargetResult } from './types';

export type * from './types';

/** The candidate causes of the missed targets, from the event log (before any replay). */
export function candidateCauses(world: World, score: RunScore): Cause[] {
  return score.targets.flatMap((r, i) => (r.met ? [] : targetCauses(world, r, i)));
}

/**
 * The counterfactual replays a run's 复盘 needs (see `planInterventions`), as plain data: the
 * debrief posts it to a Web Worker, the CLI runs it in-process. Undefined when no target with
 * data was missed (nothing to prove).
 */
export function reviewReplayJob(world: World, score: RunScore): ReplayJob | undefined {
  const missed = score.targets.filter((r) => !r.met && !r.noData).map((r) => r.kpi);
  if (missed.length === 0) return undefined;
  return {
    basis: replayBasis(world),
    interventions: planInterventions(world, score, candidateCauses(world, score)),
    aftermathDays: aftermathDaysFor(world.scenario, missed),
  };
}

/** The counterfactual replays a run's 复盘 needs, run now on this thread. */
export function reviewReplays(world: World, score: RunScore): CounterfactualSet {
  const job = reviewReplayJob(world, score);
  return job ? runReplayJob(job) : {};
}

/**
 * The 复盘 of a run (DESIGN §1.5 and §8), as language-free data:
 * 1. 回顾目标 — the targets with their resolved thresholds;
 * 2. 评估结果 — actual against target, stars, role scores, the expert yardstick when given, and
 *    met targets reached through a harmful move (flagged, not praised);
 * 3. 分析原因 — for every missed target, the candidate causes from the event log put to
 *    counterfactual replays of the same seed; only those that move the KPI are cited, each
 *    with the share of the gap it explains and the replay's figure; structural causes (load
 *    against staff, pick-ups against promises); then the largest clusters of SOP violations;
 * 4. 总结经验 — keep / improve, with the scenario's own story;
 * 5. 改进清单 — action items, each with an owner, the SOP whose rule it concerns and a check.
 * Deterministic: the same world, score and replays give the same document.
 */
export function generateReview(world: World, score: RunScore, opts: ReviewOptions = {}): ReviewDoc {
  const expert = opts.expert;
  const defs = world.scenario.targets;
  const goals: ReviewGoal[] = score.targets.map((r, i) => {
    const goal: ReviewGoal = {
      kpi: r.kpi,
      op: r.op,
      value: r.value,
      ownerRole: KPI_DEFS[r.kpi].role,
    };
    if (r.sku !== undefined) goal.sku = r.sku;
    const factor = defs[i]?.vsBaseline;
    if (factor !== undefined && r.baseline !== undefined) {
      goal.vsBaseline = factor;
      goal.baseline = r.baseline;
    }
    return goal;
  });
  const targets: ReviewTargetResult[] = score.targets.map((r) => {
    const row: ReviewTargetResult = { ...r, attainment: attainment(r) };
    const value = expert && r.sku === undefined ? expert.kpis[r.kpi] : undefined;
    if (value !== undefined) {
      row.expert = value;
      row.expertMet = targetMet(r.op, value, r.value);
    }
    return row;
  });
  const candidates = candidateCauses(world, score);
  const cfs =
    opts.counterfactuals === false
      ? undefined
      : (opts.counterfactuals ?? reviewReplays(world, score));
  const proven = cfs ? proveCauses(world, score, candidates, cfs) : candidates;
  // Only the learner's own SOP violations become causes and checklist actions.
  const causes = dedupeCauses([...proven, ...violationCauses(learnerView(world))]);
  const harms = harmFlags(world, targets, expert?.kpis);
  return {
    scenario: world.scenario.id,
    scenarioVersion: world.scenario.version,
    seed: world.seed,
    at: world.clock,
    goals,
    results: {
      targets,
      stars: score.stars,
      metCount: score.metCount,
      total: score.total,
      violations: score.violations,
      maxViolations: world.scenario.maxViolations,
      roleScores: { ...score.roleScores },
      roleViolations: roleViolations(world),
      ...(expert
        ? { expert: { stars: expert.stars, ...(expert.scored === false ? { scored: false } : {}) } }
        : {}),
      ...learnerResults(score),
    },
    causes,
    lessons: buildLessons(world, targets, causes, harms),
    actions: buildActions(world, causes, score),
    harms,
    story: storyLines(world, causes, cfs ? Object.keys(cfs) : []),
    replays: cfs ? Object.keys(cfs).length : 0,
  };
}
