import { useState } from 'preact/hooks';
import { formatKpi } from '../../i18n';
import type { TargetDef } from '../../scenario/schema';
import { BOT_LEVELS, type BotLevel, type Role } from '../../sim/ids';
import { useT, type T } from '../i18n';
import { useApp } from './context';
import { TopBar } from './topbar';
import type { Lang } from '../../sim/ids';

/** How a target reads: "≥ 95.0%", or "≥ 1.05 × baseline" when it is relative. */
export function targetText(target: TargetDef, t: T, lang: Lang): string {
  const value =
    target.value !== undefined
      ? formatKpi(target.kpi, target.value, lang)
      : t('app.briefing.vsBaseline', { factor: target.vsBaseline });
  return t(target.op === '>=' ? 'common.atLeast' : 'common.atMost', { value });
}

/** Before a run: the story, the targets, the SOP cards; pick a role and the bots' level. */
export function Briefing({ scenarioId }: { scenarioId: string }) {
  const { t, lang } = useT();
  const app = useApp();
  const s = app.scenarios.find((x) => x.id === scenarioId);
  const [role, setRole] = useState<Role>(
    s?.roles.includes(s.focusRole) ? s.focusRole : (s?.roles[0] ?? 'support'),
  );
  const [level, setLevel] = useState<BotLevel>('competent');
  if (!s) return null;
  const start = () =>
    app.startRun({
      scenario: s,
      role,
      botLevel: level,
      seed: s.seed,
      speed: app.settings.defaultSpeed,
    });

  return (
    <>
      <TopBar back={() => app.go({ name: 'menu' })} />
      <main class="page briefing" data-testid="briefing">
        <section class="card hero">
          <p class="eyebrow">
            {t(`app.module.${s.module}`)} · {t(`app.difficulty.${s.difficulty}`)}
          </p>
          <h1>{s.title[lang]}</h1>
          <p class="lead">{s.story[lang]}</p>
          <p>{s.briefing[lang]}</p>
          <p class="muted">
            {t('app.briefing.length', {
              minutes: s.lengthMin,
              start: s.startTime,
              scale: s.timeScale,
            })}
          </p>
        </section>
        <div class="columns">
          <section class="card">
            <h2>{t('app.briefing.role')}</h2>
            <div class="choices" role="radiogroup" aria-label={t('app.briefing.role')}>
              {s.roles.map((r) => (
                <button
                  type="button"
                  key={r}
                  role="radio"
                  aria-checked={role === r}
                  class={role === r ? 'choice on' : 'choice'}
                  data-testid={`role-${r}`}
                  onClick={() => setRole(r)}
                >
                  <strong>{t(`roles.${r}`)}</strong>
                  <span class="muted">{t(`app.roleHint.${r}`)}</span>
                </button>
              ))}
            </div>
            <h2>{t('app.briefing.bots')}</h2>
            <div class="segmented" role="radiogroup" aria-label={t('app.briefing.bots')}>
              {BOT_LEVELS.map((l) => (
                <button
                  type="button"
                  key={l}
                  role="radio"
                  aria-checked={level === l}
                  class={level === l ? 'on' : ''}
                  data-testid={`bots-${l}`}
                  onClick={() => setLevel(l)}
                >
                  {t(`common.botLevel.${l}`)}
                </button>
              ))}
            </div>
            <h2>{t('app.briefing.targets')}</h2>
            <ul class="targets" data-testid="briefing-targets">
              {s.targets.map((tg, i) => (
                <li key={i}>
                  <span>{t(`kpi.label.${tg.kpi}`)}</span>
                  <strong>{targetText(tg, t, lang)}</strong>
                </li>
              ))}
            </ul>
            <label class="check" title={t('tools.teaching.settingHint')}>
              <input
                type="checkbox"
                data-testid="briefing-teaching"
                checked={app.settings.teachingSpeed}
                onChange={(e) =>
                  void app.updateSettings({ teachingSpeed: e.currentTarget.checked })
                }
              />{' '}
              {t('tools.teaching.setting')}
              <span class="muted small"> · {t('tools.teaching.settingHint')}</span>
            </label>
            <button type="button" class="btn primary wide" data-testid="start-run" onClick={start}>
              {t('app.briefing.start')}
            </button>
          </section>
          <section class="card">
            <h2>{t('app.briefing.sops')}</h2>
            {s.sopCards.map((card) => (
              <details key={card.id} class="sop" open={card.role === role}>
                <summary>
                  <span class="chip">{t(`roles.${card.role}`)}</span> {card.title[lang]}
                </summary>
                <ol>
                  {card.steps.map((step, i) => (
                    <li key={i}>{step[lang]}</li>
                  ))}
                </ol>
              </details>
            ))}
          </section>
        </div>
      </main>
    </>
  );
}
