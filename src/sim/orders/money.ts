import { AD_CHANNELS, type AdChannel, type Channel } from '../ids';
import { emit } from '../engine/log';
import type { Order, World } from '../world';
import { cheer, repurchaseBase } from '../customers/satisfaction';

const isAd = (c: Channel): c is AdChannel => (AD_CHANNELS as readonly string[]).includes(c);

/** Books a payment: GMV, funnel counters, stock commitment and the oversell check. */
export function bookPayment(world: World, order: Order): void {
  const k = world.kpi;
  const sku = world.skus[order.sku];
  const customer = world.customers[order.customer];
  if (!sku || !customer) return;
  order.paidAt = world.clock;
  order.shipBy = world.clock + world.scenario.policies.shipByHours * 3600;
  k.paidOrders++;
  k.gmv += order.amount;
  k.skuGmv[order.sku] = (k.skuGmv[order.sku] ?? 0) + order.amount;
  k.cogsKept += sku.cost * order.qty;
  // 运费险 / 退货宝 is bought per paid order.
  const insurance = world.scenario.platform.freightInsurance;
  if (insurance.enabled) k.fulfilment += insurance.premium;
  if (isAd(order.channel)) k.adGmv += order.amount;
  if (!customer.paid) {
    customer.paid = true;
    k.payingBuyers++;
    k.repurchaseSum += repurchaseBase(world, customer.persona) * customer.satisfaction;
    k.skuPaid[order.sku] = (k.skuPaid[order.sku] ?? 0) + 1;
    if (customer.inquired) k.inquirersPaid++;
  }
  const available = sku.stock - sku.committed;
  if (available < order.qty) {
    order.oversold = true;
    k.oversold++;
    emit(world, { type: 'order_oversold', role: 'system', order: order.id, sku: sku.id });
  }
  sku.committed += order.qty;
  if (!syncLagged(world, sku.id)) sku.sellable = Math.max(0, sku.sellable - order.qty);
  emit(world, {
    type: 'order_paid',
    role: 'customer',
    order: order.id,
    sku: sku.id,
    value: order.amount,
  });
}

/** During an oversell sync-lag incident the storefront keeps showing the old stock. */
export function syncLagged(world: World, skuId: string): boolean {
  for (const inc of Object.values(world.incidents)) {
    if (inc.active && inc.kind === 'oversell' && inc.mode === 'sync_lag' && inc.sku === skuId)
      return true;
  }
  return false;
}

/** Pays money back to the buyer; counts the order as refunded once. */
export function refund(world: World, order: Order, amount: number, detail: string): void {
  const due = Math.max(0, Math.min(amount, order.amount - order.refunded));
  if (due <= 0) return;
  if (order.refunded === 0) world.kpi.refundedOrders++;
  order.refunded += due;
  world.kpi.refundAmount += due;
  emit(world, {
    type: 'refunded',
    role: 'system',
    order: order.id,
    sku: order.sku,
    value: due,
    detail,
  });
}

/** Releases the stock of an order that will never ship (cancelled before picking). */
export function releaseCommitment(world: World, order: Order): void {
  const sku = world.skus[order.sku];
  if (!sku) return;
  sku.committed = Math.max(0, sku.committed - order.qty);
  sku.sellable += order.qty;
  world.kpi.cogsKept -= sku.cost * order.qty;
}

/**
 * Returns goods to the shelf they were taken from (the wrong SKU's, after a mispick): a
 * cancelled picked order or a returned parcel. `valueLost` is the share written off
 * (refurbished goods sell for less).
 */
export function restockGoods(world: World, order: Order, valueLost = 0): void {
  const shelf = world.skus[order.pickedSku ?? order.sku];
  const own = world.skus[order.sku];
  if (!shelf || !own) return;
  shelf.stock += order.qty;
  shelf.sellable += order.qty;
  world.kpi.cogsKept -= own.cost * order.qty * (1 - valueLost);
}

/** Compensation to a buyer (late shipment, goodwill): a cost, and it cheers them up. */
export function payCompensation(
  world: World,
  order: Order,
  amount: number,
  role: 'support' | 'system',
  detail?: 'late' | 'price_protection',
): void {
  if (amount <= 0) return;
  order.compensation += amount;
  world.kpi.couponCost += amount;
  cheer(world, order.customer, Math.min(0.15, amount / 100));
  emit(world, {
    type: 'compensation_paid',
    role,
    order: order.id,
    value: amount,
    ...(detail ? { detail } : {}),
  });
}
