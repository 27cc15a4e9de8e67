import { useState } from 'preact/hooks';

/**
 * A check-box selection over a changing list where new rows start ticked: it remembers the
 * rows the player unticked, so orders arriving in the queue join the next batch by default.
 */
export function useSelection(ids: readonly string[]) {
  const [off, setOff] = useState<ReadonlySet<string>>(new Set());
  const selected = ids.filter((id) => !off.has(id));
  return {
    selected,
    has: (id: string) => !off.has(id),
    toggle: (id: string) => {
      const next = new Set(off);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      setOff(next);
    },
    all: (on: boolean) => setOff(on ? new Set() : new Set(ids)),
  };
}
