import type { Scenario } from '../scenario/schema';
import { applyCommand } from '../sim/commands/apply';
import { advance } from '../sim/engine/advance';
import { createWorld } from '../sim/engine/create-world';
import { hashWorld } from '../sim/engine/hash';
import { ROLES, type BotLevel, type CommandType, type Role } from '../sim/ids';
import type { Seat, World } from '../sim/world';
import { JournalWriter, readJournal, type JournalEntry, type JournalHeader } from './journal';
import { applyEntry, type EntryBody, type StreamEntry } from './stream';

/** Who holds a seat: the name shown to the team and a hash of the seat's key. */
export interface SeatClaim {
  name: string;
  keyHash: string;
}

export type SubmitResult =
  | { ok: true; seq: number }
  | { ok: false; reason: string; reasonKey: string; params?: Record<string, string | number> };

export interface NewTeam {
  code: string;
  team: number;
  seed: number;
  botLevel: BotLevel;
  journalPath: string;
}

/**
 * The seats people may take in a class: the scenario's roles in play, its focus role first,
 * at most `perTeam`. Seat ids are the role ids, so a seat names its role.
 */
export function playableSeats(scenario: Scenario, perTeam: number): Role[] {
  const roles = [scenario.focusRole, ...scenario.roles.filter((r) => r !== scenario.focusRole)];
  return roles.slice(0, perTeam);
}

/** Every role has a seat, played by a bot at the trainer's level until a person takes it. */
function classSeats(botLevel: BotLevel): Seat[] {
  return ROLES.map((role) => ({ id: role, role, bot: botLevel }));
}

/**
 * One team's authoritative world on the host: commands are validated on it, stamped
 * `{seq, tick}`, journalled and handed to `onEntry` (the room broadcasts them). The clock and
 * bots are not in the stream: they are deterministic and every copy runs them itself.
 */
export class Team {
  readonly world: World;
  readonly code: string;
  readonly team: number;
  /** Every entry since the start, for a client catching up after a short drop. */
  readonly entries: StreamEntry[] = [];
  readonly claims = new Map<string, SeatClaim>();
  lastHash = '';
  onEntry: (entry: StreamEntry) => void = () => undefined;
  private readonly cids = new Map<string, number>();
  private readonly journal: JournalWriter;
  private carry = 0;

  private constructor(world: World, code: string, team: number, journal: JournalWriter) {
    this.world = world;
    this.code = code;
    this.team = team;
    this.journal = journal;
  }

  /** A new team at sim time 0, its journal started with the header. */
  static create(scenario: Scenario, opts: NewTeam): Team {
    const seats = classSeats(opts.botLevel);
    const header: JournalHeader = {
      kind: 'header',
      format: 1,
      code: opts.code,
      team: opts.team,
      scenario: { id: scenario.id, version: scenario.version },
      seed: opts.seed,
      seats: seats.map((s) => ({ id: s.id, role: s.role, ...(s.bot ? { bot: s.bot } : {}) })),
    };
    const world = createWorld(scenario, { seed: opts.seed, seats, colleagues: false });
    const team = new Team(
      world,
      opts.code,
      opts.team,
      JournalWriter.create(opts.journalPath, header),
    );
    team.lastHash = hashWorld(world);
    return team;
  }

  /**
   * Rebuilds a team from its journal: the same world, replayed entry by entry, each checkpoint
   * hash checked. Throws naming the journal when the scenario differs or a hash does not match.
   */
  static resume(scenario: Scenario, journalPath: string): Team {
    const { header, entries } = readJournal(journalPath);
    if (header.scenario.id !== scenario.id || header.scenario.version !== scenario.version) {
      throw new Error(
        `${journalPath}: journal of ${header.scenario.id} v${header.scenario.version}, not ${scenario.id} v${scenario.version}`,
      );
    }
    const world = createWorld(scenario, {
      seed: header.seed,
      seats: header.seats,
      colleagues: false,
    });
    const team = new Team(world, header.code, header.team, JournalWriter.reopen(journalPath));
    team.lastHash = hashWorld(world);
    for (const entry of entries) {
      const outcome = applyEntry(world, entry);
      if (!outcome.ok) throw new Error(`${journalPath}: entry ${entry.seq}: ${outcome.why}`);
      team.remember(entry);
    }
    return team;
  }

