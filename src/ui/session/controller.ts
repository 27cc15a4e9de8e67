import { createActor, type Actor } from 'xstate';
import type { Scenario } from '../../scenario/schema';
import { applyCommand } from '../../sim/commands/apply';
import { advance } from '../../sim/engine/advance';
import { createWorld } from '../../sim/engine/create-world';
import { humanCommands, replay } from '../../sim/engine/replay';
import type { CommandType } from '../../sim/ids';
import type { PlaySession } from './play-session';
import { sessionMachine, type SessionState } from '../../sim/machines/session.machine';
import type { CommandResult, LoggedCommand, Seat, World } from '../../sim/world';
import { needsOf } from './needs';
import { Skip } from './skip';

/** The speeds a player can pick (× the scenario's own time scale). */
export const SPEEDS = [1, 2, 4] as const;
export type Speed = (typeof SPEEDS)[number];

/** Teaching speed: the share of the chosen speed the clock keeps while a decision is open. */
export const TEACHING_FACTOR = 0.25;

/** What an autosave keeps: enough to rebuild the world by replay, nothing more. */
export interface RunSave {
  scenarioId: string;
  scenarioVersion: number;
  seed: number;
  seats: Seat[];
  humanSeat: string;
  commands: LoggedCommand[];
  clock: number;
  speed: Speed;
  /** Which run this is (see GameSession.runId). */
  runId?: string;
}

export interface SessionOptions {
  seed: number;
  seats: Seat[];
  /** The seat the person at this screen plays. */
  humanSeat: string;
  speed?: Speed;
  /** Bot colleagues beside the person in a staffed seat (solo play); default on. */
  colleagues?: boolean;
  /** A continued run's id; a new run gets a fresh one. */
  runId?: string;
}

/**
 * One run as the player experiences it: the world, the session machine (briefing → running ⇄
 * paused → finished → debrief), the speed, and the real-time → sim-time pacing. The UI calls
 * `frame()` once per animation frame; the sim itself never reads a clock.
 */
export class GameSession implements PlaySession {
  /** The clock runs in this window. */
  readonly remote = false;
  readonly world: World;
  readonly scenario: Scenario;
  readonly humanSeat: string;
  /**
   * Names the run across a reload and a Continue, so history records it once even when its
   * autosave outlived the record (a kill in between).
   */
  readonly runId: string;
  speed: Speed;
  /** Teaching speed for novices: the clock slows while the person has a decision open. */
  teaching = false;
  /** Set by the station: a chat selected, a claim on screen — the person is deciding. */
  decisionOpen = false;
  private skip: Skip | undefined;
  /** On a what-if branch of a finished run (see branch.ts): the sim time it was replayed to. */
  whatIfFrom?: number;
  private readonly actor: Actor<typeof sessionMachine>;
  private carry = 0;
  private readonly listeners = new Set<() => void>();

  constructor(scenario: Scenario, options: SessionOptions, world?: World) {
    this.scenario = scenario;
    this.humanSeat = options.humanSeat;
    this.runId = options.runId ?? crypto.randomUUID();
    this.speed = options.speed ?? 1;
    this.world =
      world ??
      createWorld(scenario, {
        seed: options.seed,
        seats: options.seats,
        colleagues: options.colleagues ?? true,
      });
    this.actor = createActor(sessionMachine).start();
  }

  /** Rebuilds a saved run by replaying its commands, ready to continue where it stopped. */
  static resume(scenario: Scenario, save: RunSave): GameSession {
    const world = replay(
      scenario,
      { seed: save.seed, seats: save.seats },
      save.commands,
      save.clock,
    );
    const session = new GameSession(
      scenario,
      {
        seed: save.seed,
        seats: save.seats,
        humanSeat: save.humanSeat,
        speed: save.speed,
        ...(save.runId !== undefined ? { runId: save.runId } : {}),
      },
      world,
    );
    session.actor.send({ type: 'START' });
    session.actor.send({ type: 'PAUSE' });
    return session;
  }

