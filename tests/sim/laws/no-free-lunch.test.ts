import { describe, expect, it } from 'vitest';
import { loadScenarioFile } from '../../../src/scenario/load-file';
import type { Scenario } from '../../../src/scenario/schema';
import { applyCommand } from '../../../src/sim/commands/apply';
import { advance } from '../../../src/sim/engine/advance';
import { botSeats, createWorld } from '../../../src/sim/engine/create-world';
import { computeKpis } from '../../../src/sim/kpi/compute';
import type { Seat } from '../../../src/sim/world';

/**
 * Laws of the shop that a lever must obey (DESIGN §8), on 转化率提升 with the operations seat
 * left to the test and competent bots elsewhere, averaged over eight seeds.
 */
const base = loadScenarioFile('scenarios/conversion-boost.yaml');
// Eight days: a 20% price step moves conversion by ~15%, which four days of noise can blur.
const SEEDS = [5, 6, 7, 8, 9, 10, 11, 12];

function seats(scenario: Scenario): Seat[] {
  return botSeats(scenario, 'competent').map((s) =>
    s.role === 'ops' ? { id: 'ops', role: 'ops' } : s,
  );
}

/** Mean KPIs over the seeds, with `setup` run by the ops seat at the start. */
function meanKpis(scenario: Scenario, setup: (act: (type: string, p: object) => void) => void) {
  const sum = { conversion_rate: 0, paid_orders: 0, net_profit: 0 };
  for (const seed of SEEDS) {
    const world = createWorld(scenario, { seed, seats: seats(scenario) });
    setup((type, payload) => {
      const r = applyCommand(world, {
        seat: 'ops',
        role: 'ops',
        type: type as never,
        payload: payload as Record<string, unknown>,
      });
      expect(r.ok, type).toBe(true);
    });
    advance(world, world.end);
    const k = computeKpis(world);
    sum.conversion_rate += k.conversion_rate / SEEDS.length;
    sum.paid_orders += k.paid_orders / SEEDS.length;
    sum.net_profit += k.net_profit / SEEDS.length;
  }
  return sum;
}

const nothing = () => undefined;

describe('no free lunch', () => {
  const plain = meanKpis(base, nothing);

  it('a coupon no basket can reach changes nothing', () => {
    const useless = meanKpis(base, (act) =>
      act('create_coupon', { amount: 1, minSpend: 100_000, quantity: 100_000 }),
    );
    expect(useless.conversion_rate).toBeCloseTo(plain.conversion_rate, 6);
    expect(useless.paid_orders).toBe(plain.paid_orders);
  });

  it("raising the scenario's own list price above the market lowers conversion", () => {
    const dearer: Scenario = {
      ...base,
      catalogue: base.catalogue.map((s) => ({
        ...s,
        price: s.price * 1.2,
        referencePrice: s.referencePrice ?? s.price,
      })),
    };
    const up = meanKpis(dearer, nothing);
    // 20% dearer with an elasticity above 1: clearly fewer buyers, not a collapse.
    expect(up.conversion_rate).toBeLessThan(plain.conversion_rate * 0.85);
    expect(up.conversion_rate).toBeGreaterThan(plain.conversion_rate * 0.4);
  });

  it('a deep discount lifts conversion by less than a multiple, and costs profit', () => {
    const deep = meanKpis(base, (act) => {
      for (const sku of base.catalogue) act('set_discount', { sku: sku.id, pct: 0.4 });
    });
    expect(deep.conversion_rate).toBeGreaterThan(plain.conversion_rate * 1.1);
    expect(deep.conversion_rate).toBeLessThan(plain.conversion_rate * 2);
    expect(deep.net_profit).toBeLessThan(plain.net_profit);
  });
});
