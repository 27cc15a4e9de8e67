import type { SimEvent } from '../events';
import type { World } from '../world';

/** Appends a domain event stamped with the current sim time and returns it. */
export function emit(world: World, event: Omit<SimEvent, 't'>): SimEvent {
  const e = { t: world.clock, ...event };
  world.log.push(e);
  return e;
}

/** Next id for an entity kind, e.g. `o12`. Ids come from the world so replays agree. */
export function nextId(world: World, prefix: string): string {
  return `${prefix}${world.seq++}`;
}
