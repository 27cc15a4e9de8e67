import { schedule } from '../engine/agenda';
import { nextTimeOfDay } from '../engine/clock';
import { emit } from '../engine/log';
import { courierDelayFactor } from '../incidents/effects';
import { moveOrder } from '../orders/move';
import { chance, rand } from '../rng';
import type { Order, World } from '../world';

const HOUR = 3600;

/**
 * The courier's truck arrives: every parcel on the dock for this courier leaves now (揽收).
 * A parcel handed over after the truck left waits for the next pick-up, maybe tomorrow.
 */
export function courierPickup(world: World, courierId: string): void {
  const courier = world.scenario.couriers.find((c) => c.id === courierId);
  if (!courier) return;
  const delay = courierDelayFactor(world, courierId);
  // One pass splits the dock into this truck's parcels and the rest, which keep their order
  // (nothing below reads the dock, so taking them off first is the same as one by one).
  const dock = world.queues.dock;
  const leaving: string[] = [];
  let kept = 0;
  for (const id of dock) {
    if (world.orders[id]?.courier === courierId) leaving.push(id);
    else dock[kept++] = id;
  }
  dock.length = kept;
  for (const id of leaving) {
    const order = world.orders[id];
    if (!order) continue;
    moveOrder(order, 'COLLECT');
    order.shippedAt = world.clock;
    // Each order counts once against its promise: a replacement or re-shipped parcel does not.
    if (!order.shipCounted) {
      order.shipCounted = true;
      world.kpi.dueOrders++;
      if (order.shipBy === undefined || world.clock <= order.shipBy) world.kpi.onTimeOrders++;
    }
    world.kpi.fulfilment += courier.costPerParcel;
    const normal = (courier.transitHours * HOUR) / world.scenario.policies.customerPace;
    const actual =
      normal * delay * (0.85 + 0.3 * rand(world.rng)) + (order.addressOk ? 0 : 24 * HOUR);
    order.etaAt = world.clock + actual;
    if (actual > normal * 1.3) {
      order.delayed = true;
      emit(world, { type: 'courier_delayed', role: 'system', order: id, detail: courierId });
      // Buyers notice at different moments: some check the tracking early, some late.
      schedule(world, world.clock + normal * (1.05 + 0.4 * rand(world.rng)), 'urge_check', id, 2);
    }
    schedule(world, order.etaAt, 'deliver', id);
    emit(world, {
      type: 'shipped',
      role: 'warehouse',
      order: id,
      sku: order.sku,
      detail: courierId,
    });
  }
  const next = Math.min(...courier.pickups.map((p) => nextTimeOfDay(world, p, world.clock + 1)));
  schedule(world, next, 'courier_pickup', courierId);
}

/** The parcel reaches the buyer, or the courier loses it. */
export function deliver(world: World, order: Order): void {
  if (order.state !== 'in_transit') return;
  const courier = world.scenario.couriers.find((c) => c.id === order.courier);
  if (chance(world.rng, courier?.lossRate ?? 0)) {
    moveOrder(order, 'LOSE');
    order.lost = true;
    emit(world, { type: 'parcel_lost', role: 'system', order: order.id, detail: order.courier });
    schedule(
      world,
      world.clock + (12 * HOUR) / world.scenario.policies.customerPace,
      'urge_check',
      order.id,
      2,
    );
    return;
  }
  moveOrder(order, 'DELIVER');
  order.deliveredAt = world.clock;
  emit(world, { type: 'delivered', role: 'customer', order: order.id, sku: order.sku });
  schedule(
    world,
    world.clock + HOUR / world.scenario.policies.customerPace,
    'after_delivery',
    order.id,
  );
}
