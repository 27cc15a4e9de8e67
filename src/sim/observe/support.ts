import type { CommandType, ReplyTemplate, TicketTopic } from '../ids';
import type { TicketState } from '../machines/ticket.machine';
import {
  claimEvidence,
  type BuyerHistory,
  type ClaimPhotos,
  type ClaimStatement,
  type LogisticsTrace,
} from '../orders/claim-evidence';
import { openBadReviews } from '../support/bad-reviews';
import { othersClaim, othersTicket } from '../support/routing';
import type { Order, Review, World } from '../world';
import { resendable, resendCost } from '../orders/resend';
import { orderView, type OrderView } from './orders';

/** One conversation as the chat queue shows it. */
export interface TicketView {
  id: string;
  customer: string;
  order?: OrderView;
  topic: TicketTopic;
  state: TicketState;
  openedAt: number;
  patienceAt: number;
  firstReplyAt?: number;
  replies: number;
  templates: readonly ReplyTemplate[];
  /** The reply or action the customer needed has been given. */
  solved: boolean;
  escalated: boolean;
  /** What the support team has done in this conversation so far. */
  done: readonly CommandType[];
}

/**
 * An after-sales request in the 售后审核 queue. The claim and its photos are on the request;
 * the order details and the buyer's record appear once the order is looked up, the courier's
 * trace once the logistics are. There is no fraud label: the seller weighs the evidence.
 */
export interface ClaimView {
  order: string;
  sku: string;
  amount: number;
  type: 'refund_only' | 'return' | 'exchange';
  statement: ClaimStatement;
  photos: ClaimPhotos;
  requestedAt: number;
  deadline: number;
  /** The parcel left with a courier, so there is a trace to look up. */
  shipped: boolean;
  lookedUpOrder: boolean;
  lookedUpLogistics: boolean;
  /** After `lookup_order`. */
  details?: OrderView;
  /** After `lookup_order`. */
  buyer?: BuyerHistory;
  /** After `lookup_logistics`. */
  trace?: LogisticsTrace;
  /** 补发 would settle this claim (goods faulty, wrong or missing) and a unit is on the shelf. */
  resendable: boolean;
  /** What a 补发 costs the shop: the unit's cost of goods, packaging and the cheapest courier. */
  resendCost: number;
}

/** A review as the review tab lists it. */
export interface ReviewView {
  index: number;
  order?: string;
  sku: string;
  t: number;
  stars: number;
  followedUp: boolean;
}

function reviewView(r: Review, index: number): ReviewView {
  return { index, order: r.order, sku: r.sku, t: r.t, stars: r.stars, followedUp: r.followedUp };
}

function done(world: World, key: string | undefined): readonly CommandType[] {
  return key ? (world.trail[key] ?? []) : [];
}

/** The claim on an order as the seller sees it, revealing what the look-ups done so far reveal. */
export function claimView(world: World, o: Order): ClaimView | undefined {
  const ev = claimEvidence(world, o);
  const as = o.aftersale;
  if (!ev || !as) return undefined;
  const trail = done(world, o.id);
  const lookedUpOrder = trail.includes('lookup_order');
  const lookedUpLogistics = trail.includes('lookup_logistics');
  return {
    order: o.id,
    sku: o.sku,
    amount: o.amount,
    type: as.type,
    statement: ev.statement,
    photos: ev.photos,
    requestedAt: as.requestedAt,
    deadline: as.deadline,
    shipped: o.shippedAt !== undefined,
    lookedUpOrder,
    lookedUpLogistics,
    ...(lookedUpOrder ? { details: orderView(world, o.id), buyer: ev.buyer } : {}),
    ...(lookedUpLogistics ? { trace: ev.trace } : {}),
    resendable: resendable(world, o, ev.statement),
    resendCost: resendCost(world, o),
  };
}

/** What a 客服 seat sees. */
export interface SupportObservation {
  role: 'support';
  clock: number;
  /** Agents on the support team. */
  agents: number;
  /**
   * Open conversations in queue order (closed ones have left the queue), built one at a time
   * as they are read: an agent who stops reading after a few pays nothing for the rest.
   * Chats in `skip` are left out before their views are built.
   */
  tickets(skip?: ReadonlySet<string>): Iterable<TicketView>;
  /** Chats and requests in the team's queues, whoever they are routed to: 0 is a quiet desk. */
  queued(): number;
  /** Requests waiting for the seller's answer, in queue order, built as they are read. */
  aftersales(): Iterable<ClaimView>;
  /** The claim on one order, if it has one. */
  claim(order: string): ClaimView | undefined;
  reviews(): ReviewView[];
  /** Bad reviews (≤ 2 stars) not followed up yet, oldest first: costs those, not every review. */
  badReviews(): ReviewView[];
}

/**
 * The view of support seat `seat`: while the drill runs, chats the platform routed to another
 * agent are on that agent's screen, not this one's. Without a seat, every chat shows.
 */
export function observeSupport(world: World, seat?: string): SupportObservation {
  return {
    role: 'support',
    clock: world.clock,
    agents: world.scenario.support.agents,
    tickets: function* (skip?: ReadonlySet<string>) {
      for (const id of world.queues.tickets.slice()) {
        if (skip?.has(id)) continue;
        const t = world.tickets[id];
        if (!t || (seat !== undefined && othersTicket(world, t, seat))) continue;
        // The order view is built when first read: an agent passing over a chat pays nothing.
        let order: OrderView | undefined | null = null;
        const orderId = t.order;
        yield {
          id: t.id,
          customer: t.customer,
          get order() {
            return order === null ? (order = orderView(world, orderId)) : order;
          },
          topic: t.topic,
          state: t.state,
          openedAt: t.openedAt,
          patienceAt: t.patienceAt,
          firstReplyAt: t.firstReplyAt,
          replies: t.replies,
          templates: t.templates,
          solved: t.solved,
          escalated: t.escalated,
          done: done(world, t.id),
        };
      }
    },
    queued: () => world.queues.tickets.length + world.queues.aftersales.length,
    aftersales: function* () {
      for (const id of world.queues.aftersales.slice()) {
        if (seat !== undefined && othersClaim(world, id, seat)) continue;
        const o = world.orders[id];
        const v = o ? claimView(world, o) : undefined;
        if (v) yield v;
      }
    },
    claim: (id) => {
      const o = world.orders[id];
      return o ? claimView(world, o) : undefined;
    },
    reviews: () => world.reviews.map((r, index) => reviewView(r, index)),
    badReviews: () =>
      openBadReviews(world).flatMap((i) => {
        const r = world.reviews[i];
        return r ? [reviewView(r, i)] : [];
      }),
  };
}
