import type { World } from '../world';

/** One waiting order: its place in the queue (comparable, not an array index) and promise. */
export interface PickEntry {
  id: string;
  rank: number;
  shipBy: number;
  stockout: boolean;
}

/** A SKU's waiting orders, in queue order and in (ship-by, queue) order. */
export interface SkuPicks {
  byRank: PickEntry[];
  byShipBy: PickEntry[];
  /** Its stock-out orders, in queue order. */
  stockouts: PickEntry[];
}

interface PickIndex {
  head: number;
  tail: number;
  entries: Map<string, PickEntry>;
  skus: Map<string, SkuPicks>;
}

/**
 * The pick queue grouped by SKU: a derived index, never in the world's JSON (the queue itself
 * stays the plain array saves and hashes see). Built by one scan when first asked, then kept
 * current by `enqueuePick` / `dequeuePick`, the ways orders enter and leave the queue; if the
 * queue's length ever disagrees with the index (something bypassed them) it is rebuilt.
 */
const INDEX = new WeakMap<string[], PickIndex>();

const byRank = (a: PickEntry, b: PickEntry) => a.rank - b.rank;
const byShipBy = (a: PickEntry, b: PickEntry) => a.shipBy - b.shipBy || a.rank - b.rank;

/** First position in sorted `list` whose entry is not before `e`. */
function lowerBound(list: PickEntry[], e: PickEntry, cmp: typeof byRank): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (cmp(list[mid] as PickEntry, e) < 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function insert(list: PickEntry[], e: PickEntry, cmp: typeof byRank): void {
  const last = list[list.length - 1];
  // New orders mostly go to the back: no search, no copy.
  if (!last || cmp(last, e) < 0) list.push(e);
  else list.splice(lowerBound(list, e, cmp), 0, e);
}

function remove(list: PickEntry[], e: PickEntry, cmp: typeof byRank): void {
  const i = lowerBound(list, e, cmp);
  if (list[i] === e) list.splice(i, 1);
}

function add(world: World, index: PickIndex, id: string, rank: number): void {
  const o = world.orders[id];
  const e: PickEntry = { id, rank, shipBy: o?.shipBy ?? 0, stockout: !!o?.stockout };
  index.entries.set(id, e);
  const sku = o?.sku ?? '';
  let s = index.skus.get(sku);
  if (!s) index.skus.set(sku, (s = { byRank: [], byShipBy: [], stockouts: [] }));
  insert(s.byRank, e, byRank);
  insert(s.byShipBy, e, byShipBy);
  if (e.stockout) insert(s.stockouts, e, byRank);
}

function build(world: World): PickIndex {
  const queue = world.queues.pick;
  const index: PickIndex = { head: -1, tail: queue.length, entries: new Map(), skus: new Map() };
  queue.forEach((id, i) => add(world, index, id, i));
  INDEX.set(queue, index);
  return index;
}

/** The index of the world's pick queue, current with it. */
export function pickIndex(world: World): ReadonlyMap<string, Readonly<SkuPicks>> {
  const index = INDEX.get(world.queues.pick);
  const current = index && index.entries.size === world.queues.pick.length;
  return (current ? index : build(world)).skus;
}

/** Puts a paid order on the pick list: at the back, or `first` (a redo jumps the queue). */
export function enqueuePick(world: World, id: string, first = false): void {
  const queue = world.queues.pick;
  const index = INDEX.get(queue);
  const current = index && index.entries.size === queue.length;
  if (first) queue.unshift(id);
  else queue.push(id);
  if (current) add(world, index, id, first ? index.head-- : index.tail++);
}

/** Takes an order off the pick list, if it is on it. */
export function dequeuePick(world: World, id: string): void {
  const queue = world.queues.pick;
  const i = queue.indexOf(id);
  if (i < 0) return;
  queue.splice(i, 1);
  const index = INDEX.get(queue);
  const e = index?.entries.get(id);
  if (!index || !e) return;
  index.entries.delete(id);
  const o = world.orders[id];
  const s = index.skus.get(o?.sku ?? '');
  if (!s) return;
  remove(s.byRank, e, byRank);
  remove(s.byShipBy, e, byShipBy);
  if (e.stockout) remove(s.stockouts, e, byRank);
  if (s.byRank.length === 0) index.skus.delete(o?.sku ?? '');
}
