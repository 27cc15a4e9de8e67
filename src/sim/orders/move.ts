import type { OrderEvent } from '../machines/order.machine';
import { stepOrder } from '../machines/step';
import { stepTicket } from '../machines/step';
import type { TicketEvent } from '../machines/ticket.machine';
import type { Order, Ticket } from '../world';

/** Whether the order machine allows `event` from the order's current state. */
export function orderCan(order: Order, event: OrderEvent['type']): boolean {
  return stepOrder(order.state, event) !== null;
}

/**
 * Moves an order through its machine. The engine only calls this after checking the move is
 * legal, so an illegal move here is a bug, and it throws rather than corrupt the world.
 */
export function moveOrder(order: Order, event: OrderEvent['type']): void {
  const next = stepOrder(order.state, event);
  if (next === null) throw new Error(`order ${order.id}: ${event} not allowed in ${order.state}`);
  order.state = next;
}

/** Whether the ticket machine allows `event` from the ticket's current state. */
export function ticketCan(ticket: Ticket, event: TicketEvent['type']): boolean {
  return stepTicket(ticket.state, event) !== null;
}

/** Moves a ticket through its machine; throws on an illegal move (an engine bug). */
export function moveTicket(ticket: Ticket, event: TicketEvent['type']): void {
  const next = stepTicket(ticket.state, event);
  if (next === null)
    throw new Error(`ticket ${ticket.id}: ${event} not allowed in ${ticket.state}`);
  ticket.state = next;
}

/** Removes `id` from a work queue if present. */
export function dequeue(queue: string[], id: string): void {
  const i = queue.indexOf(id);
  if (i >= 0) queue.splice(i, 1);
}

/** Below this many ids, one `dequeue` each is cheaper than a pass over the queue. */
const FEW = 8;

/**
 * Removes the first occurrence of each of `ids` from a work queue, keeping the rest in order:
 * the same queue as a `dequeue` per id, in one pass instead of a search and a shift per id.
 */
export function dequeueAll(queue: string[], ids: Iterable<string>): void {
  const gone = new Set(ids);
  if (gone.size < FEW) {
    for (const id of gone) dequeue(queue, id);
    return;
  }
  let kept = 0;
  for (const id of queue) {
    if (gone.delete(id)) continue;
    queue[kept++] = id;
  }
  queue.length = kept;
}
