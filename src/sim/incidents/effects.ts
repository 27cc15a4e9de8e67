import type { Order, World } from '../world';

/** Fault rate of the goods in this order: the SKU's own, raised by a live quality wave. */
export function defectRateFor(world: World, order: Order): number {
  let rate = world.skus[order.sku]?.defectRate ?? 0;
  for (const inc of Object.values(world.incidents)) {
    if (inc.kind !== 'quality_complaint_wave' || inc.sku !== order.sku) continue;
    // The bad batch is whatever shipped in the week before the complaints, or while they last.
    const shipped = order.shippedAt ?? world.clock;
    if (shipped >= inc.start - 7 * 86_400 && shipped <= inc.end)
      rate = Math.max(rate, inc.defectRate ?? rate);
  }
  return rate;
}

/** Multiplier on a courier's transit time from live weather / strike delays. */
export function courierDelayFactor(world: World, courierId: string): number {
  let f = 1;
  for (const inc of Object.values(world.incidents)) {
    if (inc.active && inc.kind === 'courier_delay' && inc.courier === courierId)
      f *= inc.factor ?? 1;
  }
  return f;
}

/** Extra supplier lead time in hours from a live supplier delay. */
export function supplierExtraHours(world: World): number {
  let h = 0;
  for (const inc of Object.values(world.incidents)) {
    if (inc.active && inc.kind === 'supplier_delay') h += inc.extraHours ?? 0;
  }
  return h;
}
