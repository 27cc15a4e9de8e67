import type { CommandType, Role } from '../ids';
import type { BotPolicy } from './policy';

/** What the warehouse crew does on its own: the floor work. Dispatch is the person's. */
const CREW_COMMANDS: ReadonlySet<CommandType> = new Set<CommandType>(['pick_wave', 'pack_orders']);

/**
 * The policy of a bot colleague beside a person (see `engine/colleagues.ts`), built on the
 * role's own bot policy: a support colleague works the chats routed to it with the capacity of
 * the other agents (`agents − 1` of `agents`); the warehouse crew picks and packs, and leaves
 * waybills, hand-overs, stock-out reports and returns to the person who runs the shift.
 */
export function colleaguePolicy<R extends Role>(
  base: BotPolicy<R>,
  role: R,
  agents: number,
): BotPolicy<R> {
  if (role === 'support') {
    const share = Math.max(0, agents - 1) / Math.max(1, agents);
    return (obs, turn) =>
      base(obs, {
        ...turn,
        profile: { ...turn.profile, supportActions: turn.profile.supportActions * share },
      });
  }
  if (role === 'warehouse')
    return (obs, turn) =>
      base(obs, { ...turn, act: (c) => CREW_COMMANDS.has(c.type) && turn.act(c) });
  return base;
}
