import { emit } from '../engine/log';
import { enqueuePick } from './pick-index';
import { applyInspection } from '../orders/aftersale';
import { moveOrder } from '../orders/move';
import type { Order, World } from '../world';

/** A picker comes back from the shelves; no stock on the shelf means a stock-out. */
export function pickDone(world: World, order: Order): void {
  if (order.state !== 'picking') return;
  const want = order.pickedSku ?? order.sku;
  const shelf = world.skus[want];
  if (!shelf || shelf.stock < order.qty) {
    moveOrder(order, 'STOCKOUT');
    order.pickedSku = undefined;
    // One stock-out per order: trying the empty bin again is not a new stock-out.
    if (!order.stockout) {
      world.kpi.stockouts++;
      world.kpi.skuStockouts[order.sku] = (world.kpi.skuStockouts[order.sku] ?? 0) + 1;
    }
    order.stockout = true;
    enqueuePick(world, order.id);
    emit(world, { type: 'stockout', role: 'warehouse', order: order.id, sku: order.sku });
    return;
  }
  shelf.stock -= order.qty;
  const own = world.skus[order.sku];
  if (own) own.committed = Math.max(0, own.committed - order.qty);
  if (own && shelf !== own) {
    // A wrong pick frees the reserved unit of the right SKU and takes one of the wrong SKU.
    own.sellable += order.qty;
    shelf.sellable = Math.max(0, shelf.sellable - order.qty);
  }
  world.kpi.picks++;
  if (want === order.sku) world.kpi.correctPicks++;
  else emit(world, { type: 'mispick', role: 'warehouse', order: order.id, sku: want });
  moveOrder(order, 'PICKED');
  world.queues.picked.push(order.id);
  emit(world, { type: 'picked', role: 'warehouse', order: order.id, sku: order.sku });
}

/** A packer finishes; the 复核 scan check sends a wrong item back to be picked again. */
export function packDone(world: World, order: Order): void {
  if (order.state !== 'packing') return;
  if (order.verified && order.pickedSku && order.pickedSku !== order.sku) {
    const wrong = world.skus[order.pickedSku];
    if (wrong) {
      wrong.stock += order.qty;
      wrong.sellable += order.qty;
    }
    const own = world.skus[order.sku];
    if (own) {
      own.committed += order.qty;
      own.sellable = Math.max(0, own.sellable - order.qty);
    }
    order.pickedSku = undefined;
    moveOrder(order, 'MISPICK_CAUGHT');
    enqueuePick(world, order.id, true);
    emit(world, { type: 'mispick_caught', role: 'warehouse', order: order.id, sku: order.sku });
    return;
  }
  moveOrder(order, 'PACKED');
  // The box and filler are used now, whether or not the parcel leaves today.
  world.kpi.fulfilment += world.scenario.policies.packagingCost;
  world.queues.packed.push(order.id);
  emit(world, { type: 'packed', role: 'warehouse', order: order.id, sku: order.sku });
}

/** An inspector finishes a returned parcel: it is open for a verdict, or the verdict is carried out. */
export function inspectDone(world: World, order: Order): void {
  const as = order.aftersale;
  if (as?.examining) {
    as.examining = false;
    as.examinedAt = world.clock;
    return;
  }
  const verdict = as?.verdict;
  if (!verdict) return;
  applyInspection(world, order, verdict.disposition, verdict.decision);
}

/** The supplier's delivery arrives on the shelves. */
export function restockArrives(world: World, skuId: string, qty: number): void {
  const sku = world.skus[skuId];
  if (!sku) return;
  sku.stock += qty;
  sku.sellable += qty;
  sku.stockoutReported = false;
  emit(world, { type: 'restock_arrived', role: 'ops', sku: skuId, value: qty });
}
