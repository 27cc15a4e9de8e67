import { describe, expect, it } from 'vitest';
import { hashWorld } from '../../../src/sim/engine/hash';
import { observe } from '../../../src/sim/observe';
import { orderView } from '../../../src/sim/observe/orders';
import { claimEvidence } from '../../../src/sim/orders/claim-evidence';
import { advanceUntil, buyPaid, deliverOrder, humanWorld, ok, order } from '../helpers';

const SUPPORT = { id: 's', role: 'support' } as const;

/** A delivered order with an after-sales claim of this reason, waiting for the seller. */
function claimed(reason: 'fake_claim' | 'defect' | 'not_received', type = 'refund_only') {
  const world = humanWorld();
  const id = buyPaid(world);
  deliverOrder(world, id);
  ok(world, 'b', 'request_aftersale', { order: id, type, reason });
  return { world, id };
}

describe('the support seat sees claims, not verdicts', () => {
  it('a fraudulent claim shows what the buyer says and the photos, never a fraud label', () => {
    const { world, id } = claimed('fake_claim');
    const view = observe(world, SUPPORT).claim(id);
    expect(view).toBeDefined();
    expect(JSON.stringify(view)).not.toContain('fake');
    expect(['not_received', 'empty_parcel', 'defect']).toContain(view?.statement);
    expect([...observe(world, SUPPORT).aftersales()].map((c) => c.order)).toEqual([id]);
  });

  it("the buyer's record appears after an order look-up, the trace after a logistics look-up", () => {
    const { world, id } = claimed('defect');
    const before = observe(world, SUPPORT).claim(id);
    expect(before?.buyer).toBeUndefined();
    expect(before?.trace).toBeUndefined();
    ok(world, 's', 'lookup_order', { order: id });
    const looked = observe(world, SUPPORT).claim(id);
    expect(looked?.buyer?.orders).toBeGreaterThanOrEqual(1);
    expect(looked?.trace).toBeUndefined();
    ok(world, 's', 'lookup_logistics', { order: id });
    const traced = observe(world, SUPPORT).claim(id);
    expect(traced?.trace).toMatchObject({ status: 'delivered', courier: 'swift' });
    expect(traced?.trace?.deliveredAt).toBe(order(world, id).deliveredAt);
  });

  it('looking at the evidence changes nothing in the world and shows the same every time', () => {
    const { world, id } = claimed('fake_claim');
    const hash = hashWorld(world);
    const a = claimEvidence(world, order(world, id));
    const b = claimEvidence(world, order(world, id));
    expect(a).toEqual(b);
    expect(hashWorld(world)).toBe(hash);
  });
});

describe('evidence tilts the odds but never decides', () => {
  /** How often each claim shows a tell-tale sign, over many seeds of the same order. */
  function signs(reason: 'fake_claim' | 'not_received') {
    const { world, id } = claimed(reason);
    const o = order(world, id);
    let inPerson = 0;
    let repeatClaimer = 0;
    const n = 400;
    for (let seed = 1; seed <= n; seed++) {
      world.seed = seed;
      const ev = claimEvidence(world, o);
      if (ev?.trace.signedBy === 'in_person') inPerson++;
      if ((ev?.buyer.claims ?? 0) >= 2) repeatClaimer++;
    }
    return { inPerson: inPerson / n, repeatClaimer: repeatClaimer / n };
  }

  it('a fraudster who "never got" the parcel more often signed for it and claims often', () => {
    const fraud = signs('fake_claim');
    const honest = signs('not_received');
    // A seller who weighs the trace and the record catches most fraud...
    expect(fraud.inPerson).toBeGreaterThan(honest.inPerson + 0.3);
    expect(fraud.repeatClaimer).toBeGreaterThan(honest.repeatClaimer + 0.3);
    // ...but no single sign is proof: honest buyers show them too, and fraudsters not always.
    expect(honest.inPerson).toBeGreaterThan(0.05);
    expect(fraud.inPerson).toBeLessThan(0.95);
  });
});

describe('inspection reveals what a return parcel holds', () => {
  it('the condition shows only once an inspector has opened the parcel', () => {
    const world = humanWorld();
    const id = buyPaid(world);
    deliverOrder(world, id);
    ok(world, 'b', 'request_aftersale', { order: id, type: 'return', reason: 'defect' });
    ok(world, 's', 'approve_aftersale', { order: id });
    ok(world, 'b', 'ship_return', { order: id });
    advanceUntil(world, () => order(world, id).aftersale?.arrived === true, 4 * 3600, 10);
    ok(world, 'w', 'receive_return', { order: id });
    expect(orderView(world, id)?.aftersale?.condition).toBeUndefined();
    expect(JSON.stringify(observe(world, { id: 'w', role: 'warehouse' }).returns())).not.toContain(
      'condition',
    );

    ok(world, 'w', 'inspect_return', { order: id });
    expect(orderView(world, id)?.aftersale?.examining).toBe(true);
    advanceUntil(world, () => orderView(world, id)?.aftersale?.condition !== undefined, 3600);
    expect(orderView(world, id)?.aftersale?.condition).toBe(order(world, id).aftersale?.condition);

    // With the parcel open the verdict is carried out at once.
    ok(world, 'w', 'inspect_return', { order: id, disposition: 'write_off', refund: 'full' });
    expect(order(world, id).state).toBe('refunded');
  });
});
