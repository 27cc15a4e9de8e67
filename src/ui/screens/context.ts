import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Platform } from '../../platform/platform';
import type { AutosaveRun, Profile, Settings } from '../../platform/store-schema';
import type { Scenario } from '../../scenario/schema';
import type { BotLevel, Lang, Role } from '../../sim/ids';
import type { ClassSession } from '../session/class-session';
import type { GameSession } from '../session/controller';
import type { RunSetup } from './run';

/** Where the player is in the journey. A running session lives in the route, so a language switch keeps it. */
export type Route =
  | { name: 'welcome' }
  | { name: 'menu' }
  | { name: 'history' }
  | { name: 'settings' }
  | { name: 'join'; code?: string }
  | { name: 'class-play'; session: ClassSession }
  | { name: 'briefing'; scenarioId: string }
  | { name: 'play'; session: GameSession; role: Role; botLevel: BotLevel }
  | { name: 'debrief'; session: GameSession; role: Role; botLevel: BotLevel };

export interface AppServices {
  platform: Platform;
  settings: Settings;
  lang: Lang;
  profile: Profile | undefined;
  profiles: Profile[];
  scenarios: Scenario[];
  go: (route: Route) => void;
  updateSettings: (patch: Partial<Settings>) => Promise<void>;
  /** Switches to another learner's profile and opens the menu. */
  selectProfile: (id: string) => Promise<void>;
  /** Creates a profile, selects it and opens the menu. */
  createProfile: (name: string) => Promise<void>;
  startRun: (setup: RunSetup) => void;
  resumeRun: (run: AutosaveRun) => void;
  /** Reports a failed platform call to the player. */
  fail: (err: unknown) => void;
}

export const AppContext = createContext<AppServices | null>(null);

export function useApp(): AppServices {
  const app = useContext(AppContext);
  if (!app) throw new Error('useApp outside <App>');
  return app;
}

/** `system` follows the locale: Chinese systems get zh-CN, everyone else English. */
export function resolveLang(language: Settings['language'], locale: string): Lang {
  if (language !== 'system') return language;
  return locale.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
}