  get state(): SessionState {
    return this.actor.getSnapshot().value;
  }

  get seat(): Seat | undefined {
    return this.world.seats[this.humanSeat];
  }

  start(): void {
    this.actor.send({ type: 'START' });
    this.changed();
  }

  togglePause(): void {
    this.actor.send({ type: this.state === 'paused' ? 'RESUME' : 'PAUSE' });
    this.changed();
  }

  setSpeed(speed: Speed): void {
    this.speed = speed;
    this.changed();
  }

  /** The clock runs slower now: teaching speed is on and the person is deciding. */
  get slowed(): boolean {
    return this.teaching && this.decisionOpen && !this.skip;
  }

  get skipping(): boolean {
    return this.skip !== undefined;
  }

  /**
   * Fast-forwards to the next thing that needs the person (resumes a paused run); refused
   * while work for their role is still open.
   */
  skipToNext(): void {
    if (this.world.finished || this.skip) return;
    if (needsOf(this.world, this.seat).todo.length > 0) return;
    if (this.state === 'paused') this.actor.send({ type: 'RESUME' });
    if (this.state !== 'running') return;
    this.skip = new Skip(this.world, this.seat);
    this.changed();
  }

  /** Stops a fast-forward where it is (the person changed their mind). */
  cancelSkip(): void {
    this.skip = undefined;
    this.changed();
  }

  /** Advances the sim by the real time since the last frame, at the scenario's scale × speed. */
  frame(realMs: number): void {
    if (this.state !== 'running') return;
    if (this.skip) {
      if (this.skip.step()) this.skip = undefined;
      this.afterAdvance();
      return;
    }
    const factor = this.slowed ? TEACHING_FACTOR : 1;
    // A long stall (a hidden tab) must not fast-forward the day: cap one frame at a quarter second.
    const sim =
      (Math.min(realMs, 250) / 1000) * this.scenario.timeScale * this.speed * factor + this.carry;
    const whole = Math.floor(sim);
    this.carry = sim - whole;
    if (whole > 0) {
      advance(this.world, whole);
      this.afterAdvance();
    }
  }

  /**
   * Test-only: advances the sim by exactly `simSeconds`, whatever the real time (the e2e's manual
   * clock; see `e2e-clock.ts`). Players never reach it.
   */
  advanceSim(simSeconds: number): void {
    if (this.state !== 'running' || this.world.finished) return;
    advance(this.world, simSeconds);
    this.afterAdvance();
  }

  private afterAdvance(): void {
    if (this.world.finished) this.actor.send({ type: 'FINISH' });
    this.changed();
  }

  /** Issues a command from the person's seat. */
  act(type: CommandType, payload: Record<string, unknown>): CommandResult {
    const seat = this.seat;
    if (!seat)
      return {
        ok: false,
        reason: `no seat ${this.humanSeat}`,
        reasonKey: 'unknown_seat',
        params: { seat: this.humanSeat },
      };
    const result = applyCommand(this.world, { seat: seat.id, role: seat.role, type, payload });
    this.changed();
    return result;
  }

  /** Ends the run early (the player chose to stop) or after the clock ran out. */
  finish(): void {
    if (this.state === 'running' || this.state === 'paused') this.actor.send({ type: 'FINISH' });
    this.actor.send({ type: 'DEBRIEF' });
    this.changed();
  }

  /** What to keep so a crash or a quit can be resumed. */
  save(): RunSave {
    return {
      scenarioId: this.scenario.id,
      scenarioVersion: this.scenario.version,
      seed: this.world.seed,
      seats: Object.values(this.world.seats).map((s) => ({ ...s })),
      humanSeat: this.humanSeat,
      commands: humanCommands(this.world),
      clock: this.world.clock,
      speed: this.speed,
      runId: this.runId,
    };
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private changed(): void {
    for (const l of this.listeners) l();
  }
}
