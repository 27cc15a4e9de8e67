import type { SimEvent } from '../events';
import type { World } from '../world';
import { eventsOf, msg, ranked, SOP_COMMANDS, type Analyser } from './evidence';
import { finding, skuList } from './finding';
import type { ReviewParam } from './types';

const time = (t: number | undefined): ReviewParam =>
  t === undefined ? { type: 'msg', msg: msg('evidence.not_done') } : { type: 'time', t };

const firstT = (world: World, type: 'stock_reported' | 'restock_ordered', sku: string) =>
  world.log.find((e) => e.type === type && e.sku === sku && e.detail !== 'count')?.t;

/**
 * The first stock-out of each order and SKU: a pick retried every turn against an empty shelf
 * is one order held up, not thousands of events.
 */
function firstPerOrder(events: readonly SimEvent[]): SimEvent[] {
  const seen = new Set<string>();
  return events.filter((e) => {
    const key = `${e.order ?? e.t}\u0000${e.sku ?? ''}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Picks that found an empty shelf, with each SKU's stock-out / report / restock timeline. */
export const stockoutHold: Analyser = ({ world, result }) => {
  const outs = firstPerOrder(eventsOf(world, ['stockout'], result.sku));
  if (outs.length === 0) return [];
  const skus = ranked(outs.map((e) => e.sku ?? ''))
    .map((r) => r.id)
    .filter((id) => id !== '');
  const evidence = skus.slice(0, 3).map((sku) =>
    msg('evidence.stock_timeline', {
      sku: { type: 'sku', sku },
      first: time(outs.find((e) => e.sku === sku)?.t),
      reported: time(firstT(world, 'stock_reported', sku)),
      restocked: time(firstT(world, 'restock_ordered', sku)),
    }),
  );
  const unreported = skus.some((sku) => firstT(world, 'stock_reported', sku) === undefined);
  return [
    finding(world, {
      kind: 'stockout_hold',
      sopCommands: SOP_COMMANDS.stock,
      key: 'cause.stockout_hold',
      params: { skus: skuList(skus) },
      times: outs.map((e) => e.t),
      refs: outs.map((e) => e.order),
      skus,
      refsKey: 'evidence.orders',
      ownerRole: unreported ? 'warehouse' : 'ops',
      incidentKinds: ['oversell', 'supplier_delay', 'traffic_surge'],
      sopRoles: ['warehouse', 'ops'],
      evidence,
      fix: unreported
        ? msg('fix.report_stockout')
        : msg('fix.reorder_early', { skus: skuList(skus) }),
    }),
  ];
};

/** SKUs whose first stock-out came before any restock order. */
export const lateRestock: Analyser = ({ world, result }) => {
  const outs = eventsOf(world, ['stockout'], result.sku);
  const firstOut = new Map<string, number>();
  for (const e of outs) if (e.sku && !firstOut.has(e.sku)) firstOut.set(e.sku, e.t);
  const late = [...firstOut]
    .filter(([sku, t]) => {
      const ordered = firstT(world, 'restock_ordered', sku);
      return ordered === undefined || ordered > t;
    })
    .sort((a, b) => a[1] - b[1] || (a[0] < b[0] ? -1 : 1));
  if (late.length === 0) return [];
  const skus = late.map(([sku]) => sku);
  return [
    finding(world, {
      kind: 'no_restock',
      sopCommands: SOP_COMMANDS.stock,
      key: 'cause.no_restock',
      params: { skus: skuList(skus) },
      times: late.map(([, t]) => t),
      skus,
      ownerRole: 'ops',
      incidentKinds: ['supplier_delay', 'traffic_surge'],
      sopRoles: ['ops'],
      fix: msg('fix.reorder_early', { skus: skuList(skus) }),
    }),
  ];
};

/**
 * Oversell cards on a SKU that started before one of its oversold orders. A stock-sync lag leaves
 * the shop's sellable count too high after the card ends, until someone counts the shelf, so its
 * oversold orders can come hours after its window.
 */
function lagsBefore(world: World, sold: readonly SimEvent[]): string[] {
  return Object.values(world.incidents)
    .filter(
      (inc) => inc.kind === 'oversell' && sold.some((e) => e.sku === inc.sku && e.t >= inc.start),
    )
    .map((inc) => inc.id);
}

/** Orders sold beyond real stock, and whether the shelf was counted before. */
export const oversold: Analyser = ({ world, result }) => {
  const sold = eventsOf(world, ['order_oversold'], result.sku);
  if (sold.length === 0) return [];
  const skus = ranked(sold.map((e) => e.sku ?? ''))
    .map((r) => r.id)
    .filter((id) => id !== '');
  const evidence = skus.slice(0, 2).map((sku) => {
    const first = sold.find((e) => e.sku === sku)?.t ?? 0;
    const counts = world.log.filter(
      (e) => e.type === 'stock_reported' && e.sku === sku && e.detail === 'count' && e.t <= first,
    );
    const last = counts[counts.length - 1];
    return last
      ? msg('evidence.cycle_count', {
          sku: { type: 'sku', sku },
          time: { type: 'time', t: last.t },
        })
      : msg('evidence.no_cycle_count', { sku: { type: 'sku', sku } });
  });
  return [
    finding(world, {
      kind: 'oversold',
      sopCommands: SOP_COMMANDS.stock,
      key: 'cause.oversold',
      params: { skus: skuList(skus) },
      times: sold.map((e) => e.t),
      refs: sold.map((e) => e.order),
      skus,
      refsKey: 'evidence.orders',
      ownerRole: 'ops',
      incidentKinds: ['oversell', 'traffic_surge', 'price_mistake'],
      linkedIncidents: lagsBefore(world, sold),
      sopRoles: ['ops', 'warehouse'],
      evidence,
      fix: msg('fix.stock_sync', { skus: skuList(skus) }),
    }),
  ];
};
