import type { OrderView, WarehouseObservation } from '../observe';
import type { BotPolicy, BotTurn } from './policy';
import { LOOKAHEAD, pickWork } from './warehouse-pick';

/** How long before a truck a forgetful crew is still busy elsewhere instead of labelling. */
const CUTOFF_BLIND_S = 1800;

/** The courier whose truck leaves soonest (a careful planner), or simply the cheapest. */
function chooseCourier(obs: WarehouseObservation, smart: boolean): string {
  const couriers = obs.couriers();
  if (!smart) return [...couriers].sort((a, b) => a.costPerParcel - b.costPerParcel)[0]?.id ?? '';
  let best = couriers[0];
  let bestAt = Infinity;
  for (const c of couriers) {
    const at = Math.min(...c.pickups.map((p) => obs.nextTimeOfDay(p, obs.clock + 120)));
    // An announced courier delay (the incident alert names the courier) counts against it.
    const score = at + c.transitHours * c.announcedDelay * 600 + c.costPerParcel * 60;
    if (score < bestAt) {
      bestAt = score;
      best = c;
    }
  }
  return best?.id ?? '';
}

/** The next truck of any courier. */
function nextTruck(obs: WarehouseObservation): number {
  let next = Infinity;
  for (const c of obs.couriers())
    for (const p of c.pickups) next = Math.min(next, obs.nextTimeOfDay(p, obs.clock));
  return next;
}

/** The note on the next truck's cut-off a forgetful crew draws now, if it has one to draw. */
function cutoffNote(obs: WarehouseObservation, turn: BotTurn): string | undefined {
  if (turn.profile.forgetCutoff <= 0) return undefined;
  const truck = nextTruck(obs);
  return truck - obs.clock > CUTOFF_BLIND_S ? undefined : `fc:${truck}`;
}

/** A forgetful crew now and then loses track of a truck's cut-off and misses it. */
function forgetsThisCutoff(obs: WarehouseObservation, turn: BotTurn): boolean {
  const key = cutoffNote(obs, turn);
  if (key === undefined) return false;
  if (turn.notes[key] === undefined)
    turn.notes[key] = turn.chance(turn.profile.forgetCutoff) ? 1 : 0;
  return turn.notes[key] === 1;
}

/**
 * 仓储 bot: keeps pickers and packers busy with the most urgent orders, prints waybills and
 * hands parcels over, reports stock-outs, and opens returns to decide by what they hold.
 * A novice skips the 复核 scan now and then and sometimes misses a truck.
 */
export const warehouseBot: BotPolicy<'warehouse'> = (obs, turn) => {
  const p = turn.profile;
  for (const o of obs.returns()) handleReturn(o, p.carefulInspection, turn);
  if (!forgetsThisCutoff(obs, turn)) {
    const labelled = obs.queue('labelled');
    if (labelled.length > 0)
      turn.act({ type: 'handover', payload: { orders: labelled.slice(0, 500) } });
    const packed = obs.queue('packed');
    if (packed.length > 0)
      turn.act({
        type: 'print_waybill',
        payload: { orders: packed.slice(0, 500), courier: chooseCourier(obs, p.smartCourier) },
      });
  }
  for (;;) {
    const picked = obs.queue('picked');
    if (picked.length === 0 || obs.crewBusyS('packers') >= LOOKAHEAD) break;
    const verify = p.verifyRate >= 1 || turn.chance(p.verifyRate);
    if (!turn.act({ type: 'pack_orders', payload: { orders: picked.slice(0, 4), verify } })) break;
  }
  pickWork(obs, turn);
};

/**
 * Whether this turn would do nothing at all — no command, no dice, no note — so the runner may
 * skip it: no return to sign for or judge, every outbound queue and the pick list empty, and no
 * truck cut-off to weigh. Read through the same observation as the turn; never true by mistake.
 */
export function warehouseIdle(obs: WarehouseObservation, turn: BotTurn): boolean {
  if (obs.returns().some(needsHands)) return false;
  for (const q of ['labelled', 'packed', 'picked'] as const)
    if (obs.queue(q).length > 0) return false;
  if (obs.pickSkus().length > 0) return false;
  const key = cutoffNote(obs, turn);
  return key === undefined || turn.notes[key] !== undefined;
}

/** A return the crew acts on now: at the door, or received and neither opened nor judged yet. */
function needsHands(o: OrderView): boolean {
  const as = o.aftersale;
  if (!as) return false;
  if (o.state === 'return_in_transit' || o.state === 'exchange_in_transit') return true;
  if (o.state !== 'return_received' && o.state !== 'exchange_received') return false;
  return !as.verdictGiven && !as.examining;
}

/** Signs for a return at the door; opens it, then decides by what it holds (or decides blind). */
function handleReturn(o: OrderView, careful: boolean, turn: BotTurn): void {
  const as = o.aftersale;
  if (!as) return;
  if (o.state === 'return_in_transit' || o.state === 'exchange_in_transit') {
    if (!turn.act({ type: 'receive_return', payload: { order: o.id } })) return;
    o = { ...o, state: o.state === 'return_in_transit' ? 'return_received' : 'exchange_received' };
  }
  if (o.state !== 'return_received' && o.state !== 'exchange_received') return;
  if (as.verdictGiven || as.examining) return;
  if (!careful) {
    turn.act({
      type: 'inspect_return',
      payload: { order: o.id, disposition: 'restock', refund: 'full' },
    });
    return;
  }
  if (as.condition === undefined) {
    turn.act({ type: 'inspect_return', payload: { order: o.id } });
    return;
  }
  turn.act({ type: 'inspect_return', payload: { order: o.id, ...verdict(as.condition) } });
}

function verdict(condition: NonNullable<NonNullable<OrderView['aftersale']>['condition']>) {
  switch (condition) {
    case 'used':
      return { disposition: 'refurbish', refund: 'partial' } as const;
    case 'defective':
      return { disposition: 'write_off', refund: 'full' } as const;
    case 'empty':
      return { disposition: 'write_off', refund: 'none' } as const;
    default:
      return { disposition: 'restock', refund: 'full' } as const;
  }
}
