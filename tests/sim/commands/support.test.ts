import { describe, expect, it } from 'vitest';
import { advance } from '../../../src/sim/engine/advance';
import { computeKpis } from '../../../src/sim/kpi/compute';
import type { World } from '../../../src/sim/world';
import {
  advanceUntil,
  buyPaid,
  deliverOrder,
  humanWorld,
  ok,
  order,
  refusedFrom,
  shipOut,
  tinyScenario,
  types,
} from '../helpers';

/** The buyer asks a pre-sale question; returns the new ticket's id. */
function presaleTicket(world: World): string {
  const events = ok(world, 'b', 'ask_presale', { sku: 'tee' });
  const id = events.find((e) => e.type === 'ticket_opened')?.ticket;
  if (!id) throw new Error('no ticket opened');
  return id;
}

describe('support commands', () => {
  it('picks up, replies and resolves a conversation; the customer rates it', () => {
    const world = humanWorld();
    const t = presaleTicket(world);
    advance(world, 20);
    ok(world, 's', 'pick_up_ticket', { ticket: t });
    expect(world.tickets[t]).toMatchObject({ state: 'assigned', pickedBy: 's' });
    refusedFrom(world, 's', 'pick_up_ticket', { ticket: t }, 'wrong_ticket_state');

    const events = ok(world, 's', 'reply_ticket', { ticket: t, template: 'presale_answer' });
    expect(events.find((e) => e.type === 'ticket_first_reply')?.value).toBe(20);
    expect(world.tickets[t]).toMatchObject({ state: 'in_conversation', solved: true });
    expect(computeKpis(world).first_response_avg_s).toBe(20);

    expect(types(ok(world, 's', 'resolve_ticket', { ticket: t }))).toEqual(
      expect.arrayContaining(['ticket_resolved', 'ticket_closed']),
    );
    expect(world.tickets[t]?.state).toBe('closed');
    expect(world.queues.tickets).not.toContain(t);
    expect(computeKpis(world).resolution_rate).toBe(1);
    refusedFrom(world, 's', 'reply_ticket', { ticket: t, text: 'hello?' }, 'wrong_ticket_state');
    refusedFrom(world, 's', 'resolve_ticket', { ticket: t }, 'wrong_ticket_state');
  });

  it('refuses to resolve or escalate a conversation nobody has answered', () => {
    const world = humanWorld();
    const t = presaleTicket(world);
    refusedFrom(world, 's', 'resolve_ticket', { ticket: t }, 'wrong_ticket_state');
    refusedFrom(world, 's', 'escalate_ticket', { ticket: t }, 'wrong_ticket_state');
    refusedFrom(world, 's', 'pick_up_ticket', { ticket: 't999' }, 'unknown_ticket');
    ok(world, 's', 'reply_ticket', { ticket: t, text: '您好' });
    expect(world.tickets[t]?.solved).toBe(false);
    ok(world, 's', 'escalate_ticket', { ticket: t });
    expect(world.tickets[t]?.state).toBe('escalated');
    refusedFrom(world, 's', 'reply_ticket', { ticket: t, text: 'more' }, 'wrong_ticket_state');
  });

  it('a reply needs a quick-reply template or a text', () => {
    const world = humanWorld();
    const t = presaleTicket(world);
    const r = refusedFrom(world, 's', 'reply_ticket', { ticket: t }, 'bad_payload');
    expect(r.params?.field).toBe('(payload)');
    refusedFrom(world, 's', 'reply_ticket', { ticket: t, template: 'insult' }, 'bad_payload');
  });

  it('a customer left waiting too long walks away', () => {
    const world = humanWorld();
    const t = presaleTicket(world);
    advanceUntil(world, () => world.tickets[t]?.state === 'closed', 600);
    expect(world.log.some((e) => e.type === 'ticket_abandoned' && e.ticket === t)).toBe(true);
    refusedFrom(world, 's', 'pick_up_ticket', { ticket: t }, 'wrong_ticket_state');
    expect(computeKpis(world).csat).toBe(1);
  });

  it('the chat system being down stops replies', () => {
    const world = humanWorld();
    const t = presaleTicket(world);
    ok(world, 't', 'inject_incident', {
      kind: 'system_outage',
      at: 0,
      system: 'chat',
      durationMin: 2,
    });
    const r = refusedFrom(world, 's', 'reply_ticket', { ticket: t, text: 'hi' }, 'system_down');
    expect(r.params).toEqual({ system: 'chat' });
    advance(world, 2 * 60);
    ok(world, 's', 'reply_ticket', { ticket: t, text: 'hi' });
  });

  it('logistics can be looked up only once the parcel has shipped', () => {
    const world = humanWorld();
    const id = buyPaid(world);
    ok(world, 's', 'lookup_order', { order: id });
    refusedFrom(world, 's', 'lookup_logistics', { order: id }, 'not_shipped_yet');
    refusedFrom(world, 's', 'lookup_order', { order: 'o999' }, 'unknown_order');
    shipOut(world, id);
    advanceUntil(world, () => order(world, id).state === 'in_transit', 7200, 10);
    ok(world, 's', 'lookup_logistics', { order: id });
  });

  it('changes an address before hand-over; a printed waybill must be printed again', () => {
    const world = humanWorld();
    const id = buyPaid(world);
    shipOut(world, id);
    refusedFrom(world, 's', 'change_address', { order: id }, 'wrong_order_state');

    const world2 = humanWorld();
    const id2 = buyPaid(world2);
    shipOut(world2, id2);
    // Back up one step: a second order, labelled but not handed over.
    const id3 = buyPaid(world2, 'b2');
    ok(world2, 'w', 'pick_wave', { orders: [id3] });
    advanceUntil(world2, () => order(world2, id3).state === 'picked', 600);
    ok(world2, 'w', 'pack_orders', { orders: [id3] });
    advanceUntil(world2, () => order(world2, id3).state === 'packed', 600);
    ok(world2, 'w', 'print_waybill', { orders: [id3], courier: 'swift' });
    ok(world2, 's', 'change_address', { order: id3 });
    expect(order(world2, id3)).toMatchObject({ state: 'packed', addressOk: true });
    expect(world2.queues.packed).toEqual([id3]);
    expect(world2.queues.labelled).toEqual([]);
  });

  it('intercepts a parcel on the dock; it comes back and goes out again', () => {
    const world = humanWorld();
    const id = buyPaid(world);
    refusedFrom(world, 's', 'request_intercept', { order: id }, 'wrong_order_state');
    shipOut(world, id);
    const events = ok(world, 's', 'request_intercept', { order: id });
    expect(events.find((e) => e.type === 'intercepted')?.value).toBe(1);
    expect(order(world, id).state).toBe('intercepted');
    expect(world.queues.dock).toEqual([]);
    // The intercept fee, on top of the box packed earlier.
    expect(world.kpi.fulfilment).toBe(
      world.scenario.policies.interceptFee + world.scenario.policies.packagingCost,
    );
    advanceUntil(world, () => order(world, id).state !== 'intercepted', 3600);
    expect(order(world, id).state).toBe('labelled');
    expect(world.queues.labelled).toEqual([id]);
  });

  it('compensation is capped by what the order was worth', () => {
    const world = humanWorld();
    const id = buyPaid(world);
    const r = refusedFrom(world, 's', 'compensate', { order: id, amount: 60 }, 'amount_too_high');
    expect(r.params).toEqual({ max: 59 });
    refusedFrom(world, 's', 'compensate', { order: id, amount: -1 }, 'bad_payload');
    ok(world, 's', 'compensate', { order: id, amount: 5 });
    expect(order(world, id).compensation).toBe(5);
    expect(world.kpi.couponCost).toBe(5);
  });

  it('issues a coupon that the customer can spend', () => {
    const world = humanWorld();
    const t = presaleTicket(world);
    ok(world, 's', 'issue_coupon', { ticket: t, amount: 10 });
    refusedFrom(world, 's', 'issue_coupon', { ticket: 't999', amount: 10 }, 'unknown_ticket');
    const id = buyPaid(world);
    expect(order(world, id).amount).toBe(49);
    // It is the buyer's own: nobody else gets it.
    const other = buyPaid(world, 'b2');
    expect(order(world, other).amount).toBe(59);
  });

  it('answers after-sales requests only while one is pending', () => {
    const world = humanWorld();
    const id = buyPaid(world);
    refusedFrom(world, 's', 'approve_aftersale', { order: id }, 'wrong_order_state');
    refusedFrom(world, 's', 'reject_aftersale', { order: id }, 'wrong_order_state');
    deliverOrder(world, id);
    ok(world, 'b', 'request_aftersale', { order: id, type: 'return' });
    ok(world, 's', 'approve_aftersale', { order: id });
    refusedFrom(world, 's', 'approve_aftersale', { order: id }, 'wrong_order_state');
    refusedFrom(world, 's', 'reject_aftersale', { order: id }, 'wrong_order_state');
  });

  it('an unanswered after-sales request is approved by the platform at the deadline', () => {
    // customerPace 24: a day of customer time passes in an hour of the run.
    const world = humanWorld(tinyScenario({ policies: { customerPace: 24 } }));
    const id = buyPaid(world);
    deliverOrder(world, id);
    ok(world, 'b', 'request_aftersale', { order: id, type: 'refund_only', reason: 'no_reason' });
    const deadline = order(world, id).aftersale?.deadline ?? 0;
    expect(deadline - world.clock).toBe(3600);
    const world2 = structuredClone(world);
    advance(world, deadline - world.clock - 1);
    expect(order(world, id).state).toBe('refund_requested');
    advance(world, 1);
    expect(order(world, id)).toMatchObject({ state: 'refunded', refunded: 59 });
    expect(world.log.some((e) => e.type === 'aftersale_auto_approved' && e.order === id)).toBe(
      true,
    );
    // Answering in time keeps the decision with the shop.
    ok(world2, 's', 'reject_aftersale', { order: id, reason: 'used' });
    advance(world2, deadline - world2.clock + 1);
    expect(order(world2, id).state).toBe('aftersale_rejected');
  });

  it('follows up a review once', () => {
    const world = humanWorld();
    const id = buyPaid(world);
    deliverOrder(world, id);
    ok(world, 'b', 'confirm_receipt', { order: id });
    ok(world, 'b', 'write_review', { order: id, description: 1, service: 1, logistics: 2 });
    expect(computeKpis(world).bad_review_rate).toBe(1);
    refusedFrom(world, 's', 'follow_up_review', { review: 1 }, 'unknown_review');
    refusedFrom(world, 's', 'follow_up_review', { review: -1 }, 'bad_payload');
    ok(world, 's', 'follow_up_review', { review: 0 });
    expect(world.reviews[0]?.followedUp).toBe(true);
    refusedFrom(world, 's', 'follow_up_review', { review: 0 }, 'already_followed_up');
  });
});
