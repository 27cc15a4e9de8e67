import type { Scenario } from '../../scenario/schema';
import type { LoggedCommand, World } from '../world';
import { applyCommand } from '../commands/apply';
import { advance } from './advance';
import { createWorld, type WorldOptions } from './create-world';

/**
 * Rebuilds a run from its scenario, seed, seats and the commands people issued. Bot seats play
 * again and, being deterministic, decide exactly as before, so only human commands are fed in.
 * Each command is applied at the sim second it was issued, after that second's own work.
 */
export function replay(
  scenario: Scenario,
  options: WorldOptions,
  log: readonly LoggedCommand[],
  until?: number,
): World {
  const world = createWorld(scenario, options);
  for (const entry of log) {
    const seat = world.seats[entry.command.seat];
    if (seat?.bot) continue;
    advance(world, entry.t - world.clock);
    const result = applyCommand(world, entry.command);
    if (!result.ok)
      throw new Error(`replay: command at t=${entry.t} was refused: ${result.reason}`);
  }
  advance(world, (until ?? world.end) - world.clock);
  return world;
}

/** The commands people (not bots) issued in a run: what a save or a classroom host must keep. */
export function humanCommands(world: World): LoggedCommand[] {
  return world.commandLog.filter((c) => !world.seats[c.command.seat]?.bot);
}
