/** Structural causes: load against staff, courier pick-ups against the ship-by promise. */
import { KPI_DEFS } from '../../kpi/defs';
import type { TargetResult } from '../../scoring/score';
import { activeSopCards } from '../../sop/rules';
import type { World } from '../../world';
import { eventsOf, msg, peakWindow } from '../evidence';
import type { Cause } from '../types';
import { gapShare, MIN_SHARE, proofFrom, whatIfArithmetic } from './proof';
import type { CounterfactualSet } from './replay';

/** What one person can carry in an hour: chats handled well, orders picked and packed. */
export const PERSON_LOAD = { support: 20, warehouse: 60 } as const;

const HOUR = 3600;

const cardOf = (world: World, role: string) =>
  activeSopCards(world).find((c) => c.role === role)?.id;

/**
 * Understaffing: the replay with one more pair of hands (same level) closes the gap, and the
 * busiest hour's load per head is more than a person can carry — or skill alone (the expert
 * bot at the same staffing) does no better than the extra hands.
 */
export function understaffed(
  world: World,
  r: TargetResult,
  i: number,
  cfs: CounterfactualSet,
): Cause | undefined {
  const owner = KPI_DEFS[r.kpi].role;
  if (owner !== 'support' && owner !== 'warehouse') return undefined;
  const proof = proofFrom(cfs[`staff:${owner}`], r);
  if (!proof || proof.share < MIN_SHARE) return undefined;
  const skill = proofFrom(cfs[`expert:${owner}`], r);
  const load = eventsOf(world, [owner === 'support' ? 'ticket_opened' : 'order_paid']).map(
    (e) => e.t,
  );
  const peak = peakWindow(load, HOUR);
  if (!peak) return undefined;
  const staff =
    owner === 'support' ? world.scenario.support.agents : world.scenario.warehouse.pickers;
  const perHead = Math.round(peak.peak / Math.max(1, staff));
  if (perHead <= PERSON_LOAD[owner] && (skill?.share ?? 0) > proof.share) return undefined;
  const window = { type: 'window', ...peak.window } as const;
  const role = { type: 'role', role: owner } as const;
  const sop = cardOf(world, owner);
  const cause: Cause = {
    id: `${i}:understaffed`,
    target: i,
    kpi: r.kpi,
    kind: 'understaffed',
    text: msg(`cause.understaffed_${owner}`, {
      window,
      load: peak.peak,
      staff,
      perHead,
      cap: PERSON_LOAD[owner],
    }),
    evidence: [],
    window: peak.window,
    began: peak.window.from,
    count: peak.peak,
    incidents: [],
    sops: [],
    refs: [],
    ownerRole: 'ops',
    fix: msg(`fix.add_seat_${owner}`, { window, role, cap: PERSON_LOAD[owner] }),
    proof,
  };
  if (sop !== undefined) cause.sop = sop;
  return cause;
}

/**
 * Pick-ups against the promise: late orders that were packed before their ship-by time but
 * whose next courier pick-up came after it. Had a pick-up come in time they would have counted
 * as on time — exact arithmetic on the run's own log, no replay needed.
 */
export function pickupGap(world: World, r: TargetResult, i: number): Cause | undefined {
  if (r.kpi !== 'on_time_ship_rate' || r.sku !== undefined) return undefined;
  const packedAt = new Map<string, number>();
  for (const e of eventsOf(world, ['packed'])) if (e.order) packedAt.set(e.order, e.t);
  const ready = eventsOf(world, ['ship_late']).filter((e) => {
    const o = world.orders[e.order ?? ''];
    const p = packedAt.get(e.order ?? '');
    return o?.shipBy !== undefined && p !== undefined && p <= o.shipBy;
  });
  const k = world.kpi;
  if (ready.length < 5 || k.dueOrders === 0) return undefined;
  const to = (k.onTimeOrders + ready.length) / k.dueOrders;
  if (gapShare(r, to) < MIN_SHARE) return undefined;
  const pickups = world.scenario.couriers.flatMap((c) => c.pickups);
  const first = Math.min(...ready.map((e) => e.t));
  const sop = cardOf(world, 'warehouse');
  const cause: Cause = {
    id: `${i}:pickup_gap`,
    target: i,
    kpi: r.kpi,
    kind: 'pickup_gap',
    text: msg('cause.pickup_gap', {
      count: ready.length,
      late: eventsOf(world, ['ship_late']).length,
      pickups: [...new Set(pickups)].sort().join(' / '),
      hours: world.scenario.policies.shipByHours,
    }),
    evidence: [],
    began: first,
    count: ready.length,
    incidents: [],
    sops: [],
    refs: ready.slice(0, 3).map((e) => e.order ?? ''),
    ownerRole: 'warehouse',
    fix: msg('fix.book_pickup', { hours: world.scenario.policies.shipByHours }),
    proof: {
      key: 'arithmetic:pickups',
      kpi: r.kpi,
      from: r.actual,
      to,
      share: gapShare(r, to),
      text: whatIfArithmetic('whatif.pickups', r, to),
    },
  };
  if (sop !== undefined) cause.sop = sop;
  return cause;
}
