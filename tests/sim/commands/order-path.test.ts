import { describe, expect, it } from 'vitest';
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
  types,
} from '../helpers';

/**
 * One order's whole journey driven by people: every step is a command from the seat that
 * owns it, and the clock does the rest (courier pick-up, transit, return transit).
 */
describe('the order path, played by people', () => {
  it('goes from browsing to a review', () => {
    const world = humanWorld();
    expect(types(ok(world, 'b', 'browse', { sku: 'tee' }))).toEqual(['command']);
    expect(world.kpi.uv).toBe(1);
    ok(world, 'b', 'add_to_cart', { sku: 'tee' });
    expect(world.kpi.cartVisitors).toBe(1);

    expect(types(ok(world, 'b', 'place_order', { sku: 'tee', qty: 2 }))).toContain('order_created');
    const id = lastOrderOf(world, 'b');
    expect(order(world, id)).toMatchObject({ state: 'created', qty: 2, amount: 118 });

    expect(types(ok(world, 'b', 'pay_order', { order: id }))).toContain('order_paid');
    expect(order(world, id).state).toBe('paid');
    expect(world.queues.pick).toEqual([id]);
    expect(world.skus.tee).toMatchObject({ stock: 20, committed: 2, sellable: 18 });
    expect(computeKpis(world)).toMatchObject({ paid_orders: 1, gmv: 118, conversion_rate: 1 });

    ok(world, 'w', 'pick_wave', { orders: [id] });
    expect(order(world, id).state).toBe('picking');
    expect(world.queues.pick).toEqual([]);
    advanceUntil(world, () => order(world, id).state === 'picked', 600);
    // The picker took the units off the shelf: they are no longer committed, they are gone.
    expect(world.skus.tee).toMatchObject({ stock: 18, committed: 0, sellable: 18 });

    ok(world, 'w', 'pack_orders', { orders: [id] });
    expect(order(world, id).state).toBe('packing');
    advanceUntil(world, () => order(world, id).state === 'packed', 600);
    ok(world, 'w', 'print_waybill', { orders: [id], courier: 'swift' });
    expect(order(world, id)).toMatchObject({ state: 'labelled', courier: 'swift' });
    ok(world, 'w', 'handover', { orders: [id] });
    expect(order(world, id).state).toBe('handed_over');
    expect(world.queues.dock).toEqual([id]);

    // Nothing moves until the courier's 10:00 pick-up (the run starts at 09:00).
    advanceUntil(world, () => order(world, id).state !== 'handed_over', 7200);
    expect(world.clock).toBe(3600);
    expect(order(world, id)).toMatchObject({ state: 'in_transit', shippedAt: 3600 });
    expect(computeKpis(world).on_time_ship_rate).toBe(1);

    advanceUntil(world, () => order(world, id).state === 'delivered', 4 * 3600);
    // A person plays this buyer: the sim waits for them instead of confirming on its own.
    advance10Minutes(world);
    expect(order(world, id).state).toBe('delivered');

    expect(types(ok(world, 'b', 'confirm_receipt', { order: id }))).toContain('confirmed');
    expect(order(world, id).state).toBe('completed');
    const events = ok(world, 'b', 'write_review', {
      order: id,
      description: 5,
      service: 4,
      logistics: 3,
      text: 'ok',
    });
    expect(types(events)).toContain('review_posted');
    expect(order(world, id).state).toBe('reviewed');
    expect(world.reviews).toHaveLength(1);
    expect(world.reviews[0]).toMatchObject({ order: id, stars: 4, logistics: 3 });
    expect(computeKpis(world).dsr_logistics).toBeLessThan(4.7);
  });

  it('returns and refunds: request → approve → ship back → receive → inspect → refund', () => {
    const world = humanWorld();
    const id = buyPaid(world);
    deliverOrder(world, id);

    ok(world, 'b', 'request_aftersale', { order: id, type: 'return', reason: 'size' });
    expect(order(world, id).state).toBe('return_requested');
    expect(world.queues.aftersales).toEqual([id]);
    const ticket = Object.values(world.tickets).find((t) => t.order === id);
    expect(ticket?.topic).toBe('aftersale');

    ok(world, 's', 'approve_aftersale', { order: id, ticket: ticket?.id });
    expect(order(world, id).state).toBe('return_approved');
    expect(world.queues.aftersales).toEqual([]);
    // The buyer is a person: the parcel only goes back when they send it.
    advance10Minutes(world);
    expect(order(world, id).state).toBe('return_approved');

    ok(world, 'b', 'ship_return', { order: id });
    expect(order(world, id).state).toBe('return_in_transit');
    const stockBefore = world.skus.tee?.stock ?? 0;
    advanceUntil(world, () => order(world, id).aftersale?.arrived === true, 4 * 3600);
    expect(world.queues.returns).toEqual([id]);

    ok(world, 'w', 'receive_return', { order: id });
    expect(order(world, id).state).toBe('return_received');
    ok(world, 'w', 'inspect_return', { order: id, disposition: 'restock', refund: 'full' });
    advanceUntil(world, () => order(world, id).state !== 'return_received', 600);

    expect(order(world, id)).toMatchObject({ state: 'refunded', refunded: 59 });
    expect(world.skus.tee?.stock).toBe(stockBefore + 1);
    expect(world.queues.returns).toEqual([]);
    const k = computeKpis(world);
    expect(k).toMatchObject({ gmv: 59, refund_amount: 59, net_sales: 0, refund_rate: 1 });
    expect(k.return_processing_avg_s).toBeGreaterThan(0);
  });

  it('refund-only: approval pays the buyer back at once', () => {
    const world = humanWorld();
    const id = buyPaid(world);
    deliverOrder(world, id);
    ok(world, 'b', 'request_aftersale', { order: id, type: 'refund_only', reason: 'defect' });
    expect(Object.values(world.tickets).find((t) => t.order === id)?.topic).toBe('damaged');
    const events = ok(world, 's', 'approve_aftersale', { order: id });
    expect(types(events)).toEqual(expect.arrayContaining(['aftersale_approved', 'refunded']));
    expect(order(world, id)).toMatchObject({ state: 'refunded', refunded: 59 });
  });

  it('rejection → dispute → the platform rules for a genuine buyer', () => {
    const world = humanWorld();
    const id = buyPaid(world);
    deliverOrder(world, id);
    ok(world, 'b', 'request_aftersale', { order: id, type: 'return', reason: 'defect' });
    ok(world, 's', 'reject_aftersale', { order: id, reason: 'looks fine to us' });
    expect(order(world, id).state).toBe('aftersale_rejected');
    ok(world, 'b', 'open_dispute', { order: id });
    expect(order(world, id).state).toBe('disputed');
    expect(computeKpis(world).dispute_rate).toBe(1);
    advanceUntil(world, () => order(world, id).state !== 'disputed', 8 * 3600, 10);
    expect(order(world, id)).toMatchObject({ state: 'refunded', refunded: 59 });
  });

  it('exchange: the inspected parcel sends the order back to be picked again', () => {
    const world = humanWorld();
    const id = buyPaid(world);
    deliverOrder(world, id);
    ok(world, 'b', 'request_aftersale', { order: id, type: 'exchange', reason: 'size' });
    ok(world, 's', 'approve_aftersale', { order: id });
    ok(world, 'b', 'ship_return', { order: id });
    advanceUntil(world, () => order(world, id).aftersale?.arrived === true, 4 * 3600);
    ok(world, 'w', 'receive_return', { order: id });
    expect(order(world, id).state).toBe('exchange_received');
    ok(world, 'w', 'inspect_return', { order: id, disposition: 'restock', refund: 'full' });
    advanceUntil(world, () => order(world, id).state !== 'exchange_received', 600);
    expect(order(world, id)).toMatchObject({ state: 'paid', exchanged: true, refunded: 0 });
    expect(world.queues.pick).toEqual([id]);
    // The replacement goes out like any order.
    pick(world, id);
    expect(order(world, id).state).toBe('picked');
    // One tee came back and went onto the shelf, one went out again: the storefront shows
    // exactly what is left, or the shop oversells.
    expect(world.skus.tee).toMatchObject({ stock: 19, committed: 0, sellable: 19 });
  });
});

function advance10Minutes(world: Parameters<typeof ok>[0]) {
  const until = world.clock + 600;
  advanceUntil(world, () => world.clock >= until, 601, 60);
}
