import type { Seat, World } from '../../sim/world';
import { buyerActions, myOrders, myTickets } from '../stations/model-buyer';
import { sopDue } from '../stations/model-sop';
import { badReviews, pendingAftersales, supportQueue } from '../stations/model-support';
import { pickList, returnsQueue, shiftNow } from '../stations/model-warehouse';

/** What waits for the person in a seat, as keys a skip can compare before and after. */
export interface Needs {
  /** Work the person can do now (a chat to answer, a wave to pick): while any is left, no skip. */
  todo: string[];
  /** Things that came in without asking for an action (a reply in the buyer's chat, a new hour of the funnel). */
  news: string[];
}

/** Buyer actions that mean "your turn"; urging or cancelling are always possible, never owed. */
const BUYER_TURN = new Set(['pay_order', 'confirm_receipt', 'write_review', 'ship_return']);
/** Events an operations person reacts to: a listing job done, stock, an incident. */
const OPS_NEWS = new Set(['listing_improved', 'restock_arrived', 'stockout', 'incident_started']);

function supportNeeds(world: World, seat: Seat): Needs {
  const todo = supportQueue(world, seat.id)
    .filter((r) => r.ticket.state !== 'escalated' && r.ticket.state !== 'resolved')
    .map((r) => `chat:${r.ticket.id}`);
  for (const o of pendingAftersales(world, seat.id)) todo.push(`claim:${o.id}`);
  for (const r of badReviews(world)) if (!r.review.followedUp) todo.push(`review:${r.index}`);
  return { todo, news: [] };
}

function warehouseNeeds(world: World): Needs {
  const todo: string[] = [];
  // Off shift nobody picks: orders queued at night are work for the morning, not for now.
  if (shiftNow(world).onShift) for (const g of pickList(world)) todo.push(`pick:${g.sku}`);
  if (world.queues.picked.length) todo.push('pack');
  if (world.queues.packed.length) todo.push('label');
  if (world.queues.labelled.length) todo.push('handover');
  for (const r of returnsQueue(world))
    if (r.stage !== 'inspecting') todo.push(`return:${r.order.id}`);
  return { todo, news: [] };
}

function buyerNeeds(world: World, seat: Seat): Needs {
  const todo: string[] = [];
  for (const o of myOrders(world, seat.customer))
    for (const a of buyerActions(o)) if (BUYER_TURN.has(a)) todo.push(`${a}:${o.id}`);
  const news = myTickets(world, seat.customer).map((t) => `reply:${t.id}:${t.templates.length}`);
  return { todo, news };
}

function opsNeeds(world: World, logFrom: number): Needs {
  const news = [`hour:${Math.floor(world.clock / 3600)}`];
  for (let i = logFrom; i < world.log.length; i++) {
    const e = world.log[i];
    if (e && OPS_NEWS.has(e.type)) news.push(`event:${i}`);
  }
  return { todo: [], news };
}

/**
 * What needs the person in `seat` now: the work open for their role (their share of chats and
 * claims, waves, parcels, orders to pay or confirm, SOP deadlines they owe) and the news that
 * would make them look again. The "skip to the next thing" control runs while both stay quiet.
 * Log events before `logFrom` are old news (a skip passes where it started).
 */
export function needsOf(world: World, seat: Seat | undefined, logFrom = world.log.length): Needs {
  if (!seat || seat.role === 'trainer') return { todo: [], news: [] };
  const needs =
    seat.role === 'support'
      ? supportNeeds(world, seat)
      : seat.role === 'warehouse'
        ? warehouseNeeds(world)
        : seat.role === 'buyer'
          ? buyerNeeds(world, seat)
          : opsNeeds(world, logFrom);
  for (const d of sopDue(world, seat.role)) needs.todo.push(`sop:${d.rule.id}:${d.ref}`);
  return needs;
}

/** True when `now` holds something that was not there in `before`: the skip stops for it. */
export function somethingArrived(before: Needs, now: Needs): boolean {
  const seen = new Set([...before.todo, ...before.news]);
  return now.todo.some((k) => !seen.has(k)) || now.news.some((k) => !seen.has(k));
}
