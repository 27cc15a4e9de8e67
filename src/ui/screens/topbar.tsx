import type { ComponentChildren } from 'preact';
import type { Lang } from '../../sim/ids';
import { useT } from '../i18n';
import { useApp } from './context';

/** The bar on every screen: the game's name, a back button, the player, and the language switch. */
export function TopBar(props: {
  back?: () => void;
  /** A run is on screen: switching profile would leave it. */
  busy?: boolean;
  children?: ComponentChildren;
}) {
  const { t, lang } = useT();
  const app = useApp();
  const other: Lang = lang === 'zh-CN' ? 'en' : 'zh-CN';
  return (
    <header class="topbar">
      {props.back && (
        <button type="button" class="btn ghost" onClick={props.back} data-testid="back">
          ← {t('app.common.back')}
        </button>
      )}
      <div class="brand">
        <span class="logo" aria-hidden="true">
          道
        </span>
        <span>{t('app.title')}</span>
      </div>
      <div class="topbar-middle">{props.children}</div>
      {app.profile && (
        <button
          type="button"
          class="btn ghost who"
          data-testid="profile-name"
          title={t('app.welcome.switchProfile')}
          disabled={props.busy}
          onClick={() => app.go({ name: 'welcome' })}
        >
          {app.profile.name}
        </button>
      )}
      <button
        type="button"
        class="btn ghost"
        data-testid="lang-switch"
        lang={other}
        onClick={() => void app.updateSettings({ language: other })}
        aria-label={t('app.common.switchLanguage')}
      >
        {t(`app.lang.${other}`)}
      </button>
    </header>
  );
}
