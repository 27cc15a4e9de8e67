import type { IncidentKind, SeatRole } from '../sim/ids';
import type { OrderState } from '../sim/machines/order.machine';
import type { ActiveIncident, Order, World } from '../sim/world';

/**
 * The map's view of the world: pure functions from the live sim `World` to what the scene
 * draws. No Phaser here, so it is unit-tested in Node.
 */

export const STATIONS = ['storefront', 'support', 'ops', 'warehouse', 'dock', 'returns'] as const;
export type Station = (typeof STATIONS)[number];

export const LANES = [
  'checkout',
  'paid',
  'pick',
  'pack',
  'label',
  'dock',
  'road',
  'aftersales',
  'returns',
] as const;
export type Lane = (typeof LANES)[number];

/** The station each lane belongs to. */
export const LANE_STATION: Record<Lane, Station> = {
  checkout: 'storefront',
  paid: 'storefront',
  pick: 'warehouse',
  pack: 'warehouse',
  label: 'warehouse',
  dock: 'dock',
  road: 'dock',
  aftersales: 'support',
  returns: 'returns',
};

/** Where an order in each state stands on the map; `null`: off the map (done or with the buyer). */
export const STATE_LANE: Record<OrderState, Lane | null> = {
  created: 'checkout',
  paid: 'paid',
  picking: 'pick',
  picked: 'pick',
  packing: 'pack',
  packed: 'pack',
  labelled: 'label',
  handed_over: 'dock',
  intercepted: 'dock',
  in_transit: 'road',
  lost: 'aftersales',
  refund_requested: 'aftersales',
  return_requested: 'aftersales',
  exchange_requested: 'aftersales',
  return_approved: 'aftersales',
  exchange_approved: 'aftersales',
  aftersale_rejected: 'aftersales',
  disputed: 'aftersales',
  return_in_transit: 'returns',
  exchange_in_transit: 'returns',
  return_received: 'returns',
  exchange_received: 'returns',
  delivered: null,
  completed: null,
  reviewed: null,
  abandoned: null,
  cancelled: null,
  refunded: null,
  partially_refunded: null,
};

export interface TokenView {
  id: string;
  station: Station;
  lane: Lane;
  /** Position in its lane's queue, 0 = oldest (front of the queue). */
  slot: number;
  /** Late, delayed, oversold or out of stock: drawn with a warning ring. */
  alert: boolean;
}

export interface MapView {
  tokens: TokenView[];
  /** Every order on the map per lane, including those beyond the token cap. */
  counts: Record<Lane, number>;
  /** Tokens drawn per lane (≤ counts: the cap and each lane's room leave some out). */
  shown: Record<Lane, number>;
}

export function emptyCounts(): Record<Lane, number> {
  return Object.fromEntries(LANES.map((l) => [l, 0])) as Record<Lane, number>;
}

/**
 * The orders on the map as tokens, each with its lane and queue slot, plus exact per-lane
 * counts. At most `max` tokens in all and `room(lane)` per lane, shared fairly between lanes;
 * within a lane the front of the queue (oldest) is drawn and the rest counted, so a growing
 * backlog adds to the count instead of shuffling the tokens. Two passes over the orders.
 */
export function buildView(
  world: World,
  max: number,
  room: (lane: Lane) => number = () => Infinity,
): MapView {
  const counts = emptyCounts();
  const orders = Object.values(world.orders);
  for (const order of orders) {
    const lane = STATE_LANE[order.state];
    if (lane) counts[lane]++;
  }
  const quota = share(counts, max, room);
  const shown = emptyCounts();
  const tokens: TokenView[] = [];
  const take = (order: Order, lane: Lane) => {
    const alert = !!(order.late || order.delayed || order.oversold || order.stockout);
    tokens.push({ id: order.id, station: LANE_STATION[lane], lane, slot: shown[lane]++, alert });
  };
  for (const order of orders) {
    const lane = STATE_LANE[order.state];
    if (lane && lane !== 'road' && shown[lane] < quota[lane]) take(order, lane);
  }
  // The road is a convoy: the newest parcel leaves the dock at slot 0, the oldest drives off.
  for (let i = orders.length - 1; i >= 0 && shown.road < quota.road; i--) {
    const order = orders[i];
    if (order?.state === 'in_transit') take(order, 'road');
  }
  return { tokens, counts, shown };
}

/** Splits `max` tokens between lanes: smallest lanes first, none above its count or room. */
export function share(
  counts: Record<Lane, number>,
  max: number,
  room: (lane: Lane) => number,
): Record<Lane, number> {
  const want = LANES.map((l) => ({ l, n: Math.min(counts[l], room(l)) })).sort((a, b) => a.n - b.n);
  const quota = emptyCounts();
  let left = Math.max(0, max);
  want.forEach(({ l, n }, i) => {
    const give = Math.min(n, Math.floor(left / (want.length - i)));
    quota[l] = give;
    left -= give;
  });
  return quota;
}

/** Just the tokens (see `buildView`). */
export function tokensFor(world: World, max: number, room?: (lane: Lane) => number): TokenView[] {
  return buildView(world, max, room).tokens;
}

export type ChatMood = 'waiting' | 'talking' | 'escalated';

/** The support queue's open chats, oldest first, at most `max`: how each one stands. */
export function chatQueue(world: World, max: number): ChatMood[] {
  const out: ChatMood[] = [];
  for (const id of world.queues.tickets) {
    if (out.length >= max) break;
    const state = world.tickets[id]?.state;
    if (state === 'waiting') out.push('waiting');
    else if (state === 'escalated') out.push('escalated');
    else if (state === 'assigned' || state === 'in_conversation') out.push('talking');
  }
  return out;
}

/** Which station an incident hits first. */
export function incidentStation(incident: Pick<ActiveIncident, 'kind' | 'system'>): Station {
  const byKind: Record<IncidentKind, Station> = {
    traffic_surge: 'storefront',
    courier_delay: 'dock',
    oversell: 'warehouse',
    price_mistake: 'ops',
    bad_review_storm: 'support',
    fraudulent_refund: 'returns',
    supplier_delay: 'ops',
    system_outage: 'storefront',
    quality_complaint_wave: 'support',
  };
  if (incident.kind === 'system_outage') {
    if (incident.system === 'waybill') return 'warehouse';
    if (incident.system === 'chat') return 'support';
  }
  return byKind[incident.kind];
}

/** The incidents running now, each with its station. */
export function activeIncidents(
  world: World,
): { id: string; kind: IncidentKind; station: Station }[] {
  return Object.values(world.incidents)
    .filter((i) => i.active)
    .map((i) => ({ id: i.id, kind: i.kind, station: incidentStation(i) }));
}

/** The station a seat's role works at; trainers have none. */
export function roleStation(role: SeatRole): Station | null {
  const map: Record<SeatRole, Station | null> = {
    buyer: 'storefront',
    support: 'support',
    ops: 'ops',
    warehouse: 'warehouse',
    trainer: null,
  };
  return map[role];
}
