import type { AnyStateMachine } from 'xstate';
import { getShortestPaths } from 'xstate/graph';
import { campaignMachine } from './campaign.machine';
import { ORDER_END_STATES, orderMachine } from './order.machine';
import { sessionMachine } from './session.machine';
import { ticketMachine } from './ticket.machine';

export interface Reachability {
  machine: string;
  states: string[];
  reached: string[];
  unreachable: string[];
  endStates: string[];
}

function eventTypes(machine: AnyStateMachine): string[] {
  const types = new Set<string>();
  for (const node of Object.values(machine.root.states)) {
    for (const type of Object.keys(node.config.on ?? {})) types.add(type);
  }
  return [...types].sort();
}

/** Walks a machine's graph with every event it knows and reports the states it cannot reach. */
export function reachability(machine: AnyStateMachine, endStates: readonly string[]): Reachability {
  const events = eventTypes(machine).map((type) => ({ type }));
  const paths = getShortestPaths(machine, { events });
  const reached = [...new Set(paths.map((p) => String(p.state.value)))].sort();
  const states = Object.keys(machine.root.states).sort();
  return {
    machine: machine.id,
    states,
    reached,
    unreachable: states.filter((s) => !reached.includes(s)),
    endStates: [...endStates],
  };
}

const finals = (m: AnyStateMachine) =>
  Object.entries(m.root.states)
    .filter(([, n]) => n.type === 'final')
    .map(([k]) => k);

/** Reachability of every lifecycle machine (order, ticket, campaign, session). */
export function lifecycleReachability(): Reachability[] {
  return [
    reachability(orderMachine, ORDER_END_STATES),
    reachability(ticketMachine, finals(ticketMachine)),
    reachability(campaignMachine, finals(campaignMachine)),
    reachability(sessionMachine, finals(sessionMachine)),
  ];
}
