import { unitPrice } from '../../sim/demand/factors';
import { ADDRESS_CHANGEABLE, NOT_SHIPPED } from '../../sim/orders/states';
import type { OrderState } from '../../sim/machines/order.machine';
import type { Customer, Order, SkuState, World } from '../../sim/world';

export interface ShelfItem {
  sku: SkuState;
  price: number;
  onSale: boolean;
  soldOut: boolean;
  /** Mean listing quality 0..1: what the page looks like to a shopper. */
  quality: number;
  /** A sized item without a decent size chart: the mystery shopper's clue. */
  missingSizeChart: boolean;
}

/** The storefront as a shopper sees it. */
export function storefront(world: World): ShelfItem[] {
  return Object.values(world.skus).map((sku) => {
    const price = unitPrice(world, sku);
    const l = sku.listing;
    return {
      sku,
      price,
      onSale: price < sku.price - 0.005 || sku.price < sku.listPrice - 0.005,
      soldOut: sku.sellable <= 0,
      quality: (l.title + l.image + l.detail + l.size_chart) / 4,
      missingSizeChart: sku.sized && l.size_chart < 0.5,
    };
  });
}

/** The customer this seat plays. */
export function seatCustomer(world: World, customerId: string | undefined): Customer | undefined {
  return customerId ? world.customers[customerId] : undefined;
}

/** The customer's orders, newest first. */
export function myOrders(world: World, customerId: string | undefined): Order[] {
  if (!customerId) return [];
  return Object.values(world.orders)
    .filter((o) => o.customer === customerId)
    .sort((a, b) => b.createdAt - a.createdAt);
}

/** The customer's conversations with support, newest first. */
export function myTickets(world: World, customerId: string | undefined) {
  if (!customerId) return [];
  return Object.values(world.tickets)
    .filter((t) => t.customer === customerId)
    .sort((a, b) => b.openedAt - a.openedAt);
}

export const TIMELINE = ['ordered', 'paid', 'packed', 'shipped', 'delivered', 'completed'] as const;
export type TimelineStep = (typeof TIMELINE)[number];

const STEP_OF: Partial<Record<OrderState, number>> = {
  created: 0,
  paid: 1,
  picking: 1,
  picked: 1,
  packing: 1,
  packed: 2,
  labelled: 2,
  handed_over: 2,
  in_transit: 3,
  intercepted: 3,
  lost: 3,
  delivered: 4,
  completed: 5,
  reviewed: 5,
};

/** How far along the order tracker is: the index of the last step reached (−1: none). */
export function timelineStep(order: Order): number {
  return STEP_OF[order.state] ?? (order.deliveredAt !== undefined ? 5 : -1);
}

/** The buyer's actions that make sense for the order's state (buttons shown). */
export function buyerActions(order: Order): string[] {
  const s = order.state;
  const a: string[] = [];
  if (s === 'created') a.push('pay_order');
  if (['created', 'paid', 'picked', 'packed', 'labelled'].includes(s)) a.push('cancel_order');
  if (ADDRESS_CHANGEABLE.includes(s)) a.push('change_address');
  if (NOT_SHIPPED.has(s)) a.push('urge_shipment');
  if (s === 'delivered') a.push('confirm_receipt');
  if (s === 'completed') a.push('write_review');
  if (['delivered', 'completed', 'reviewed'].includes(s) && !order.aftersale)
    a.push('request_aftersale');
  if (s === 'return_approved' || s === 'exchange_approved') a.push('ship_return');
  if (s === 'aftersale_rejected') a.push('open_dispute');
  return a;
}
