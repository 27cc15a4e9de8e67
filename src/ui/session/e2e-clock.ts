import { paceSimSeconds } from '../../sim/engine/learner';
import type { GameSession } from './controller';
import { needsOf } from './needs';

/**
 * The end-to-end tests' manual clock: with `?e2e=1&clock=manual` real time never moves the sim;
 * the test advances it itself through `window.__shopdojoE2E`, a fixed human latency between two
 * actions, so a human-paced run is deterministic on any machine. Without `e2e=1` nothing here
 * is installed; players never reach it.
 */
export function manualClock(search: string = globalThis.location?.search ?? ''): boolean {
  const q = new URLSearchParams(search);
  return q.get('e2e') === '1' && q.get('clock') === 'manual';
}

/** What the test drives: advance N sim-seconds, the scenario's human pace, the clock. */
export interface E2EClock {
  advance(simSeconds: number): number;
  /** Sim-seconds a person needs for one action (`humanPaceSeconds` at the scenario's 1×). */
  pace: number;
  clock(): number;
  skipping(): boolean;
  finished(): boolean;
  /** What needs the person now (the keys the skip control compares). */
  todo(): string[];
}

declare global {
  interface Window {
    __shopdojoE2E?: E2EClock;
  }
}

/**
 * Installs the hook for this session (manual clock only); `render` re-renders the play screen
 * at once after an advance instead of at the next animation frame. Returns its removal.
 */
export function installE2EClock(session: GameSession, render: () => void): () => void {
  if (!manualClock() || typeof window === 'undefined') return () => undefined;
  window.__shopdojoE2E = {
    advance: (n) => {
      session.advanceSim(Math.max(0, Math.floor(n)));
      render();
      return session.world.clock;
    },
    pace: paceSimSeconds(session.scenario),
    clock: () => session.world.clock,
    skipping: () => session.skipping,
    finished: () => session.world.finished,
    todo: () => needsOf(session.world, session.seat).todo,
  };
  return () => {
    delete window.__shopdojoE2E;
  };
}
