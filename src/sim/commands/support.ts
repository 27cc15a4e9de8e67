import { z } from 'zod';
import { refId } from './ref';
import { REPLY_TEMPLATES } from '../ids';
import { emit } from '../engine/log';
import { systemDown } from '../demand/factors';
import { cheer } from '../customers/satisfaction';
import { approveAftersale, rejectAftersale } from '../orders/aftersale';
import { payCompensation } from '../orders/money';
import { moveOrder, moveTicket, ticketCan } from '../orders/move';
import { schedule } from '../engine/agenda';
import { chance } from '../rng';
import { recordReply, resolveTicket, solveByCommand } from '../support/tickets';
import type { Order, Ticket, World } from '../world';
import { cents, findOrder, findTicket, isRejection, needState, ticketPayload } from './common';
import { no, spec } from './spec';

const REQUESTED = ['refund_requested', 'return_requested', 'exchange_requested'];

function ticketIn(states: readonly string[]) {
  return (world: World, id: string) => {
    const t = findTicket(world, id);
    if (isRejection(t)) return t;
    return states.includes(t.state)
      ? null
      : no('wrong_ticket_state', { ticket: id, state: t.state });
  };
}
const openTicketCheck = ticketIn(['waiting', 'assigned', 'in_conversation']);

const lookup = (needShipped: boolean) =>
  spec({
    payload: z.object({ order: refId, ticket: refId.optional() }).strict(),
    check: (world, p) => {
      const o = findOrder(world, p.order);
      if (isRejection(o)) return o;
      return needShipped && o.shippedAt === undefined
        ? no('not_shipped_yet', { order: o.id })
        : null;
    },
    run: () => undefined,
    refs: (_w, p) => ({ order: p.order, ticket: p.ticket }),
  });

