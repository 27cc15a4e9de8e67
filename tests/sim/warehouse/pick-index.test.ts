import { describe, expect, it } from 'vitest';
import { pickRows, pickSkus } from '../../../src/sim/observe/pick';
import { dequeuePick, enqueuePick } from '../../../src/sim/warehouse/pick-index';
import type { World } from '../../../src/sim/world';
import { advanceUntil, buyPaid, humanWorld, ok } from '../helpers';

const ids = (world: World, sku: string, order: 'queue' | 'ship_by', skipStockouts = false) =>
  pickRows(world, sku, { order, limit: Infinity, skipStockouts }).map((r) => r.id);

describe('the pick list by SKU', () => {
  it('keeps queue order and promise order as orders come, jump the queue and leave', () => {
    const world = humanWorld();
    const a = buyPaid(world);
    advanceUntil(world, () => world.clock >= 60, 120);
    const b = buyPaid(world);
    const m = buyPaid(world, 'b', 'mug');
    expect(ids(world, 'tee', 'queue')).toEqual([a, b]);
    // A caught mispick goes back to the front of the queue, with its old, earlier promise.
    ok(world, 'w', 'pick_wave', { orders: [a], sku: 'mug' });
    advanceUntil(world, () => world.orders[a]?.state === 'picked', 600);
    ok(world, 'w', 'pack_orders', { orders: [a], verify: true });
    advanceUntil(world, () => world.orders[a]?.state === 'paid', 600);
    expect(world.queues.pick).toEqual([a, b, m]);
    expect(ids(world, 'tee', 'queue')).toEqual([a, b]);
    expect(ids(world, 'tee', 'ship_by')).toEqual([a, b]);
    const [tee, mug] = ['tee', 'mug'].map((s) => pickSkus(world).find((v) => v.sku === s));
    expect(tee?.firstRank).toBeLessThan(mug?.firstRank ?? -Infinity);
    dequeuePick(world, a);
    expect(ids(world, 'tee', 'queue')).toEqual([b]);
    expect(pickSkus(world).find((v) => v.sku === 'tee')?.waiting).toBe(1);
  });

  it('counts stock-outs and leaves them out when asked', () => {
    const world = humanWorld();
    const id = buyPaid(world, 'b', 'mug', 3);
    expect(pickSkus(world)).toMatchObject([{ sku: 'mug', waiting: 1, stockouts: 0 }]);
    ok(world, 't', 'inject_incident', {
      kind: 'oversell',
      at: 0,
      sku: 'mug',
      mode: 'mismatch',
      missingUnits: 2,
    });
    ok(world, 'w', 'pick_wave', { orders: [id] });
    expect(pickSkus(world)).toEqual([]);
    advanceUntil(world, () => world.orders[id]?.state === 'paid', 600);
    const [mug] = pickSkus(world);
    expect(mug).toMatchObject({ sku: 'mug', waiting: 1, stockouts: 1, firstOkRank: undefined });
    expect(mug?.firstStockoutRank).toBe(mug?.firstRank);
    expect(ids(world, 'mug', 'ship_by')).toEqual([id]);
    expect(ids(world, 'mug', 'ship_by', true)).toEqual([]);
  });

  it('rebuilds itself when the queue was changed behind its back', () => {
    const world = humanWorld();
    const a = buyPaid(world);
    expect(ids(world, 'tee', 'queue')).toEqual([a]);
    world.queues.pick.length = 0;
    expect(pickSkus(world)).toEqual([]);
    enqueuePick(world, a);
    expect(ids(world, 'tee', 'queue')).toEqual([a]);
  });
});
