import { describe, expect, it } from 'vitest';
import { advance } from '../../../src/sim/engine/advance';
import { computeKpis } from '../../../src/sim/kpi/compute';
import {
  advanceUntil,
  buyPaid,
  deliverOrder,
  humanWorld,
  ok,
  order,
  pick,
  shipOut,
  tinyScenario,
} from '../helpers';

describe('KPIs from what happened', () => {
  it('an empty run reads perfect on quality KPIs and zero on the funnel', () => {
    const world = humanWorld();
    advance(world, 600);
    expect(computeKpis(world)).toMatchObject({
      uv: 0,
      conversion_rate: 0,
      gmv: 0,
      on_time_ship_rate: 1,
      pick_accuracy: 1,
      resolution_rate: 1,
      dsr_logistics: 4.7,
    });
  });

  it('a late shipment lowers on-time shipping and costs compensation', () => {
    const world = humanWorld(tinyScenario({ policies: { shipByHours: 1 } }));
    const onTime = buyPaid(world, 'b');
    const late = buyPaid(world, 'b2');
    shipOut(world, onTime);
    // swift collects at 10:00, exactly the 1-hour promise; the second order misses it.
    advanceUntil(world, () => order(world, late).late === true, 2 * 3600, 10);
    expect(computeKpis(world).on_time_ship_rate).toBe(0.5);
    expect(order(world, late).compensation).toBe(5);
    expect(world.log.some((e) => e.type === 'ship_late' && e.order === late)).toBe(true);
  });

  it('an exchanged order counts once in on-time shipping', () => {
    const world = humanWorld(
      tinyScenario({ policies: { shipByHours: 4, customerPace: 24 }, lengthMin: 900 }),
    );
    const id = buyPaid(world);
    deliverOrder(world, id);
    expect(computeKpis(world).on_time_ship_rate).toBe(1);
    ok(world, 'b', 'request_aftersale', { order: id, type: 'exchange', reason: 'size' });
    ok(world, 's', 'approve_aftersale', { order: id });
    ok(world, 'b', 'ship_return', { order: id });
    advanceUntil(world, () => order(world, id).aftersale?.arrived === true, 4 * 3600, 10);
    ok(world, 'w', 'receive_return', { order: id });
    ok(world, 'w', 'inspect_return', { order: id, disposition: 'restock', refund: 'full' });
    advanceUntil(world, () => order(world, id).state === 'paid', 600);
    // The warehouse sends the replacement out at once.
    shipOut(world, id);
    advanceUntil(world, () => order(world, id).state === 'in_transit', 6 * 3600, 10);
    expect(world.kpi.dueOrders).toBe(1);
    expect(computeKpis(world).on_time_ship_rate).toBe(1);
  });

  it('a parcel intercepted on the road and sent out again counts once in on-time shipping', () => {
    // Interception after collection succeeds 3 times in 4: take the first seed where it does
    // (deterministic: the same seed always gives the same outcome).
    for (let seed = 1; seed < 20; seed++) {
      const world = humanWorld(tinyScenario({ policies: { customerPace: 0.5 } }), { seed });
      const id = buyPaid(world);
      shipOut(world, id);
      advanceUntil(world, () => order(world, id).state === 'in_transit', 2 * 3600, 10);
      ok(world, 's', 'request_intercept', { order: id });
      if (order(world, id).state !== 'intercepted') continue;
      advanceUntil(world, () => order(world, id).state === 'labelled', 6 * 3600, 10);
      ok(world, 'w', 'handover', { orders: [id] });
      advanceUntil(world, () => order(world, id).state === 'in_transit', 6 * 3600, 10);
      expect(world.kpi.dueOrders).toBe(1);
      return;
    }
    throw new Error('no seed gave a successful interception');
  });

  it('a wrong pick lowers pick accuracy', () => {
    const world = humanWorld();
    pick(world, buyPaid(world, 'b'));
    pick(world, buyPaid(world, 'b2'), 'mug');
    expect(computeKpis(world).pick_accuracy).toBe(0.5);
  });
});
