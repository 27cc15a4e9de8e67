import type { ReplyTemplate, TicketTopic } from '../ids';
import { schedule } from '../engine/agenda';
import { emit, nextId } from '../engine/log';
import { dequeue, moveTicket, ticketCan } from '../orders/move';
import { chance, randInt } from '../rng';
import type { Ticket, World } from '../world';
import { upset } from '../customers/satisfaction';
import { routeTicket } from './routing';

/** What closes each kind of conversation well: a reply template, or an action on the order. */
export const TOPIC_SOLUTIONS: Record<
  TicketTopic,
  { templates: ReplyTemplate[]; commands: string[] }
> = {
  presale: { templates: ['presale_answer'], commands: [] },
  bargain: { templates: ['bargain_decline'], commands: ['issue_coupon'] },
  urge: { templates: ['ship_eta'], commands: [] },
  address: { templates: [], commands: ['change_address', 'request_intercept'] },
  wismo: { templates: ['logistics_status'], commands: ['request_intercept'] },
  damaged: { templates: [], commands: ['compensate', 'approve_aftersale', 'resend_item'] },
  aftersale: {
    templates: [],
    commands: ['approve_aftersale', 'reject_aftersale', 'resend_item'],
  },
  bad_review: { templates: ['review_follow_up'], commands: ['follow_up_review', 'compensate'] },
};

/** A customer writes to support. The SLA clock starts now. */
export function openTicket(
  world: World,
  customerId: string,
  topic: TicketTopic,
  ref: { order?: string; sku?: string } = {},
): Ticket {
  const customer = world.customers[customerId];
  const persona = world.scenario.demand.personas.find((p) => p.id === customer?.persona);
  const patience =
    (persona?.patienceS ?? 180) * (topic === 'presale' || topic === 'bargain' ? 1 : 2);
  const ticket: Ticket = {
    id: nextId(world, 't'),
    customer: customerId,
    topic,
    state: 'waiting',
    openedAt: world.clock,
    patienceAt: world.clock + patience,
    replies: 0,
    templates: [],
    solved: false,
    escalated: false,
  };
  if (ref.order) ticket.order = ref.order;
  if (ref.sku) ticket.sku = ref.sku;
  world.tickets[ticket.id] = ticket;
  if (customer) customer.ticket = ticket.id;
  if (topic === 'presale' || topic === 'bargain')
    schedule(world, world.clock + 2 * patience, 'presale_decide', customerId);
  routeTicket(world, ticket);
  world.queues.tickets.push(ticket.id);
  world.kpi.ticketsTotal++;
  schedule(world, ticket.patienceAt, 'ticket_patience', ticket.id);
  emit(world, {
    type: 'ticket_opened',
    role: 'customer',
    ticket: ticket.id,
    order: ref.order,
    sku: ref.sku,
    detail: topic,
  });
  return ticket;
}

/** Records a reply; the first one stops the SLA clock. */
export function recordReply(world: World, ticket: Ticket, template?: ReplyTemplate): void {
  if (ticket.firstReplyAt === undefined) {
    ticket.firstReplyAt = world.clock;
    insertSorted(world.kpi.firstResponses, world.clock - ticket.openedAt);
    if (world.clock - ticket.openedAt <= 180) world.kpi.repliedWithin3Min++;
    emit(world, {
      type: 'ticket_first_reply',
      role: 'support',
      ticket: ticket.id,
      value: world.clock - ticket.openedAt,
    });
  }
  moveTicket(ticket, 'REPLY');
  ticket.replies++;
  if (template) {
    ticket.templates.push(template);
    if (TOPIC_SOLUTIONS[ticket.topic].templates.includes(template)) markSolved(world, ticket);
  }
}

