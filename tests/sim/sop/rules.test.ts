import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../../src/scenario/parse';
import { loadSopLibrary } from '../../../src/scenario/load-file';
import { advance } from '../../../src/sim/engine/advance';
import { stringify } from 'yaml';
import {
  advanceUntil,
  buyPaid,
  deliverOrder,
  humanWorld,
  libraryCard,
  ok,
  order,
  pick,
  refusedFrom,
  tinyScenario,
} from '../helpers';

/** A tiny world with these built-in SOP cards in play. */
function withCards(...ids: string[]) {
  return humanWorld(tinyScenario({ sops: ids, sopCards: ids.map(libraryCard) }));
}

describe('SOP rules checked against commands', () => {
  it('packing without the scan check breaks the outbound SOP', () => {
    const world = withCards('outbound');
    const a = buyPaid(world, 'b');
    const b = buyPaid(world, 'b2');
    pick(world, a);
    pick(world, b);
    ok(world, 'w', 'pack_orders', { orders: [a], verify: true });
    expect(world.violations).toEqual([]);
    const events = ok(world, 'w', 'pack_orders', { orders: [b], verify: false });
    expect(world.violations).toEqual([
      {
        t: world.clock,
        sop: 'outbound',
        rule: 'verify-before-pack',
        role: 'warehouse',
        seat: 'w',
        command: 'pack_orders',
        ref: b,
      },
    ]);
    expect(events.find((e) => e.type === 'sop_violation')).toMatchObject({
      sop: 'outbound',
      rule: 'verify-before-pack',
      seat: 'w',
    });
  });

  it('the same move breaks nothing when the card is not in play', () => {
    for (const scenario of [
      tinyScenario(),
      // Defined but not listed in `sops`: not in play either.
      tinyScenario({ sopCards: [libraryCard('outbound')] }),
    ]) {
      const world = humanWorld(scenario);
      const id = buyPaid(world);
      pick(world, id);
      ok(world, 'w', 'pack_orders', { orders: [id], verify: false });
      expect(world.violations).toEqual([]);
    }
  });

  it('a scenario file naming a library card gets its rules (loader merge)', () => {
    // The file names the card only; the loader copies it in from the library.
    const text = stringify({ ...tinyScenario(), sops: ['outbound'], sopCards: [] });
    const scenario = parseScenario(text, 'inline.yaml', loadSopLibrary());
    expect(scenario.sopCards.map((c) => c.id)).toEqual(['outbound']);
    const world = humanWorld(scenario);
    const id = buyPaid(world);
    pick(world, id);
    ok(world, 'w', 'pack_orders', { orders: [id], verify: false });
    expect(world.violations.map((v) => v.rule)).toEqual(['verify-before-pack']);
  });

  it('a refused command is no violation', () => {
    const world = withCards('outbound');
    const id = buyPaid(world);
    refusedFrom(world, 'w', 'pack_orders', { orders: [id], verify: false }, 'wrong_order_state');
    expect(world.violations).toEqual([]);
  });

  it('a stock-out not reported within 10 minutes is a violation, charged to the warehouse', () => {
    const late = withCards('outbound');
    const inTime = withCards('outbound');
    for (const world of [late, inTime]) {
      const id = buyPaid(world, 'b', 'mug', 3);
      ok(world, 't', 'inject_incident', {
        kind: 'oversell',
        at: 0,
        sku: 'mug',
        mode: 'mismatch',
        missingUnits: 3,
      });
      ok(world, 'w', 'pick_wave', { orders: [id] });
      advanceUntil(world, () => order(world, id).stockout === true, 600);
    }
    const stockoutAt = late.clock;
    ok(inTime, 'w', 'report_stockout', { sku: 'mug' });
    advance(late, 601);
    advance(inTime, 601);
    expect(inTime.violations).toEqual([]);
    expect(late.violations).toEqual([
      {
        t: stockoutAt + 600,
        sop: 'outbound',
        rule: 'report-stockout',
        role: 'warehouse',
        seat: 'w',
        command: undefined,
        ref: 'mug',
      },
    ]);
  });

  it('answering an urge with a ship date needs an order look-up first', () => {
    const world = withCards('order-exception');
    const a = buyPaid(world, 'b');
    const b = buyPaid(world, 'b2');
    const ta = ok(world, 'b', 'urge_shipment', { order: a }).find(
      (e) => e.type === 'ticket_opened',
    )?.ticket;
    const tb = ok(world, 'b2', 'urge_shipment', { order: b }).find(
      (e) => e.type === 'ticket_opened',
    )?.ticket;
    ok(world, 's', 'lookup_order', { order: a, ticket: ta });
    ok(world, 's', 'reply_ticket', { ticket: ta, template: 'ship_eta' });
    expect(world.violations).toEqual([]);
    ok(world, 's', 'reply_ticket', { ticket: tb, template: 'ship_eta' });
    expect(world.violations).toMatchObject([
      { sop: 'order-exception', rule: 'lookup-before-eta', seat: 's', ref: b },
    ]);
  });

  it('after-sales: a refusal without a reason and compensation over the limit', () => {
    const world = withCards('aftersale-review');
    const id = buyPaid(world);
    deliverOrder(world, id);
    ok(world, 'b', 'request_aftersale', { order: id, type: 'return' });
    ok(world, 's', 'reject_aftersale', { order: id });
    ok(world, 's', 'compensate', { order: id, amount: 20 });
    ok(world, 's', 'compensate', { order: id, amount: 25 });
    expect(world.violations.map((v) => v.rule)).toEqual([
      'reason-for-rejection',
      'compensation-limit',
    ]);
  });

  it('an after-sales request left unanswered for 2 hours is a violation; one answered is not', () => {
    const world = withCards('aftersale-review');
    const answered = buyPaid(world, 'b');
    const ignored = buyPaid(world, 'b2');
    deliverOrder(world, answered);
    deliverOrder(world, ignored);
    ok(world, 'b', 'request_aftersale', { order: answered, type: 'return' });
    ok(world, 'b2', 'request_aftersale', { order: ignored, type: 'return' });
    advance(world, 60);
    ok(world, 's', 'lookup_order', { order: answered });
    ok(world, 's', 'approve_aftersale', { order: answered });
    advance(world, 7200);
    expect(world.violations).toMatchObject([
      {
        sop: 'aftersale-review',
        rule: 'answer-aftersale',
        role: 'support',
        seat: 's',
        ref: ignored,
      },
    ]);
  });

  it('an after-sales request answered in the very second it arrives counts as answered', () => {
    const world = withCards('aftersale-review');
    const id = buyPaid(world);
    deliverOrder(world, id);
    ok(world, 'b', 'request_aftersale', { order: id, type: 'return' });
    // A fast agent (or the game paused between the two) answers before the clock moves on.
    ok(world, 's', 'lookup_order', { order: id });
    ok(world, 's', 'approve_aftersale', { order: id });
    advance(world, 7300);
    expect(world.violations).toEqual([]);
  });

  it('pricing below the margin floor breaks the ad-launch SOP', () => {
    const world = withCards('ad-launch');
    ok(world, 'o', 'set_price', { sku: 'tee', price: 30 });
    expect(world.violations).toEqual([]);
    ok(world, 'o', 'set_price', { sku: 'tee', price: 24 });
    expect(world.violations).toMatchObject([{ rule: 'margin-floor', ref: 'tee', seat: 'o' }]);
  });
});
