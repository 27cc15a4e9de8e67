import { applyCommand } from '../sim/commands/apply';
import { advance } from '../sim/engine/advance';
import { hashWorld } from '../sim/engine/hash';
import type { BotLevel } from '../sim/ids';
import type { Command, World } from '../sim/world';

/**
 * The lockstep stream of one team: every change to the team's world that is not the clock or
 * a bot (both deterministic), in the order the host applied it. The host journals and
 * broadcasts each entry; every client applies the same entries to its own copy of the world.
 * `seq` counts entries from 1 without gaps; `tick` is the sim second the entry applies at.
 */
export type StreamEntry =
  | { seq: number; tick: number; kind: 'cmd'; cid: string; command: Command }
  | { seq: number; tick: number; kind: 'seat'; seat: string; bot: BotLevel | null; name?: string }
  | { seq: number; tick: number; kind: 'pace'; paused: boolean; speed: number }
  | { seq: number; tick: number; kind: 'checkpoint'; hash: string };

/** An entry as produced, before the host numbers it. */
export type EntryBody = StreamEntry extends infer E
  ? E extends StreamEntry
    ? Omit<E, 'seq' | 'tick'>
    : never
  : never;

/** What applying an entry found: a refused command or a wrong hash means the copy diverged. */
export type ApplyOutcome = { ok: true } | { ok: false; why: string };

/** Moves `world` to the entry's tick (never back) and applies the entry. */
export function applyEntry(world: World, entry: StreamEntry): ApplyOutcome {
  if (entry.tick < world.clock)
    return { ok: false, why: `entry ${entry.seq} is at ${entry.tick}, world at ${world.clock}` };
  advance(world, entry.tick - world.clock);
  switch (entry.kind) {
    case 'cmd': {
      const result = applyCommand(world, entry.command);
      return result.ok ? { ok: true } : { ok: false, why: result.reason };
    }
    case 'seat': {
      const seat = world.seats[entry.seat];
      if (!seat) return { ok: false, why: `no seat ${entry.seat}` };
      // A person in the seat: the bot stops playing it. Deleting (not setting undefined)
      // keeps the world's JSON, and so its hash, the same on every side.
      if (entry.bot === null) delete seat.bot;
      else seat.bot = entry.bot;
      return { ok: true };
    }
    case 'pace':
      return { ok: true };
    case 'checkpoint': {
      const hash = hashWorld(world);
      return hash === entry.hash
        ? { ok: true }
        : { ok: false, why: `hash ${hash} ≠ ${entry.hash} at ${entry.tick}` };
    }
  }
}
