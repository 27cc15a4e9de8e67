import fc from 'fast-check';
import {
  AD_CHANNELS,
  AFTERSALE_TYPES,
  ALL_COMMAND_TYPES,
  COMMAND_TYPES,
  DISPOSITIONS,
  FRICTIONS,
  LISTING_ASPECTS,
  REFUND_DECISIONS,
  REPLY_TEMPLATES,
  RETURN_REASONS,
  type CommandType,
  type SeatRole,
} from '../../../src/sim/ids';
import type { Command, World } from '../../../src/sim/world';

/**
 * Random play as abstract choices (numbers), turned into a concrete command only when it is
 * issued, against the world as it is then: which seat, which command, which of the open
 * orders / tickets / SKUs it is about, and whether to garble it. Shrinks well, and most
 * commands are about things that exist, so both acceptance and refusal paths get exercised.
 */
export type Action =
  | { kind: 'advance'; dt: number }
  | {
      kind: 'command';
      seat: number;
      /** 0: a command of the seat's role; 1: the step its work needs next; 2: any command type. */
      pick: number;
      type: number;
      target: number;
      variant: number;
      junk: boolean;
      roleLie: boolean;
    };

const rare = (oneIn: number) => fc.nat(oneIn - 1).map((x) => x === 0);

export const actionArb: fc.Arbitrary<Action> = fc.oneof(
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('advance' as const),
      dt: fc.integer({ min: 1, max: 1800 }),
    }),
  },
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('command' as const),
      seat: fc.nat(40),
      pick: fc.constantFrom(0, 1, 1, 1, 2),
      type: fc.nat(60),
      target: fc.nat(60),
      variant: fc.nat(1000),
      junk: rare(12),
      roleLie: rare(25),
    }),
  },
);

const at = <T>(list: readonly T[], i: number): T | undefined =>
  list.length === 0 ? undefined : list[i % list.length];

const JUNK: unknown[] = [
  {},
  { order: 42 },
  { sku: '' },
  'tee',
  null,
  { orders: [] },
  { ticket: 't1', extra: true },
  { review: 1.5 },
  { amount: -3, order: 'o1' },
];

const INCIDENTS = (v: number): Record<string, unknown> => {
  const base = { at: 0, durationMin: 5 + (v % 20) };
  const all: Record<string, unknown>[] = [
    { kind: 'traffic_surge', factor: 2 },
    { kind: 'courier_delay', courier: 'swift', factor: 3 },
    { kind: 'oversell', sku: 'mug', mode: 'mismatch', missingUnits: 1 },
    { kind: 'oversell', sku: 'tee', mode: 'sync_lag' },
    { kind: 'price_mistake', sku: 'tee', factor: 0.1 },
    { kind: 'bad_review_storm', sku: 'tee', reviews: 2 },
    { kind: 'fraudulent_refund', claims: 2 },
    { kind: 'supplier_delay', extraHours: 2 },
    { kind: 'system_outage', system: ['waybill', 'chat', 'checkout'][v % 3] },
    { kind: 'quality_complaint_wave', sku: 'tee', defectRate: 0.5, complaints: 2 },
    { kind: 'courier_delay', courier: 'ems', factor: 2 },
  ];
  return { ...base, ...at(all, v) };
};

