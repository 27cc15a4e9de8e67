import type { Role } from '../ids';
import type { World } from '../world';

/** Roles whose staff is more than one person: a learner there works among bot colleagues. */
function staffed(world: World, role: Role): boolean {
  const s = world.scenario;
  if (role === 'support') return s.support.agents > 1;
  if (role === 'warehouse') return s.warehouse.pickers + s.warehouse.packers > 2;
  return false;
}

/**
 * When a person holds the support or warehouse seat of a shop with several staff, the rest of
 * the team keeps working beside them: a bot colleague at the scenario's level answers the chats
 * routed to the other agents (support), or picks and packs for the crew (warehouse). The
 * person's load is then one person's share, as on a real shift. Seats that already have a bot
 * for the role, or a colleague (a resumed run), get none.
 */
export function addColleagues(world: World): void {
  const seats = Object.values(world.seats);
  for (const person of seats) {
    if (person.bot || (person.role !== 'support' && person.role !== 'warehouse')) continue;
    const role = person.role;
    if (!staffed(world, role)) continue;
    if (seats.some((s) => s.role === role && (s.bot !== undefined || s.colleagueOf))) continue;
    const id = `colleague-${role}`;
    world.seats[id] = { id, role, bot: world.scenario.bots[role], colleagueOf: person.id };
  }
}
