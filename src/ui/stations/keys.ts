import { useEffect, useRef } from 'preact/hooks';
import type { SeatRole } from '../../sim/ids';

/** True when a key press belongs to a field the person is typing in, not to a shortcut. */
export function typingIn(e: KeyboardEvent): boolean {
  const el = e.target as HTMLElement | null;
  if (!el) return false;
  return (
    el.tagName === 'INPUT' ||
    el.tagName === 'TEXTAREA' ||
    el.tagName === 'SELECT' ||
    el.isContentEditable
  );
}

/**
 * Single-letter shortcuts of a station (lower-case keys), live while it is mounted; ignored
 * while typing or with Ctrl/Alt/Meta held, so browser and system shortcuts keep working.
 */
export function useKeys(map: Record<string, () => void>): void {
  const latest = useRef(map);
  latest.current = map;
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (typingIn(e) || e.ctrlKey || e.altKey || e.metaKey) return;
      const run = latest.current[e.key.toLowerCase()];
      if (!run) return;
      e.preventDefault();
      run();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}

/** One shortcut as the "?" overlay lists it: the key and the i18n key of what it does. */
export interface Shortcut {
  key: string;
  action: string;
}

/** Keys of the play screen, whatever the role. */
export const GLOBAL_KEYS: Shortcut[] = [
  { key: 'Space', action: 'pause' },
  { key: '1 2 3', action: 'speed' },
  { key: 'N', action: 'skip' },
  { key: '?', action: 'help' },
];

/** Each station's keys (the station binds them with {@link useKeys}). */
export const STATION_KEYS: Record<SeatRole, Shortcut[]> = {
  support: [
    { key: 'J', action: 'nextChat' },
    { key: 'K', action: 'prevChat' },
    { key: 'P', action: 'pickUp' },
    { key: 'A', action: 'answerResolve' },
    { key: 'O', action: 'lookupOrder' },
    { key: 'R', action: 'resolve' },
  ],
  warehouse: [
    { key: 'W', action: 'wave' },
    { key: 'K', action: 'pack' },
    { key: 'L', action: 'label' },
    { key: 'H', action: 'handover' },
  ],
  ops: [{ key: 'F', action: 'readFunnel' }],
  buyer: [],
  trainer: [],
};
