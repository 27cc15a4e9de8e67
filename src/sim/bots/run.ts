import { applyCommand } from '../commands/apply';
import type { Role } from '../ids';
import type { Command, Seat, World } from '../world';
import { buyerBot } from './buyer';
import { BOT_PROFILES, type BotProfile } from './levels';
import { opsBot } from './ops';
import { supportBot } from './support';
import { warehouseBot } from './warehouse';

/** A bot's turn: it reads the world a player could see and issues commands through `act`. */
export type BotPolicy = (
  world: World,
  seat: Seat,
  profile: BotProfile,
  act: (c: Omit<Command, 'seat' | 'role'>) => boolean,
) => void;

const POLICIES: Record<Role, BotPolicy> = {
  buyer: buyerBot,
  support: supportBot,
  ops: opsBot,
  warehouse: warehouseBot,
};

/** Gives every bot seat whose turn has come a turn. Bots go through `applyCommand` like people. */
export function runBots(world: World): void {
  for (const seat of Object.values(world.seats)) {
    if (!seat.bot || seat.role === 'trainer') continue;
    const memory = (world.bots[seat.id] ??= { nextAt: 0, notes: {} });
    if (world.clock < memory.nextAt) continue;
    const profile = BOT_PROFILES[seat.bot];
    const role = seat.role;
    memory.nextAt = world.clock + profile.think[role];
    POLICIES[role](
      world,
      seat,
      profile,
      (c) => applyCommand(world, { seat: seat.id, role, ...c }).ok,
    );
  }
}
