import { hashText } from '../rng';
import type { Ticket, World } from '../world';

/**
 * The chat platform's 分流: while the drill runs, a new chat goes round-robin to one agent of
 * `support.agents` — to a person in a support seat, or else to the bot colleague who stands
 * for the other agents. Without a colleague (one agent, or bots only) chats stay unrouted.
 */
export function routeTicket(world: World, ticket: Ticket): void {
  if (world.phase !== 'drill') return;
  const seats = Object.values(world.seats);
  const colleague = seats.find((s) => s.role === 'support' && s.colleagueOf);
  if (!colleague) return;
  const people = seats.filter((s) => s.role === 'support' && !s.bot);
  const slot = world.kpi.ticketsTotal % Math.max(world.scenario.support.agents, people.length + 1);
  ticket.pickedBy = people[slot]?.id ?? colleague.id;
}

/** Whether a chat is another agent's during the drill (the aftermath's crew takes any). */
export function othersTicket(world: World, ticket: Ticket, seat: string): boolean {
  return world.phase === 'drill' && ticket.pickedBy !== undefined && ticket.pickedBy !== seat;
}

/**
 * Who reviews an after-sales request during the drill when a person works beside a bot
 * colleague: the requests are shared out like chats, one agent's share to each person and the
 * rest to the colleague, by a stable draw on the order id (nothing is stored, so all-bot runs
 * are untouched). Undefined when requests are not routed.
 */
export function claimOwner(world: World, order: string): string | undefined {
  if (world.phase !== 'drill') return undefined;
  const seats = Object.values(world.seats);
  const colleague = seats.find((s) => s.role === 'support' && s.colleagueOf);
  if (!colleague) return undefined;
  const people = seats.filter((s) => s.role === 'support' && !s.bot);
  // FNV-1a: a multiply-and-add hash of similar ids ("o101", "o102"…) falls on few slots.
  const slot = hashText(order) % Math.max(world.scenario.support.agents, people.length + 1);
  return people[slot]?.id ?? colleague.id;
}

/** Whether an after-sales request is another agent's to review during the drill. */
export function othersClaim(world: World, order: string, seat: string): boolean {
  const owner = claimOwner(world, order);
  return owner !== undefined && owner !== seat;
}
