import { nextTimeOfDay } from '../engine/clock';
import { courierDelayFactor } from '../incidents/effects';
import { crewBacklog } from '../warehouse/labor';
import type { World } from '../world';
import { orderViews, type OrderView } from './orders';
import { pickRows, pickSkus, type PickRowsQuery, type PickSkuView } from './pick';

/** A paid order on the pick list. */
export interface PickRow {
  id: string;
  sku: string;
  qty: number;
  shipBy?: number;
  /** A picker found the bin empty for this order. */
  stockout: boolean;
}

/** One SKU's shelf as the warehouse system shows it. */
export interface ShelfView {
  sku: string;
  bin: string;
  stock: number;
  sellable: number;
  committed: number;
  stockoutReported: boolean;
  lastCountAt: number;
}

/** A courier's terms and schedule, with the delay the incident alert announced. */
export interface CourierView {
  id: string;
  costPerParcel: number;
  transitHours: number;
  pickups: readonly string[];
  /** Transit-time multiplier of an announced delay (1 when none). */
  announcedDelay: number;
}

/** What a 仓储 seat sees. */
export interface WarehouseObservation {
  role: 'warehouse';
  clock: number;
  /** Paid orders waiting to be picked, in queue order. */
  pickQueue(): PickRow[];
  /** SKUs with orders waiting to be picked, with counts: costs the SKUs, not the backlog. */
  pickSkus(): PickSkuView[];
  /** The first waiting orders of one SKU, most urgent or in queue order: costs `limit`. */
  pickRows(sku: string, query: PickRowsQuery): PickRow[];
  /** Order ids of an outbound work queue, in queue order. */
  queue(name: 'picked' | 'packed' | 'labelled' | 'dock'): readonly string[];
  /** Return parcels at the door or on the inspection bench. */
  returns(): OrderView[];
  shelves(): ShelfView[];
  shelf(sku: string): ShelfView | undefined;
  /** Seconds until a picker / packer is free (0 when one is free now). */
  crewBusyS(crew: 'pickers' | 'packers'): number;
  couriers(): CourierView[];
  /** The next sim time at or after `after` when the clock shows `hhmm`. */
  nextTimeOfDay(hhmm: string, after: number): number;
}

function shelfView(world: World, id: string): ShelfView | undefined {
  const s = world.skus[id];
  if (!s) return undefined;
  return {
    sku: s.id,
    bin: s.bin,
    stock: s.stock,
    sellable: s.sellable,
    committed: s.committed,
    stockoutReported: s.stockoutReported,
    lastCountAt: s.lastCountAt,
  };
}

/** The warehouse seat's view of the world. */
export function observeWarehouse(world: World): WarehouseObservation {
  return {
    role: 'warehouse',
    clock: world.clock,
    pickQueue: () => {
      const out: PickRow[] = [];
      for (const id of world.queues.pick) {
        const o = world.orders[id];
        if (o) out.push({ id, sku: o.sku, qty: o.qty, shipBy: o.shipBy, stockout: !!o.stockout });
      }
      return out;
    },
    pickSkus: () => pickSkus(world),
    pickRows: (sku, query) => pickRows(world, sku, query),
    queue: (name) => world.queues[name].slice(),
    returns: () => orderViews(world, world.queues.returns),
    shelves: () => Object.keys(world.skus).flatMap((id) => shelfView(world, id) ?? []),
    shelf: (id) => shelfView(world, id),
    crewBusyS: (crew) => crewBacklog(world, world.labor[crew]),
    couriers: () =>
      world.scenario.couriers.map((c) => ({
        id: c.id,
        costPerParcel: c.costPerParcel,
        transitHours: c.transitHours,
        pickups: c.pickups,
        announcedDelay: courierDelayFactor(world, c.id),
      })),
    nextTimeOfDay: (hhmm, after) => nextTimeOfDay(world, hhmm, after),
  };
}
