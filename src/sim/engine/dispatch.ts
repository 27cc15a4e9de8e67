import {
  afterDelivery,
  changeOfMind,
  confirmReceipt,
  defaultReview,
  writeReview,
} from '../customers/after-delivery';
import {
  customerCheck,
  payNow,
  presaleDecide,
  shipByDue,
  unpaidTimeout,
} from '../customers/before-delivery';
import { endIncident, incidentDrip, startIncident } from '../incidents/lifecycle';
import { courierPickup, deliver } from '../logistics/couriers';
import { aftersaleDeadline, returnArrives, ruleDispute, shipReturn } from '../orders/aftersale';
import { moveOrder } from '../orders/move';
import { writeFollowUp } from '../marketplace/follow-up';
import { payPriceProtection } from '../marketplace/price-protection';
import { stepCampaign } from '../machines/step';
import { settleEscalated, ticketPatience } from '../support/tickets';
import { inspectDone, packDone, pickDone, restockArrives } from '../warehouse/work';
import type { AgendaItem, AgendaKind, Order, World } from '../world';
import { schedule } from './agenda';
import { emit } from './log';
import { spawnScripted } from './scripted';

type Handler = (world: World, item: AgendaItem) => void;

const onOrder =
  (fn: (world: World, order: Order, item: AgendaItem) => void): Handler =>
  (world, item) => {
    const order = world.orders[item.ref];
    if (order) fn(world, order, item);
  };

function campaign(world: World, id: string, event: 'START' | 'END'): void {
  const c = world.campaigns[id];
  if (!c) return;
  const next = stepCampaign(c.state, event);
  if (!next) return;
  c.state = next;
  emit(world, {
    type: event === 'START' ? 'promotion_started' : 'promotion_ended',
    role: 'ops',
    sku: c.sku,
    detail: c.kind,
    value: c.pct,
  });
  if (event === 'START') schedule(world, c.end, 'campaign_end', id);
}

/** What happens when an agenda item falls due. Typed by kind: a missing handler fails to compile. */
const HANDLERS: Record<AgendaKind, Handler> = {
  pay: onOrder((w, o) => payNow(w, o)),
  unpaid_timeout: onOrder((w, o) => unpaidTimeout(w, o)),
  pick_done: onOrder((w, o) => pickDone(w, o)),
  pack_done: onOrder((w, o) => packDone(w, o)),
  inspect_done: onOrder((w, o) => inspectDone(w, o)),
  courier_pickup: (w, i) => courierPickup(w, i.ref),
  deliver: onOrder((w, o) => deliver(w, o)),
  after_delivery: onOrder((w, o) => afterDelivery(w, o)),
  change_of_mind: onOrder((w, o) => changeOfMind(w, o)),
  confirm: onOrder((w, o) => confirmReceipt(w, o)),
  auto_confirm: onOrder((w, o) => confirmReceipt(w, o, true)),
  default_review: onOrder((w, o) => defaultReview(w, o)),
  follow_up_review: onOrder((w, o) => writeFollowUp(w, o)),
  price_protect: onOrder((w, o, i) => payPriceProtection(w, o, i)),
  review: onOrder((w, o) => writeReview(w, o)),
  ship_return: onOrder((w, o) => shipReturn(w, o)),
  return_arrive: onOrder((w, o) => {
    if (o.state !== 'intercepted') return returnArrives(w, o);
    // An intercepted parcel comes back with the address fixed and goes out again.
    moveOrder(o, 'RESHIP');
    w.queues.labelled.push(o.id);
  }),
  aftersale_deadline: onOrder((w, o) => aftersaleDeadline(w, o)),
  dispute_ruling: onOrder((w, o) => ruleDispute(w, o)),
  urge_check: onOrder((w, o, i) => customerCheck(w, o, i.n ?? 1)),
  ship_by_check: onOrder((w, o) => shipByDue(w, o)),
  ticket_patience: (w, i) => {
    const t = w.tickets[i.ref];
    if (!t) return;
    if (t.state === 'escalated') settleEscalated(w, t);
    else ticketPatience(w, t);
  },
  presale_decide: (w, i) => presaleDecide(w, i.ref),
  restock: (w, i) => restockArrives(w, i.ref, i.n ?? 0),
  listing_done: (w, i) => {
    const [skuId, aspect] = i.ref.split('|') as [
      string,
      'title' | 'image' | 'detail' | 'size_chart',
    ];
    const sku = w.skus[skuId];
    if (!sku) return;
    delete sku.listingWork[aspect];
    sku.listing[aspect] = Math.min(1, Math.round((sku.listing[aspect] + 0.3) * 100) / 100);
    emit(w, {
      type: 'listing_improved',
      role: 'ops',
      sku: skuId,
      detail: aspect,
      value: sku.listing[aspect],
    });
  },
  incident_start: (w, i) => {
    const def = w.scenario.incidents[Number(i.ref.slice(3))];
    if (def) startIncident(w, i.ref, def);
  },
  incident_end: (w, i) => endIncident(w, i.ref),
  incident_drip: (w, i) => incidentDrip(w, i.ref),
  campaign_start: (w, i) => campaign(w, i.ref, 'START'),
  campaign_end: (w, i) => campaign(w, i.ref, 'END'),
  scripted_customer: (w, i) => spawnScripted(w, Number(i.ref)),
};

/** Runs one due agenda item. */
export function dispatch(world: World, item: AgendaItem): void {
  HANDLERS[item.kind](world, item);
}
