import type { CommandType, Role } from '../../../src/sim/ids';
import type { Order, World } from '../../../src/sim/world';

/**
 * Seats `me` (and any `others`) as people in the given roles, each having issued one command at
 * sim time `t` (60 s by default). The rest of the shop stays bots.
 */
export function seatPeople(
  w: World,
  people: Record<string, Role>,
  t = 60,
  type: CommandType = 'cycle_count',
): void {
  for (const [id, role] of Object.entries(people)) {
    delete w.seats[`bot-${role}`];
    w.seats[id] = { id, role };
    w.commandLog.push({ t, command: { seat: id, role, type, payload: {} } });
  }
}

/** An order placed at `createdAt` (negative: before the run) promised to ship by `shipBy`. */
export function promised(w: World, id: string, createdAt: number, shipBy: number): void {
  const o: Order = {
    id,
    customer: `c-${id}`,
    sku: 'tee',
    qty: 1,
    unitPrice: 59,
    discount: 0,
    amount: 59,
    channel: 'organic',
    state: 'paid',
    createdAt,
    shipBy,
    addressOk: true,
    refunded: 0,
    compensation: 0,
  };
  w.orders[id] = o;
}

/** A chat opened at `openedAt`, not answered yet. */
export function chatOpened(w: World, id: string, openedAt: number): void {
  w.tickets[id] = {
    id,
    customer: `c-${id}`,
    topic: 'urge',
    state: 'waiting',
    openedAt,
    patienceAt: openedAt + 600,
    replies: 0,
    templates: [],
    solved: false,
    escalated: false,
  };
}

/** Stops the drill at `t` (the learner ended it early); the aftermath has run. */
export function stoppedAt(w: World, t: number): void {
  w.drillEndedAt = t;
  w.phase = 'done';
}
