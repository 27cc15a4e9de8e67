import { KPI_IDS } from '../../../src/sim/ids';
import { KPI_DEFS } from '../../../src/sim/kpi/defs';
import type { Order, Ticket, World } from '../../../src/sim/world';
import { at, incident, stagedWorld, violation } from './fixture';

const H = 3600;

/**
 * A busy staged day touching every analyser: late parcels, stock-outs, oversells, wrong picks,
 * slow chats, returns, disputes, bad reviews, price moves, ads and compensation — and a target
 * on every KPI that nobody could meet.
 */
export function richWorld(): World {
  const w = stagedWorld({
    targets: KPI_IDS.map((kpi) =>
      KPI_DEFS[kpi].better === 'higher'
        ? { kpi, op: '>=' as const, value: 1e9 }
        : { kpi, op: '<=' as const, value: -1 },
    ),
    frictions: ['slow_reply'],
  });
  const order = (id: string, paidAt: number, sku = 'tee') =>
    (w.orders[id] = { id, sku, paidAt, customer: `c-${id}` } as Order);
  incident(w, { id: 'inc0', kind: 'traffic_surge', start: H, end: 2 * H, factor: 3 });
  incident(w, {
    id: 'inc1',
    kind: 'system_outage',
    start: 1.5 * H,
    end: 2 * H,
    system: 'checkout',
  });
  incident(w, { id: 'inc2', kind: 'quality_complaint_wave', start: 2 * H, end: 3 * H, sku: 'tee' });
  incident(w, {
    id: 'inc3',
    kind: 'price_mistake',
    start: 0.5 * H,
    end: H,
    sku: 'mug',
    priorPrice: 35,
  });
  incident(w, { id: 'inc4', kind: 'courier_delay', start: 2 * H, end: 3 * H, courier: 'swift' });
  for (let i = 0; i < 6; i++) order(`o${i}`, 600 + i * 60);
  at(w, 0.5 * H, {
    type: 'price_changed',
    role: 'system',
    sku: 'mug',
    value: 3.5,
    incident: 'inc3',
  });
  at(w, 0.6 * H, { type: 'price_changed', role: 'ops', sku: 'tee', value: 79 });
  at(w, 0.7 * H, { type: 'price_changed', role: 'ops', sku: 'tee', value: 40 });
  at(w, 0.8 * H, { type: 'ad_budget_changed', role: 'ops', detail: 'search_ads', value: 200 });
  at(w, 0.9 * H, { type: 'restock_ordered', role: 'ops', sku: 'tee', value: 10 });
  for (let i = 0; i < 6; i++) {
    const t = H + 60 * i;
    at(w, t, {
      type: 'ticket_opened',
      role: 'customer',
      ticket: `t${i}`,
      detail: i < 3 ? 'presale' : 'urge',
    });
    w.tickets[`t${i}`] = {
      id: `t${i}`,
      customer: `c${i}`,
      topic: i < 3 ? 'presale' : 'urge',
      openedAt: t,
      state: i === 5 ? 'waiting' : 'closed',
    } as Ticket;
    w.customers[`c${i}`] = { id: `c${i}`, paid: false } as World['customers'][string];
  }
  at(w, H + 400, { type: 'ticket_first_reply', role: 'support', ticket: 't0', value: 400 - 0 });
  at(w, H + 500, { type: 'ticket_abandoned', role: 'customer', ticket: 't1', value: 440 });
  at(w, H + 600, { type: 'ticket_escalated', role: 'support', ticket: 't3' });
  at(w, H + 700, { type: 'ticket_resolved', role: 'support', ticket: 't4', value: 0 });
  at(w, H + 800, { type: 'ticket_closed', role: 'customer', ticket: 't0', value: 1 });
  w.queues.tickets.push('t5');
  at(w, 1.2 * H, { type: 'stockout', role: 'warehouse', order: 'o1', sku: 'mug' });
  at(w, 1.3 * H, { type: 'order_oversold', role: 'system', order: 'o2', sku: 'mug' });
  at(w, 1.4 * H, { type: 'mispick', role: 'warehouse', order: 'o3', sku: 'mug' });
  at(w, 1.45 * H, { type: 'mispick_caught', role: 'warehouse', order: 'o4', sku: 'tee' });
  w.commandLog.push({
    t: 1.4 * H,
    command: {
      seat: 'bot-warehouse',
      role: 'warehouse',
      type: 'pack_orders',
      payload: { orders: ['o3', 'o5'], verify: false },
    },
  });
  at(w, 1.6 * H, { type: 'order_abandoned', role: 'customer', order: 'o9', sku: 'tee' });
  at(w, 1.7 * H, { type: 'ship_late', role: 'warehouse', order: 'o0', sku: 'tee' });
  at(w, 1.75 * H, { type: 'compensation_paid', role: 'system', order: 'o0', value: 5 });
  at(w, 2.1 * H, { type: 'courier_delayed', role: 'system', order: 'o5', detail: 'swift' });
  at(w, 2.2 * H, { type: 'parcel_lost', role: 'system', order: 'o4', detail: 'swift' });
  at(w, 2.3 * H, {
    type: 'aftersale_requested',
    role: 'customer',
    order: 'o1',
    sku: 'tee',
    detail: 'return:defect',
    incident: 'inc2',
  });
  at(w, 2.35 * H, {
    type: 'aftersale_requested',
    role: 'customer',
    order: 'o2',
    sku: 'tee',
    detail: 'refund_only:fake_claim',
  });
  at(w, 2.4 * H, { type: 'aftersale_rejected', role: 'support', order: 'o2', sku: 'tee' });
  at(w, 2.5 * H, { type: 'dispute_opened', role: 'customer', order: 'o2', sku: 'tee' });
  at(w, 2.55 * H, { type: 'aftersale_auto_approved', role: 'system', order: 'o1', sku: 'tee' });
  at(w, 2.6 * H, { type: 'return_received', role: 'warehouse', order: 'o1', sku: 'tee' });
  at(w, 2.65 * H, { type: 'return_received', role: 'warehouse', order: 'o3', sku: 'tee' });
  at(w, 3.6 * H, { type: 'return_inspected', role: 'warehouse', order: 'o1', sku: 'tee' });
  at(w, 3.7 * H, { type: 'refunded', role: 'system', order: 'o1', sku: 'tee', value: 59 });
  at(w, 3.75 * H, {
    type: 'bad_review_posted',
    role: 'customer',
    order: 'o5',
    sku: 'tee',
    value: 1,
    detail: '0',
  });
  at(w, 3.8 * H, {
    type: 'review_followed_up',
    role: 'support',
    order: 'o5',
    sku: 'tee',
    detail: '0',
  });
  w.reviews.push({
    order: 'o5',
    sku: 'tee',
    t: 3.75 * H,
    stars: 1,
    description: 1,
    service: 2,
    logistics: 1,
    textKey: 'x',
    followedUp: true,
  });
  w.skus.mug!.sellable = 0;
  Object.assign(w.kpi, {
    uv: 100,
    gmv: 300,
    adSpend: 120,
    adGmv: 60,
    paidOrders: 6,
    payingBuyers: 6,
  });
  violation(w, {
    t: 1.4 * H,
    sop: 'order-exceptions',
    rule: 'verify-pack',
    role: 'warehouse',
    seat: 'bot-warehouse',
    command: 'pack_orders',
    ref: 'o3',
  });
  violation(w, {
    t: 1.1 * H,
    sop: 'first-response',
    rule: 'lookup-first',
    role: 'support',
    seat: 'bot-support',
    command: 'reply_ticket',
    ref: 't0',
  });
  w.frictionsReported.push('slow_reply', 'sold_out');
  return w;
}
