import { loadScenarioFile } from '../../../src/scenario/load-file';
import { advance } from '../../../src/sim/engine/advance';
import { botSeats, createWorld } from '../../../src/sim/engine/create-world';
import { finish } from '../../../src/sim/engine/advance';
import type { BotLevel, Role } from '../../../src/sim/ids';
import type { World } from '../../../src/sim/world';

/**
 * A learner's run of a built-in scenario: the person's seat (`me`) in `role`, bots of the
 * scenario's levels elsewhere. The person plays like a bot of `level` (the bot's commands are
 * logged and checked as the seat's), or not at all when `level` is undefined; the drill stops
 * after `minutes` (default: its full length) and the aftermath runs, as when the learner ends it.
 */
export function playAs(
  file: string,
  role: Role,
  opts: { level?: BotLevel; minutes?: number } = {},
): World {
  const scenario = loadScenarioFile(`scenarios/${file}.yaml`);
  const seats = botSeats(scenario).map((s) =>
    s.role === role ? { id: 'me', role, ...(opts.level ? { bot: opts.level } : {}) } : s,
  );
  const world = createWorld(scenario, { seats });
  const until = Math.min(world.end, (opts.minutes ?? Infinity) * 60);
  // Stop a second early so the seat is a person's again before the drill closes.
  advance(world, until - 1);
  delete world.seats.me?.bot;
  if (until < world.end) advance(world, 1);
  else advance(world, world.end - world.clock);
  finish(world);
  return world;
}
