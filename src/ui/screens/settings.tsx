import type { Settings } from '../../platform/store-schema';
import { useT } from '../i18n';
import { useApp } from './context';
import { TopBar } from './topbar';

type Option<K extends keyof Settings> = { value: Settings[K]; label: string };

/** Language, default speed, sound and text size; each change is saved at once. */
export function SettingsScreen() {
  const { t } = useT();
  const app = useApp();
  const s = app.settings;
  const row = <K extends 'language' | 'defaultSpeed' | 'textSize'>(
    key: K,
    options: Option<K>[],
  ) => (
    <div class="setting" role="radiogroup" aria-label={t(`app.settings.${key}`)}>
      <span class="setting-label">{t(`app.settings.${key}`)}</span>
      <div class="segmented">
        {options.map((o) => (
          <button
            type="button"
            key={String(o.value)}
            role="radio"
            aria-checked={s[key] === o.value}
            class={s[key] === o.value ? 'on' : ''}
            data-testid={`setting-${key}-${String(o.value)}`}
            onClick={() => void app.updateSettings({ [key]: o.value })}
          >
            {o.label}
          </button>
        ))}
      </div>
    </div>
  );

  return (
    <>
      <TopBar back={() => app.go({ name: 'menu' })} />
      <main class="page narrow" data-testid="settings">
        <h1 class="page-title">{t('app.settings.title')}</h1>
        <section class="card">
          {row('language', [
            { value: 'system', label: t('app.lang.system') },
            { value: 'zh-CN', label: t('app.lang.zh-CN') },
            { value: 'en', label: t('app.lang.en') },
          ])}
          {row(
            'defaultSpeed',
            [1, 2, 4].map((v) => ({ value: v as Settings['defaultSpeed'], label: `${v}×` })),
          )}
          {row('textSize', [
            { value: 'small', label: t('app.settings.small') },
            { value: 'medium', label: t('app.settings.medium') },
            { value: 'large', label: t('app.settings.large') },
          ])}
          <div class="setting">
            <label class="setting-label" for="sound-on">
              {t('app.settings.sound')}
            </label>
            <input
              id="sound-on"
              type="checkbox"
              data-testid="setting-sound"
              checked={s.sound.enabled}
              onChange={(e) =>
                void app.updateSettings({ sound: { ...s.sound, enabled: e.currentTarget.checked } })
              }
            />
            <input
              type="range"
              min={0}
              max={1}
              step={0.1}
              aria-label={t('app.settings.volume')}
              value={s.sound.volume}
              disabled={!s.sound.enabled}
              onChange={(e) =>
                void app.updateSettings({
                  sound: { ...s.sound, volume: Number(e.currentTarget.value) },
                })
              }
            />
          </div>
          <div class="setting">
            <label class="setting-label" for="teaching-speed">
              {t('tools.teaching.setting')}
            </label>
            <input
              id="teaching-speed"
              type="checkbox"
              data-testid="setting-teaching"
              checked={s.teachingSpeed}
              onChange={(e) => void app.updateSettings({ teachingSpeed: e.currentTarget.checked })}
            />
            <span class="muted small">{t('tools.teaching.settingHint')}</span>
          </div>
        </section>
      </main>
    </>
  );
}