/** The command a seat's work needs next, judged from the queues and its own orders. */
function nextStep(world: World, seat: string, role: SeatRole, v: number): CommandType {
  const q = world.queues;
  switch (role) {
    case 'warehouse': {
      const steps: [string[], CommandType][] = [
        [q.returns, v % 2 ? 'inspect_return' : 'receive_return'],
        [q.labelled, 'handover'],
        [q.packed, 'print_waybill'],
        [q.picked, 'pack_orders'],
        [q.pick, 'pick_wave'],
      ];
      return steps.find(([queue]) => queue.length > 0)?.[1] ?? 'cycle_count';
    }
    case 'support':
      if (q.aftersales.length > 0)
        return v % 9 === 4 ? 'resend_item' : v % 3 ? 'approve_aftersale' : 'reject_aftersale';
      if (q.tickets.length > 0)
        return (['reply_ticket', 'resolve_ticket', 'pick_up_ticket'] as const)[v % 3]!;
      return 'follow_up_review';
    case 'buyer': {
      const c = world.customers[world.seats[seat]?.customer ?? ''];
      const o = c?.order ? world.orders[c.order] : undefined;
      switch (o?.state) {
        case undefined:
        case 'cancelled':
        case 'abandoned':
        case 'refunded':
        case 'partially_refunded':
        case 'reviewed':
          return 'place_order';
        case 'created':
          return v % 6 ? 'pay_order' : 'cancel_order';
        case 'delivered':
          return v % 2 ? 'request_aftersale' : 'confirm_receipt';
        case 'completed':
          return v % 3 ? 'write_review' : 'request_aftersale';
        case 'return_approved':
        case 'exchange_approved':
          return 'ship_return';
        case 'aftersale_rejected':
          return 'open_dispute';
        default:
          return (['urge_shipment', 'change_address', 'browse'] as const)[v % 3]!;
      }
    }
    case 'ops':
      return at(COMMAND_TYPES.ops, v) ?? 'read_funnel';
    case 'trainer':
      return 'inject_incident';
  }
}

/** Turns an abstract command action into a concrete command against the world now. */
export function concreteCommand(world: World, a: Extract<Action, { kind: 'command' }>): Command {
  // People's seats; the trainer (whose incidents disrupt everything) and a seat that does not
  // exist are picked now and then.
  const seats = Object.keys(world.seats).filter(
    (s) => !world.seats[s]?.bot && world.seats[s]?.role !== 'trainer',
  );
  const trainer = Object.keys(world.seats).find((s) => world.seats[s]?.role === 'trainer');
  const seat =
    a.seat % 25 === 24
      ? 'ghost'
      : a.seat % 25 === 23 && trainer
        ? trainer
        : (at(seats, a.seat) ?? 'ghost');
  const trueRole: SeatRole = world.seats[seat]?.role ?? 'buyer';
  const role: SeatRole = a.roleLie
    ? (at(['buyer', 'support', 'ops', 'warehouse', 'trainer'] as const, a.type + 1) ?? 'ops')
    : trueRole;
  const type: CommandType =
    a.pick === 1
      ? nextStep(world, seat, trueRole, a.variant)
      : (at(a.pick === 0 ? COMMAND_TYPES[trueRole] : ALL_COMMAND_TYPES, a.type) ?? 'read_funnel');
  const payload = a.junk
    ? (at(JUNK, a.variant) as Record<string, unknown>)
    : payloadFor(world, seat, trueRole, type, a.target, a.variant);
  return { seat, role, type, payload };
}

