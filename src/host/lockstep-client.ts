import { Client, type Room } from 'colyseus.js';
import { advance } from '../sim/engine/advance';
import type { CommandType } from '../sim/ids';
import type { World } from '../sim/world';
import { REFUSED_JOIN_CODE, REFUSALS, type JoinOptions, type Refusal } from './protocol';
import { applyEntry, type StreamEntry } from './stream';

/**
 * A learner's side of a class (Node or browser): joins a team's room, keeps a copy of the
 * team's world by applying the host's stream, checks the hash at checkpoints and asks for a
 * resync on a gap or a mismatch. Commands carry a client id, so one resent after a drop is
 * applied at most once; each is answered (ack or refusal), never silently lost.
 */

/** A join the host refused, with the i18n key (`class.refuse.<why>`) to show the learner. */
export class JoinRefused extends Error {
  constructor(readonly why: Refusal) {
    super(why);
  }
}

export type CommandAnswer =
  { ok: true; seq: number } | { ok: false; refusal: string; reasonKey?: string; detail?: string };

interface Welcome {
  seat: string;
  role: string;
  key: string;
  roomId: string;
}

/** Colyseus's code for a room id that does not exist: the class code was wrong. */
const INVALID_ROOM_ID = 4212;

function refusalOf(e: unknown): unknown {
  const err = e as { code?: number; message?: string };
  if (err.code === REFUSED_JOIN_CODE && REFUSALS.includes(err.message as Refusal))
    return new JoinRefused(err.message as Refusal);
  if (err.code === INVALID_ROOM_ID) return new JoinRefused('wrong_code');
  return e;
}

const wait = (ms: number) => new Promise((done) => setTimeout(done, ms));

export class LockstepSeat {
  world: World | null = null;
  seq = 0;
  welcome: Welcome | null = null;
  /** Checkpoints this copy verified, and how many it found wrong (each one triggers a resync). */
  checkpoints = 0;
  mismatches = 0;
  resyncs = 0;
  room!: Room;
  private readonly pending = new Map<
    string,
    { type: CommandType; payload: Record<string, unknown>; done: (a: CommandAnswer) => void }
  >();
  private counter = 0;
  private readonly listeners = new Set<() => void>();

  private constructor(
    private readonly client: Client,
    private readonly options: JoinOptions,
  ) {}

  /** Joins team room `roomId` (`CODE-n`) on the host at `endpoint` (ws://host:port). */
  static async join(endpoint: string, roomId: string, options: JoinOptions): Promise<LockstepSeat> {
    const seat = new LockstepSeat(new Client(endpoint), options);
    try {
      seat.attach(await seat.client.joinById(roomId, options));
    } catch (e) {
      throw refusalOf(e);
    }
    await seat.ready();
    return seat;
  }

  /** Resolves once the copy of the world is there (the snapshot arrived). */
  async ready(timeoutMs = 10_000): Promise<void> {
    const until = Date.now() + timeoutMs;
    while (!this.world || !this.welcome) {
      if (Date.now() > until) throw new Error('no snapshot from the host');
      await wait(20);
    }
  }

  subscribe(fn: () => void): () => void {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }

  /** Sends a command from this seat; resolves with the host's answer. */
  act(type: CommandType, payload: Record<string, unknown> = {}): Promise<CommandAnswer> {
    const cid = `${Date.now().toString(36)}-${++this.counter}`;
    return new Promise((done) => {
      this.pending.set(cid, { type, payload, done });
      this.sendCommand(cid);
    });
  }

  /**
   * After a drop: the same link back within the window (retried with backoff, as the host may
   * not have noticed the drop yet), else a fresh join with the seat key. Then catches up and
   * resends unanswered commands under their ids.
   */
  async reconnect(tries = 8): Promise<void> {
    const token = this.room.reconnectionToken;
    for (let i = 0; i < tries; i++) {
      try {
        this.attach(await this.client.reconnect(token));
        this.resync(this.seq);
        this.resendPending();
        return;
      } catch {
        await wait(Math.min(2000, 100 * 2 ** i));
      }
    }
    await this.rejoin();
  }

