import { z } from 'zod';
import { refId } from './ref';
import { AFTERSALE_TYPES, FRICTIONS, RETURN_REASONS } from '../ids';
import { emit } from '../engine/log';
import { cancelOrder, payNow } from '../customers/before-delivery';
import { NOT_SHIPPED } from '../orders/states';
import { writeReview } from '../customers/after-delivery';
import { openDispute, requestAftersale, shipReturn } from '../orders/aftersale';
import { moveOrder, orderCan } from '../orders/move';
import { placeOrder } from '../demand/visitor';
import { openTicket } from '../support/tickets';
import type { Command, Customer, Order, World } from '../world';
import { findOrder, isRejection, needSku, needState, orderPayload, skuPayload } from './common';
import { no, spec, type Rejection } from './spec';

function seatCustomer(world: World, cmd: Command): Customer | Rejection {
  const id = world.seats[cmd.seat]?.customer;
  return (id && world.customers[id]) || no('no_buyer_persona', { seat: cmd.seat });
}

/** The order, if it belongs to the customer this buyer seat plays. */
export function ownOrder(world: World, cmd: Command, id: string): Order | Rejection {
  const c = seatCustomer(world, cmd);
  if (isRejection(c)) return c;
  const o = findOrder(world, id);
  if (isRejection(o)) return o;
  return o.customer === c.id ? o : no('not_your_order', { order: id });
}

const countVisit = (world: World, c: Customer, sku: string) => {
  if (c.uvCounted) return;
  c.uvCounted = true;
  world.kpi.uv++;
  world.kpi.skuUv[sku] = (world.kpi.skuUv[sku] ?? 0) + 1;
};

function withOrder(states: readonly string[], run: (world: World, o: Order) => void) {
  return spec({
    payload: orderPayload,
    check: (world, p, cmd) => {
      const o = ownOrder(world, cmd, p.order);
      return isRejection(o) ? o : needState(o, states);
    },
    run: (world, p) => run(world, world.orders[p.order] as Order),
    refs: (_w, p) => ({ order: p.order }),
  });
}

