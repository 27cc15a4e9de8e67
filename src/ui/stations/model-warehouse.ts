import { nextTimeOfDay } from '../../sim/engine/clock';
import { onShift } from '../../sim/warehouse/labor';
import type { Order, World } from '../../sim/world';

export interface PickGroup {
  sku: string;
  bin: string;
  stock: number;
  orders: Order[];
  units: number;
  /** The earliest ship-by of the group. */
  shipBy?: number;
}

/** Paid orders waiting to be picked, grouped by SKU (one wave per bin), most urgent first. */
export function pickList(world: World): PickGroup[] {
  const groups = new Map<string, PickGroup>();
  for (const id of world.queues.pick) {
    const o = world.orders[id];
    if (!o || o.state !== 'paid') continue;
    const sku = world.skus[o.sku];
    let g = groups.get(o.sku);
    if (!g) {
      g = { sku: o.sku, bin: sku?.bin ?? '?', stock: sku?.stock ?? 0, orders: [], units: 0 };
      groups.set(o.sku, g);
    }
    g.orders.push(o);
    g.units += o.qty;
    if (o.shipBy !== undefined && (g.shipBy === undefined || o.shipBy < g.shipBy))
      g.shipBy = o.shipBy;
  }
  for (const g of groups.values())
    g.orders.sort((a, b) => (a.shipBy ?? Infinity) - (b.shipBy ?? Infinity));
  return [...groups.values()].sort(
    (a, b) => (a.shipBy ?? Infinity) - (b.shipBy ?? Infinity) || a.sku.localeCompare(b.sku),
  );
}

/** Every bin of the shop, for the "pick from" choice (a wrong bin is a mispick). */
export function bins(world: World): { sku: string; bin: string }[] {
  return Object.values(world.skus).map((s) => ({ sku: s.id, bin: s.bin }));
}

export interface Pickup {
  courier: string;
  /** Sim time of the next truck. */
  next: number;
  /** Sim time of the day's last truck (the cut-off). */
  cutoff: number;
  /** Parcels of this courier waiting on the dock. */
  onDock: number;
}

/** When this courier's truck comes next, and the day's cut-off. */
export function nextPickup(world: World, courierId: string): Pickup | undefined {
  const c = world.scenario.couriers.find((x) => x.id === courierId);
  if (!c) return undefined;
  const times = c.pickups.map((p) => nextTimeOfDay(world, p, world.clock));
  const next = Math.min(...times);
  const last = c.pickups[c.pickups.length - 1] ?? c.pickups[0] ?? '00:00';
  const cutoff = nextTimeOfDay(world, last, world.clock);
  const onDock = world.queues.dock.filter((id) => world.orders[id]?.courier === c.id).length;
  return { courier: c.id, next, cutoff, onDock };
}

/** The orders of a work queue, in queue order. */
export function queueOrders(world: World, queue: 'picked' | 'packed' | 'labelled' | 'dock') {
  return world.queues[queue].map((id) => world.orders[id]).filter((o): o is Order => !!o);
}

/** Orders being worked on right now (picking or packing), for the progress line. */
export function inProgress(world: World): { picking: number; packing: number } {
  let picking = 0;
  let packing = 0;
  for (const o of Object.values(world.orders)) {
    if (o.state === 'picking') picking++;
    else if (o.state === 'packing') packing++;
  }
  return { picking, packing };
}

export interface ReturnRow {
  order: Order;
  /** at_door: arrived, sign for it; received: inspect it; inspecting: verdict being carried out. */
  stage: 'at_door' | 'received' | 'inspecting';
}

/** Return parcels at the warehouse: to receive, to inspect, being inspected. */
export function returnsQueue(world: World): ReturnRow[] {
  const rows: ReturnRow[] = [];
  for (const id of world.queues.returns) {
    const o = world.orders[id];
    if (!o) continue;
    if (o.state === 'return_in_transit' || o.state === 'exchange_in_transit')
      rows.push({ order: o, stage: 'at_door' });
    else if (o.state === 'return_received' || o.state === 'exchange_received')
      rows.push({ order: o, stage: o.aftersale?.verdict ? 'inspecting' : 'received' });
  }
  return rows;
}

/** The crew's shift and, when it is off, when work starts again (queued orders wait until then). */
export function shiftNow(world: World): {
  from: string;
  to: string;
  onShift: boolean;
  opens: number;
} {
  const [from, to] = world.scenario.warehouse.shift;
  const opens = onShift(world, world.clock);
  return { from, to, onShift: opens === world.clock, opens };
}

/** How many orders of at most `max` a button takes from `selected` (the command's batch limit). */
export const batchOf = (selected: readonly string[], max: number) => selected.slice(0, max);

/**
 * Orders not yet handed over whose ship-by falls before this courier's next truck: unless an
 * earlier truck of another courier takes them, they will ship late.
 */
export function lateForPickup(world: World, next: number): number {
  let n = 0;
  for (const o of Object.values(world.orders)) {
    if (o.shipBy === undefined || o.shipBy < world.clock || o.shipBy >= next) continue;
    if (['paid', 'picking', 'picked', 'packing', 'packed', 'labelled'].includes(o.state)) n++;
  }
  return n;
}
