import { TargetLights } from '../hud/targets';
import { useBaseline } from '../hud/baseline';
import { useT } from '../i18n';
import { useApp, type Route } from './context';
import { debriefPlatform } from './debrief-platform';
import { Unavailable, useOptional } from './optional';
import { TopBar } from './topbar';

type DebriefRoute = Extract<Route, { name: 'debrief' }>;

/** After the run: the full debrief when this build has it, else the targets and a way back. */
export function DebriefScreen({ route }: { route: DebriefRoute }) {
  const { t } = useT();
  const app = useApp();
  const mod = useOptional('debrief');
  const baseline = useBaseline(route.session.scenario, route.session.world.seed);
  const exit = () => app.go({ name: 'menu' });
  if (mod) {
    const Debrief = mod.Debrief;
    return (
      <>
        <TopBar back={exit} />
        <div data-testid="debrief">
          <Debrief
            session={route.session}
            platform={debriefPlatform(app.platform, app.profile?.id)}
            onExit={exit}
            learner={app.profile?.name}
            onReplay={(session) =>
              app.go({ name: 'play', session, role: route.role, botLevel: route.botLevel })
            }
          />
        </div>
      </>
    );
  }
  return (
    <>
      <TopBar back={exit} />
      <main class="page narrow" data-testid="debrief">
        {mod === null && <Unavailable part="debrief" />}
        <section class="card">
          <h2>{t('app.debrief.targets')}</h2>
          <TargetLights world={route.session.world} baseline={baseline} />
          <button type="button" class="btn primary" data-testid="debrief-exit" onClick={exit}>
            {t('app.debrief.menu')}
          </button>
        </section>
      </main>
    </>
  );
}
