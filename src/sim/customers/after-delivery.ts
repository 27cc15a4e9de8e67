import { schedule } from '../engine/agenda';
import { emit } from '../engine/log';
import { personaOf } from '../demand/visitor';
import { requestAftersale } from '../orders/aftersale';
import { moveOrder } from '../orders/move';
import { chance, rand } from '../rng';
import type { Order, Review, World } from '../world';
import { defectRateFor } from '../incidents/effects';
import { scheduleConfirmation, scheduleDefaultReview } from '../marketplace/confirm';
import { maybeScheduleFollowUp } from '../marketplace/follow-up';
import { SIZE_EXCHANGE_SHARE, tryOnMissRate } from './returns';

const HOUR = 3600;

/** Share of fraudulent claims made as a return with an empty parcel rather than 仅退款. */
const FRAUD_RETURN_SHARE = 0.25;

/** A parcel has arrived: the buyer checks it and keeps it or asks for after-sales. */
export function afterDelivery(world: World, order: Order): void {
  if (order.state !== 'delivered') return;
  const customer = world.customers[order.customer];
  if (customer?.seat) return;
  const persona = personaOf(world, customer);
  const sku = world.skus[order.sku];
  const scripted =
    customer?.scripted !== undefined
      ? world.scenario.demand.scripted[customer.scripted]
      : undefined;
  if (scripted) {
    if (scripted.outcome === 'keep') return scheduleConfirmation(world, order);
    const type = scripted.outcome === 'refund_only' ? 'refund_only' : scripted.outcome;
    return requestAftersale(world, order, type, scripted.reason);
  }
  if (order.pickedSku && order.pickedSku !== order.sku) {
    return requestAftersale(
      world,
      order,
      chance(world.rng, 0.7) ? 'exchange' : 'return',
      'wrong_item',
    );
  }
  if (chance(world.rng, defectRateFor(world, order))) {
    order.defective = true;
    return requestAftersale(
      world,
      order,
      chance(world.rng, 0.5) ? 'refund_only' : 'return',
      'defect',
    );
  }
  if (chance(world.rng, tryOnMissRate(world, sku))) {
    // Tried on in the first day or two; the request follows (see changeOfMind).
    order.misfit = true;
    const u = rand(world.rng);
    const at = world.clock + (HOUR + u * 2 * 24 * HOUR) / world.scenario.policies.customerPace;
    schedule(world, at, 'change_of_mind', order.id);
    return;
  }
  if (chance(world.rng, persona.fraudRate)) {
    // Most claim 仅退款 for goods that "never came"; some post an empty box back as a return,
    // the scam 极速退款 pays before anyone opens the parcel.
    const type = chance(world.rng, FRAUD_RETURN_SHARE) ? 'return' : 'refund_only';
    return requestAftersale(world, order, type, 'fake_claim');
  }
  // With 运费险 the return postage is paid by the insurer: buyers send things back more readily.
  const insured = world.scenario.platform.freightInsurance.enabled ? 1.2 : 1;
  if (chance(world.rng, Math.min(1, persona.returnRate * insured))) {
    // 7天无理由: buyers try the goods on and change their minds over the window, most of them
    // in the first days (a squared uniform leans early), not all within the hour.
    const window = Math.min(world.scenario.policies.returnWindowDays, 7) * 24 * HOUR;
    const u = rand(world.rng);
    const at = world.clock + (HOUR + u * u * 0.8 * window) / world.scenario.policies.customerPace;
    schedule(world, at, 'change_of_mind', order.id);
    return;
  }
  scheduleConfirmation(world, order);
}

/**
 * A buyer who kept the parcel a while sends it back inside the window: a misfit for its size
 * (most want their money, a few another size), anything else without a reason.
 */
export function changeOfMind(world: World, order: Order): void {
  if (order.state !== 'delivered' || order.aftersale) return;
  if (!order.misfit) return requestAftersale(world, order, 'return', 'no_reason');
  const exchange = chance(world.rng, SIZE_EXCHANGE_SHARE);
  requestAftersale(world, order, exchange ? 'exchange' : 'return', 'size');
}

/**
 * 确认收货 by the buyer, or by the platform's timer (`auto`), then perhaps a review (unhappy
 * buyers write more often; buyers who never confirmed write half as often) and, failing one,
 * the platform's default positive review later.
 */
