import { applyCommand } from '../commands/apply';
import type { Role } from '../ids';
import { observe } from '../observe';
import { chance, pickWeighted } from '../rng';
import type { Seat, World } from '../world';
import { buyerBot } from './buyer';
import { BOT_PROFILES } from './levels';
import { opsBot } from './ops';
import type { BotPolicy, BotTurn } from './policy';
import { supportBot } from './support';
import { warehouseBot } from './warehouse';

const POLICIES: { [R in Role]: BotPolicy<R> } = {
  buyer: buyerBot,
  support: supportBot,
  ops: opsBot,
  warehouse: warehouseBot,
};

function play<R extends Role>(world: World, seat: Seat & { role: R }, turn: BotTurn): void {
  POLICIES[seat.role](observe(world, seat), turn);
}

/**
 * Gives every bot seat whose turn has come a turn. This runner is the one place where bots
 * touch the world: they see it through the observation API and act through `applyCommand`
 * like people.
 */
export function runBots(world: World): void {
  for (const seat of Object.values(world.seats)) {
    if (!seat.bot || seat.role === 'trainer') continue;
    const memory = (world.bots[seat.id] ??= { nextAt: 0, notes: {} });
    if (world.clock < memory.nextAt) continue;
    const profile = BOT_PROFILES[seat.bot];
    const role = seat.role;
    memory.nextAt = world.clock + profile.think[role];
    play(
      world,
      { ...seat, role },
      {
        profile,
        notes: memory.notes,
        chance: (p) => chance(world.rng, p),
        pickWeighted: (w) => pickWeighted(world.rng, w),
        act: (c) => applyCommand(world, { seat: seat.id, role, ...c }).ok,
      },
    );
  }
}