/** Marks tickets about this order solved when the action is what their topic needs. */
export function solveByCommand(
  world: World,
  command: string,
  orderId: string | undefined,
  ticketId?: string,
): void {
  for (const id of world.queues.tickets) {
    const t = world.tickets[id];
    if (!t || t.solved) continue;
    const matches = (ticketId && t.id === ticketId) || (orderId && t.order === orderId);
    if (matches && TOPIC_SOLUTIONS[t.topic].commands.includes(command)) markSolved(world, t);
  }
}

/** A solved pre-sale chat lets the visitor decide to buy half a minute later. */
function markSolved(world: World, ticket: Ticket): void {
  ticket.solved = true;
  if (ticket.topic === 'presale' || ticket.topic === 'bargain') {
    schedule(world, world.clock + 30, 'presale_decide', ticket.customer);
  }
}

/** The customer rates the conversation and it leaves the queue. */
export function closeTicket(world: World, ticket: Ticket): void {
  if (ticket.state === 'closed') return;
  moveTicket(ticket, 'CLOSE');
  dequeue(world.queues.tickets, ticket.id);
  const wait = (ticket.firstReplyAt ?? world.clock) - ticket.openedAt;
  let stars = 5;
  if (wait > 60) stars--;
  if (wait > 180) stars--;
  if (!ticket.solved) stars -= 2;
  if (ticket.escalated) stars--;
  stars += randInt(world.rng, -1, 1) * (chance(world.rng, 0.3) ? 1 : 0);
  stars = Math.max(1, Math.min(5, stars));
  maybeRate(world, ticket, stars);
  if (stars <= 2) upset(world, ticket.customer, 0.2);
  emit(world, { type: 'ticket_closed', role: 'customer', ticket: ticket.id, value: stars });
}

/**
 * Most customers skip the rating, whatever happened; the ones a scenario scripts, or a person
 * plays, always rate.
 */
function maybeRate(world: World, ticket: Ticket, stars: number): void {
  const c = world.customers[ticket.customer];
  if (!(c?.seat || c?.scripted !== undefined || chance(world.rng, 0.7))) return;
  ticket.rating = stars;
  world.kpi.ratings.sum += stars;
  world.kpi.ratings.n++;
}

/** Resolves a conversation; a clean resolution is solved and was never escalated. */
export function resolveTicket(world: World, ticket: Ticket): void {
  moveTicket(ticket, 'RESOLVE');
  ticket.resolvedAt = world.clock;
  if (ticket.solved && !ticket.escalated) world.kpi.ticketsResolvedClean++;
  emit(world, {
    type: 'ticket_resolved',
    role: 'support',
    ticket: ticket.id,
    value: ticket.solved ? 1 : 0,
  });
  closeTicket(world, ticket);
}

/** Patience ran out before anyone answered: the customer leaves unhappy. */
export function ticketPatience(world: World, ticket: Ticket): void {
  if (ticket.firstReplyAt !== undefined || !ticketCan(ticket, 'ABANDON')) return;
  moveTicket(ticket, 'ABANDON');
  dequeue(world.queues.tickets, ticket.id);
  insertSorted(world.kpi.firstResponses, world.clock - ticket.openedAt);
  upset(world, ticket.customer, 0.25);
  // Left unanswered: rated like any other chat (most skip it), just badly.
  maybeRate(world, ticket, chance(world.rng, 0.75) ? 1 : 2);
  if (ticket.topic === 'presale' || ticket.topic === 'bargain')
    schedule(world, world.clock, 'presale_decide', ticket.customer);
  emit(world, {
    type: 'ticket_abandoned',
    role: 'customer',
    ticket: ticket.id,
    value: world.clock - ticket.openedAt,
  });
}

/** Keeps first-response times sorted so percentiles are cheap to sample every minute. */
function insertSorted(list: number[], value: number): void {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((list[mid] ?? 0) <= value) lo = mid + 1;
    else hi = mid;
  }
  list.splice(lo, 0, value);
}

/** A supervisor settles an escalated case; it no longer counts as a clean resolution. */
export function settleEscalated(world: World, ticket: Ticket): void {
  ticket.solved = true;
  resolveTicket(world, ticket);
}