export function confirmReceipt(world: World, order: Order, auto = false): void {
  if (order.state !== 'delivered') return;
  moveOrder(order, 'CONFIRM');
  emit(world, {
    type: 'confirmed',
    role: auto ? 'system' : 'customer',
    order: order.id,
    sku: order.sku,
  });
  const customer = world.customers[order.customer];
  if (customer?.seat) return;
  scheduleDefaultReview(world, order);
  const p =
    personaOf(world, customer).reviewRate *
    (customer && customer.satisfaction < 0.6 ? 1.6 : 1) *
    (auto ? 0.5 : 1);
  if (chance(world.rng, Math.min(1, p))) {
    schedule(
      world,
      world.clock + ((1 + rand(world.rng) * 6) * HOUR) / world.scenario.policies.customerPace,
      'review',
      order.id,
    );
  }
}

/** Stars on the three DSR axes, from what actually happened to this order. */
export function rateOrder(
  world: World,
  order: Order,
): Pick<Review, 'description' | 'service' | 'logistics'> {
  const sat = world.customers[order.customer]?.satisfaction ?? 1;
  const sku = world.skus[order.sku];
  const noise = () => (chance(world.rng, 0.15) ? -1 : 0);
  let description = 5 + noise();
  if (order.defective) description -= 3;
  if (order.pickedSku && order.pickedSku !== order.sku) description -= 3;
  if (sku && sku.listing.detail < 0.4 && chance(world.rng, 0.3)) description -= 1;
  let logistics = 5 + noise();
  if (order.late) logistics -= 2;
  if (order.delayed) logistics -= 1;
  if (order.lost) logistics -= 2;
  if (!order.addressOk) logistics -= 1;
  const service = 5 + noise() - Math.round((1 - sat) * 4);
  const clamp = (x: number) => Math.max(1, Math.min(5, x));
  return { description: clamp(description), service: clamp(service), logistics: clamp(logistics) };
}

/** Posts a review and moves the shop's DSR. */
export function postReview(world: World, review: Review): void {
  world.reviews.push(review);
  world.kpi.reviews++;
  const bad = review.stars <= 2;
  if (bad) world.kpi.badReviews++;
  const index = String(world.reviews.length - 1);
  const event = {
    type: bad ? ('bad_review_posted' as const) : ('review_posted' as const),
    role: 'customer' as const,
    order: review.order,
    sku: review.sku,
    value: review.stars,
    detail: index,
  };
  // The platform's default positive review carries no DSR scores.
  if (review.isDefault) {
    emit(world, event);
    return;
  }
  const d = world.dsr;
  d.description.sum += review.description;
  d.description.n++;
  d.service.sum += review.service;
  d.service.n++;
  d.logistics.sum += review.logistics;
  d.logistics.n++;
  emit(world, event);
}

/** The buyer writes the review scheduled at confirmation. */
export function writeReview(
  world: World,
  order: Order,
  axes = rateOrder(world, order),
  textKey?: string,
): void {
  if (order.state !== 'completed') return;
  moveOrder(order, 'REVIEW');
  const stars = Math.round((axes.description + axes.service + axes.logistics) / 3);
  order.review = world.reviews.length;
  postReview(world, {
    order: order.id,
    sku: order.sku,
    t: world.clock,
    stars,
    ...axes,
    textKey: textKey ?? reviewTextKey(order, stars),
    followedUp: false,
  });
  maybeScheduleFollowUp(world, order);
}

/** 默认好评: the buyer wrote nothing within the platform's window after confirmation. */
export function defaultReview(world: World, order: Order): void {
  if (order.state !== 'completed') return;
  moveOrder(order, 'REVIEW');
  order.review = world.reviews.length;
  postReview(world, {
    order: order.id,
    sku: order.sku,
    t: world.clock,
    stars: 5,
    description: 5,
    service: 5,
    logistics: 5,
    textKey: 'review.default',
    followedUp: false,
    isDefault: true,
  });
}

function reviewTextKey(order: Order, stars: number): string {
  if (stars >= 4) return 'review.good';
  if (order.defective) return 'review.defect';
  if (order.pickedSku && order.pickedSku !== order.sku) return 'review.wrong_item';
  if (order.late || order.delayed) return 'review.slow';
  return 'review.poor_service';
}
