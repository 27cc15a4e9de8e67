import { REPLY_TEMPLATES, type ReplyTemplate, type TicketTopic } from '../../sim/ids';
import { activeSopCards } from '../../sim/sop/rules';
import { othersClaim, othersTicket } from '../../sim/support/routing';
import { TOPIC_SOLUTIONS } from '../../sim/support/tickets';
import type { Order, Review, Ticket, World } from '../../sim/world';

/** First-response target shown on the queue: a wait past this turns the timer red. */
export const SLA_S = 120;

export interface QueueRow {
  ticket: Ticket;
  /** Sim-seconds the customer has waited for the first reply (frozen once answered). */
  wait: number;
  answered: boolean;
  late: boolean;
  /** Sim-seconds left before the customer gives up (negative: already past). */
  patienceLeft: number;
}

/**
 * Open conversations, the longest unanswered wait first, answered ones after. Chats the
 * platform routed to a colleague of `seat` are on the colleague's screen, not in this queue.
 */
export function supportQueue(world: World, seat?: string): QueueRow[] {
  const rows: QueueRow[] = [];
  for (const id of world.queues.tickets) {
    const t = world.tickets[id];
    if (!t || t.state === 'closed') continue;
    if (seat !== undefined && othersTicket(world, t, seat)) continue;
    const answered = t.firstReplyAt !== undefined;
    const wait = (t.firstReplyAt ?? world.clock) - t.openedAt;
    rows.push({
      ticket: t,
      wait,
      answered,
      late: wait > SLA_S,
      patienceLeft: t.patienceAt - world.clock,
    });
  }
  return rows.sort(
    (a, b) =>
      Number(a.answered) - Number(b.answered) ||
      b.wait - a.wait ||
      a.ticket.openedAt - b.ticket.openedAt,
  );
}

export interface ReplyOption {
  template: ReplyTemplate;
  /** A quick reply of an SOP card in play. */
  sop: boolean;
  /** The reply that answers this ticket's topic. */
  solves: boolean;
}

/** Every reply template, the SOP cards' quick replies and the topic's answer flagged. */
export function replyOptions(world: World, topic: TicketTopic): ReplyOption[] {
  const sop = new Set<ReplyTemplate>();
  for (const card of activeSopCards(world)) {
    if (card.role === 'support') for (const q of card.quickReplies) sop.add(q);
  }
  const solves = new Set(TOPIC_SOLUTIONS[topic].templates);
  const all = REPLY_TEMPLATES.map((template) => ({
    template,
    sop: sop.has(template),
    solves: solves.has(template),
  }));
  return [...all.filter((o) => o.sop), ...all.filter((o) => !o.sop)];
}

/** How many reply templates answer this topic on their own. */
export function solvingReplies(topic: TicketTopic): number {
  return TOPIC_SOLUTIONS[topic].templates.length;
}

/** The actions (besides replies) that close this topic well: hints for the agent. */
export function topicActions(topic: TicketTopic): readonly string[] {
  return TOPIC_SOLUTIONS[topic].commands;
}

export interface OrderInfo {
  order: Order;
  shipBy?: number;
  courier?: string;
  shippedAt?: number;
  etaAt?: number;
  /** The parcel is on the road and later than the courier's normal time. */
  delayed: boolean;
  aftersalePending: boolean;
}

/** What an order look-up shows. */
export function orderInfo(world: World, id: string | undefined): OrderInfo | undefined {
  const o = id ? world.orders[id] : undefined;
  if (!o) return undefined;
  return {
    order: o,
    shipBy: o.shipBy,
    courier: o.courier,
    shippedAt: o.shippedAt,
    etaAt: o.etaAt,
    delayed: !!o.delayed,
    aftersalePending: world.queues.aftersales.includes(o.id),
  };
}

export interface ReviewRow {
  index: number;
  review: Review;
}

/** 1–2-star reviews, newest first, those not yet followed up on top. */
export function badReviews(world: World): ReviewRow[] {
  return world.reviews
    .map((review, index) => ({ review, index }))
    .filter((r) => r.review.stars <= 2)
    .sort(
      (a, b) =>
        Number(a.review.followedUp) - Number(b.review.followedUp) || b.review.t - a.review.t,
    );
}

/**
 * Orders whose after-sales request waits for the seller's answer, oldest deadline first; those
 * routed to a colleague of `seat` are on the colleague's list.
 */
export function pendingAftersales(world: World, seat?: string): Order[] {
  return world.queues.aftersales
    .filter((id) => seat === undefined || !othersClaim(world, id, seat))
    .map((id) => world.orders[id])
    .filter((o): o is Order => !!o)
    .sort((a, b) => (a.aftersale?.deadline ?? 0) - (b.aftersale?.deadline ?? 0));
}

/** The support SOP cards in play, for the step hints beside the chat. */
export function supportSops(world: World) {
  return activeSopCards(world).filter((c) => c.role === 'support');
}

/** The highest amount the SOP cards in play allow for a command (coupon, compensation), if any. */
export function sopLimit(world: World, command: 'issue_coupon' | 'compensate'): number | undefined {
  let limit: number | undefined;
  for (const card of activeSopCards(world))
    for (const rule of card.rules)
      if (rule.kind === 'max_amount' && rule.command === command)
        limit = limit === undefined ? rule.limit : Math.min(limit, rule.limit);
  return limit;
}
