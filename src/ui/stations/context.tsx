import { createContext, type ComponentChildren } from 'preact';
import { useContext } from 'preact/hooks';
import type { CommandType, Lang } from '../../sim/ids';
import type { World } from '../../sim/world';
import type { T } from '../i18n';
import type { PlaySession } from '../session/play-session';

/** What every part of a station panel needs: the world, the translator and a way to act. */
export interface Station {
  session: PlaySession;
  world: World;
  t: T;
  lang: Lang;
  /** Issues a command from the player's seat; a refusal shows a toast. True when accepted. */
  act: (type: CommandType, payload: Record<string, unknown>) => boolean;
  /** Shows a message in the toast area (look-up results, confirmations). */
  notify: (text: string, kind?: 'ok' | 'info' | 'error') => void;
}

export const StationContext = createContext<Station | null>(null);

export function useStation(): Station {
  const s = useContext(StationContext);
  if (!s) throw new Error('useStation outside a StationPanel');
  return s;
}

export function StationProvider(props: { value: Station; children: ComponentChildren }) {
  return <StationContext.Provider value={props.value}>{props.children}</StationContext.Provider>;
}
