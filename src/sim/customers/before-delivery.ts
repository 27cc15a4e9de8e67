import { schedule } from '../engine/agenda';
import { dequeuePick, enqueuePick } from '../warehouse/pick-index';
import { emit } from '../engine/log';
import { listingFactor, priceFactor, reputation, systemDown } from '../demand/factors';
import { personaOf, placeOrder } from '../demand/visitor';
import {
  bookPayment,
  payCompensation,
  refund,
  releaseCommitment,
  restockGoods,
} from '../orders/money';
import { dequeue, moveOrder, orderCan } from '../orders/move';
import { chance } from '../rng';
import { openTicket } from '../support/tickets';
import type { Order, World } from '../world';
import { upset } from './satisfaction';
import { NOT_SHIPPED } from '../orders/states';
import { lateShipmentCompensation } from '../marketplace/compensation';

/** The buyer pays an order placed a moment ago (unless checkout is down). */
export function payNow(world: World, order: Order): void {
  if (order.state !== 'created') return;
  if (systemDown(world, 'checkout')) {
    schedule(world, world.clock + 300, 'pay', order.id);
    return;
  }
  moveOrder(order, 'PAY');
  bookPayment(world, order);
  enqueuePick(world, order.id);
  const persona = personaOf(world, world.customers[order.customer]);
  const pace = world.scenario.policies.customerPace;
  schedule(world, world.clock + (persona.urgeAfterH * 3600) / pace, 'urge_check', order.id, 1);
  if (order.shipBy !== undefined) schedule(world, order.shipBy, 'ship_by_check', order.id);
  if (!order.addressOk) schedule(world, world.clock + 120, 'urge_check', order.id, 3);
}

/** Unpaid orders close after the platform's timeout. */
export function unpaidTimeout(world: World, order: Order): void {
  if (order.state !== 'created') return;
  moveOrder(order, 'TIMEOUT');
  emit(world, { type: 'order_abandoned', role: 'customer', order: order.id, sku: order.sku });
}

/** Buyer follow-ups while waiting: 催发货 (n=1), where-is-my-parcel (n=2), wrong address (n=3). */
export function customerCheck(world: World, order: Order, n: number): void {
  if (world.customers[order.customer]?.seat) return;
  if (n === 1 && NOT_SHIPPED.has(order.state)) {
    upset(world, order.customer, 0.05);
    openTicket(world, order.customer, 'urge', { order: order.id, sku: order.sku });
  } else if (n === 2 && (order.state === 'in_transit' || order.state === 'lost')) {
    upset(world, order.customer, 0.05);
    openTicket(world, order.customer, 'wismo', { order: order.id, sku: order.sku });
    if (order.state === 'lost') {
      // The courier confirms the loss and the buyer is refunded on the courier's claim.
      moveOrder(order, 'REFUND');
      refund(world, order, order.amount, 'lost');
    }
  } else if (n === 3 && !order.addressOk && NOT_SHIPPED.has(order.state)) {
    openTicket(world, order.customer, 'address', { order: order.id, sku: order.sku });
  }
}

/** The ship-by promise falls due: a late order costs compensation and goodwill. */
export function shipByDue(world: World, order: Order): void {
  // Already shipped once (this is a replacement on its way): the promise was kept or counted.
  if (!NOT_SHIPPED.has(order.state) || order.shipCounted) return;
  order.late = true;
  order.shipCounted = true;
  world.kpi.dueOrders++;
  emit(world, { type: 'ship_late', role: 'warehouse', order: order.id, sku: order.sku });
  payCompensation(world, order, lateShipmentCompensation(world, order), 'system', 'late');
  upset(world, order.customer, 0.2);
  if (chance(world.rng, 0.2) && orderCan(order, 'CANCEL')) cancelOrder(world, order, 'late');
  else if (chance(world.rng, 0.5))
    openTicket(world, order.customer, 'urge', { order: order.id, sku: order.sku });
}

/** States in which the goods are off the shelf: a cancel puts them back. */
const PICKED_UP_TO_DOCK: ReadonlySet<Order['state']> = new Set([
  'picked',
  'packed',
  'labelled',
  'handed_over',
]);

/** Cancels an order that has not left the warehouse, refunding what was paid. */
export function cancelOrder(world: World, order: Order, detail: string): void {
  const wasPaid = order.state !== 'created';
  const picked = PICKED_UP_TO_DOCK.has(order.state);
  moveOrder(order, 'CANCEL');
  dequeuePick(world, order.id);
  const { picked: p, packed, labelled, dock } = world.queues;
  for (const q of [p, packed, labelled, dock]) dequeue(q, order.id);
  if (wasPaid) {
    if (picked) restockGoods(world, order);
    else releaseCommitment(world, order);
    refund(world, order, order.amount, detail);
  }
  emit(world, {
    type: 'order_cancelled',
    role: 'customer',
    order: order.id,
    sku: order.sku,
    detail,
  });
}

/** After a pre-sale or bargaining chat the visitor decides whether to buy. */
export function presaleDecide(world: World, customerId: string): void {
  const c = world.customers[customerId];
  // A person (or the buyer bot) playing this customer decides for themselves.
  if (!c?.pendingSku || c.seat) return;
  const sku = world.skus[c.pendingSku];
  delete c.pendingSku;
  if (!sku || sku.sellable <= 0) return;
  const ticket = c.ticket ? world.tickets[c.ticket] : undefined;
  const answered = ticket?.solved === true;
  const script = c.scripted !== undefined ? world.scenario.demand.scripted[c.scripted] : undefined;
  if (script) {
    // A scripted customer came to buy; the chat only decides how they feel about it.
    if (!answered) upset(world, c.id, 0.2);
    world.kpi.cartVisitors++;
    const order = placeOrder(world, c, sku, script.qty, false);
    schedule(world, world.clock + 30, 'pay', order.id);
    return;
  }
  const hasCoupon = Object.values(world.coupons).some((cp) => cp.customer === customerId);
  const persona = personaOf(world, c);
  const base = answered
    ? world.scenario.demand.funnel.presaleBuyRate * (hasCoupon ? 1.3 : 1)
    : 0.06;
  if (
    !chance(
      world.rng,
      Math.min(
        0.95,
        // Answered or not, the buyer still reads the price, the detail page and the photos.
        base * Math.sqrt(priceFactor(world, sku, persona) * listingFactor(sku)) * reputation(world),
      ),
    )
  )
    return;
  world.kpi.cartVisitors++;
  placeOrder(world, c, sku, 1);
}
