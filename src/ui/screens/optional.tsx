import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { Lang } from '../../sim/ids';
import { useT } from '../i18n';
import type { GameSession } from '../session/controller';
import type { PlaySession } from '../session/play-session';
import type { debriefPlatform } from './debrief-platform';

/**
 * The map, the station panels and the debrief are built alongside these screens and loaded
 * lazily (their code, echarts and Phaser stay out of the first bundle, DESIGN §5). A glob
 * rather than an import: a build without one of them still starts and shows a placeholder.
 */
const modules = import.meta.glob([
  '../../game/mount.ts',
  '../stations/index.tsx',
  '../debrief/index.tsx',
]);

export interface MapHandle {
  destroy(): void;
  setLang(lang: Lang): void;
}
export interface MapModule {
  mountShopMap(
    parent: HTMLElement,
    session: PlaySession,
    opts: { lang: Lang; renderer?: 'canvas' | 'auto' },
  ): MapHandle;
}
export interface StationsModule {
  StationPanel: ComponentType<{ session: PlaySession; version: number }>;
}
export interface DebriefModule {
  Debrief: ComponentType<{
    session: GameSession;
    platform: ReturnType<typeof debriefPlatform>;
    onExit(): void;
    learner?: string | undefined;
    /** Plays a what-if branch of the run (从这里重玩). */
    onReplay?(branch: GameSession): void;
  }>;
}

const PATHS = {
  map: '../../game/mount.ts',
  stations: '../stations/index.tsx',
  debrief: '../debrief/index.tsx',
} as const;
type Kind = keyof typeof PATHS;
type ModuleOf = { map: MapModule; stations: StationsModule; debrief: DebriefModule };

/** Loads one optional module; resolves `null` when this build does not have it. */
export function loadOptional<K extends Kind>(kind: K): Promise<ModuleOf[K] | null> {
  const load = modules[PATHS[kind]];
  if (!load) return Promise.resolve(null);
  return load().then((m) => m as ModuleOf[K]);
}

/** `undefined` while loading, `null` when missing, else the module. */
export function useOptional<K extends Kind>(kind: K): ModuleOf[K] | null | undefined {
  const [mod, setMod] = useState<ModuleOf[K] | null | undefined>(undefined);
  useEffect(() => {
    let live = true;
    loadOptional(kind).then(
      (m) => live && setMod(m),
      () => live && setMod(null),
    );
    return () => {
      live = false;
    };
  }, [kind]);
  return mod;
}

/** What shows where a part of the game is missing from this build. */
export function Unavailable(props: { part: Kind }) {
  const { t } = useT();
  return (
    <div class="card unavailable" data-testid={`unavailable-${props.part}`} role="note">
      <strong>{t(`app.unavailable.${props.part}`)}</strong>
      <p>{t('app.unavailable.body')}</p>
    </div>
  );
}
