import type { Order, World } from '../world';

/**
 * What the platform makes the shop pay for one late shipment: a share of the order's amount
 * within a floor and a cap (Taobao: 5%, at least ¥5, at most ¥30), in whole cents.
 */
export function lateShipmentCompensation(world: World, order: Order): number {
  const { share, min, max } = world.scenario.platform.lateShipCompensation;
  const due = Math.min(max, Math.max(min, share * order.amount));
  return Math.round(due * 100) / 100;
}
