import { describe, expect, it } from 'vitest';
import { defaultReview } from '../../../src/sim/customers/after-delivery';
import { advance } from '../../../src/sim/engine/advance';
import { lateShipmentCompensation } from '../../../src/sim/marketplace/compensation';
import { maybeInstantRefund } from '../../../src/sim/marketplace/instant-refund';
import { buyPaid, humanWorld, ok, order, tinyScenario } from '../helpers';

describe('platform rules', () => {
  it('late-shipment compensation is 5% of the order, at least ¥5 and at most ¥30', () => {
    const world = humanWorld();
    const o = order(world, buyPaid(world));
    expect(lateShipmentCompensation(world, { ...o, amount: 59 })).toBe(5);
    expect(lateShipmentCompensation(world, { ...o, amount: 300 })).toBe(15);
    expect(lateShipmentCompensation(world, { ...o, amount: 2000 })).toBe(30);
  });

  it('a default positive review counts among reviews but leaves DSR alone', () => {
    const world = humanWorld();
    const o = order(world, buyPaid(world));
    o.state = 'completed';
    const dsrN = world.dsr.description.n;
    const dsrSum = world.dsr.description.sum;
    defaultReview(world, o);
    expect(world.kpi.reviews).toBe(1);
    expect(world.kpi.badReviews).toBe(0);
    expect(world.dsr.description.n).toBe(dsrN);
    expect(world.dsr.description.sum).toBe(dsrSum);
    expect(world.reviews.at(-1)).toMatchObject({ isDefault: true, stars: 5 });
    expect(o.state).toBe('reviewed');
  });

  it('价保: a price cut pays earlier buyers the difference, counted as compensation, not a refund', () => {
    const world = humanWorld(
      tinyScenario({
        platform: { priceProtectionDays: 7, priceProtectionClaimRate: 1 },
        // Claims come within 12 customer-hours: at 4× pace, within three sim-hours.
        policies: { customerPace: 4 },
      }),
    );
    const id = buyPaid(world);
    advance(world, 120);
    ok(world, 'o', 'set_discount', { sku: 'tee', pct: 0.2 });
    advance(world, 3 * 3600 + 60);
    const o = order(world, id);
    expect(o.compensation).toBeCloseTo(59 * 0.2, 2);
    expect(o.refunded).toBe(0);
    expect(world.kpi.refundedOrders).toBe(0);
    // A second cut pays only the new difference, never the first one again.
    ok(world, 'o', 'set_discount', { sku: 'tee', pct: 0.3 });
    advance(world, 3 * 3600 + 60);
    expect(o.compensation).toBeCloseTo(59 * 0.3, 2);
  });

  it('价保 off by default: the same cut costs nothing', () => {
    const world = humanWorld();
    const id = buyPaid(world);
    advance(world, 120);
    ok(world, 'o', 'set_discount', { sku: 'tee', pct: 0.2 });
    advance(world, 24 * 3600);
    expect(order(world, id).compensation).toBe(0);
  });

  it('运费险 costs its premium on every paid order', () => {
    const plain = humanWorld();
    const insured = humanWorld(
      tinyScenario({ platform: { freightInsurance: { enabled: true, premium: 1.2 } } }),
    );
    buyPaid(plain);
    buyPaid(insured);
    expect(insured.kpi.fulfilment - plain.kpi.fulfilment).toBeCloseTo(1.2, 6);
  });

  it('极速退款 refunds a trusted buyer as the return is posted, before anyone inspects it', () => {
    const world = humanWorld(
      tinyScenario({ platform: { instantRefund: { enabled: true, trustedShare: 1 } } }),
    );
    const o = order(world, buyPaid(world));
    o.aftersale = {
      type: 'return',
      reason: 'no_reason',
      requestedAt: world.clock,
      deadline: world.clock + 3600,
      condition: 'good',
    };
    maybeInstantRefund(world, o);
    expect(o.refunded).toBe(o.amount);
    expect(o.aftersale.instantRefund).toBe(true);
    const off = humanWorld();
    const p = order(off, buyPaid(off));
    p.aftersale = { ...o.aftersale, instantRefund: undefined };
    maybeInstantRefund(off, p);
    expect(p.refunded).toBe(0);
  });
});
