import { fileURLToPath } from 'node:url';
import { loadScenarioFile } from '../scenario/load-file';
import { advance } from '../sim/engine/advance';
import { createWorld } from '../sim/engine/create-world';
import { hashWorld } from '../sim/engine/hash';

/**
 * `npm run bench`: the full-day flash-sale scenario with expert bots in every seat, timed on
 * this one thread. Prints throughput, wall time and peak memory against DESIGN §5.
 */
const BUDGET_S = 1;
const MIN_ORDERS = 5000;
const RUNS = 5;

const file = fileURLToPath(new URL('../../scenarios/flash-sale-shipping.yaml', import.meta.url));
const scenario = loadScenarioFile(file);

function once() {
  const world = createWorld(scenario, { botLevel: 'expert' });
  const start = process.hrtime.bigint();
  advance(world, world.end);
  const wall = Number(process.hrtime.bigint() - start) / 1e9;
  return { world, wall };
}

once(); // warm-up: JIT compilation is not what the budget measures
const runs = Array.from({ length: RUNS }, once);
const walls = runs.map((r) => r.wall).sort((a, b) => a - b);
const median = walls[Math.floor(RUNS / 2)] ?? 0;
const { world } = runs[0] ?? once();
const orders = world.kpi.paidOrders;
const hashes = new Set(runs.map((r) => hashWorld(r.world)));
const peakMb = process.resourceUsage().maxRSS / 1024;
const ok = median <= BUDGET_S && orders >= MIN_ORDERS;

const row = (k: string, v: string) => console.log(`${k.padEnd(34)} ${v}`);
console.log(
  `ShopDojo bench — ${scenario.id} v${scenario.version}, expert bots, seed ${world.seed}, ${RUNS} runs`,
);
row('paid orders', `${orders} (need ≥ ${MIN_ORDERS})`);
row('sim length', `${world.end} sim-s (${(world.end / 3600).toFixed(1)} h)`);
row(
  'wall time (median / min / max)',
  `${median.toFixed(3)} s / ${walls[0]?.toFixed(3)} s / ${walls.at(-1)?.toFixed(3)} s`,
);
row('orders per second', `${Math.round(orders / median)}`);
row('sim-seconds per wall-second', `${Math.round(world.end / median)}`);
row('events / commands in the log', `${world.log.length} / ${world.commandLog.length}`);
row('peak memory (max RSS)', `${peakMb.toFixed(0)} MB`);
row(
  'deterministic across runs',
  hashes.size === 1 ? 'yes (one world hash)' : `NO: ${hashes.size} hashes`,
);
row(
  'budget: full day ≤ 1 s on one core',
  ok ? `PASS (${median.toFixed(3)} s)` : `FAIL (${median.toFixed(3)} s)`,
);
process.exitCode = ok && hashes.size === 1 ? 0 : 1;
