import type { AutosaveRun } from '../../platform/store-schema';
import type { Scenario } from '../../scenario/schema';
import { botSeats } from '../../sim/engine/create-world';
import type { BotLevel, Role } from '../../sim/ids';
import type { Seat } from '../../sim/world';
import { GameSession, type Speed } from '../session/controller';

/** The person at this screen always sits in seat `me`; bots fill the other roles. */
export const HUMAN_SEAT = 'me';

/** What the briefing decided: who plays what, against which bots. */
export interface RunSetup {
  scenario: Scenario;
  role: Role;
  botLevel: BotLevel;
  seed: number;
  speed: Speed;
}

export function seatsFor(scenario: Scenario, role: Role, level: BotLevel): Seat[] {
  const bots = botSeats(scenario, level).filter((s) => s.role !== role);
  return [{ id: HUMAN_SEAT, role }, ...bots];
}

export function newSession(setup: RunSetup): GameSession {
  return new GameSession(setup.scenario, {
    seed: setup.seed,
    seats: seatsFor(setup.scenario, setup.role, setup.botLevel),
    humanSeat: HUMAN_SEAT,
    speed: setup.speed,
  });
}

/** The autosave file's shape for a session (the shell stamps `savedAt`). */
export function toAutosave(
  session: GameSession,
  role: Role,
  botLevel: BotLevel,
): Omit<AutosaveRun, 'savedAt'> {
  const save = session.save();
  return {
    scenarioId: save.scenarioId,
    scenarioVersion: save.scenarioVersion,
    seed: save.seed,
    seats: save.seats,
    role,
    botLevel,
    log: save.commands,
    clock: save.clock,
    speed: save.speed,
    ...(save.runId !== undefined ? { runId: save.runId } : {}),
  };
}

/** Rebuilds a saved run by replay; it comes back paused. Undefined when the scenario changed. */
export function resumeSession(scenario: Scenario, run: AutosaveRun): GameSession | undefined {
  if (scenario.id !== run.scenarioId || scenario.version !== run.scenarioVersion) return undefined;
  return GameSession.resume(scenario, {
    scenarioId: run.scenarioId,
    scenarioVersion: run.scenarioVersion,
    seed: run.seed,
    seats: run.seats,
    humanSeat: HUMAN_SEAT,
    commands: run.log,
    clock: run.clock,
    speed: run.speed === 0 ? 1 : run.speed,
    ...(run.runId !== undefined ? { runId: run.runId } : {}),
  });
}

/**
 * Test-only acceleration: `?e2e=1&speed=64` feeds the sim 64× the real time, so an end-to-end
 * test can play a whole scenario in seconds. Ignored without `e2e=1`; never shown to players.
 */
export function testBoost(search: string = globalThis.location?.search ?? ''): number {
  const q = new URLSearchParams(search);
  if (q.get('e2e') !== '1') return 1;
  const n = Number(q.get('speed'));
  return Number.isFinite(n) && n >= 1 && n <= 1000 ? n : 1;
}