export const buyerCommands = {
  browse: spec({
    payload: skuPayload,
    check: (world, p, cmd) =>
      needSku(world, p.sku) ??
      (isRejection(seatCustomer(world, cmd)) ? no('no_buyer_persona', { seat: cmd.seat }) : null),
    run: (world, p, cmd) => countVisit(world, seatCustomer(world, cmd) as Customer, p.sku),
    refs: (_w, p) => ({ sku: p.sku }),
  }),
  ask_presale: spec({
    payload: z.object({ sku: refId, text: z.string().max(500).optional() }).strict(),
    check: (world, p, cmd) =>
      needSku(world, p.sku) ??
      (isRejection(seatCustomer(world, cmd)) ? no('no_buyer_persona', { seat: cmd.seat }) : null),
    run: (world, p, cmd) => {
      const c = seatCustomer(world, cmd) as Customer;
      countVisit(world, c, p.sku);
      if (!c.inquired) world.kpi.inquirers++;
      c.inquired = true;
      openTicket(world, c.id, 'presale', { sku: p.sku });
    },
    refs: (_w, p) => ({ sku: p.sku }),
  }),
  add_to_cart: spec({
    payload: skuPayload,
    check: (world, p, cmd) =>
      needSku(world, p.sku) ??
      (isRejection(seatCustomer(world, cmd)) ? no('no_buyer_persona', { seat: cmd.seat }) : null) ??
      ((world.skus[p.sku]?.sellable ?? 0) > 0 ? null : no('sold_out', { sku: p.sku })),
    run: (world, p, cmd) => {
      const c = seatCustomer(world, cmd) as Customer;
      countVisit(world, c, p.sku);
      if (c.pendingSku === undefined) world.kpi.cartVisitors++;
      c.pendingSku = p.sku;
    },
    refs: (_w, p) => ({ sku: p.sku }),
  }),
  place_order: spec({
    payload: z.object({ sku: refId, qty: z.number().int().min(1).max(20).default(1) }).strict(),
    check: (world, p, cmd) => {
      const c = seatCustomer(world, cmd);
      if (isRejection(c)) return c;
      return (
        needSku(world, p.sku) ??
        ((world.skus[p.sku]?.sellable ?? 0) >= p.qty ? null : no('sold_out', { sku: p.sku }))
      );
    },
    run: (world, p, cmd) => {
      const c = seatCustomer(world, cmd) as Customer;
      countVisit(world, c, p.sku);
      placeOrder(world, c, world.skus[p.sku]!, p.qty, false);
    },
    refs: (_w, p) => ({ sku: p.sku }),
  }),
  pay_order: withOrder(['created'], payNow),
  cancel_order: withOrder(['created', 'paid', 'picked', 'packed', 'labelled'], (w, o) =>
    cancelOrder(w, o, 'buyer'),
  ),
  urge_shipment: withOrder([...NOT_SHIPPED], (w, o) => {
    openTicket(w, o.customer, 'urge', { order: o.id, sku: o.sku });
  }),
  confirm_receipt: spec({
    payload: orderPayload,
    check: (world, p, cmd) => {
      const o = ownOrder(world, cmd, p.order);
      return isRejection(o) ? o : needState(o, ['delivered']);
    },
    run: (world, p) => {
      const o = world.orders[p.order] as Order;
      moveOrder(o, 'CONFIRM');
      emit(world, { type: 'confirmed', role: 'buyer', order: o.id, sku: o.sku });
    },
    refs: (_w, p) => ({ order: p.order }),
  }),
  write_review: spec({
    payload: z
      .object({
        order: refId,
        description: z.number().int().min(1).max(5),
        service: z.number().int().min(1).max(5),
        logistics: z.number().int().min(1).max(5),
        text: z.string().max(500).optional(),
      })
      .strict(),
    check: (world, p, cmd) => {
      const o = ownOrder(world, cmd, p.order);
      return isRejection(o) ? o : needState(o, ['completed']);
    },
    run: (world, p) =>
      writeReview(world, world.orders[p.order] as Order, p, p.text ? 'review.custom' : undefined),
    refs: (_w, p) => ({ order: p.order }),
  }),
  request_aftersale: spec({
    payload: z
      .object({
        order: refId,
        type: z.enum(AFTERSALE_TYPES),
        reason: z.enum(RETURN_REASONS).default('no_reason'),
      })
      .strict(),
    check: (world, p, cmd) => {
      const o = ownOrder(world, cmd, p.order);
      if (isRejection(o)) return o;
      if (o.aftersale) return no('aftersale_exists', { order: o.id });
      const window = world.scenario.policies.returnWindowDays * 86_400;
      if (o.deliveredAt !== undefined && world.clock - o.deliveredAt > window)
        return no('return_window_over', { order: o.id });
      return orderCan(o, 'REQUEST_REFUND')
        ? null
        : no('wrong_order_state', { order: o.id, state: o.state });
    },
    run: (world, p) => requestAftersale(world, world.orders[p.order] as Order, p.type, p.reason),
    refs: (_w, p) => ({ order: p.order }),
  }),
  ship_return: withOrder(['return_approved', 'exchange_approved'], shipReturn),
  open_dispute: withOrder(['aftersale_rejected'], openDispute),
  report_friction: spec({
    payload: z.object({ kind: z.enum(FRICTIONS), note: z.string().max(500).optional() }).strict(),
    check: (world, p) =>
      world.frictionsReported.includes(p.kind)
        ? no('friction_already_reported', { kind: p.kind })
        : null,
    run: (world, p, cmd) => {
      world.frictionsReported.push(p.kind);
      emit(world, { type: 'friction_reported', role: 'buyer', seat: cmd.seat, detail: p.kind });
    },
    refs: () => ({}),
  }),
};
