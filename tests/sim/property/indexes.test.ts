import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyCommand } from '../../../src/sim/commands/apply';
import { advance } from '../../../src/sim/engine/advance';
import { createWorld } from '../../../src/sim/engine/create-world';
import { hashWorld } from '../../../src/sim/engine/hash';
import { pickRows, pickSkus } from '../../../src/sim/observe/pick';
import { ordersOf } from '../../../src/sim/orders/by-customer';
import { openBadReviews } from '../../../src/sim/support/bad-reviews';
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

/** The pick list grouped by SKU the slow way: queue order, then (ship-by, queue order). */
function pickScan(world: World) {
  const bySku = new Map<string, { id: string; shipBy: number; stockout: boolean }[]>();
  for (const id of world.queues.pick) {
    const o = world.orders[id];
    if (!o) continue;
    const row = { id, shipBy: o.shipBy ?? 0, stockout: !!o.stockout };
    bySku.set(o.sku, [...(bySku.get(o.sku) ?? []), row]);
  }
  return bySku;
}

function expectIndexMatches(world: World): void {
  for (const c of Object.keys(world.customers))
    expect(ordersOf(world, c).map((o) => o.id)).toEqual(scan(world, c));
  const bad = world.reviews.flatMap((r, i) => (r.stars <= 2 && !r.followedUp ? [i] : []));
  expect(openBadReviews(world)).toEqual(bad);
  const truth = pickScan(world);
  const skus = pickSkus(world);
  expect(skus.map((s) => s.sku).sort()).toEqual([...truth.keys()].sort());
  // SKUs compare by the queue place of their first order, of any kind and of each kind.
  const firstOf = (pred: (r: { stockout: boolean }) => boolean) =>
    [...truth].filter(([, rows]) => rows.some(pred)).map(([sku]) => sku);
  const byRank = (key: 'firstRank' | 'firstOkRank' | 'firstStockoutRank') =>
    skus
      .filter((s) => s[key] !== undefined)
      .sort((a, b) => (a[key] ?? 0) - (b[key] ?? 0))
      .map((s) => s.sku);
  const order = [...truth.keys()].sort(
    (a, b) =>
      world.queues.pick.findIndex((id) => world.orders[id]?.sku === a) -
      world.queues.pick.findIndex((id) => world.orders[id]?.sku === b),
  );
  expect(byRank('firstRank')).toEqual(order);
  const firstIndex = (sku: string, pred: (r: { stockout: boolean }) => boolean) =>
    world.queues.pick.findIndex((id) => {
      const o = world.orders[id];
      return o?.sku === sku && pred({ stockout: !!o.stockout });
    });
  for (const [key, pred] of [
    ['firstOkRank', (r: { stockout: boolean }) => !r.stockout],
    ['firstStockoutRank', (r: { stockout: boolean }) => r.stockout],
  ] as const)
    expect(byRank(key)).toEqual(
      firstOf(pred).sort((a, b) => firstIndex(a, pred) - firstIndex(b, pred)),
    );
  for (const [sku, rows] of truth) {
    const s = skus.find((v) => v.sku === sku);
    expect(s?.waiting).toBe(rows.length);
    expect(s?.stockouts).toBe(rows.filter((r) => r.stockout).length);
    const all = { limit: Infinity };
    expect(pickRows(world, sku, { ...all, order: 'queue' }).map((r) => r.id)).toEqual(
      rows.map((r) => r.id),
    );
    // A stable sort by promise, as the full scan did.
    const urgent = [...rows].sort((a, b) => a.shipBy - b.shipBy);
    expect(pickRows(world, sku, { ...all, order: 'ship_by' }).map((r) => r.id)).toEqual(
      urgent.map((r) => r.id),
    );
    expect(
      pickRows(world, sku, { order: 'ship_by', limit: 3, skipStockouts: true }).map((r) => r.id),
    ).toEqual(
      urgent
        .filter((r) => !r.stockout)
        .slice(0, 3)
        .map((r) => r.id),
    );
  }
}

describe('derived indexes', () => {
  it('orders per customer, the pick list by SKU and open bad reviews equal a full scan after any sequence of commands and time', () => {
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

  it('caches kept beside the world (chats a bot will not touch again, SOP cards in play, claim stories, the pick index) never change a run: a copy played on from any moment ends the same', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('novice', 'competent', 'expert' as const),
        fc.integer({ min: 1, max: 240 * 60 - 1 }),
        (level, cut) => {
          const straight = createWorld(scenario, { seed: 11, botLevel: level });
          advance(straight, cut);
          // The copy starts with every cache empty and must rebuild what it needs.
          const copy = structuredClone(straight);
          advance(straight, straight.end);
          advance(copy, copy.end);
          expect(copy.finished).toBe(true);
          expect(hashWorld(copy)).toBe(hashWorld(straight));
        },
      ),
      { seed: 20261203, numRuns: 6 },
    );
  });
});
