import { schedule } from '../engine/agenda';
import { unitPrice } from '../demand/factors';
import { payCompensation } from '../orders/money';
import { chance, rand } from '../rng';
import type { AgendaItem, Order, World } from '../world';

const HOUR = 3600;
const DAY = 24 * HOUR;

/** A mistyped price is an incident, not a price cut: platforms refuse 价保 claims on it. */
function mistakeLive(world: World, sku: string): boolean {
  return Object.values(world.incidents).some(
    (i) => i.active && i.kind === 'price_mistake' && i.sku === sku,
  );
}

/**
 * 价保: called once a sim-minute. When a SKU's price falls below what it was, buyers who paid
 * more within `priceProtectionDays` claim the difference (some of them, a few hours later).
 * The price is remembered per SKU, so a cut is noticed once.
 */
export function watchPrices(world: World): void {
  const days = world.scenario.platform.priceProtectionDays;
  for (const sku of Object.values(world.skus)) {
    const now = unitPrice(world, sku);
    const before = sku.watchedPrice ?? now;
    sku.watchedPrice = now;
    if (days <= 0 || now >= before || mistakeLive(world, sku.id)) continue;
    for (const order of Object.values(world.orders)) {
      if (order.sku !== sku.id || order.paidAt === undefined || order.refunded > 0) continue;
      if (world.clock - order.paidAt > days * DAY || order.amount / order.qty <= now) continue;
      if (!chance(world.rng, world.scenario.platform.priceProtectionClaimRate)) continue;
      const wait = ((0.5 + rand(world.rng) * 11.5) * HOUR) / world.scenario.policies.customerPace;
      schedule(world, world.clock + wait, 'price_protect', order.id, Math.round(now * 100));
    }
  }
}

/** Pays a 价保 claim: the difference between what the buyer paid and the lower price. */
export function payPriceProtection(world: World, order: Order, item: AgendaItem): void {
  if (order.refunded > 0 || item.n === undefined) return;
  const paid = order.priceProtected ?? 0;
  const diff = order.amount - paid - (item.n / 100) * order.qty;
  if (diff <= 0) return;
  const due = Math.round(diff * 100) / 100;
  order.priceProtected = paid + due;
  payCompensation(world, order, due, 'system', 'price_protection');
}
