import { useEffect, useState } from 'preact/hooks';
import type { AutosaveRun, ScenarioProgress } from '../../platform/store-schema';
import type { Scenario } from '../../scenario/schema';
import { SCENARIO_MODULES } from '../../sim/ids';
import { useT } from '../i18n';
import { useApp } from './context';
import { Stars } from './stars';
import { TopBar } from './topbar';

/** The main menu: Continue, the scenario library by module and difficulty, history and settings. */
export function Menu() {
  const { t, lang } = useT();
  const app = useApp();
  const [progress, setProgress] = useState<Record<string, ScenarioProgress>>({});
  const [autosave, setAutosave] = useState<AutosaveRun | null>(null);
  const profileId = app.profile?.id;

  useEffect(() => {
    if (!profileId) return;
    app.platform.progress.get(profileId).then(setProgress, app.fail);
    app.platform.autosave.load(profileId).then(setAutosave, app.fail);
  }, [profileId]);

  const saved = autosave && app.scenarios.find((s) => s.id === autosave.scenarioId);
  const groups = SCENARIO_MODULES.map((m) => ({
    module: m,
    list: app.scenarios.filter((s) => s.module === m).sort((a, b) => a.difficulty - b.difficulty),
  })).filter((g) => g.list.length > 0);

  return (
    <>
      <TopBar>
        <nav class="menu-nav">
          {app.platform.kind === 'browser' && (
            // The desktop shell's CSP admits no LAN host yet: joining is the browser build's.
            <button
              type="button"
              class="btn ghost"
              data-testid="menu-join"
              onClick={() => app.go({ name: 'join' })}
            >
              {t('class.join.menu')}
            </button>
          )}
          <button
            type="button"
            class="btn ghost"
            onClick={() => app.go({ name: 'history' })}
            data-testid="open-history"
          >
            {t('app.menu.history')}
          </button>
          <button
            type="button"
            class="btn ghost"
            onClick={() => app.go({ name: 'settings' })}
            data-testid="open-settings"
          >
            {t('app.menu.settings')}
          </button>
        </nav>
      </TopBar>
      <main class="page" data-testid="menu">
        {autosave && saved && (
          <section class="card continue" data-testid="continue-card">
            <div>
              <h2>{t('app.menu.continueTitle')}</h2>
              <p class="muted">
                {t('app.menu.continueBody', {
                  title: saved.title[lang],
                  role: t(`roles.${autosave.role}`),
                  minutes: Math.floor(autosave.clock / 60),
                })}
              </p>
            </div>
            <button
              type="button"
              class="btn primary"
              data-testid="continue"
              onClick={() => app.resumeRun(autosave)}
            >
              {t('app.menu.continue')}
            </button>
          </section>
        )}
        <h1 class="page-title">{t('app.menu.hello', { name: app.profile?.name ?? '' })}</h1>
        <p class="muted lead">{t('app.menu.intro')}</p>
        <h2 class="section-title">{t('app.menu.library')}</h2>
        <div class="library">
          {groups.map((g) => (
            <section key={g.module} class="module" data-testid={`module-${g.module}`}>
              <h3 class="module-title">{t(`app.module.${g.module}`)}</h3>
              {g.list.map((s) => (
                <ScenarioCard key={s.id} scenario={s} progress={progress[s.id]} />
              ))}
            </section>
          ))}
        </div>
      </main>
    </>
  );
}

function ScenarioCard({
  scenario: s,
  progress,
}: {
  scenario: Scenario;
  progress: ScenarioProgress | undefined;
}) {
  const { t, lang } = useT();
  const app = useApp();
  return (
    <button
      type="button"
      class="card scenario"
      data-testid={`scenario-${s.id}`}
      onClick={() => app.go({ name: 'briefing', scenarioId: s.id })}
    >
      <div class="scenario-head">
        <span class={`chip diff-${s.difficulty}`}>{t(`app.difficulty.${s.difficulty}`)}</span>
        <Stars n={progress?.bestStars ?? 0} />
      </div>
      <h3>{s.title[lang]}</h3>
      <p class="muted clamp">{s.story[lang]}</p>
      {progress && Object.keys(progress.bestByRole).length > 0 && (
        <div class="by-role muted" data-testid={`best-by-role-${s.id}`}>
          {Object.entries(progress.bestByRole).map(([role, n]) => (
            <span key={role}>
              {t(`roles.${role}`)} <Stars n={n} />
            </span>
          ))}
        </div>
      )}
      <div class="scenario-foot muted">
        <span>{t('app.menu.focus', { role: t(`roles.${s.focusRole}`) })}</span>
        <span>{t('app.common.minutes', { n: s.lengthMin })}</span>
        {progress && <span>{t('app.menu.attempts', { n: progress.attempts })}</span>}
      </div>
    </button>
  );
}
