import { ROLES, type Role } from '../ids';
import type { Seat, Violation, World } from '../world';

/**
 * The seats a person played: seats without a bot level, trainers excluded. A run with no such
 * seat (the CLI, the balance check, the expert yardstick) is a team of bots, and the whole
 * team stands in for the learner.
 */
export function learnerSeats(world: World): Seat[] {
  return Object.values(world.seats).filter((s) => !s.bot && s.role !== 'trainer');
}

/** Whether nobody but bots played this run (then every seat counts as "the learner"). */
export function allBots(world: World): boolean {
  return learnerSeats(world).length === 0;
}

/** The roles the learner played, in ROLES order; every role for an all-bot run. */
export function learnerRoles(world: World): Role[] {
  const seats = learnerSeats(world);
  if (seats.length === 0) return [...ROLES];
  const played = new Set(seats.map((s) => s.role));
  return ROLES.filter((r) => played.has(r));
}

/**
 * Whether a violation is the learner's: committed by a seat a person played (any shop seat of
 * an all-bot run). Bots' violations are the team's, never the learner's checklist.
 */
export function isLearnerViolation(world: World): (v: Violation) => boolean {
  if (allBots(world)) return (v) => v.role !== 'trainer';
  const mine = new Set(learnerSeats(world).map((s) => s.id));
  return (v) => mine.has(v.seat);
}

/** The SOP violations charged to the learner (see {@link isLearnerViolation}). */
export function learnerViolations(world: World): Violation[] {
  return world.violations.filter(isLearnerViolation(world));
}

/** The team's SOP violations: every shop seat's, bots' included (trainer seats excluded). */
export function teamViolations(world: World): Violation[] {
  return world.violations.filter((v) => v.role !== 'trainer');
}

/**
 * The drill time the learner played, in sim-seconds: up to when the drill stopped (its end,
 * or earlier when the learner ended it), or the clock of a drill still running.
 */
export function drillPlayed(world: World): number {
  return world.drillEndedAt ?? (world.phase === 'drill' ? world.clock : world.end);
}

/**
 * Commands the learner issued during the drill in the given roles. Always > 0 for an all-bot
 * run (bots are never idle): only a person can leave a seat idle.
 */
export function learnerCommands(world: World, roles: readonly Role[]): number {
  if (allBots(world)) return Number.POSITIVE_INFINITY;
  const mine = new Set(
    learnerSeats(world)
      .filter((s) => (roles as readonly string[]).includes(s.role))
      .map((s) => s.id),
  );
  const until = drillPlayed(world);
  return world.commandLog.filter((c) => c.t <= until && mine.has(c.command.seat)).length;
}

/**
 * The world as the learner's 复盘 checklist and lessons read it: the same world with only the
 * learner's SOP violations, so a bot colleague's are never turned into the learner's action.
 */
export function learnerView(world: World): World {
  return { ...world, violations: learnerViolations(world) };
}
