import type { Scenario } from '../scenario/schema';
import { advance } from '../sim/engine/advance';
import { createWorld } from '../sim/engine/create-world';
import { scaleScenario } from './scale-scenario';

/** DESIGN §5: cost linear in orders — 8× traffic within 10× the time of 1×. */
export const SCALING_FACTORS = [1, 2, 4, 8] as const;
export const SCALING_BUDGET = 10 / 8;

export interface ScalingRow {
  traffic: number;
  crew: 'scaled' | 'fixed';
  orders: number;
  wallS: number;
  /** Wall milliseconds per 1,000 paid orders: flat when cost is linear in orders. */
  msPer1k: number;
}

export interface ScalingBench {
  rows: ScalingRow[];
  /** Per crew: time per order at 8× over time per order at 1× (≤ 10/8 passes). */
  ratio: Record<ScalingRow['crew'], number>;
  ok: boolean;
}

function run(scenario: Scenario, traffic: number, crew: ScalingRow['crew']): ScalingRow {
  const world = createWorld(scaleScenario(scenario, traffic, crew === 'scaled'), {
    botLevel: 'expert',
  });
  const start = process.hrtime.bigint();
  // To the end of the drill and through its aftermath (`advance` runs it at `world.end`).
  advance(world, world.end);
  const wallS = Number(process.hrtime.bigint() - start) / 1e9;
  const orders = world.kpi.paidOrders;
  return { traffic, crew, orders, wallS, msPer1k: (wallS * 1e6) / Math.max(1, orders) };
}

/**
 * Plays the day at 1×, 2×, 4× and 8× traffic, with the crew grown alongside and with the same
 * crew, once each after a warm-up at 1×. One run per row: the ratio, not the absolute time, is
 * the verdict, and 8× is judged per order, so a noisy machine moves both ends alike.
 */
export function benchScaling(scenario: Scenario): ScalingBench {
  run(scenario, 1, 'fixed');
  const rows: ScalingRow[] = [];
  for (const crew of ['scaled', 'fixed'] as const)
    for (const k of SCALING_FACTORS) rows.push(run(scenario, k, crew));
  const perOrder = (crew: ScalingRow['crew'], k: number) =>
    rows.find((r) => r.crew === crew && r.traffic === k)?.msPer1k ?? NaN;
  const ratio = {
    scaled: perOrder('scaled', 8) / perOrder('scaled', 1),
    fixed: perOrder('fixed', 8) / perOrder('fixed', 1),
  };
  return { rows, ratio, ok: ratio.scaled <= SCALING_BUDGET && ratio.fixed <= SCALING_BUDGET };
}

/** The scaling table as `npm run bench` prints it. */
export function scalingTable(bench: ScalingBench): string[] {
  const lines = [
    `  ${'traffic'.padEnd(9)}${'crew'.padEnd(8)}${'paid orders'.padStart(12)}${'wall s'.padStart(9)}${'ms / 1,000 orders'.padStart(19)}`,
  ];
  for (const r of bench.rows)
    lines.push(
      `  ${`${r.traffic}×`.padEnd(9)}${r.crew.padEnd(8)}${String(r.orders).padStart(12)}${r.wallS.toFixed(3).padStart(9)}${r.msPer1k.toFixed(1).padStart(19)}`,
    );
  return lines;
}
