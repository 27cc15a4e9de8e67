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
  refusedFrom,
  shipOut,
  tinyScenario,
  types,
} from '../helpers';

describe('buyer commands', () => {
  it('each buyer seat plays a customer of its own', () => {
    const world = humanWorld();
    const a = world.seats.b?.customer;
    const b = world.seats.b2?.customer;
    expect(a).toBeDefined();
    expect(b).toBeDefined();
    expect(a).not.toBe(b);
    expect(world.customers[a ?? '']?.seat).toBe('b');
  });

  it('refuses unknown products and lets a visit count once', () => {
    const world = humanWorld();
    refusedFrom(world, 'b', 'browse', { sku: 'hat' }, 'unknown_sku');
    refusedFrom(world, 'b', 'add_to_cart', { sku: 'hat' }, 'unknown_sku');
    refusedFrom(world, 'b', 'place_order', { sku: 'hat' }, 'unknown_sku');
    ok(world, 'b', 'browse', { sku: 'tee' });
    ok(world, 'b', 'browse', { sku: 'mug' });
    expect(computeKpis(world).uv).toBe(1);
  });

  it('cannot order more than the storefront shows as sellable', () => {
    const world = humanWorld();
    refusedFrom(world, 'b', 'place_order', { sku: 'mug', qty: 4 }, 'sold_out');
    ok(world, 'b', 'place_order', { sku: 'mug', qty: 3 });
    ok(world, 'b', 'pay_order', { order: lastOrderOf(world, 'b') });
    expect(world.skus.mug?.sellable).toBe(0);
    refusedFrom(world, 'b2', 'add_to_cart', { sku: 'mug' }, 'sold_out');
    refusedFrom(world, 'b2', 'place_order', { sku: 'mug' }, 'sold_out');
  });

  it('validates quantities and review stars', () => {
    const world = humanWorld();
    refusedFrom(world, 'b', 'place_order', { sku: 'tee', qty: 0 }, 'bad_payload');
    refusedFrom(world, 'b', 'place_order', { sku: 'tee', qty: 1.5 }, 'bad_payload');
    refusedFrom(world, 'b', 'place_order', { sku: 'tee', qty: 21 }, 'bad_payload');
    const id = buyPaid(world);
    const r = refusedFrom(
      world,
      'b',
      'write_review',
      { order: id, description: 6, service: 5, logistics: 5 },
      'bad_payload',
    );
    expect(r.params?.field).toBe('description');
    refusedFrom(world, 'b', 'request_aftersale', { order: id, type: 'steal' }, 'bad_payload');
  });

  it("acts only on the customer's own orders", () => {
    const world = humanWorld();
    ok(world, 'b2', 'place_order', { sku: 'tee' });
    const theirs = lastOrderOf(world, 'b2');
    refusedFrom(world, 'b', 'pay_order', { order: theirs }, 'not_your_order');
    refusedFrom(world, 'b', 'cancel_order', { order: theirs }, 'not_your_order');
    refusedFrom(world, 'b', 'change_address', { order: theirs }, 'not_your_order');
    refusedFrom(world, 'b', 'pay_order', { order: 'o999' }, 'unknown_order');
    ok(world, 'b2', 'pay_order', { order: theirs });
  });

  it('pays once; a paid order cannot be paid, confirmed, reviewed or returned yet', () => {
    const world = humanWorld();
    const id = buyPaid(world);
    const r = refusedFrom(world, 'b', 'pay_order', { order: id }, 'wrong_order_state');
    expect(r.params).toEqual({ order: id, state: 'paid' });
    refusedFrom(world, 'b', 'confirm_receipt', { order: id }, 'wrong_order_state');
    refusedFrom(
      world,
      'b',
      'write_review',
      { order: id, description: 5, service: 5, logistics: 5 },
      'wrong_order_state',
    );
    refusedFrom(
      world,
      'b',
      'request_aftersale',
      { order: id, type: 'return' },
      'wrong_order_state',
    );
    refusedFrom(world, 'b', 'ship_return', { order: id }, 'wrong_order_state');
    refusedFrom(world, 'b', 'open_dispute', { order: id }, 'wrong_order_state');
  });

  it('an unpaid order closes after the unpaid timeout', () => {
    const world = humanWorld();
    ok(world, 'b', 'place_order', { sku: 'tee' });
    const id = lastOrderOf(world, 'b');
    advance(world, 30 * 60);
    expect(order(world, id).state).toBe('abandoned');
    refusedFrom(world, 'b', 'pay_order', { order: id }, 'wrong_order_state');
    expect(computeKpis(world).paid_orders).toBe(0);
  });

  it('cancelling a paid order refunds it and puts the units back on sale', () => {
    const world = humanWorld();
    const id = buyPaid(world, 'b', 'tee', 2);
    expect(world.skus.tee).toMatchObject({ sellable: 18, committed: 2 });
    const events = ok(world, 'b', 'cancel_order', { order: id });
    expect(types(events)).toEqual(expect.arrayContaining(['refunded', 'order_cancelled']));
    expect(order(world, id)).toMatchObject({ state: 'cancelled', refunded: 118 });
    expect(world.skus.tee).toMatchObject({ stock: 20, sellable: 20, committed: 0 });
    expect(world.queues.pick).toEqual([]);
    expect(computeKpis(world)).toMatchObject({ gmv: 118, refund_amount: 118, net_sales: 0 });
  });

  it('cannot cancel, urge or change the address once the parcel is with the courier', () => {
    const world = humanWorld();
    const id = buyPaid(world);
    expect(types(ok(world, 'b', 'urge_shipment', { order: id }))).toContain('ticket_opened');
    const urge = Object.values(world.tickets).find((t) => t.order === id);
    expect(urge?.topic).toBe('urge');
    ok(world, 'b', 'change_address', { order: id });
    shipOut(world, id);
    refusedFrom(world, 'b', 'cancel_order', { order: id }, 'wrong_order_state');
    refusedFrom(world, 'b', 'change_address', { order: id }, 'wrong_order_state');
    advanceUntil(world, () => order(world, id).state === 'in_transit', 7200, 10);
    refusedFrom(world, 'b', 'urge_shipment', { order: id }, 'wrong_order_state');
  });

  it('only one after-sales request per order', () => {
    const world = humanWorld();
    const id = buyPaid(world);
    deliverOrder(world, id);
    ok(world, 'b', 'request_aftersale', { order: id, type: 'return' });
    expect(order(world, id).aftersale).toMatchObject({ type: 'return', reason: 'no_reason' });
    refusedFrom(
      world,
      'b',
      'request_aftersale',
      { order: id, type: 'refund_only' },
      'aftersale_exists',
    );
  });

  it('the return window closes after returnWindowDays', () => {
    const scenario = tinyScenario({
      policies: { returnWindowDays: 1 / 24 },
      lengthMin: 900,
    });
    const world = humanWorld(scenario);
    const id = buyPaid(world);
    deliverOrder(world, id);
    const delivered = order(world, id).deliveredAt ?? 0;
    advance(world, 3601 - (world.clock - delivered));
    refusedFrom(
      world,
      'b',
      'request_aftersale',
      { order: id, type: 'return' },
      'return_window_over',
    );
  });

  it('a mystery shopper reports each friction once', () => {
    const world = humanWorld();
    expect(types(ok(world, 'b', 'report_friction', { kind: 'slow_reply' }))).toContain(
      'friction_reported',
    );
    refusedFrom(world, 'b', 'report_friction', { kind: 'slow_reply' }, 'friction_already_reported');
    refusedFrom(world, 'b', 'report_friction', { kind: 'boredom' }, 'bad_payload');
    expect(world.frictionsReported).toEqual(['slow_reply']);
  });

  it('a pre-sale question opens a chat and counts the buyer as an inquirer', () => {
    const world = humanWorld();
    const events = ok(world, 'b', 'ask_presale', { sku: 'tee', text: 'Does it shrink?' });
    expect(events.find((e) => e.type === 'ticket_opened')?.detail).toBe('presale');
    ok(world, 'b', 'ask_presale', { sku: 'tee' });
    expect(world.kpi.inquirers).toBe(1);
    buyPaid(world);
    expect(computeKpis(world).inquiry_conversion_rate).toBe(1);
  });
});
