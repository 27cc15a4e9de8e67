import type { SeatRole } from '../../sim/ids';
import { useT } from '../i18n';
import { GLOBAL_KEYS, STATION_KEYS, type Shortcut } from '../stations/keys';

/** The "?" overlay: every keyboard shortcut of the play screen and of this role's station. */
export function ShortcutsHelp({ role, onClose }: { role: SeatRole; onClose: () => void }) {
  const { t } = useT();
  const list = (keys: Shortcut[]) => (
    <dl class="keys">
      {keys.map((k) => (
        <div key={k.key} class="keys-row">
          <dt>
            <kbd>{k.key}</kbd>
          </dt>
          <dd>{t(`tools.keys.${k.action}`)}</dd>
        </div>
      ))}
    </dl>
  );
  const station = STATION_KEYS[role];
  return (
    <div
      class="keys-overlay"
      role="dialog"
      aria-modal="true"
      aria-label={t('tools.keys.title')}
      data-testid="shortcuts"
      onClick={onClose}
    >
      <div class="card keys-card" onClick={(e) => e.stopPropagation()}>
        <h2>{t('tools.keys.title')}</h2>
        <h3>{t('tools.keys.everywhere')}</h3>
        {list(GLOBAL_KEYS)}
        {station.length ? (
          <>
            <h3>{t('tools.keys.station', { role: t(`roles.${role}`) })}</h3>
            {list(station)}
          </>
        ) : null}
        <button
          type="button"
          class="btn primary"
          data-testid="shortcuts-close"
          onClick={onClose}
          autoFocus
        >
          {t('app.common.dismiss')}
        </button>
      </div>
    </div>
  );
}
