import { describe, expect, it } from 'vitest';
import { advance } from '../../../src/sim/engine/advance';
import { computeKpis } from '../../../src/sim/kpi/compute';
import {
  advanceUntil,
  buyPaid,
  deliverOrder,
  humanWorld,
  lastOrderOf,
  ok,
  order,
  pick,
  refusedFrom,
  shipOut,
  types,
} from '../helpers';

describe('warehouse commands', () => {
  it('works only on orders in the right step', () => {
    const world = humanWorld();
    ok(world, 'b', 'place_order', { sku: 'tee' });
    const unpaid = lastOrderOf(world, 'b');
    const r = refusedFrom(world, 'w', 'pick_wave', { orders: [unpaid] }, 'wrong_order_state');
    expect(r.params).toEqual({ order: unpaid, state: 'created' });
    ok(world, 'b', 'pay_order', { order: unpaid });
    refusedFrom(world, 'w', 'pack_orders', { orders: [unpaid] }, 'wrong_order_state');
    refusedFrom(
      world,
      'w',
      'print_waybill',
      { orders: [unpaid], courier: 'swift' },
      'wrong_order_state',
    );
    refusedFrom(world, 'w', 'handover', { orders: [unpaid] }, 'wrong_order_state');
    refusedFrom(world, 'w', 'pick_wave', { orders: ['o999'] }, 'unknown_order');
    refusedFrom(world, 'w', 'pick_wave', { orders: [unpaid, unpaid] }, 'duplicate_orders');
    refusedFrom(world, 'w', 'pick_wave', { orders: [unpaid], sku: 'hat' }, 'unknown_sku');
  });

  it('refuses a whole batch when one order in it is not ready', () => {
    const world = humanWorld();
    const a = buyPaid(world, 'b');
    ok(world, 'b2', 'place_order', { sku: 'tee' });
    const unpaid = lastOrderOf(world, 'b2');
    refusedFrom(world, 'w', 'pick_wave', { orders: [a, unpaid] }, 'wrong_order_state');
    expect(order(world, a).state).toBe('paid');
  });

  it('a wave of several orders takes longer than one, but less than picking them one by one', () => {
    const world = humanWorld();
    const a = buyPaid(world, 'b');
    const b = buyPaid(world, 'b2');
    const t0 = world.clock;
    ok(world, 'w', 'pick_wave', { orders: [a, b] });
    advanceUntil(world, () => order(world, a).state === 'picked', 600);
    // pickSeconds 40 + waveSecondsPerOrder 12 for the second order.
    expect(world.clock - t0).toBe(52);
    expect(order(world, b).state).toBe('picked');
  });

  it('a waybill needs a courier the scenario knows, and a working waybill system', () => {
    const world = humanWorld();
    const id = buyPaid(world);
    pick(world, id);
    ok(world, 'w', 'pack_orders', { orders: [id] });
    advanceUntil(world, () => order(world, id).state === 'packed', 600);
    refusedFrom(world, 'w', 'print_waybill', { orders: [id], courier: 'ems' }, 'unknown_courier');
    ok(world, 't', 'inject_incident', {
      kind: 'system_outage',
      at: 0,
      system: 'waybill',
      durationMin: 10,
    });
    refusedFrom(world, 'w', 'print_waybill', { orders: [id], courier: 'swift' }, 'system_down');
    advance(world, 600);
    ok(world, 'w', 'print_waybill', { orders: [id], courier: 'swift' });
  });

  it('a parcel handed over after the last pick-up waits for the next one', () => {
    const world = humanWorld();
    const id = buyPaid(world);
    shipOut(world, id, 'rapid');
    // rapid collects at 12:00 only: three hours after the 09:00 start.
    advanceUntil(world, () => order(world, id).state === 'in_transit', 4 * 3600, 10);
    expect(order(world, id).shippedAt).toBe(3 * 3600);
    // A swift parcel handed over at 12:00 missed the 10:00 truck and leaves at 14:00.
    const late = buyPaid(world, 'b2');
    shipOut(world, late, 'swift');
    advanceUntil(world, () => order(world, late).state === 'in_transit', 4 * 3600, 10);
    expect(order(world, late).shippedAt).toBe(5 * 3600);
  });

  it('the scan check catches a wrong pick and sends the order back to be picked', () => {
    const world = humanWorld();
    const id = buyPaid(world);
    pick(world, id, 'mug');
    expect(world.skus.mug?.stock).toBe(2);
    expect(computeKpis(world).pick_accuracy).toBe(0);
    ok(world, 'w', 'pack_orders', { orders: [id], verify: true });
    advanceUntil(world, () => order(world, id).state !== 'packing', 600);
    expect(order(world, id).state).toBe('paid');
    expect(world.queues.pick).toEqual([id]);
    expect(world.skus.mug?.stock).toBe(3);
    expect(world.skus.tee).toMatchObject({ stock: 20, committed: 1 });
    expect(world.log.some((e) => e.type === 'mispick_caught' && e.order === id)).toBe(true);
  });

  it('without the scan check the wrong item reaches the buyer', () => {
    const world = humanWorld();
    const id = buyPaid(world);
    pick(world, id, 'mug');
    ok(world, 'w', 'pack_orders', { orders: [id], verify: false });
    advanceUntil(world, () => order(world, id).state === 'packed', 600);
    ok(world, 'w', 'print_waybill', { orders: [id], courier: 'swift' });
    ok(world, 'w', 'handover', { orders: [id] });
    advanceUntil(world, () => order(world, id).state === 'delivered', 8 * 3600, 10);
    expect(order(world, id).pickedSku).toBe('mug');
    // The mug left the shelf; the tee the buyer paid for is still there.
    expect(world.skus.mug?.stock).toBe(2);
    expect(world.skus.tee?.stock).toBe(20);
  });

  it('cancelling a wrongly picked order puts back the item that was really picked', () => {
    const world = humanWorld();
    const id = buyPaid(world);
    pick(world, id, 'mug');
    ok(world, 'w', 'pack_orders', { orders: [id], verify: false });
    advanceUntil(world, () => order(world, id).state === 'packed', 600);
    ok(world, 'b', 'cancel_order', { order: id });
    // Shelves must match reality: one mug came off, one mug goes back; the tee never moved.
    expect(world.skus.mug?.stock).toBe(3);
    expect(world.skus.tee).toMatchObject({ stock: 20, sellable: 20, committed: 0 });
  });

  it('a returned wrong item goes back on the shelf it came from', () => {
    const world = humanWorld();
    const id = buyPaid(world);
    pick(world, id, 'mug');
    ok(world, 'w', 'pack_orders', { orders: [id], verify: false });
    advanceUntil(world, () => order(world, id).state === 'packed', 600);
    ok(world, 'w', 'print_waybill', { orders: [id], courier: 'swift' });
    ok(world, 'w', 'handover', { orders: [id] });
    advanceUntil(world, () => order(world, id).state === 'delivered', 8 * 3600, 10);
    ok(world, 'b', 'request_aftersale', { order: id, type: 'return', reason: 'wrong_item' });
    ok(world, 's', 'approve_aftersale', { order: id });
    ok(world, 'b', 'ship_return', { order: id });
    advanceUntil(world, () => order(world, id).aftersale?.arrived === true, 4 * 3600, 10);
    ok(world, 'w', 'receive_return', { order: id });
    ok(world, 'w', 'inspect_return', { order: id, disposition: 'restock', refund: 'full' });
    advanceUntil(world, () => order(world, id).state !== 'return_received', 600);
    expect(order(world, id).state).toBe('refunded');
    expect(world.skus.mug?.stock).toBe(3);
    expect(world.skus.tee?.stock).toBe(20);
  });

  it('an empty shelf is a stock-out: the order waits in the pick queue', () => {
    const world = humanWorld();
    const id = buyPaid(world, 'b', 'mug', 3);
    ok(world, 't', 'inject_incident', {
      kind: 'oversell',
      at: 0,
      sku: 'mug',
      mode: 'mismatch',
      missingUnits: 2,
    });
    expect(world.skus.mug?.stock).toBe(1);
    ok(world, 'w', 'pick_wave', { orders: [id] });
    advanceUntil(world, () => order(world, id).state !== 'picking', 600);
    expect(order(world, id)).toMatchObject({ state: 'paid', stockout: true });
    expect(world.queues.pick).toEqual([id]);
    expect(computeKpis(world).stockouts).toBe(1);
    expect(world.skus.mug?.stock).toBe(1);

    expect(types(ok(world, 'w', 'report_stockout', { sku: 'mug' }))).toContain('stock_reported');
    refusedFrom(world, 'w', 'report_stockout', { sku: 'mug' }, 'already_reported');
    refusedFrom(world, 'w', 'report_stockout', { sku: 'hat' }, 'unknown_sku');
    ok(world, 'w', 'cycle_count', { sku: 'mug' });
    expect(world.skus.mug?.lastCountAt).toBe(world.clock);
  });

  it('a return is signed for only once it has arrived, and inspected once', () => {
    const world = humanWorld();
    const id = buyPaid(world);
    refusedFrom(world, 'w', 'receive_return', { order: id }, 'return_not_arrived');
    deliverOrder(world, id);
    ok(world, 'b', 'request_aftersale', { order: id, type: 'return', reason: 'no_reason' });
    ok(world, 's', 'approve_aftersale', { order: id });
    ok(world, 'b', 'ship_return', { order: id });
    refusedFrom(world, 'w', 'receive_return', { order: id }, 'return_not_arrived');
    refusedFrom(
      world,
      'w',
      'inspect_return',
      { order: id, disposition: 'restock', refund: 'full' },
      'wrong_order_state',
    );
    advanceUntil(world, () => order(world, id).aftersale?.arrived === true, 4 * 3600, 10);
    ok(world, 'w', 'receive_return', { order: id });
    refusedFrom(world, 'w', 'receive_return', { order: id }, 'wrong_order_state');
    refusedFrom(
      world,
      'w',
      'inspect_return',
      { order: id, disposition: 'burn', refund: 'full' },
      'bad_payload',
    );
    ok(world, 'w', 'inspect_return', { order: id, disposition: 'refurbish', refund: 'partial' });
    refusedFrom(
      world,
      'w',
      'inspect_return',
      { order: id, disposition: 'restock', refund: 'full' },
      'inspection_in_progress',
    );
    advanceUntil(world, () => order(world, id).state !== 'return_received', 600);
    expect(order(world, id)).toMatchObject({ state: 'partially_refunded', refunded: 29.5 });
  });

  it('a partial refund is paid in whole cents', () => {
    const world = humanWorld();
    ok(world, 'o', 'set_discount', { sku: 'tee', pct: 0.35 });
    const id = buyPaid(world);
    expect(order(world, id).amount).toBe(38.35);
    deliverOrder(world, id);
    ok(world, 'b', 'request_aftersale', { order: id, type: 'return', reason: 'no_reason' });
    ok(world, 's', 'approve_aftersale', { order: id });
    ok(world, 'b', 'ship_return', { order: id });
    advanceUntil(world, () => order(world, id).aftersale?.arrived === true, 4 * 3600, 10);
    ok(world, 'w', 'receive_return', { order: id });
    ok(world, 'w', 'inspect_return', { order: id, disposition: 'refurbish', refund: 'partial' });
    advanceUntil(world, () => order(world, id).state !== 'return_received', 600);
    const refunded = order(world, id).refunded;
    // Half of ¥38.35, rounded to a payable amount (¥19.17 or ¥19.18), never ¥19.175.
    expect([19.17, 19.18]).toContain(refunded);
    expect(computeKpis(world).refund_amount).toBe(refunded);
  });

  it('an inspector who refuses the refund leaves the buyer to accept or dispute', () => {
    const world = humanWorld();
    const id = buyPaid(world);
    deliverOrder(world, id);
    ok(world, 'b', 'request_aftersale', { order: id, type: 'return', reason: 'size' });
    ok(world, 's', 'approve_aftersale', { order: id });
    ok(world, 'b', 'ship_return', { order: id });
    advanceUntil(world, () => order(world, id).aftersale?.arrived === true, 4 * 3600, 10);
    ok(world, 'w', 'receive_return', { order: id });
    ok(world, 'w', 'inspect_return', { order: id, disposition: 'write_off', refund: 'none' });
    advanceUntil(world, () => order(world, id).state !== 'return_received', 600);
    expect(order(world, id)).toMatchObject({ state: 'aftersale_rejected', refunded: 0 });
    ok(world, 'b', 'open_dispute', { order: id });
  });
});
