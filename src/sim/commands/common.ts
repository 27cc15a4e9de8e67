import { z } from 'zod';
import { own, refId } from './ref';
import type { Order, Ticket, World } from '../world';
import { no, type Rejection } from './spec';

export const orderPayload = z.object({ order: refId }).strict();
export const ticketPayload = z.object({ ticket: refId }).strict();
export const skuPayload = z.object({ sku: refId }).strict();
export const ordersPayload = z.object({ orders: z.array(refId).min(1).max(500) }).strict();

/** The order, or a refusal naming the unknown id. */
export function findOrder(world: World, id: string): Order | Rejection {
  return own(world.orders, id) ?? no('unknown_order', { order: id });
}

/** The ticket, or a refusal naming the unknown id. */
export function findTicket(world: World, id: string): Ticket | Rejection {
  return own(world.tickets, id) ?? no('unknown_ticket', { ticket: id });
}

/** Narrows a lookup result. */
export function isRejection(x: unknown): x is Rejection {
  return typeof x === 'object' && x !== null && 'key' in x && !('id' in x);
}

/** Refuses unless the order is in one of `states`. */
export function needState(order: Order, states: readonly string[]): Rejection | null {
  return states.includes(order.state)
    ? null
    : no('wrong_order_state', { order: order.id, state: order.state });
}

/** Refuses an unknown SKU. */
export function needSku(world: World, sku: string): Rejection | null {
  return own(world.skus, sku) ? null : no('unknown_sku', { sku });
}

/** Money is kept to cents so totals stay exact across platforms. */
export const cents = (x: number) => Math.round(x * 100) / 100;
