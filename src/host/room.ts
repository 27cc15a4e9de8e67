import { randomBytes } from 'node:crypto';
import { Room, ServerError, type Client } from '@colyseus/core';
import type { ClassSession } from './class';
import { hashKey } from './class';
import {
  commandMessageSchema,
  joinOptionsSchema,
  RECONNECT_WINDOW_S,
  REFUSED_JOIN_CODE,
  resyncMessageSchema,
  type Refusal,
} from './protocol';
import { newTeamState, SeatState, type TeamState } from './state';
import type { Team } from './team';

/** Who a connection is: from its login (onAuth), never from a message. */
export interface SeatAuth {
  seat: string;
  role: string;
  name: string;
  key: string;
}

/** The classes this process hosts, by code: rooms find their class here (a class stays on one process). */
export const HOSTED = new Map<string, ClassSession>();

/**
 * Known only inside this process: rooms are created by the host itself, never by a client's
 * matchmaking request (a second room for a team would take over its stream).
 */
export const CREATE_KEY = randomBytes(18).toString('base64url');

const refuse = (why: Refusal): never => {
  throw new ServerError(REFUSED_JOIN_CODE, why);
};

/** Messages a learner may send per second before being told to slow down. */
const RATE_PER_S = 20;

/**
 * One team's room (`CODE-n`): seats people by their login, takes their commands onto the
 * team's authoritative world, and relays the stream. A malformed message gets a refusal with a
 * reason, never an exception (an exception in onMessage would drop the learner).
 */
export class TeamRoom extends Room<TeamState> {
  private cls!: ClassSession;
  private team!: Team;
  /** Seats promised by onAuth but not yet joined: seat → key hash and expiry (ms). */
  private readonly pending = new Map<string, { keyHash: string; until: number }>();
  /** The connection that holds each seat now. */
  private readonly holders = new Map<string, string>();
  private readonly rates = new Map<string, { second: number; n: number }>();
  private lastClock = -1;

  override onCreate(options: { code: string; team: number; key?: string }): void {
    if (options.key !== CREATE_KEY) throw new ServerError(REFUSED_JOIN_CODE, 'bad_join');
    const cls = HOSTED.get(options.code);
    const team = cls?.team(options.team);
    if (!cls || !team) throw new Error(`no class ${options.code} team ${options.team} here`);
    this.cls = cls;
    this.team = team;
    this.roomId = `${cls.code}-${team.team}`;
    this.autoDispose = false;
    // Room for each seat twice (a learner coming back while the old link still lingers).
    this.maxClients = cls.seats.length * 2;
    this.setState(newTeamState(cls.code, team.team));
    for (const seat of cls.seats) {
      const s = new SeatState();
      s.role = seat;
      s.name = team.claims.get(seat)?.name ?? '';
      s.online = false;
      this.state.seats.set(seat, s);
    }
    this.syncState();
    team.onEntry = (entry) => {
      this.broadcast('entry', entry);
      this.syncState();
    };
    this.onMessage('cmd', (client, raw) => this.onCommand(client, raw));
    this.onMessage('resync', (client, raw) => this.onResync(client, raw));
    this.onMessage('*', (client, type) => {
      if (this.tooFast(client)) return;
      client.send('refused', { refusal: 'bad_message', detail: `unknown message ${String(type)}` });
    });
    // The clock is not in the stream (every copy runs it): a light beat tells where it is.
    this.clock.setInterval(() => {
      if (team.world.clock === this.lastClock) return;
      this.lastClock = team.world.clock;
      this.broadcast('clock', { tick: team.world.clock, seq: team.seq });
      this.syncState();
    }, 200);
  }

  override onAuth(_client: Client, raw: unknown): SeatAuth {
    const parsed = joinOptionsSchema.safeParse(raw);
    if (!parsed.success) return refuse('bad_join');
    const opts = parsed.data;
    if (opts.code !== this.cls.code) return refuse('wrong_code');
    if (this.cls.closed) return refuse('class_closed');
    const keyHash = opts.seatKey ? hashKey(opts.seatKey) : undefined;
    // A returning learner's key opens their own seat, whatever they picked.
    const own = keyHash
      ? [...this.team.claims].find(([, c]) => c.keyHash === keyHash)?.[0]
      : undefined;
    const seat = own ?? opts.seat ?? this.cls.seats.find((s) => this.isFree(s));
    if (seat === undefined) return refuse('team_full');
    if (!this.cls.seats.includes(seat as never)) return refuse('unknown_seat');
    if (!own && !this.isFree(seat)) return refuse('seat_taken');
    const key = own && opts.seatKey ? opts.seatKey : randomBytes(16).toString('base64url');
    this.pending.set(seat, { keyHash: hashKey(key), until: Date.now() + 20_000 });
    return { seat, role: seat, name: opts.name, key };
  }

