import { describe, expect, it } from 'vitest';
import { transition, type AnyMachineSnapshot } from 'xstate';
import { sessionMachine, type SessionState } from '../../../src/sim/machines/session.machine';
import { initialState } from '../../../src/sim/machines/step';
import { lifecycleChecks, shortestPaths } from './lifecycle';

type SessionEvent = 'START' | 'PAUSE' | 'RESUME' | 'FINISH' | 'DEBRIEF';

/** The session's next state with XState's pure transition, or null when not allowed. */
function step(state: string, type: string): string | null {
  const snap = sessionMachine.resolveState({ value: state, context: {} }) as AnyMachineSnapshot;
  const event = { type: type as SessionEvent };
  if (!snap.can(event)) return null;
  return String(transition(sessionMachine, snap as never, event)[0].value);
}

lifecycleChecks('session', sessionMachine, step);

describe('session machine', () => {
  it('runs briefing → running ⇄ paused → finished → debrief', () => {
    expect(initialState(sessionMachine)).toBe('briefing');
    let s: string | null = 'briefing';
    const seen: string[] = [s];
    for (const e of ['START', 'PAUSE', 'RESUME', 'PAUSE', 'FINISH', 'DEBRIEF']) {
      s = s === null ? null : step(s, e);
      seen.push(String(s));
    }
    expect(seen).toEqual([
      'briefing',
      'running',
      'paused',
      'running',
      'paused',
      'finished',
      'debrief',
    ] satisfies SessionState[]);
  });

  it('cannot pause before starting, resume while running, or go back after finishing', () => {
    expect(step('briefing', 'PAUSE')).toBeNull();
    expect(step('briefing', 'FINISH')).toBeNull();
    expect(step('running', 'RESUME')).toBeNull();
    expect(step('finished', 'RESUME')).toBeNull();
    expect(step('running', 'DEBRIEF')).toBeNull();
  });

  it('the debrief is three moves away at the quickest', () => {
    expect(shortestPaths(sessionMachine).get('debrief')).toEqual(['START', 'FINISH', 'DEBRIEF']);
  });
});
