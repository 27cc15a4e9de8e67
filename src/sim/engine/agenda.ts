import type { AgendaItem, AgendaKind, World } from '../world';

/**
 * The agenda is a binary min-heap on (at, seq) stored as a plain array in the world, so it
 * serialises with everything else. Items due in the same second run in the order they were
 * scheduled: deterministic.
 */
const before = (a: AgendaItem, b: AgendaItem) => a.at < b.at || (a.at === b.at && a.seq < b.seq);

/** Schedules something to happen at sim time `at` (rounded up to the next whole second). */
export function schedule(
  world: World,
  at: number,
  kind: AgendaKind,
  ref: string,
  n?: number,
): void {
  const item: AgendaItem = { at: Math.ceil(at), seq: world.seq++, kind, ref };
  if (n !== undefined) item.n = n;
  const heap = world.agenda;
  let i = heap.length;
  heap.push(item);
  while (i > 0) {
    const parent = (i - 1) >> 1;
    const p = heap[parent] as AgendaItem;
    if (!before(item, p)) break;
    heap[i] = p;
    i = parent;
  }
  heap[i] = item;
}

/** Removes and returns the next item due at or before the clock, or undefined. */
export function popDue(world: World): AgendaItem | undefined {
  const heap = world.agenda;
  const top = heap[0];
  if (!top || top.at > world.clock) return undefined;
  const last = heap.pop() as AgendaItem;
  if (heap.length === 0) return top;
  let i = 0;
  const n = heap.length;
  for (;;) {
    const l = 2 * i + 1;
    if (l >= n) break;
    const r = l + 1;
    const child = r < n && before(heap[r] as AgendaItem, heap[l] as AgendaItem) ? r : l;
    if (!before(heap[child] as AgendaItem, last)) break;
    heap[i] = heap[child] as AgendaItem;
    i = child;
  }
  heap[i] = last;
  return top;
}
