import type { AgendaItem, AgendaKind, World } from '../world';

/**
 * Schedules something to happen at sim time `at`. The agenda is kept sorted by (at, seq), so
 * items due at the same second run in the order they were scheduled: deterministic.
 */
export function schedule(world: World, at: number, kind: AgendaKind, ref: string, n?: number): void {
  const item: AgendaItem = { at: Math.ceil(at), seq: world.seq++, kind, ref };
  if (n !== undefined) item.n = n;
  const list = world.agenda;
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const m = list[mid];
    if (m && (m.at < item.at || (m.at === item.at && m.seq < item.seq))) lo = mid + 1;
    else hi = mid;
  }
  list.splice(lo, 0, item);
}

/** Removes and returns the next item due at or before the clock, or undefined. */
export function popDue(world: World): AgendaItem | undefined {
  const first = world.agenda[0];
  if (!first || first.at > world.clock) return undefined;
  return world.agenda.shift();
}