  /** A fresh join to the same seat with the seat key (after the window, or a host restart). */
  async rejoin(tries = 20): Promise<void> {
    const roomId = this.welcome?.roomId ?? '';
    const options: JoinOptions = {
      ...this.options,
      seatKey: this.welcome?.key,
      seat: this.welcome?.seat,
    };
    let last: unknown;
    for (let i = 0; i < tries; i++) {
      try {
        this.world = null;
        this.attach(await this.client.joinById(roomId, options));
        await this.ready();
        this.resendPending();
        return;
      } catch (e) {
        last = refusalOf(e);
        if (last instanceof JoinRefused && last.why !== 'wrong_code') throw last;
        await wait(Math.min(2000, 100 * 2 ** i));
      }
    }
    throw last;
  }

  /** Leaves on purpose (consented) or drops the link as a failing network would. */
  async leave(consented = true): Promise<void> {
    await this.room.leave(consented);
  }

  private attach(room: Room): void {
    this.room = room;
    room.onMessage('welcome', (w: Welcome) => {
      this.welcome = w;
    });
    room.onMessage('snapshot', (s: { seq: number; world: string }) => {
      this.world = JSON.parse(s.world) as World;
      this.seq = s.seq;
      this.changed();
    });
    room.onMessage('entry', (e: StreamEntry) => this.onEntry(e));
    room.onMessage('catchup', (c: { entries: StreamEntry[]; tick: number; seq: number }) => {
      for (const e of c.entries) this.onEntry(e);
      this.onClock(c.tick, c.seq);
    });
    room.onMessage('clock', (c: { tick: number; seq: number }) => this.onClock(c.tick, c.seq));
    room.onMessage('ack', (a: { cid: string; seq: number }) =>
      this.answer(a.cid, { ok: true, seq: a.seq }),
    );
    room.onMessage(
      'refused',
      (r: { refusal: string; cid?: string; reasonKey?: string; detail?: string }) => {
        if (r.cid)
          this.answer(r.cid, {
            ok: false,
            refusal: r.refusal,
            reasonKey: r.reasonKey,
            detail: r.detail,
          });
      },
    );
  }

  private onEntry(e: StreamEntry): void {
    if (!this.world || e.seq <= this.seq) return;
    if (e.seq !== this.seq + 1) return this.resync(this.seq);
    const outcome = applyEntry(this.world, e);
    this.seq = e.seq;
    if (e.kind === 'checkpoint') this.checkpoints++;
    if (!outcome.ok) {
      this.mismatches++;
      return this.resync();
    }
    this.changed();
  }

  private onClock(tick: number, seq: number): void {
    if (!this.world) return;
    if (seq > this.seq) return this.resync(this.seq);
    if (tick < this.world.clock) return this.resync();
    if (tick > this.world.clock) {
      advance(this.world, tick - this.world.clock);
      this.changed();
    }
  }

  /** Asks for the entries after `after`, or (none given) a whole snapshot. */
  private resync(after?: number): void {
    this.resyncs++;
    if (after === undefined) this.world = null;
    this.room.send('resync', after === undefined ? {} : { after });
  }

  private sendCommand(cid: string): void {
    const p = this.pending.get(cid);
    if (!p) return;
    try {
      this.room.send('cmd', { cid, type: p.type, payload: p.payload });
    } catch {
      // The link is down: the command stays pending and goes again, same id, on reconnect.
    }
  }

  private resendPending(): void {
    for (const cid of this.pending.keys()) this.sendCommand(cid);
  }

  private answer(cid: string, a: CommandAnswer): void {
    const p = this.pending.get(cid);
    if (!p) return;
    this.pending.delete(cid);
    p.done(a);
  }

  private changed(): void {
    for (const fn of this.listeners) fn();
  }
}
