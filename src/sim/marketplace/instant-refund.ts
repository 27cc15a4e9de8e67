import { refund } from '../orders/money';
import { chance } from '../rng';
import type { Order, World } from '../world';

/**
 * 极速退款: when a trusted buyer posts a return, the platform refunds at once, before the
 * warehouse has seen the parcel. Platforms trust fraudsters less, not never: an empty parcel
 * refunded this way is the shop's loss, whatever inspection finds later.
 */
export function maybeInstantRefund(world: World, order: Order): void {
  const rule = world.scenario.platform.instantRefund;
  const as = order.aftersale;
  if (!rule.enabled || !as || as.type !== 'return') return;
  const trust = rule.trustedShare * (as.condition === 'empty' ? 0.5 : 1);
  if (!chance(world.rng, trust)) return;
  as.instantRefund = true;
  refund(world, order, order.amount, 'instant_refund');
}
