import { setup, type EventFromLogic } from 'xstate';

/**
 * A support conversation. The first-response SLA clock runs from `openedAt` (in the world)
 * until the first REPLY; abandonment is decided by the sim clock, not by a machine delay.
 */
export const ticketMachine = setup({
  types: {
    events: {} as
      | { type: 'PICK_UP' }
      | { type: 'REPLY' }
      | { type: 'RESOLVE' }
      | { type: 'ESCALATE' }
      | { type: 'ABANDON' }
      | { type: 'CLOSE' },
  },
}).createMachine({
  id: 'ticket',
  initial: 'waiting',
  states: {
    waiting: { on: { PICK_UP: 'assigned', REPLY: 'in_conversation', ABANDON: 'closed' } },
    assigned: { on: { REPLY: 'in_conversation', ABANDON: 'closed' } },
    in_conversation: {
      on: { REPLY: 'in_conversation', RESOLVE: 'resolved', ESCALATE: 'escalated' },
    },
    escalated: { on: { RESOLVE: 'resolved', CLOSE: 'closed' } },
    resolved: { on: { CLOSE: 'closed' } },
    closed: { type: 'final' },
  },
});

export type TicketState =
  'waiting' | 'assigned' | 'in_conversation' | 'escalated' | 'resolved' | 'closed';
export type TicketEvent = EventFromLogic<typeof ticketMachine>;
