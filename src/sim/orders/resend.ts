import { emit } from '../engine/log';
import type { ClaimStatement } from './claim-evidence';
import { cheer } from '../customers/satisfaction';
import { enqueuePick } from '../warehouse/pick-index';
import type { Order, World } from '../world';
import { dequeue, moveOrder } from './move';

/**
 * A replacement unit for this order goes through the warehouse like any paid order: it is
 * reserved on the shelf, picked, packed and shipped (fulfilment is booked there), and its cost
 * of goods is booked now — the shop gives away a second unit for one payment.
 */
export function shipReplacement(world: World, order: Order): void {
  order.pickedSku = undefined;
  enqueuePick(world, order.id);
  const sku = world.skus[order.sku];
  if (!sku) return;
  sku.committed += order.qty;
  sku.sellable = Math.max(0, sku.sellable - order.qty);
  world.kpi.cogsKept += sku.cost * order.qty;
}

/**
 * 补发: instead of paying a 仅退款 or taking a return, the seller sends a new unit for one
 * that came faulty or never came. No money goes back and nothing is returned; the buyer gets
 * what they paid for (glad of it when the claim was genuine). A fraudulent claim settled this
 * way hands the claimant a free unit: the cost shows only in the margin.
 */
export function resendItem(world: World, order: Order): void {
  const as = order.aftersale;
  moveOrder(order, 'RESEND');
  dequeue(world.queues.aftersales, order.id);
  if (as) {
    as.decidedAt = world.clock;
    as.approved = true;
  }
  order.resent = true;
  // The new unit is not the faulty one; its own delivery decides how the buyer rates it.
  order.defective = false;
  shipReplacement(world, order);
  if (as?.condition !== 'empty') cheer(world, order.customer, 0.1);
  emit(world, { type: 'item_resent', role: 'support', order: order.id, sku: order.sku });
}

/**
 * What a resend can settle, by what the buyer says: goods that came faulty, wrong or not at
 * all. A buyer who wants their money back (a size that does not fit, a change of mind) is not
 * helped by a second unit.
 */
export const RESENDABLE: readonly ClaimStatement[] = [
  'defect',
  'wrong_item',
  'not_received',
  'empty_parcel',
];

/** Whether 补发 would settle this order's claim: it says the goods failed, and a unit is free. */
export function resendable(world: World, order: Order, statement: ClaimStatement): boolean {
  const sku = world.skus[order.sku];
  return (
    RESENDABLE.includes(statement) &&
    (order.state === 'refund_requested' || order.state === 'return_requested') &&
    !!sku &&
    sku.stock - sku.committed >= order.qty
  );
}

/** What a resend costs the shop: the unit at cost, packaging and the cheapest courier. */
export function resendCost(world: World, order: Order): number {
  const sku = world.skus[order.sku];
  const courier = Math.min(...world.scenario.couriers.map((c) => c.costPerParcel));
  const cost = (sku?.cost ?? 0) * order.qty + world.scenario.policies.packagingCost + courier;
  return Math.round(cost * 100) / 100;
}
