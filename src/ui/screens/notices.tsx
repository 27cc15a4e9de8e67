import type { Notice } from '../../platform/platform';
import { useT } from '../i18n';

interface Props {
  notices: Notice[];
  error: string | undefined;
  onDismiss: (id: string) => void;
  onClearError: () => void;
}

/** Tells the player what happened to their saved data (never a silent reset), and failed saves. */
export function Notices(props: Props) {
  const { t } = useT();
  if (props.notices.length === 0 && !props.error) return null;
  return (
    <div class="notices" role="status" aria-live="polite">
      {props.notices.map((n) => (
        <div key={n.id} class={`notice notice-${n.kind}`} data-testid="notice">
          <div>
            <strong>
              {t(`app.notice.${n.kind}`, {
                file: t(`app.file.${n.file}`),
                backupAt: n.backupAt ?? '',
              })}
            </strong>
            <p class="muted">
              {t(`app.notice.problem.${n.problem}`)}
              {n.quarantinedPath ? ` · ${t('app.notice.keptAt', { path: n.quarantinedPath })}` : ''}
            </p>
          </div>
          <button
            type="button"
            class="btn ghost"
            onClick={() => props.onDismiss(n.id)}
            data-testid="notice-dismiss"
          >
            {t('app.common.dismiss')}
          </button>
        </div>
      ))}
      {props.error && (
        <div class="notice notice-error" data-testid="error">
          <strong>{t('app.common.error', { message: props.error })}</strong>
          <button type="button" class="btn ghost" onClick={props.onClearError}>
            {t('app.common.dismiss')}
          </button>
        </div>
      )}
    </div>
  );
}