export const supportCommands = {
  pick_up_ticket: spec({
    payload: ticketPayload,
    check: (world, p) => ticketIn(['waiting'])(world, p.ticket),
    run: (world, p, cmd) => {
      const t = world.tickets[p.ticket] as Ticket;
      moveTicket(t, 'PICK_UP');
      t.pickedBy = cmd.seat;
    },
    refs: (world, p) => ({ ticket: p.ticket, order: world.tickets[p.ticket]?.order }),
  }),
  reply_ticket: spec({
    payload: z
      .object({
        ticket: refId,
        template: z.enum(REPLY_TEMPLATES).optional(),
        text: z.string().min(1).max(1000).optional(),
      })
      .strict()
      .refine((p) => p.template !== undefined || p.text !== undefined, 'give a template or a text'),
    check: (world, p) =>
      openTicketCheck(world, p.ticket) ??
      (systemDown(world, 'chat') ? no('system_down', { system: 'chat' }) : null),
    run: (world, p) => recordReply(world, world.tickets[p.ticket] as Ticket, p.template),
    refs: (world, p) => ({ ticket: p.ticket, order: world.tickets[p.ticket]?.order }),
  }),
  lookup_order: lookup(false),
  lookup_logistics: lookup(true),
  issue_coupon: spec({
    payload: z.object({ ticket: refId, amount: z.number().positive().max(500) }).strict(),
    check: (world, p) => openTicketCheck(world, p.ticket),
    run: (world, p) => {
      const t = world.tickets[p.ticket] as Ticket;
      const id = `cp${world.seq++}`;
      world.coupons[id] = {
        id,
        amount: cents(p.amount),
        minSpend: 0,
        customer: t.customer,
        remaining: 1,
      };
      world.kpi.couponCost += cents(p.amount);
      solveByCommand(world, 'issue_coupon', t.order, t.id);
      emit(world, { type: 'coupon_issued', role: 'support', ticket: t.id, value: p.amount });
    },
    refs: (world, p) => ({ ticket: p.ticket, order: world.tickets[p.ticket]?.order }),
  }),
  compensate: spec({
    payload: z
      .object({
        order: refId,
        amount: z.number().positive().max(1000),
        ticket: refId.optional(),
      })
      .strict(),
    check: (world, p) => {
      const o = findOrder(world, p.order);
      if (isRejection(o)) return o;
      return p.amount > o.amount ? no('amount_too_high', { max: o.amount }) : null;
    },
    run: (world, p) => {
      payCompensation(world, world.orders[p.order] as Order, cents(p.amount), 'support');
      solveByCommand(world, 'compensate', p.order, p.ticket);
    },
    refs: (_w, p) => ({ order: p.order, ticket: p.ticket }),
  }),
  approve_aftersale: spec({
    payload: z.object({ order: refId, ticket: refId.optional() }).strict(),
    check: (world, p) => {
      const o = findOrder(world, p.order);
      return isRejection(o) ? o : needState(o, REQUESTED);
    },
    run: (world, p) => {
      approveAftersale(world, world.orders[p.order] as Order, false);
      solveByCommand(world, 'approve_aftersale', p.order, p.ticket);
    },
    refs: (_w, p) => ({ order: p.order, ticket: p.ticket }),
  }),
  reject_aftersale: spec({
    payload: z
      .object({
        order: refId,
        reason: z.string().max(300).optional(),
        ticket: refId.optional(),
      })
      .strict(),
    check: (world, p) => {
      const o = findOrder(world, p.order);
      return isRejection(o) ? o : needState(o, REQUESTED);
    },
    run: (world, p) => {
      rejectAftersale(world, world.orders[p.order] as Order, p.reason ?? '');
      solveByCommand(world, 'reject_aftersale', p.order, p.ticket);
    },
    refs: (_w, p) => ({ order: p.order, ticket: p.ticket }),
  }),
  request_intercept: spec({
    payload: z.object({ order: refId, ticket: refId.optional() }).strict(),
    check: (world, p) => {
      const o = findOrder(world, p.order);
      return isRejection(o) ? o : needState(o, ['handed_over', 'in_transit']);
    },
    run: (world, p) => {
      const o = world.orders[p.order] as Order;
      world.kpi.fulfilment += world.scenario.policies.interceptFee;
      // Interception after collection can fail: the parcel is already on the road.
      if (o.state === 'in_transit' && !chance(world.rng, 0.75)) {
        emit(world, { type: 'intercepted', role: 'support', order: o.id, value: 0 });
        return;
      }
      if (o.state === 'handed_over') world.queues.dock.splice(world.queues.dock.indexOf(o.id), 1);
      moveOrder(o, 'INTERCEPT');
      o.addressOk = true;
      schedule(
        world,
        world.clock + (o.shippedAt === undefined ? 600 : 4 * 3600),
        'return_arrive',
        o.id,
      );
      solveByCommand(world, 'request_intercept', o.id, p.ticket);
      emit(world, { type: 'intercepted', role: 'support', order: o.id, value: 1 });
    },
    refs: (_w, p) => ({ order: p.order, ticket: p.ticket }),
  }),
  escalate_ticket: spec({
    payload: ticketPayload,
    check: (world, p) => ticketIn(['in_conversation'])(world, p.ticket),
    run: (world, p) => {
      const t = world.tickets[p.ticket] as Ticket;
      moveTicket(t, 'ESCALATE');
      t.escalated = true;
      emit(world, { type: 'ticket_escalated', role: 'support', ticket: t.id });
      schedule(world, world.clock + 600, 'ticket_patience', t.id);
    },
    refs: (world, p) => ({ ticket: p.ticket, order: world.tickets[p.ticket]?.order }),
  }),
  resolve_ticket: spec({
    payload: ticketPayload,
    check: (world, p) => {
      const t = findTicket(world, p.ticket);
      if (isRejection(t)) return t;
      return ticketCan(t, 'RESOLVE')
        ? null
        : no('wrong_ticket_state', { ticket: t.id, state: t.state });
    },
    run: (world, p) => resolveTicket(world, world.tickets[p.ticket] as Ticket),
    refs: (world, p) => ({ ticket: p.ticket, order: world.tickets[p.ticket]?.order }),
  }),
  follow_up_review: spec({
    payload: z.object({ review: z.number().int().min(0) }).strict(),
    check: (world, p) => {
      const r = world.reviews[p.review];
      if (!r) return no('unknown_review', { review: p.review });
      return r.followedUp ? no('already_followed_up', { review: p.review }) : null;
    },
    run: (world, p) => {
      const r = world.reviews[p.review];
      if (!r) return;
      r.followedUp = true;
      const o = r.order ? world.orders[r.order] : undefined;
      if (o) {
        cheer(world, o.customer, 0.15);
        solveByCommand(world, 'follow_up_review', o.id);
      }
      emit(world, {
        type: 'review_followed_up',
        role: 'support',
        order: r.order,
        sku: r.sku,
        detail: String(p.review),
      });
    },
    refs: (world, p) => ({
      review: `review:${p.review}`,
      order: world.reviews[p.review]?.order,
      sku: world.reviews[p.review]?.sku,
    }),
  }),
};
