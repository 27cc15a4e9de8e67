import type { Scenario } from '../../scenario/schema';
import { KPI_IDS, type KpiId } from '../ids';
import type { Seat, World } from '../world';
import { advance, finish } from './advance';
import { botSeats, createWorld, type WorldOptions } from './create-world';

/**
 * Plays a scenario to its end with the given seats (bots everywhere by default). With `until`
 * (sim-seconds) the drill stops there, as a learner's early end does, and the aftermath runs.
 */
export function playToEnd(scenario: Scenario, options: WorldOptions = {}, until?: number): World {
  const world = createWorld(scenario, options);
  advance(world, Math.min(until ?? world.end, world.end));
  finish(world);
  return world;
}

/** Whether any target is measured against the baseline run. */
export function needsBaseline(scenario: Scenario): boolean {
  return scenario.targets.some((t) => t.vsBaseline !== undefined);
}

/**
 * The baseline run that `vsBaseline` targets compare against: the same scenario and seed with
 * the roles in `baselineIdle` left idle (nobody acts for them) and the scenario's own bot
 * levels elsewhere. It does not depend on who plays, so every attempt faces the same bar.
 */
export function baselineRun(scenario: Scenario, seed: number, until?: number): World {
  const idle = new Set<string>(scenario.baselineIdle);
  const seats: Seat[] = botSeats(scenario).map((s) =>
    idle.has(s.role) ? { id: s.id, role: s.role } : s,
  );
  return playToEnd(scenario, { seed, seats }, until);
}

/**
 * The yardstick for the debrief: expert bots in every seat, same scenario and seed; `until`
 * stops its drill where the learner's stopped, so both cover the same stretch of sim time.
 */
export function expertRun(scenario: Scenario, seed: number, until?: number): World {
  return playToEnd(scenario, { seed, botLevel: 'expert' }, until);
}

/** KPI values rounded for stable printing and comparison (6 significant decimals). */
export function roundKpis(kpis: Record<KpiId, number>): Record<KpiId, number> {
  const out = {} as Record<KpiId, number>;
  for (const id of KPI_IDS) out[id] = Math.round(kpis[id] * 1e6) / 1e6;
  return out;
}
