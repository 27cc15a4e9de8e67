import type { World } from '../world';

const DAY = 86_400;

const parsed = new Map<string, number>();

/** Seconds since midnight for "HH:MM" (memoised: courier and shift times are parsed often). */
export function parseClockTime(hhmm: string): number {
  let v = parsed.get(hhmm);
  if (v === undefined) {
    const [h, m] = hhmm.split(':').map(Number);
    v = (h ?? 0) * 3600 + (m ?? 0) * 60;
    parsed.set(hhmm, v);
  }
  return v;
}

/** Seconds since midnight of the run's first day at sim time `t`. */
export function absoluteTime(world: World, t: number): number {
  return parseClockTime(world.scenario.startTime) + t;
}

/** Hour of day (0–23) at sim time `t`. */
export function hourOfDay(world: World, t: number): number {
  return Math.floor((absoluteTime(world, t) % DAY) / 3600);
}

/** Sim time of the first occurrence of "HH:MM" at or after sim time `from`. */
export function nextTimeOfDay(world: World, hhmm: string, from: number): number {
  const abs = absoluteTime(world, from);
  const target = parseClockTime(hhmm);
  const dayStart = abs - (abs % DAY);
  let at = dayStart + target;
  if (at < abs) at += DAY;
  return at - parseClockTime(world.scenario.startTime);
}

/** A scenario moment ("HH:MM" on the first day, or seconds) as sim time. */
export function resolveWhen(world: World, when: number | string): number {
  return typeof when === 'number' ? when : nextTimeOfDay(world, when, 0);
}
