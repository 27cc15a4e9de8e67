import { applyCommand } from '../commands/apply';
import type { Role } from '../ids';
import { observe, type ObservationByRole } from '../observe';
import { chance, pickWeighted } from '../rng';
import type { Seat, World } from '../world';
import { buyerBot } from './buyer';
import { colleaguePolicy } from './colleague';
import { BOT_PROFILES, type BotProfile } from './levels';
import { opsBot } from './ops';
import type { BotCommand, BotPolicy, BotTurn } from './policy';
import { supportBot, supportIdle } from './support';
import { warehouseBot, warehouseIdle } from './warehouse';

const POLICIES: { [R in Role]: BotPolicy<R> } = {
  buyer: buyerBot,
  support: supportBot,
  ops: opsBot,
  warehouse: warehouseBot,
};

/**
 * One turn of `seat`'s role policy at `profile`'s level, through `act` (by default straight to
 * `applyCommand`). The bot's notes live in the world, so the turn is replayable.
 */
export function playTurn(
  world: World,
  seat: Seat & { role: Role },
  profile: BotProfile,
  act: (c: BotCommand) => boolean = (c) =>
    applyCommand(world, { seat: seat.id, role: seat.role, ...c }).ok,
): void {
  const memory = (world.bots[seat.id] ??= { nextAt: 0, notes: {} });
  const turn: BotTurn = {
    profile,
    notes: memory.notes,
    chance: (p) => chance(world.rng, p),
    pickWeighted: (w) => pickWeighted(world.rng, w),
    act,
  };
  play(world, seat, turn);
}

/**
 * Cheap tests that a role's turn would change nothing (no command, no dice, no note): such a
 * turn is skipped, which leaves the world exactly as playing it would. Most turns of the
 * aftermath's quiet days are of this kind. A colleague's policy only narrows its role's, so
 * the role's test holds for it too.
 */
const IDLE: { [R in Role]?: (obs: ObservationByRole[R], turn: BotTurn) => boolean } = {
  support: supportIdle,
  warehouse: warehouseIdle,
};

function play<R extends Role>(world: World, seat: Seat & { role: R }, turn: BotTurn): void {
  const obs = observe(world, seat);
  const idle = IDLE[seat.role];
  if (idle?.(obs, turn)) return;
  const policy: BotPolicy<R> = seat.colleagueOf
    ? colleaguePolicy(POLICIES[seat.role], seat.role, world.scenario.support.agents)
    : POLICIES[seat.role];
  policy(obs, turn);
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
    memory.nextAt = world.clock + profile.think[seat.role];
    const without = seat.without;
    playTurn(
      world,
      { ...seat, role: seat.role },
      profile,
      // A counterfactual's bot that leaves a class of commands out: those are refused unsent.
      without &&
        ((c) =>
          !without.includes(c.type) &&
          applyCommand(world, { seat: seat.id, role: seat.role, ...c }).ok),
    );
  }
}
