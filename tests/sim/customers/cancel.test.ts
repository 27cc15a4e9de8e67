import { describe, expect, it } from 'vitest';
import { cancelOrder } from '../../../src/sim/customers/before-delivery';
import { computeKpis } from '../../../src/sim/kpi/compute';
import { advance } from '../../../src/sim/engine/advance';
import { advanceUntil, buyPaid, humanWorld, ok, order, shipOut } from '../helpers';

/** A buyer withdraws an order the courier has not collected: refunded, the goods back on the shelf. */
describe('a cancel before the courier collects', () => {
  it('pulls a parcel back off the dock (no 揽收 scan yet) and refunds it', () => {
    const world = humanWorld();
    const id = buyPaid(world);
    shipOut(world, id);
    expect(order(world, id).state).toBe('handed_over');
    expect(world.queues.dock).toContain(id);
    const stock = world.skus.tee?.stock ?? 0;

    cancelOrder(world, order(world, id), 'late');

    expect(order(world, id)).toMatchObject({ state: 'cancelled', refunded: 59 });
    expect(world.queues.dock).not.toContain(id);
    expect(world.skus.tee?.stock).toBe(stock + 1);
    expect(computeKpis(world).refund_rate).toBe(1);
  });

  it('withdraws an order mid-pick: the picker comes back to nothing and the stock is untouched', () => {
    const world = humanWorld();
    const id = buyPaid(world);
    ok(world, 'w', 'pick_wave', { orders: [id] });
    expect(order(world, id).state).toBe('picking');
    const before = { stock: world.skus.tee?.stock, committed: world.skus.tee?.committed ?? 0 };

    cancelOrder(world, order(world, id), 'late');
    // The picker's trip ends after the cancel: it takes nothing off the shelf.
    advance(world, 3600);
    expect(order(world, id).state).toBe('cancelled');
    expect(world.queues.picked).not.toContain(id);
    expect(world.skus.tee).toMatchObject({
      stock: before.stock,
      committed: before.committed - 1,
    });
  });

  it('is not possible once the courier has the parcel', () => {
    const world = humanWorld();
    const id = buyPaid(world);
    shipOut(world, id);
    advanceUntil(world, () => order(world, id).state !== 'handed_over', 86_400, 60);
    expect(order(world, id).state).toBe('in_transit');
    expect(() => cancelOrder(world, order(world, id), 'late')).toThrow(/CANCEL not allowed/);
  });
});
