import { useEffect, useMemo, useState } from 'preact/hooks';
import { getPlatform } from '../platform';
import type { Notice } from '../platform/platform';
import type { AutosaveRun, Profile, Settings } from '../platform/store-schema';
import { LangContext, translator } from './i18n';
import { AppContext, resolveLang, type AppServices, type Route } from './screens/context';
import { Screen } from './screens/router';
import { Notices } from './screens/notices';
import { newSession, resumeSession } from './screens/run';
import { builtInScenarios } from './session/scenarios';

interface Loaded {
  settings: Settings;
  profiles: Profile[];
  selected: string | null;
}

/** The application root: loads settings and profiles, then shows the screen the route names. */
export function App() {
  const platform = useMemo(() => getPlatform(), []);
  const scenarios = useMemo(() => builtInScenarios(), []);
  const [data, setData] = useState<Loaded | undefined>(undefined);
  const [route, setRoute] = useState<Route>({ name: 'menu' });
  const [notices, setNotices] = useState<Notice[]>([]);
  const [error, setError] = useState<string | undefined>(undefined);

  useEffect(() => {
    void (async () => {
      try {
        const [settings, profiles] = await Promise.all([
          platform.settings.get(),
          platform.profiles.list(),
        ]);
        setNotices(await platform.notices.take());
        setData({ settings, ...profiles });
        // A learner who opened a class's join URL goes straight to joining it.
        const joinCode = new URLSearchParams(location.search).get('join');
        if (joinCode) setRoute({ name: 'join', code: joinCode });
        else if (profiles.profiles.length === 0 || !profiles.selected)
          setRoute({ name: 'welcome' });
      } catch (err) {
        setError(String(err));
      }
    })();
  }, [platform]);

  const lang = resolveLang(data?.settings.language ?? 'system', platform.locale());
  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = translator(lang)('app.title');
  }, [lang]);
  useEffect(() => {
    document.documentElement.dataset.textSize = data?.settings.textSize ?? 'medium';
  }, [data?.settings.textSize]);

  if (!data) return <main class="boot" data-ready="no" aria-busy="true" />;
  const fail = (err: unknown) => setError(err instanceof Error ? err.message : String(err));
  const scenarioOf = (id: string) => scenarios.find((s) => s.id === id);

  const services: AppServices = {
    platform,
    settings: data.settings,
    lang,
    profile: data.profiles.find((p) => p.id === data.selected),
    profiles: data.profiles,
    scenarios,
    go: setRoute,
    fail,
    updateSettings: async (patch) => {
      try {
        const settings = await platform.settings.set(patch);
        setData((d) => d && { ...d, settings });
      } catch (err) {
        fail(err);
      }
    },
    selectProfile: async (id) => {
      const list = await platform.profiles.select(id);
      setData((d) => d && { ...d, ...list });
      setRoute({ name: 'menu' });
    },
    createProfile: async (name) => {
      const profile = await platform.profiles.create(name);
      const list = await platform.profiles.list();
      setData((d) => d && { ...d, ...list, selected: profile.id });
      setRoute({ name: 'menu' });
    },
    startRun: (setup) => {
      setRoute({
        name: 'play',
        session: newSession(setup),
        role: setup.role,
        botLevel: setup.botLevel,
      });
    },
    resumeRun: (run: AutosaveRun) => {
      const scenario = scenarioOf(run.scenarioId);
      const session = scenario && resumeSession(scenario, run);
      if (!session) return fail(translator(lang)('app.menu.resumeStale'));
      setRoute({ name: 'play', session, role: run.role, botLevel: run.botLevel });
    },
  };

  return (
    <LangContext.Provider value={lang}>
      <AppContext.Provider value={services}>
        <div class="app" data-ready="yes" data-screen={route.name}>
          <Notices
            notices={notices}
            error={error}
            onDismiss={(id) => setNotices((n) => n.filter((x) => x.id !== id))}
            onClearError={() => setError(undefined)}
          />
          <Screen route={route} />
        </div>
      </AppContext.Provider>
    </LangContext.Provider>
  );
}