  override onJoin(client: Client, _options: unknown, auth: SeatAuth): void {
    const seat = auth.seat;
    this.pending.delete(seat);
    const previous = this.holders.get(seat);
    this.holders.set(seat, client.sessionId);
    // The same person on a new link: the old one (if still there) gives way.
    if (previous) this.clients.find((c) => c.sessionId === previous)?.leave(4001);
    this.team.claim(seat, { name: auth.name, keyHash: hashKey(auth.key) });
    this.setOnline(seat, auth.name, true);
    client.send('welcome', {
      code: this.cls.code,
      team: this.team.team,
      roomId: this.roomId,
      seat,
      role: auth.role,
      key: auth.key,
    });
    this.sendSnapshot(client);
  }

  override async onLeave(client: Client, consented: boolean): Promise<void> {
    const auth = client.auth as SeatAuth | undefined;
    if (!auth || this.holders.get(auth.seat) !== client.sessionId) return;
    this.setOnline(auth.seat, auth.name, false);
    if (!consented) {
      try {
        // The same link may come back within the window; after it, the seat key does.
        await this.allowReconnection(client, RECONNECT_WINDOW_S);
        if (this.holders.get(auth.seat) === client.sessionId)
          this.setOnline(auth.seat, auth.name, true);
        return;
      } catch {
        // The window passed: the seat stays the learner's, for their key.
      }
    }
    if (this.holders.get(auth.seat) === client.sessionId) this.holders.delete(auth.seat);
  }

  private isFree(seat: string): boolean {
    if (this.team.claims.has(seat)) return false;
    const p = this.pending.get(seat);
    return !p || p.until < Date.now();
  }

  private onCommand(client: Client, raw: unknown): void {
    if (this.tooFast(client)) return;
    const auth = client.auth as SeatAuth | undefined;
    if (!auth) return client.send('refused', { refusal: 'bad_message', detail: 'no seat' });
    const parsed = commandMessageSchema.safeParse(raw);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      client.send('refused', {
        refusal: 'bad_message',
        detail: `${issue?.path.join('.') || '(message)'}: ${issue?.message ?? ''}`,
      });
      return;
    }
    const { cid, type, payload } = parsed.data;
    const result = this.team.submit(auth.seat, cid, type, payload);
    if (result.ok) client.send('ack', { cid, seq: result.seq });
    else
      client.send('refused', {
        refusal: 'command_refused',
        cid,
        reasonKey: result.reasonKey,
        params: result.params ?? {},
        detail: result.reason,
      });
  }

  private onResync(client: Client, raw: unknown): void {
    if (this.tooFast(client)) return;
    const parsed = resyncMessageSchema.safeParse(raw ?? {});
    const after = parsed.success ? parsed.data.after : undefined;
    const entries = after === undefined ? null : this.team.since(after);
    if (entries)
      client.send('catchup', { entries, tick: this.team.world.clock, seq: this.team.seq });
    else this.sendSnapshot(client);
  }

  private sendSnapshot(client: Client): void {
    client.send('snapshot', {
      seq: this.team.seq,
      world: JSON.stringify(this.team.world),
    });
  }

  /** A token bucket per connection, one second wide: past it the message is refused, not run. */
  private tooFast(client: Client): boolean {
    const second = Math.floor(Date.now() / 1000);
    const r = this.rates.get(client.sessionId);
    if (!r || r.second !== second) {
      this.rates.set(client.sessionId, { second, n: 1 });
      return false;
    }
    r.n++;
    if (r.n <= RATE_PER_S) return false;
    if (r.n === RATE_PER_S + 1) client.send('refused', { refusal: 'too_fast' });
    return true;
  }

  private setOnline(seat: string, name: string, online: boolean): void {
    const s = this.state.seats.get(seat);
    if (!s) return;
    s.name = name;
    s.online = online;
  }

  private syncState(): void {
    this.state.clock = this.team.world.clock;
    this.state.seq = this.team.seq;
    this.state.hash = this.team.lastHash;
    this.state.paused = this.cls.paused;
    this.state.speed = this.cls.speed;
    this.state.closed = this.cls.closed;
  }
}
