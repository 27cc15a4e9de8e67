import type { AftersaleType, Disposition, RefundDecision, ReturnReason } from '../ids';
import { schedule } from '../engine/agenda';
import { emit } from '../engine/log';
import { chance } from '../rng';
import { openTicket } from '../support/tickets';
import type { Aftersale, Order, World } from '../world';
import { upset } from '../customers/satisfaction';
import { refund, restockGoods } from './money';
import { dequeue, moveOrder } from './move';
import { maybeInstantRefund } from '../marketplace/instant-refund';
import { shipReplacement } from './resend';

const REQUEST = {
  refund_only: 'REQUEST_REFUND',
  return: 'REQUEST_RETURN',
  exchange: 'REQUEST_EXCHANGE',
} as const;

function conditionFor(world: World, reason: ReturnReason): Aftersale['condition'] {
  if (reason === 'defect') return 'defective';
  if (reason === 'fake_claim') return 'empty';
  if (reason === 'no_reason' && chance(world.rng, 0.3)) return 'used';
  return 'good';
}

/** The buyer asks for 仅退款 / 退货退款 / 换货; the seller must answer before the deadline. */
export function requestAftersale(
  world: World,
  order: Order,
  type: AftersaleType,
  reason: ReturnReason,
  incident?: string,
): void {
  moveOrder(order, REQUEST[type]);
  const deadline =
    world.clock +
    (world.scenario.policies.sellerResponseHours * 3600) / world.scenario.policies.customerPace;
  order.aftersale = {
    type,
    reason,
    requestedAt: world.clock,
    deadline,
    condition: conditionFor(world, reason),
  };
  emit(world, {
    type: 'aftersale_requested',
    role: 'customer',
    order: order.id,
    sku: order.sku,
    detail: `${type}:${reason}`,
    incident,
  });
  world.queues.aftersales.push(order.id);
  openTicket(world, order.customer, reason === 'defect' ? 'damaged' : 'aftersale', {
    order: order.id,
    sku: order.sku,
  });
  schedule(world, deadline, 'aftersale_deadline', order.id);
}

/** The seller (support) agrees: refund-only pays at once; returns wait for the parcel. */
export function approveAftersale(world: World, order: Order, auto: boolean): void {
  const as = order.aftersale;
  if (!as) return;
  moveOrder(order, 'APPROVE');
  dequeue(world.queues.aftersales, order.id);
  as.decidedAt = world.clock;
  as.approved = true;
  emit(world, {
    type: auto ? 'aftersale_auto_approved' : 'aftersale_approved',
    role: auto ? 'system' : 'support',
    order: order.id,
    sku: order.sku,
  });
  if (as.type === 'refund_only') refund(world, order, order.amount, as.reason);
  else if (!world.customers[order.customer]?.seat)
    schedule(
      world,
      world.clock + (2 * 3600) / world.scenario.policies.customerPace,
      'ship_return',
      order.id,
    );
  if (auto) upset(world, order.customer, 0.15);
}

/** The seller refuses; a buyer with a real problem is likely to call in the platform. */
export function rejectAftersale(world: World, order: Order, reason: string): void {
  const as = order.aftersale;
  if (!as) return;
  moveOrder(order, 'REJECT');
  dequeue(world.queues.aftersales, order.id);
  as.decidedAt = world.clock;
  as.approved = false;
  as.rejectReason = reason;
  emit(world, {
    type: 'aftersale_rejected',
    role: 'support',
    order: order.id,
    sku: order.sku,
    detail: reason,
  });
  afterRejection(world, order);
}

function afterRejection(world: World, order: Order): void {
  const legit = order.aftersale?.condition !== 'empty';
  upset(world, order.customer, legit ? 0.3 : 0.05);
  if (world.customers[order.customer]?.seat) return;
  // With 运费险 the postage — the usual bone of contention in a refused return — is the
  // insurer's, so fewer refused buyers take it to the platform.
  const insured = world.scenario.platform.freightInsurance.enabled ? 0.7 : 1;
  if (chance(world.rng, (legit ? 0.6 : 0.15) * insured)) openDispute(world, order);
  else moveOrder(order, 'ACCEPT');
}

/** 平台介入: the platform steps in; it rules for the buyer when the claim is genuine. */
export function openDispute(world: World, order: Order): void {
  moveOrder(order, 'DISPUTE');
  if (order.aftersale) order.aftersale.disputed = true;
  world.kpi.disputes++;
  const undoes = disputeUndoes(world, order);
  if (undoes === 'resolution') world.kpi.disputesAfterResolution++;
  else if (undoes === 'no_chat') world.kpi.disputesWithoutChat++;
  emit(world, { type: 'dispute_opened', role: 'customer', order: order.id, sku: order.sku });
  schedule(
    world,
    world.clock + (6 * 3600) / world.scenario.policies.customerPace,
    'dispute_ruling',
    order.id,
  );
}

