import type { Scenario } from '../../scenario/schema';
import { BOT_PROFILES } from '../bots/levels';
import { playTurn } from '../bots/run';
import { applyCommand } from '../commands/apply';
import type { Role } from '../ids';
import type { Command, Seat, World } from '../world';
import { advance } from './advance';
import { botSeats, createWorld } from './create-world';

/** The seat id of the simulated person in the focus role. */
export const LEARNER_SEAT = 'learner';

/** How the simulated person in the focus seat plays: the expert at human pace, or not at all. */
export const LEARNER_MODES = ['human-paced', 'idle'] as const;
export type LearnerMode = (typeof LEARNER_MODES)[number];

/**
 * Sim-seconds between two actions of a person: the scenario's `humanPaceSeconds` (real seconds
 * a person needs to read and click) at its 1× speed (`timeScale` sim-seconds per real second).
 */
export function paceSimSeconds(scenario: Scenario): number {
  return Math.max(1, Math.round(scenario.humanPaceSeconds * scenario.timeScale));
}

/**
 * The seats of a solo run: a person (no bot level) in `role`, the scenario's bots elsewhere.
 * The engine adds the person's bot colleagues where the role has several staff.
 */
export function learnerSeats(scenario: Scenario, role: Role = scenario.focusRole): Seat[] {
  return botSeats(scenario).map((s) => (s.role === role ? { id: LEARNER_SEAT, role } : s));
}

/** Real seconds a person keeps in mind what an action of theirs showed (a funnel just read). */
const RECALL_REAL_S = 60;

/** The person's own recent actions, with the sim time of each. */
export type Recent = { t: number; command: Command }[];

const same = (a: Omit<Command, 'seat' | 'role'>, b: Command) =>
  a.type === b.type && JSON.stringify(a.payload) === JSON.stringify(b.payload);

/** Sim time of the last incident alert: it makes everything seen before it worth a new look. */
function lastAlert(world: World): number {
  for (let i = world.log.length - 1; i >= 0; i--) {
    const e = world.log[i];
    if (e?.type === 'incident_started') return e.t;
  }
  return -1;
}

/**
 * One action of the person in `seatId`: what the role's expert bot would do first now, and
 * nothing more. The first command the policy tries is the action (a refused click is spent
 * too), except a repeat of one of the person's `recent` actions of the last minute (real time,
 * cut at the last incident alert): its result is still on their screen, so it is passed over.
 * Appends the action to `recent` and returns it, or undefined when there was nothing to do.
 */
export function humanPacedAction(
  world: World,
  seatId: string,
  recent: Recent = [],
): Command | undefined {
  const seat = world.seats[seatId];
  if (!seat || seat.role === 'trainer') return undefined;
  const role = seat.role;
  const since = Math.max(lastAlert(world), world.clock - RECALL_REAL_S * world.scenario.timeScale);
  const seen = recent.filter((r) => r.t > since);
  let done: Command | undefined;
  playTurn(world, { ...seat, role }, BOT_PROFILES.expert, (c) => {
    if (done) return false;
    if (seen.some((r) => same(c, r.command))) return true;
    done = { seat: seat.id, role, ...c };
    return applyCommand(world, done).ok;
  });
  if (done) recent.push({ t: world.clock, command: done });
  return done;
}

/**
 * Plays a scenario with a simulated person in the focus role (or `role`): the expert policy
 * limited to one action per {@link paceSimSeconds}, or an idle person who never acts; bots
 * (and the person's colleagues) in the other seats. Deterministic: same scenario, seed and
 * mode, same world.
 */
export function playLearner(
  scenario: Scenario,
  options: { seed?: number; mode: LearnerMode; role?: Role },
): World {
  const world = createWorld(scenario, {
    seed: options.seed ?? scenario.seed,
    seats: learnerSeats(scenario, options.role),
    colleagues: true,
  });
  const pace = paceSimSeconds(scenario);
  const recent: Recent = [];
  while (!world.finished) {
    if (options.mode === 'human-paced' && world.phase === 'drill')
      humanPacedAction(world, LEARNER_SEAT, recent);
    if (recent.length > 64) recent.splice(0, recent.length - 64);
    advance(world, pace);
  }
  return world;
}
