import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyCommand } from '../../../src/sim/commands/apply';
import { advance } from '../../../src/sim/engine/advance';
import { createWorld } from '../../../src/sim/engine/create-world';
import { ordersOf } from '../../../src/sim/orders/by-customer';
import type { World } from '../../../src/sim/world';
import { HUMANS, tinyScenario } from '../helpers';
import { actionArb, concreteCommand } from './generate';

const scenario = tinyScenario({
  lengthMin: 240,
  demand: {
    channels: { organic: { visitorsPerHour: 200 } },
    personas: [
      {
        id: 'student',
        name: { 'zh-CN': '学生', en: 'Student' },
        share: 1,
        returnRate: 0.4,
        fraudRate: 0.1,
      },
    ],
  },
  policies: { customerPace: 24, shipByHours: 2, restockLeadHours: 1, returnWindowDays: 1 },
});

/** What the index must say: every order of the customer, in the order they entered the world. */
function scan(world: World, customer: string): string[] {
  return Object.values(world.orders)
    .filter((o) => o.customer === customer)
    .map((o) => o.id);
}

function expectIndexMatches(world: World): void {
  for (const c of Object.keys(world.customers))
    expect(ordersOf(world, c).map((o) => o.id)).toEqual(scan(world, c));
}

describe('derived indexes', () => {
  it('orders per customer equal a full scan after any sequence of commands and time', () => {
    fc.assert(
      fc.property(fc.array(actionArb, { maxLength: 60 }), (actions) => {
        const world = createWorld(scenario, { seed: 3, seats: HUMANS });
        // Ask once first, so the index is built early and must then keep up on its own.
        expectIndexMatches(world);
        for (const a of actions) {
          if (a.kind === 'advance') advance(world, a.dt);
          else applyCommand(world, concreteCommand(world, a));
        }
        expectIndexMatches(world);
        // A copy (a loaded save) builds its own index from what it holds.
        expectIndexMatches(structuredClone(world));
      }),
      { seed: 20261203, numRuns: 25 },
    );
  });

  it('a buyer seat placing several orders finds them all', () => {
    const world = createWorld(scenario, { seed: 5, seats: HUMANS });
    advance(world, 3600);
    const busiest = Object.keys(world.customers)
      .map((c) => ordersOf(world, c).length)
      .reduce((a, b) => Math.max(a, b), 0);
    expectIndexMatches(world);
    // Without a repeat buyer the property above could not tell a per-order list from one slot.
    expect(busiest).toBeGreaterThanOrEqual(1);
  });
});
