import { pickIndex, type PickEntry } from '../warehouse/pick-index';
import type { World } from '../world';
import type { PickRow } from './warehouse';

/** One SKU on the pick list: how many orders wait, and where in the queue its first ones stand. */
export interface PickSkuView {
  sku: string;
  waiting: number;
  stockouts: number;
  /** Queue ranks (comparable between SKUs, smaller is nearer the front, not array positions). */
  firstRank: number;
  /** Of its first order that is not a stock-out; undefined when all are. */
  firstOkRank?: number;
  /** Of its first stock-out order; undefined when none. */
  firstStockoutRank?: number;
}

/** Which of a SKU's waiting orders to list, and how. */
export interface PickRowsQuery {
  /** `ship_by`: most urgent promise first (queue order among equals); `queue`: queue order. */
  order: 'ship_by' | 'queue';
  limit: number;
  skipStockouts?: boolean;
  /** Order ids to leave out (say, ones already tried this turn). */
  skip?: ReadonlySet<string>;
}

/** SKUs with orders waiting to be picked; costs the number of SKUs, not of orders. */
export function pickSkus(world: World): PickSkuView[] {
  const out: PickSkuView[] = [];
  for (const [sku, s] of pickIndex(world)) {
    const first = s.byRank[0];
    if (!first) continue;
    out.push({
      sku,
      waiting: s.byRank.length,
      stockouts: s.stockouts.length,
      firstRank: first.rank,
      firstOkRank: s.byRank.find((e) => !e.stockout)?.rank,
      firstStockoutRank: s.stockouts[0]?.rank,
    });
  }
  return out;
}

function row(world: World, sku: string, e: PickEntry): PickRow {
  const o = world.orders[e.id];
  return { id: e.id, sku, qty: o?.qty ?? 0, shipBy: o?.shipBy, stockout: e.stockout };
}

/** The first `limit` waiting orders of one SKU that the query admits. */
export function pickRows(world: World, sku: string, q: PickRowsQuery): PickRow[] {
  const s = pickIndex(world).get(sku);
  const out: PickRow[] = [];
  if (!s) return out;
  for (const e of q.order === 'ship_by' ? s.byShipBy : s.byRank) {
    if (out.length >= q.limit) break;
    if ((q.skipStockouts && e.stockout) || q.skip?.has(e.id)) continue;
    out.push(row(world, sku, e));
  }
  return out;
}
