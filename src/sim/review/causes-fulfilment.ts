import type { IncidentKind } from '../ids';
import type { World } from '../world';
import {
  eventsOf,
  finding,
  msg,
  peakWindow,
  ranked,
  skuList,
  SOP_COMMANDS,
  type Analyser,
  type Finding,
} from './evidence';
import type { Msg, ReviewParam } from './types';

/** Incidents that hold parcels in the warehouse or flood it. */
const SHIPPING_KINDS: readonly IncidentKind[] = [
  'traffic_surge',
  'courier_delay',
  'system_outage',
  'oversell',
  'supplier_delay',
];

const time = (t: number | undefined): ReviewParam =>
  t === undefined ? { type: 'msg', msg: msg('evidence.not_done') } : { type: 'time', t };

const firstT = (world: World, type: 'stock_reported' | 'restock_ordered', sku: string) =>
  world.log.find((e) => e.type === type && e.sku === sku && e.detail !== 'count')?.t;

/** Late shipments (ship_late): when, how many, and what was going on then. */
export const lateShipments: Analyser = ({ world, result }) => {
  const late = eventsOf(world, ['ship_late'], result.sku);
  if (late.length === 0) return [];
  const paid = late
    .map((e) => world.orders[e.order ?? '']?.paidAt)
    .filter((t): t is number => t !== undefined);
  const paidPeak = peakWindow(paid);
  const evidence: Msg[] = paidPeak
    ? [
        msg('evidence.paid_window', {
          window: { type: 'window', ...paidPeak.window },
          peak: paidPeak.peak,
          count: paid.length,
        }),
      ]
    : [];
  return [
    finding(world, {
      kind: 'ship_late',
      sopCommands: SOP_COMMANDS.shipping,
      key: 'cause.ship_late',
      times: late.map((e) => e.t),
      refs: late.map((e) => e.order),
      skus: late.map((e) => e.sku),
      refsKey: 'evidence.orders',
      ownerRole: 'warehouse',
      incidentKinds: SHIPPING_KINDS,
      lookbackS: world.scenario.policies.shipByHours * 3600,
      sopRoles: ['warehouse'],
      evidence,
      fix: (incidents) => {
        const outage = incidents.some(
          (i) => i.kind === 'system_outage' && world.incidents[i.id]?.system === 'waybill',
        );
        if (outage) return msg('fix.outage_plan');
        const surge = incidents.find((i) => i.kind === 'traffic_surge');
        if (surge) {
          return msg('fix.surge_capacity', {
            window: { type: 'window', from: surge.start, to: surge.end },
          });
        }
        return msg('fix.ship_before_cutoff');
      },
    }),
  ];
};

/** Picks that found an empty shelf, with each SKU's stock-out / report / restock timeline. */
export const stockoutHold: Analyser = ({ world, result }) => {
  const outs = eventsOf(world, ['stockout'], result.sku);
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

/** Wrong items picked; how many the scan check caught; packs that skipped it. */
export const mispicks: Analyser = ({ world }) => {
  const wrong = eventsOf(world, ['mispick']);
  if (wrong.length === 0) return [];
  const caught = eventsOf(world, ['mispick_caught']).length;
  let unverified = 0;
  for (const { command } of world.commandLog) {
    if (command.type !== 'pack_orders' || command.payload.verify !== false) continue;
    const orders = command.payload.orders;
    unverified += Array.isArray(orders) ? orders.length : 1;
  }
  const evidence: Msg[] = [];
  if (caught > 0) evidence.push(msg('evidence.caught', { count: caught }));
  if (unverified > 0) evidence.push(msg('evidence.unverified', { count: unverified }));
  return [
    finding(world, {
      kind: 'mispick',
      sopCommands: SOP_COMMANDS.picking,
      key: 'cause.mispick',
      times: wrong.map((e) => e.t),
      refs: wrong.map((e) => e.order),
      refsKey: 'evidence.orders',
      ownerRole: 'warehouse',
      incidentKinds: ['traffic_surge'],
      sopRoles: ['warehouse'],
      evidence,
      fix: msg('fix.verify_scan'),
    }),
  ];
};

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
      sopRoles: ['ops', 'warehouse'],
      evidence,
      fix: msg('fix.stock_sync', { skus: skuList(skus) }),
    }),
  ];
};

/** Returns that waited long between arrival and the refund decision (inspection). */
export const slowReturns: Analyser = ({ world, result }) => {
  const limit = result.kpi === 'return_processing_avg_s' ? result.value : 3600;
  const inspected = new Map<string, number>();
  for (const e of eventsOf(world, ['return_inspected'])) {
    if (e.order && !inspected.has(e.order)) inspected.set(e.order, e.t);
  }
  const rows = eventsOf(world, ['return_received'], result.sku).map((e) => {
    const done = inspected.get(e.order ?? '');
    const wait = (done ?? world.clock) - e.t;
    return { order: e.order ?? '', sku: e.sku, t: e.t, wait, pending: !done };
  });
  const slow = rows.filter((r) => r.wait > limit);
  if (slow.length === 0) return [];
  const longest = slow.reduce((a, b) => (b.wait > a.wait ? b : a));
  const pending = rows.filter((r) => r.pending).length;
  return [
    finding(world, {
      kind: 'slow_returns',
      sopCommands: SOP_COMMANDS.returns,
      key: 'cause.slow_returns',
      params: {
        limit: { type: 'duration', seconds: limit },
        avg: { type: 'duration', seconds: slow.reduce((s, r) => s + r.wait, 0) / slow.length },
        order: longest.order,
        longest: { type: 'duration', seconds: longest.wait },
      },
      times: slow.map((r) => r.t),
      refs: slow.map((r) => r.order),
      skus: slow.map((r) => r.sku),
      refsKey: 'evidence.orders',
      ownerRole: 'warehouse',
      incidentKinds: ['quality_complaint_wave', 'fraudulent_refund'],
      sopRoles: ['warehouse'],
      evidence: pending > 0 ? [msg('evidence.returns_pending', { count: pending })] : [],
      fix: msg('fix.inspect_daily'),
    }),
  ];
};

/** Parcels delayed or lost in transit, by courier. */
export const courierDelays: Analyser = ({ world }) => {
  const bad = eventsOf(world, ['courier_delayed', 'parcel_lost']);
  if (bad.length === 0) return [];
  const courier = ranked(bad.map((e) => e.detail ?? ''))[0]?.id ?? '';
  return [courierFinding(world, bad, courier)];
};

function courierFinding(world: World, bad: ReturnType<typeof eventsOf>, courier: string): Finding {
  return finding(world, {
    kind: 'courier_delays',
    sopCommands: SOP_COMMANDS.shipping,
    key: 'cause.courier_delays',
    params: { courier: { type: 'courier', courier } },
    times: bad.map((e) => e.t),
    refs: bad.map((e) => e.order),
    refsKey: 'evidence.orders',
    ownerRole: 'warehouse',
    incidentKinds: ['courier_delay'],
    sopRoles: ['warehouse'],
    fix: msg('fix.courier_choice', { courier: { type: 'courier', courier } }),
  });
}
