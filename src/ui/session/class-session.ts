import type { Scenario } from '../../scenario/schema';
import { checkCommand } from '../../sim/commands/apply';
import type { CommandType } from '../../sim/ids';
import type { SessionState } from '../../sim/machines/session.machine';
import type { CommandResult, Seat, World } from '../../sim/world';
import type { LockstepSeat } from '../../platform/class-client';
import { GameSession, type Speed } from './controller';
import type { PlaySession } from './play-session';

/** A teammate as the room's state tells it: the seat, the person's name (none: a bot), online. */
export interface Mate {
  seat: string;
  role: string;
  name: string;
  online: boolean;
}

/** A command the host refused after this screen had let it go (a teammate was quicker). */
export interface LateRefusal {
  id: number;
  type: CommandType;
  reasonKey: string;
  params: Record<string, string | number>;
}

interface RoomState {
  paused?: boolean;
  speed?: number;
  seats?: {
    forEach(fn: (s: { role: string; name: string; online: boolean }, id: string) => void): void;
  };
}

/**
 * A learner's seat in a class as a play session: the world is this window's copy of the team's,
 * kept by the host's stream; the clock moves on the host's beats, at the trainer's pace. A
 * command is checked on the copy first, so a refusal shows at once with the sim's own reason;
 * one that passes goes to the host, whose answer has the last word.
 */
export class ClassSession implements PlaySession {
  readonly remote = true;
  readonly skipping = false;
  readonly slowed = false;
  teaching = false;
  decisionOpen = false;
  /** Host refusals not yet shown. */
  refusals: LateRefusal[] = [];
  private last: World;
  private readonly listeners = new Set<() => void>();
  private readonly off: () => void;
  private refusalIds = 0;

  constructor(
    readonly link: LockstepSeat,
    readonly team: number,
  ) {
    if (!link.world) throw new Error('class seat without a world');
    this.last = link.world;
    const offWorld = link.subscribe(() => this.changed());
    const room = link.room;
    const onState = () => this.changed();
    room.onStateChange(onState);
    this.off = () => {
      offWorld();
      room.onStateChange.remove(onState);
    };
  }

  /** The latest copy (a resync replaces it; until the snapshot is in, the one before). */
  get world(): World {
    if (this.link.world) this.last = this.link.world;
    return this.last;
  }

  get scenario(): Scenario {
    return this.world.scenario;
  }

  get humanSeat(): string {
    return this.link.welcome?.seat ?? '';
  }

  get seat(): Seat | undefined {
    return this.world.seats[this.humanSeat];
  }

  private get room(): RoomState {
    return (this.link.room.state ?? {}) as RoomState;
  }

  get state(): SessionState {
    if (this.world.finished) return 'finished';
    return this.room.paused === false ? 'running' : 'paused';
  }

  get speed(): Speed {
    const s = this.room.speed;
    return s === 2 || s === 4 ? s : 1;
  }

  /** Who sits where on the team, as the room's state says. */
  mates(): Mate[] {
    const out: Mate[] = [];
    this.room.seats?.forEach((s, id) =>
      out.push({ seat: id, role: s.role, name: s.name, online: s.online }),
    );
    return out;
  }

  // The trainer sets the pace of every team: these are not the learner's.
  togglePause(): void {}
  setSpeed(): void {}
  skipToNext(): void {}
  cancelSkip(): void {}

  act(type: CommandType, payload: Record<string, unknown>): CommandResult {
    const seat = this.seat;
    const command = {
      seat: this.humanSeat,
      role: seat?.role ?? 'buyer',
      type,
      payload,
    };
    const checked = checkCommand(this.world, command);
    if (!checked.ok) return checked;
    void this.link.act(type, payload).then((answer) => {
      if (answer.ok) return;
      this.refusals.push({
        id: ++this.refusalIds,
        type,
        reasonKey: answer.reasonKey ?? answer.refusal,
        params: {},
      });
      this.changed();
    });
    return { ok: true, events: [] };
  }

  /**
   * The team's run as it stands (ended, on the host's last beat) as a solo session over a copy,
   * in its debrief: the 复盘, its replays and the history work on it as on a solo run.
   */
  toDebrief(): GameSession {
    const world = structuredClone(this.world);
    const run = new GameSession(
      this.scenario,
      { seed: world.seed, seats: Object.values(world.seats), humanSeat: this.humanSeat },
      world,
    );
    run.start();
    run.finish();
    return run;
  }

  /** Drops a shown refusal. */
  dismiss(id: number): void {
    this.refusals = this.refusals.filter((r) => r.id !== id);
    this.changed();
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Leaves the class room (the seat stays the learner's until the class ends). */
  async leave(): Promise<void> {
    this.off();
    await this.link.leave();
  }

  private changed(): void {
    for (const l of this.listeners) l();
  }
}
