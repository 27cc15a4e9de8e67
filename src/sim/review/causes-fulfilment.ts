import type { IncidentKind } from '../ids';
import { eventsOf, msg, peakWindow, ranked, SOP_COMMANDS, type Analyser } from './evidence';
import { finding } from './finding';
import type { Msg } from './types';

/** Incidents that hold parcels in the warehouse or flood it. */
const SHIPPING_KINDS: readonly IncidentKind[] = [
  'traffic_surge',
  'courier_delay',
  'system_outage',
  'oversell',
  'supplier_delay',
];

/** Late shipments (ship_late): when, how many, and what was going on then. */
export const lateShipments: Analyser = ({ world, result }) => {
  const late = eventsOf(world, ['ship_late'], result.sku);
  if (late.length === 0) return [];
  const paid = late
    .map((e) => world.orders[e.order ?? '']?.paidAt)
    .filter((t): t is number => t !== undefined);
  const paidPeak = peakWindow(paid);
  // Only a window holding several of them says when the trouble was bought.
  const evidence: Msg[] =
    paidPeak && paidPeak.peak >= 2
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
      lateness: true,
      // A parcel is late at its ship-by time; it could be saved from when it was paid.
      ...(paid.length > 0 ? { began: Math.min(...paid) } : {}),
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
      lateness: true,
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
  return [
    finding(world, {
      kind: 'courier_delays',
      lateness: true,
      key: 'cause.courier_delays',
      params: { courier: { type: 'courier', courier } },
      times: bad.map((e) => e.t),
      refs: bad.map((e) => e.order),
      refsKey: 'evidence.orders',
      ownerRole: 'warehouse',
      incidentKinds: ['courier_delay'],
      sopRoles: ['warehouse'],
      sopCommands: SOP_COMMANDS.shipping,
      fix: msg('fix.courier_choice', { courier: { type: 'courier', courier } }),
    }),
  ];
};