function payloadFor(
  world: World,
  seat: string,
  role: SeatRole,
  type: CommandType,
  n: number,
  v: number,
): Record<string, unknown> {
  const q = world.queues;
  const allOrders = Object.keys(world.orders);
  const customer = world.seats[seat]?.customer;
  const own = allOrders.filter((id) => world.orders[id]?.customer === customer);
  const skus = Object.keys(world.skus);
  const sku = v % 13 === 12 ? 'hat' : (at(skus, n) ?? 'tee');
  /** Mostly an order the command is meant for; now and then any order, or one that does not exist. */
  const orderFrom = (list: readonly string[]) =>
    v % 9 === 0
      ? 'o-missing'
      : v % 5 === 0
        ? (at(allOrders, n) ?? 'o1')
        : (at(list, n) ?? at(allOrders, n) ?? 'o1');
  const batch = (list: readonly string[]) => {
    if (v % 9 === 0 || list.length === 0) return [orderFrom(list)];
    const k = n % list.length;
    return list.slice(k, k + 1 + (v % 4));
  };
  const ticket = () =>
    v % 9 === 0 ? 't-missing' : (at(q.tickets, n) ?? at(Object.keys(world.tickets), n) ?? 't1');
  const inTransit = allOrders.filter((id) => world.orders[id]?.state === 'in_transit');

  switch (type) {
    case 'browse':
    case 'add_to_cart':
    case 'ask_presale':
    case 'report_stockout':
    case 'cycle_count':
      return { sku };
    case 'place_order':
      return { sku, qty: 1 + (v % 3) };
    case 'pay_order':
    case 'cancel_order':
    case 'urge_shipment':
    case 'confirm_receipt':
    case 'ship_return':
    case 'open_dispute':
      return { order: orderFrom(own) };
    case 'change_address':
      return { order: orderFrom(role === 'buyer' ? own : [...q.labelled, ...q.pick]) };
    case 'write_review':
      return {
        order: orderFrom(own),
        description: 1 + (v % 5),
        service: 1 + (n % 5),
        logistics: 1 + ((v >> 3) % 5),
      };
    case 'request_aftersale':
      return { order: orderFrom(own), type: at(AFTERSALE_TYPES, v), reason: at(RETURN_REASONS, n) };
    case 'report_friction':
      return { kind: at(FRICTIONS, v) };
    case 'pick_up_ticket':
    case 'escalate_ticket':
    case 'resolve_ticket':
      return { ticket: ticket() };
    case 'reply_ticket':
      return v % 4 === 0
        ? { ticket: ticket(), text: '亲，您好' }
        : { ticket: ticket(), template: at(REPLY_TEMPLATES, v) };
    case 'lookup_order':
    case 'lookup_logistics':
      return { order: orderFrom([...q.aftersales, ...inTransit]) };
    case 'issue_coupon':
      return { ticket: ticket(), amount: 1 + (v % 30) };
    case 'compensate':
      return { order: orderFrom(allOrders), amount: 1 + (v % 40) };
    case 'approve_aftersale':
    case 'resend_item':
      return { order: orderFrom(q.aftersales) };
    case 'reject_aftersale':
      return v % 2
        ? { order: orderFrom(q.aftersales), reason: 'used' }
        : { order: orderFrom(q.aftersales) };
    case 'request_intercept':
      return { order: orderFrom([...q.dock, ...inTransit]) };
    case 'follow_up_review':
      return { review: n % (world.reviews.length + 1) };
    case 'set_price':
      return { sku, price: 5 + (v % 90) };
    case 'set_discount':
      return { sku, pct: (v % 10) / 20 };
    case 'create_coupon':
      return { amount: 5 + (v % 10), minSpend: 10 + (n % 6) * 10, quantity: 1 + (v % 5) };
    case 'create_promotion':
      return { threshold: 60 + (n % 5) * 20, off: 5 + (v % 30), quantity: 1 + (v % 20) };
    case 'schedule_flash_sale':
      return { sku, pct: 0.1 + (v % 8) / 10, startInMin: v % 3, durationMin: 5 + (n % 20) };
    case 'set_ad_budget':
      return { channel: at(AD_CHANNELS, v), perHour: v % 300 };
    case 'improve_listing':
      return { sku, aspect: at(LISTING_ASPECTS, v) };
    case 'reorder_stock':
      return { sku, qty: 1 + (v % 20) };
    case 'read_funnel':
      return {};
    case 'pick_wave':
      return v % 6 === 0
        ? { orders: batch(q.pick), sku: at(skus, n + 1) }
        : { orders: batch(q.pick) };
    case 'pack_orders':
      return { orders: batch(q.picked), verify: v % 3 !== 0 };
    case 'print_waybill':
      return {
        orders: batch(q.packed),
        courier: v % 11 === 0 ? 'ems' : (at(['swift', 'rapid'], v) ?? 'swift'),
      };
    case 'handover':
      return { orders: batch(q.labelled) };
    case 'receive_return':
      return { order: orderFrom(q.returns) };
    case 'inspect_return':
      return {
        order: orderFrom(q.returns),
        disposition: at(DISPOSITIONS, v),
        refund: at(REFUND_DECISIONS, n),
      };
    case 'inject_incident':
      return INCIDENTS(v);
  }
}
