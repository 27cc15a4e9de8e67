import { fileURLToPath } from 'node:url';
import { loadScenarioFile } from '../scenario/load-file';
import type { Scenario } from '../scenario/schema';
import { advance } from '../sim/engine/advance';
import { createWorld } from '../sim/engine/create-world';
import { hashWorld } from '../sim/engine/hash';

/**
 * DESIGN §5: a headless full-day flash-sale run (≥ 5,000 orders, four expert bots) in ≤ 1 s,
 * its aftermath included.
 */
export const SIM_BUDGET_S = 1;
export const MIN_ORDERS = 5000;

export interface SimBench {
  scenario: string;
  /** The scenario as loaded, for further runs on it. */
  loaded: Scenario;
  seed: number;
  runs: number;
  orders: number;
  simSeconds: number;
  wall: { median: number; min: number; max: number };
  events: number;
  commands: number;
  peakRssMb: number;
  deterministic: boolean;
  ok: boolean;
}

/**
 * Plays the full-day flash sale with expert bots in every seat, `runs` times after a warm-up
 * (JIT compilation is not what the budget measures), on this one thread.
 */
export function benchSim(runs = 5): SimBench {
  const file = fileURLToPath(new URL('../../scenarios/flash-sale-shipping.yaml', import.meta.url));
  const scenario = loadScenarioFile(file);
  const once = () => {
    const world = createWorld(scenario, { botLevel: 'expert' });
    const start = process.hrtime.bigint();
    // Reaching `world.end` also plays the aftermath: the budget covers the whole run.
    advance(world, world.end);
    return { world, wall: Number(process.hrtime.bigint() - start) / 1e9 };
  };
  once();
  const results = Array.from({ length: runs }, once);
  const walls = results.map((r) => r.wall).sort((a, b) => a - b);
  const median = walls[Math.floor(runs / 2)] ?? 0;
  const world = (results[0] ?? once()).world;
  const deterministic = new Set(results.map((r) => hashWorld(r.world))).size === 1;
  return {
    scenario: `${scenario.id} v${scenario.version}`,
    loaded: scenario,
    seed: world.seed,
    runs,
    orders: world.kpi.paidOrders,
    simSeconds: world.end,
    wall: { median, min: walls[0] ?? 0, max: walls.at(-1) ?? 0 },
    events: world.log.length,
    commands: world.commandLog.length,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
    deterministic,
    ok: median <= SIM_BUDGET_S && world.kpi.paidOrders >= MIN_ORDERS && deterministic,
  };
}
