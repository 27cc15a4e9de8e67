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
import { buildLessons } from './lessons';
import type { ReviewDoc, ReviewGoal, ReviewOptions, ReviewTargetResult } from './types';

export type * from './types';

/**
 * The 复盘 of a run (DESIGN §1.5, primer "The 复盘"), as language-free data:
 * 1. 回顾目标 — the targets with their resolved thresholds;
 * 2. 评估结果 — actual against target, stars, role scores, the expert yardstick when given;
 * 3. 分析原因 — for every missed target, causes backed by the event log (when: the 10-minute
 *    window where most bad events fell; how many; which incident overlapped; which SOP rule
 *    was broken), plus the largest clusters of SOP violations;
 * 4. 总结经验 — keep / improve;
 * 5. 改进清单 — action items, each with an owner role and the SOP card it changes.
 * Deterministic: the same world and score give the same document.
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
  const causes = [
    ...score.targets.flatMap((r, i) => (r.met ? [] : targetCauses(world, r, i))),
    // Only the learner's own SOP violations become causes and checklist actions.
    ...violationCauses(learnerView(world)),
  ];
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
    lessons: buildLessons(world, targets, causes),
    actions: buildActions(world, causes),
  };
}
