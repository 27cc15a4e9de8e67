import { schedule } from '../engine/agenda';
import { absoluteTime, nextTimeOfDay, parseClockTime } from '../engine/clock';
import type { AgendaKind, World } from '../world';

/**
 * Books work on the earliest free worker of a crew and returns when it will be done. The
 * crew size comes from the scenario, so a surge the warehouse cannot staff shows as delay.
 */
export function bookWork(world: World, crew: number[], seconds: number): number {
  let best = 0;
  for (let i = 1; i < crew.length; i++) if ((crew[i] ?? 0) < (crew[best] ?? 0)) best = i;
  const start = onShift(world, Math.max(world.clock, crew[best] ?? 0));
  const done = start + seconds;
  crew[best] = done;
  return done;
}

/** The first moment at or after `t` when the warehouse crew is at work. */
export function onShift(world: World, t: number): number {
  const [from, to] = world.scenario.warehouse.shift;
  const open = parseClockTime(from);
  const close = parseClockTime(to);
  const tod = absoluteTime(world, t) % 86_400;
  if (open <= close ? tod >= open && tod < close : tod >= open || tod < close) return t;
  return nextTimeOfDay(world, from, t);
}

/** Schedules one completion per order at the time the crew finishes the batch. */
export function finishAt(
  world: World,
  at: number,
  kind: AgendaKind,
  orders: readonly string[],
): void {
  for (const id of orders) schedule(world, at, kind, id);
}

/** How long until the crew could start new work (0 when someone is free now). */
export function crewBacklog(world: World, crew: readonly number[]): number {
  return Math.max(0, Math.min(...crew) - world.clock);
}
