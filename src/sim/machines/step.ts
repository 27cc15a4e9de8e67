import {
  initialTransition,
  transition,
  type AnyMachineSnapshot,
  type AnyStateMachine,
  type EventFromLogic,
} from 'xstate';
import { campaignMachine, type CampaignState } from './campaign.machine';
import { orderMachine, type OrderState } from './order.machine';
import { ticketMachine, type TicketState } from './ticket.machine';

/**
 * Advances a stored state value with XState's pure `transition()`.
 *
 * Our machines are flat and context-free, so the result depends only on (state, event type):
 * it is memoised per machine, which keeps a 5,000-order day inside its time budget while
 * XState stays the single source of truth for what is legal.
 */
function makeStepper<M extends AnyStateMachine, S extends string>(machine: M) {
  const snapshots = new Map<string, AnyMachineSnapshot>();
  const memo = new Map<string, S | null>();
  const snapshotOf = (state: S) => {
    let snap = snapshots.get(state);
    if (!snap) {
      snap = machine.resolveState({ value: state, context: {} }) as AnyMachineSnapshot;
      snapshots.set(state, snap);
    }
    return snap;
  };
  return (state: S, type: EventFromLogic<M>['type']): S | null => {
    const key = `${state}|${type}`;
    const known = memo.get(key);
    if (known !== undefined) return known;
    const snap = snapshotOf(state);
    const event = { type } as EventFromLogic<M>;
    const next = snap.can(event)
      ? ((transition(machine as AnyStateMachine, snap, event)[0] as AnyMachineSnapshot).value as S)
      : null;
    memo.set(key, next);
    return next;
  };
}

/** Next order state, or null when the event is not allowed from `state`. */
export const stepOrder = makeStepper<typeof orderMachine, OrderState>(orderMachine);
/** Next ticket state, or null when the event is not allowed from `state`. */
export const stepTicket = makeStepper<typeof ticketMachine, TicketState>(ticketMachine);
/** Next campaign state, or null when the event is not allowed from `state`. */
export const stepCampaign = makeStepper<typeof campaignMachine, CampaignState>(campaignMachine);

/** The state a new entity starts in, read from the machine itself. */
export function initialState(machine: AnyStateMachine): string {
  return initialTransition(machine)[0].value as string;
}