/** The platform's ruling on a dispute. */
export function ruleDispute(world: World, order: Order): void {
  if (order.state !== 'disputed') return;
  const legit = order.aftersale?.condition !== 'empty';
  moveOrder(order, legit ? 'RULE_BUYER' : 'RULE_SELLER');
  if (legit) refund(world, order, order.amount, 'dispute');
  emit(world, {
    type: 'dispute_ruled',
    role: 'system',
    order: order.id,
    detail: legit ? 'buyer' : 'seller',
  });
}

/** Deadline passed with no answer: the platform approves for the buyer. */
export function aftersaleDeadline(world: World, order: Order): void {
  if (
    order.state === 'refund_requested' ||
    order.state === 'return_requested' ||
    order.state === 'exchange_requested'
  ) {
    approveAftersale(world, order, true);
  }
}

/** The buyer posts the return parcel back. */
export function shipReturn(world: World, order: Order): void {
  if (order.state !== 'return_approved' && order.state !== 'exchange_approved') return;
  moveOrder(order, 'SHIP_RETURN');
  const reason = order.aftersale?.reason;
  // With 运费险 the insurer pays the postage the shop would owe for faulty or wrong goods.
  if (
    (reason === 'defect' || reason === 'wrong_item') &&
    !world.scenario.platform.freightInsurance.enabled
  )
    world.kpi.fulfilment += world.scenario.policies.returnShippingCost;
  emit(world, { type: 'return_shipped', role: 'customer', order: order.id, sku: order.sku });
  maybeInstantRefund(world, order);
  const transit =
    ((world.scenario.couriers[0]?.transitHours ?? 24) * 3600) /
    world.scenario.policies.customerPace;
  schedule(world, world.clock + transit, 'return_arrive', order.id);
}

/** The return parcel reaches the warehouse and waits for inspection. */
export function returnArrives(world: World, order: Order): void {
  if (order.state !== 'return_in_transit' && order.state !== 'exchange_in_transit') return;
  if (order.aftersale) {
    order.aftersale.receivedAt = world.clock;
    order.aftersale.arrived = true;
  }
  world.queues.returns.push(order.id);
  emit(world, { type: 'return_received', role: 'warehouse', order: order.id, sku: order.sku });
}

/** Applies an inspection verdict: where the goods go and how much money goes back. */
export function applyInspection(
  world: World,
  order: Order,
  disposition: Disposition,
  decision: RefundDecision,
): void {
  const as = order.aftersale;
  if (!as || (order.state !== 'return_received' && order.state !== 'exchange_received')) return;
  dequeue(world.queues.returns, order.id);
  as.inspectedAt = world.clock;
  as.disposition = disposition;
  world.kpi.returnProcessing.sum += world.clock - (as.receivedAt ?? world.clock);
  world.kpi.returnProcessing.n++;
  if (disposition === 'restock' && as.condition !== 'empty') {
    restockGoods(world, order, 0);
    const sku = world.skus[order.sku];
    // Reselling a faulty unit sends the fault to the next buyer.
    if (sku && as.condition === 'defective') sku.defectRate = Math.min(1, sku.defectRate + 0.02);
  } else if (disposition === 'refurbish' && as.condition !== 'empty')
    restockGoods(world, order, 0.3);
  emit(world, {
    type: 'return_inspected',
    role: 'warehouse',
    order: order.id,
    sku: order.sku,
    detail: `${disposition}:${decision}`,
  });
  if (decision === 'none') {
    moveOrder(order, 'INSPECT_REFUSE');
    afterRejection(world, order);
  } else if (order.state === 'exchange_received') {
    moveOrder(order, 'INSPECT_FULL');
    order.exchanged = true;
    // The returned unit went back on the shelf above; the one sent out is a cost of its own.
    shipReplacement(world, order);
  } else if (decision === 'partial') {
    moveOrder(order, 'INSPECT_PARTIAL');
    refund(world, order, Math.round(order.amount * 50) / 100, 'partial');
    if (as.condition !== 'used') upset(world, order.customer, 0.3);
  } else {
    moveOrder(order, 'INSPECT_FULL');
    refund(world, order, order.amount, as.reason);
  }
}

/**
 * A dispute means the case was not resolved: it undoes a clean resolution of a chat about the
 * order, and counts as an unresolved case when nobody ever talked to the buyer about it.
 */
function disputeUndoes(world: World, order: Order): 'resolution' | 'no_chat' | undefined {
  let chats = 0;
  for (const t of Object.values(world.tickets)) {
    if (t.order !== order.id) continue;
    chats++;
    if (t.resolvedAt !== undefined && t.solved && !t.escalated) return 'resolution';
  }
  return chats === 0 ? 'no_chat' : undefined;
}
