import type { Role } from '../ids';
import { computeKpis } from '../kpi/compute';
import type { World } from '../world';
import { roleScores } from './roles';
import { evaluateTarget, type Baseline, type TargetResult } from './target';

export {
  attainment,
  baselineOf,
  evaluateTarget,
  resolveThreshold,
  targetMet,
  type Baseline,
  type TargetOp,
  type TargetResult,
} from './target';
export { frictionScore, roleScores, roleViolations } from './roles';

export type Stars = 1 | 2 | 3;

export interface RunScore {
  targets: TargetResult[];
  stars: Stars;
  /** 0–100 per role: target attainment minus SOP-violation penalties (see roles.ts). */
  roleScores: Record<Role, number>;
  /** SOP violations in the run (all roles). */
  violations: number;
  metCount: number;
}

/**
 * Stars (DESIGN §2): all targets met and SOP violations within `scenario.maxViolations` → 3;
 * all met but too many violations, or at least half the targets met → 2; otherwise 1.
 */
export function starsFor(
  metCount: number,
  total: number,
  violations: number,
  maxViolations: number,
): Stars {
  const allMet = metCount === total;
  if (allMet && violations <= maxViolations) return 3;
  if (allMet || metCount * 2 >= total) return 2;
  return 1;
}

/**
 * Scores a finished (or running) world against its scenario's targets.
 * @param baseline required when any target uses `vsBaseline`; see {@link baselineOf}
 * @throws Error when a relative target has no baseline value
 */
export function scoreRun(world: World, baseline?: Baseline): RunScore {
  const kpis = computeKpis(world);
  const targets = world.scenario.targets.map((t) => evaluateTarget(world, t, baseline, kpis));
  const metCount = targets.filter((t) => t.met).length;
  const violations = world.violations.length;
  return {
    targets,
    stars: starsFor(metCount, targets.length, violations, world.scenario.maxViolations),
    roleScores: roleScores(world, targets),
    violations,
    metCount,
  };
}
