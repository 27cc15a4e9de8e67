import { parseClockTime } from '../../sim/engine/clock';

/** The shop's wall clock "HH:MM" at sim time `clock`, from the scenario's start time of day. */
export function formatClock(startTime: string, clock: number): string {
  const abs = Math.floor((parseClockTime(startTime) + clock) / 60) % (24 * 60);
  const h = Math.floor(abs / 60);
  const m = abs % 60;
  return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
}
