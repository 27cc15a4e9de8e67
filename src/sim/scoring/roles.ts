import { ROLES, type Role } from '../ids';
import type { World } from '../world';
import { attainment, type TargetResult } from './target';

/** Points a role loses per SOP violation it committed. */
export const VIOLATION_PENALTY = 5;
/** Points the mystery shopper loses per friction reported that the scenario did not plant. */
export const FALSE_FRICTION_PENALTY = 10;

const clamp = (x: number) => Math.min(100, Math.max(0, Math.round(x)));

/** SOP violations per shop role (trainer violations count toward no role). */
export function roleViolations(world: World): Record<Role, number> {
  const out = { buyer: 0, support: 0, ops: 0, warehouse: 0 } satisfies Record<Role, number>;
  for (const v of world.violations) if (v.role !== 'trainer') out[v.role]++;
  return out;
}

/**
 * The mystery shopper's find rate, 0–100 before penalties: the share of the scenario's
 * planted `frictions` the buyer reported, minus {@link FALSE_FRICTION_PENALTY} per reported
 * friction the scenario did not plant. A scenario with no planted frictions starts at 100
 * (nothing to find), so only false reports cost points.
 */
export function frictionScore(world: World): number {
  const planted = new Set<string>(world.scenario.frictions);
  const reported = new Set(world.frictionsReported);
  let found = 0;
  let wrong = 0;
  for (const f of reported) {
    if (planted.has(f)) found++;
    else wrong++;
  }
  const base = planted.size === 0 ? 100 : (100 * found) / planted.size;
  return base - FALSE_FRICTION_PENALTY * wrong;
}

/**
 * Each role's score, 0–100 (DESIGN §2 "each role gets its own score"):
 * - support / ops / warehouse: mean {@link attainment} of the targets whose KPI the role owns
 *   (its own `role`, else KPI_DEFS), × 100; a role that owns no target starts at 100;
 * - buyer: {@link frictionScore} (the mystery-shopper task);
 * then minus {@link VIOLATION_PENALTY} per SOP violation the role committed, clamped to 0..100
 * and rounded to a whole number.
 */
export function roleScores(world: World, targets: readonly TargetResult[]): Record<Role, number> {
  const violations = roleViolations(world);
  const out = {} as Record<Role, number>;
  for (const role of ROLES) {
    let base: number;
    if (role === 'buyer') base = frictionScore(world);
    else {
      const own = targets.filter((t) => t.role === role);
      base =
        own.length === 0 ? 100 : (100 * own.reduce((s, t) => s + attainment(t), 0)) / own.length;
    }
    out[role] = clamp(base - VIOLATION_PENALTY * violations[role]);
  }
  return out;
}