  get seq(): number {
    return this.entries.at(-1)?.seq ?? 0;
  }

  /** Validates and applies a person's command; a resend of the same `cid` is not applied twice. */
  submit(
    seatId: string,
    cid: string,
    type: CommandType,
    payload: Record<string, unknown>,
  ): SubmitResult {
    const seen = this.cids.get(`${seatId}|${cid}`);
    if (seen !== undefined) return { ok: true, seq: seen };
    const seat = this.world.seats[seatId];
    if (!seat) return { ok: false, reason: `no seat ${seatId}`, reasonKey: 'unknown_seat' };
    const command = { seat: seat.id, role: seat.role, type, payload };
    const result = applyCommand(this.world, command);
    if (!result.ok) {
      const refusal: SubmitResult = {
        ok: false,
        reason: result.reason,
        reasonKey: result.reasonKey,
      };
      if (result.params) refusal.params = result.params;
      return refusal;
    }
    // The log keeps the parsed payload (defaults filled in): the stream carries that one.
    const applied = this.world.commandLog.at(-1)?.command ?? command;
    const entry = this.push({ kind: 'cmd', cid, command: applied });
    return { ok: true, seq: entry.seq };
  }

  /** A person takes a seat: the bot stops playing it (once), and the claim is journalled. */
  claim(seatId: string, claim: SeatClaim): void {
    const prior = this.claims.get(seatId);
    if (prior?.keyHash === claim.keyHash && prior.name === claim.name) return;
    this.push({ kind: 'seat', seat: seatId, bot: null, name: claim.name }, claim.keyHash);
  }

  /** The trainer's pace, journalled with a checkpoint: the point a restart comes back to. */
  pace(paused: boolean, speed: number): void {
    this.push({ kind: 'pace', paused, speed });
    this.checkpoint();
  }

  /**
   * Advances by real seconds at the scenario's scale × speed, checkpointing every
   * `checkpointEvery` sim-seconds, shifted by `offset`: teams checkpoint at different moments,
   * so one host step never hashes every world at once (a hash costs milliseconds per world).
   */
  run(realSeconds: number, speed: number, checkpointEvery: number, offset = 0): void {
    const sim = realSeconds * this.world.scenario.timeScale * speed + this.carry;
    const whole = Math.floor(sim);
    this.carry = sim - whole;
    const target = Math.min(this.world.end, this.world.clock + whole);
    while (this.world.clock < target && !this.world.finished) {
      const next =
        (Math.floor((this.world.clock - offset) / checkpointEvery) + 1) * checkpointEvery + offset;
      advance(this.world, Math.min(target, next) - this.world.clock);
      if (this.world.clock === next || this.world.finished) this.checkpoint();
    }
  }

  /** Hashes the world and journals the hash (DESIGN §7: hash only at checkpoints). */
  checkpoint(): StreamEntry {
    this.lastHash = hashWorld(this.world);
    const entry = this.push({ kind: 'checkpoint', hash: this.lastHash });
    this.journal.sync();
    return entry;
  }

  /** The entries after `seq`, or null when the client's position is not one of ours. */
  since(seq: number): StreamEntry[] | null {
    if (seq > this.seq || seq < 0) return null;
    return this.entries.filter((e) => e.seq > seq);
  }

  close(): void {
    this.journal.close();
  }

  private push(body: EntryBody, keyHash?: string): StreamEntry {
    const entry = { ...body, seq: this.seq + 1, tick: this.world.clock };
    const journalled: JournalEntry = keyHash ? { ...entry, keyHash } : entry;
    this.journal.write(journalled);
    if (entry.kind === 'seat') {
      const seat = this.world.seats[entry.seat];
      if (seat) delete seat.bot;
    }
    this.remember(journalled);
    this.onEntry(entry);
    return entry;
  }

  private remember(entry: JournalEntry): void {
    const { keyHash, ...streamed } = entry;
    this.entries.push(streamed);
    if (entry.kind === 'cmd') this.cids.set(`${entry.command.seat}|${entry.cid}`, entry.seq);
    if (entry.kind === 'seat' && keyHash) {
      this.claims.set(entry.seat, { name: entry.name ?? '', keyHash });
    }
    if (entry.kind === 'checkpoint') this.lastHash = entry.hash;
  }
}
