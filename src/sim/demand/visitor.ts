import type { PersonaDef } from '../../scenario/schema';
import type { Channel } from '../ids';
import { schedule } from '../engine/agenda';
import { emit, nextId } from '../engine/log';
import { chance, pickWeighted, rand } from '../rng';
import { addOrder } from '../orders/by-customer';
import { openTicket } from '../support/tickets';
import type { Customer, Order, SkuState, World } from '../world';
import {
  listingFactor,
  priceFactor,
  reputation,
  skuAttraction,
  systemDown,
  unitPrice,
} from './factors';

/** Creates a customer record: only visitors who chat or order become one. */
export function newCustomer(world: World, persona: string, channel: Channel): Customer {
  const c: Customer = {
    id: nextId(world, 'c'),
    persona,
    channel,
    satisfaction: 1,
    paid: false,
    inquired: false,
  };
  world.customers[c.id] = c;
  return c;
}

/** The persona definition of a customer. */
export function personaOf(world: World, customer: Customer | undefined): PersonaDef {
  const ps = world.scenario.demand.personas;
  return ps.find((p) => p.id === customer?.persona) ?? (ps[0] as PersonaDef);
}

/** One visitor lands on the storefront from `channel` and walks the funnel. */
export function visit(world: World, channel: Channel): void {
  const k = world.kpi;
  k.uv++;
  const ps = world.scenario.demand.personas;
  const persona = ps[
    pickWeighted(
      world.rng,
      ps.map((p) => p.share),
    )
  ] as PersonaDef;
  const skus = Object.values(world.skus);
  const sku = skus[pickWeighted(world.rng, skus.map(skuAttraction))] as SkuState;
  k.skuUv[sku.id] = (k.skuUv[sku.id] ?? 0) + 1;
  if (sku.sellable <= 0) return;
  const sizeDoubt = sku.sized ? 1.6 - sku.listing.size_chart : 1;
  const pInquire = persona.inquiryRate * sizeDoubt * (1.3 - 0.6 * sku.listing.detail);
  if (!systemDown(world, 'chat') && chance(world.rng, pInquire)) {
    startChat(world, persona, channel, sku, 'presale');
    return;
  }
  if (!systemDown(world, 'chat') && chance(world.rng, persona.bargainRate)) {
    startChat(world, persona, channel, sku, 'bargain');
    return;
  }
  const f = world.scenario.demand.funnel;
  const pCart =
    f.addToCart * priceFactor(world, sku, persona) * listingFactor(sku) * reputation(world);
  if (!chance(world.rng, Math.min(0.95, pCart))) return;
  k.cartVisitors++;
  const qty = chooseQty(world, sku);
  const basket = unitPrice(world, sku) * qty;
  if (!chance(world.rng, checkoutChance(world, persona, basket))) return;
  const customer = newCustomer(world, persona.id, channel);
  placeOrder(world, customer, sku, qty);
}

function startChat(
  world: World,
  persona: PersonaDef,
  channel: Channel,
  sku: SkuState,
  topic: 'presale' | 'bargain',
): void {
  const customer = newCustomer(world, persona.id, channel);
  customer.inquired = true;
  customer.pendingSku = sku.id;
  world.kpi.inquirers++;
  emit(world, {
    type: 'visitor_inquired',
    role: 'customer',
    customer: customer.id,
    sku: sku.id,
    detail: topic,
  });
  openTicket(world, customer.id, topic, { sku: sku.id });
}

/**
 * Checkout: a shop coupon or 满减 pulls price-sensitive buyers over the line, but only when it
 * applies to their basket — a coupon nobody's basket reaches moves nobody.
 */
export function checkoutChance(world: World, persona: PersonaDef, basket: number): number {
  if (systemDown(world, 'checkout')) return 0;
  const hasDeal = Object.values(world.coupons).some(
    (c) => !c.customer && c.remaining > 0 && basket >= (c.threshold ?? c.minSpend),
  );
  // The 运费险 badge reassures a little: returns cost the buyer nothing.
  const insured = world.scenario.platform.freightInsurance.enabled ? 1.03 : 1;
  return Math.min(
    0.98,
    world.scenario.demand.funnel.checkout *
      (hasDeal ? 1 + 0.2 * persona.priceSensitivity : 1) *
      insured,
  );
}

/** A 满减 threshold just above one unit's price tempts buyers to take two. */
function chooseQty(world: World, sku: SkuState): number {
  const unit = unitPrice(world, sku);
  for (const c of Object.values(world.coupons)) {
    if (
      !c.customer &&
      c.threshold &&
      c.remaining > 0 &&
      c.threshold > unit &&
      c.threshold <= unit * 2
    ) {
      return chance(world.rng, 0.35) ? 2 : 1;
    }
  }
  return 1;
}

/** Best coupon a buyer can use on `amount`: their own first, then shop-wide ones. */
function bestCoupon(
  world: World,
  customerId: string,
  amount: number,
): { id: string; off: number } | undefined {
  let best: { id: string; off: number } | undefined;
  for (const c of Object.values(world.coupons)) {
    if (c.remaining <= 0 || (c.customer && c.customer !== customerId)) continue;
    const min = c.threshold ?? c.minSpend;
    if (amount < min) continue;
    if (!best || c.amount > best.off) best = { id: c.id, off: c.amount };
  }
  return best;
}

/** Creates an unpaid order; payment (or abandonment) follows on the agenda. */
export function placeOrder(
  world: World,
  customer: Customer,
  sku: SkuState,
  qty: number,
  autoPay = true,
): Order {
  const unit = unitPrice(world, sku);
  const gross = unit * qty;
  const coupon = bestCoupon(world, customer.id, gross);
  const amount = Math.round(Math.max(0.01, gross - (coupon?.off ?? 0)) * 100) / 100;
  const order: Order = {
    id: nextId(world, 'o'),
    customer: customer.id,
    sku: sku.id,
    qty,
    unitPrice: unit,
    discount: Math.round((sku.listPrice * qty - amount) * 100) / 100,
    amount,
    channel: customer.channel,
    state: 'created',
    createdAt: world.clock,
    addressOk: !chance(world.rng, personaOf(world, customer).addressTypoRate),
    refunded: 0,
    compensation: 0,
  };
  if (coupon) {
    order.coupon = coupon.id;
    const c = world.coupons[coupon.id];
    // The discount is already out of GMV, so it is not booked again as a cost.
    if (c) c.remaining--;
  }
  if (customer.inquired) order.fromPresale = true;
  addOrder(world, order);
  customer.order = order.id;
  emit(world, {
    type: 'order_created',
    role: 'customer',
    order: order.id,
    sku: sku.id,
    customer: customer.id,
    value: amount,
  });
  if (autoPay) {
    const pays = chance(world.rng, world.scenario.demand.funnel.pay);
    if (pays) schedule(world, world.clock + 20 + rand(world.rng) * 160, 'pay', order.id);
  }
  schedule(
    world,
    world.clock + world.scenario.policies.unpaidTimeoutMin * 60,
    'unpaid_timeout',
    order.id,
  );
  return order;
}
