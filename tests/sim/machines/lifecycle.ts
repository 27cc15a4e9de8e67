import { describe, expect, it } from 'vitest';
import type { AnyMachineSnapshot, AnyStateMachine } from 'xstate';
import { getShortestPaths, getStateNodes } from 'xstate/graph';

/** The machine's declared states: each one's kind and, per event, the state it leads to. */
export function declaredStates(machine: AnyStateMachine) {
  const states = new Map<string, { final: boolean; on: Map<string, string> }>();
  for (const node of getStateNodes(machine)) {
    const on = new Map<string, string>();
    for (const [event, transitions] of Object.entries(node.on)) {
      const target = transitions[0]?.target?.[0]?.key;
      if (target) on.set(event, target);
    }
    states.set(node.key, { final: node.type === 'final', on });
  }
  return states;
}

/** Every event type the machine mentions anywhere. */
export function eventTypes(machine: AnyStateMachine): string[] {
  return [...new Set([...declaredStates(machine).values()].flatMap((s) => [...s.on.keys()]))];
}

/** Shortest event sequence from the initial state to each reachable state, by state. */
export function shortestPaths(machine: AnyStateMachine, from?: string) {
  const fromState = from
    ? (machine.resolveState({ value: from, context: {} }) as AnyMachineSnapshot)
    : undefined;
  const paths = getShortestPaths(machine, fromState ? { fromState } : {});
  const byState = new Map<string, string[]>();
  for (const p of paths) {
    const steps = p.steps as { event: { type: string } }[];
    byState.set(
      String(p.state.value),
      steps.map((s) => s.event.type).filter((t) => !t.startsWith('xstate.')),
    );
  }
  return byState;
}

/**
 * The checks every lifecycle machine must pass: each state is reachable from the start, each
 * end state is reachable, no state other than an end state is a dead end, and (when the sim
 * steps the machine through a memoised stepper) the stepper agrees with the machine on every
 * move, legal or not.
 */
export function lifecycleChecks(
  name: string,
  machine: AnyStateMachine,
  stepper?: (state: string, event: string) => string | null,
) {
  describe(`${name} lifecycle (xstate/graph)`, () => {
    const states = declaredStates(machine);
    const finals = [...states].filter(([, s]) => s.final).map(([k]) => k);

    it('has at least one final state', () => {
      expect(finals.length).toBeGreaterThan(0);
    });

    it('reaches every state from the initial state', () => {
      const reached = [...shortestPaths(machine).keys()].sort();
      expect(reached).toEqual([...states.keys()].sort());
    });

    it('reaches every final state, and a final state has no way out', () => {
      const reached = shortestPaths(machine);
      for (const f of finals) {
        expect(reached.has(f), `${f} reachable`).toBe(true);
        expect(states.get(f)?.on.size, `${f} has no transitions`).toBe(0);
      }
    });

    it('from every state some final state is still reachable (no dead ends)', () => {
      for (const state of states.keys()) {
        const onward = shortestPaths(machine, state);
        expect(
          finals.some((f) => onward.has(f)),
          `${state} can still end`,
        ).toBe(true);
      }
    });

    if (stepper) {
      it('the stepper allows exactly the declared moves and refuses every other one', () => {
        const events = eventTypes(machine);
        for (const [state, def] of states) {
          for (const event of events) {
            expect(stepper(state, event), `${state} --${event}-->`).toBe(def.on.get(event) ?? null);
          }
        }
      });

      it('replaying each shortest path through the stepper ends in its state', () => {
        const initial = String(
          (
            machine.resolveState({
              value: machine.config.initial as string,
              context: {},
            }) as AnyMachineSnapshot
          ).value,
        );
        for (const [target, events] of shortestPaths(machine)) {
          let state: string | null = initial;
          for (const e of events) state = state === null ? null : stepper(state, e);
          expect(state, events.join(' → ')).toBe(target);
        }
      });
    }
  });
}
