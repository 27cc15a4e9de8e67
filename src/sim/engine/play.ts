import type { Scenario } from '../../scenario/schema';
import { KPI_IDS, type KpiId } from '../ids';
import { computeKpis } from '../kpi/compute';
import type { Seat, World } from '../world';
import { advance } from './advance';
import { botSeats, createWorld, type WorldOptions } from './create-world';

/** Plays a scenario to its end with the given seats (bots everywhere by default). */
export function playToEnd(scenario: Scenario, options: WorldOptions = {}): World {
  const world = createWorld(scenario, options);
  advance(world, world.end);
  return world;
}

/** Whether any target is measured against the baseline run. */
export function needsBaseline(scenario: Scenario): boolean {
  return scenario.targets.some((t) => t.vsBaseline !== undefined);
}

/**
 * The baseline that `vsBaseline` targets compare against: the same scenario and seed with the
 * roles in `baselineIdle` left idle (nobody acts for them) and the scenario's own bot levels
 * elsewhere. It does not depend on who plays, so every attempt faces the same bar.
 */
export function baselineKpis(scenario: Scenario, seed: number): Record<KpiId, number> {
  const idle = new Set(scenario.baselineIdle);
  const seats: Seat[] = botSeats(scenario).map((s) =>
    idle.has(s.role as never) ? { id: s.id, role: s.role } : s,
  );
  return computeKpis(playToEnd(scenario, { seed, seats }));
}

/** The yardstick for the debrief: expert bots in every seat, same scenario and seed. */
export function expertKpis(scenario: Scenario, seed: number): Record<KpiId, number> {
  return computeKpis(playToEnd(scenario, { seed, botLevel: 'expert' }));
}

/** KPI values rounded for stable printing and comparison (6 significant decimals). */
export function roundKpis(kpis: Record<KpiId, number>): Record<KpiId, number> {
  const out = {} as Record<KpiId, number>;
  for (const id of KPI_IDS) out[id] = Math.round(kpis[id] * 1e6) / 1e6;
  return out;
}
