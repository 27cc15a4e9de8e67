import { describe, expect, it } from 'vitest';
import { computeKpis } from '../../../src/sim/kpi/compute';
import { observeSupport } from '../../../src/sim/observe';
import { buyPaid, deliverOrder, humanWorld, ok, order, refusedFrom, types } from '../helpers';

/** 补发: a new unit instead of a refund, for goods that came faulty, wrong or not at all. */
describe('resend_item (补发)', () => {
  it('settles a faulty-goods claim without a refund: the new unit goes through the warehouse', () => {
    const world = humanWorld();
    const id = buyPaid(world);
    deliverOrder(world, id);
    ok(world, 'b', 'request_aftersale', { order: id, type: 'refund_only', reason: 'defect' });
    const ticket = Object.values(world.tickets).find((t) => t.order === id);
    const claim = observeSupport(world).claim(id);
    // The seat sees that a resend would settle it and what it costs: the tee at cost (22),
    // packaging (1.5) and the cheapest courier (4).
    expect(claim).toMatchObject({ resendable: true, resendCost: 27.5 });
    const cogs = world.kpi.cogsKept;
    const fulfilment = world.kpi.fulfilment;

    expect(types(ok(world, 's', 'resend_item', { order: id }))).toContain('item_resent');
    expect(order(world, id)).toMatchObject({ state: 'paid', resent: true, refunded: 0 });
    expect(world.queues.aftersales).not.toContain(id);
    expect(world.queues.pick).toEqual([id]);
    expect(ticket?.solved).toBe(true);
    // The second unit is a cost of goods now; its packing and courier are booked as it ships.
    expect(world.kpi.cogsKept).toBe(cogs + 22);
    deliverOrder(world, id);
    expect(world.kpi.fulfilment).toBeGreaterThan(fulfilment + 5);
    const k = computeKpis(world);
    expect(k).toMatchObject({ refund_rate: 0, refund_amount: 0, gmv: 59 });
    expect(world.skus.tee).toMatchObject({ stock: 18, committed: 0 });
  });

  it('is refused for a claim a new unit does not settle, for an order without a claim, and without stock', () => {
    const world = humanWorld();
    const size = buyPaid(world);
    deliverOrder(world, size);
    refusedFrom(world, 's', 'resend_item', { order: size }, 'wrong_order_state');
    ok(world, 'b', 'request_aftersale', { order: size, type: 'return', reason: 'size' });
    expect(observeSupport(world).claim(size)?.resendable).toBe(false);
    refusedFrom(world, 's', 'resend_item', { order: size }, 'resend_not_for_claim');

    const mug = buyPaid(world, 'b', 'mug', 3);
    deliverOrder(world, mug);
    ok(world, 'b', 'request_aftersale', { order: mug, type: 'return', reason: 'defect' });
    expect(observeSupport(world).claim(mug)?.resendable).toBe(false);
    refusedFrom(world, 's', 'resend_item', { order: mug }, 'resend_no_stock');
    refusedFrom(world, 's', 'resend_item', { order: 'o999' }, 'unknown_order');
  });

  it('costs less than the refund it replaces, so net profit is higher than approving', () => {
    const play = (command: 'approve_aftersale' | 'resend_item') => {
      const world = humanWorld();
      const id = buyPaid(world);
      deliverOrder(world, id);
      ok(world, 'b', 'request_aftersale', { order: id, type: 'refund_only', reason: 'defect' });
      ok(world, 's', command, { order: id });
      if (command === 'resend_item') deliverOrder(world, id);
      return computeKpis(world).net_profit ?? 0;
    };
    expect(play('resend_item')).toBeGreaterThan(play('approve_aftersale') + 20);
  });
});
