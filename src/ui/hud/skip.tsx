import type { PlaySession } from '../session/play-session';
import { needsOf } from '../session/needs';
import { useT } from '../i18n';

/**
 * "Skip to the next thing that needs you": fast-forwards while nothing is left for the
 * person's role, stopping when something arrives. Disabled, with the count, while work waits.
 */
export function SkipControl({ session, onSkip }: { session: PlaySession; onSkip: () => void }) {
  const { t } = useT();
  const role = session.seat?.role;
  if (!role || role === 'trainer' || session.world.finished) return null;
  if (session.skipping)
    return (
      <button
        type="button"
        class="btn on skip"
        data-testid="hud-skip-cancel"
        data-skipping="yes"
        onClick={() => session.cancelSkip()}
        title={t('tools.skip.cancelHint')}
      >
        » {t('tools.skip.running')}
      </button>
    );
  const todo = needsOf(session.world, session.seat).todo.length;
  return (
    <button
      type="button"
      class={todo ? 'btn skip' : 'btn primary skip'}
      data-testid="hud-skip"
      data-todo={todo}
      disabled={todo > 0}
      title={todo ? t('tools.skip.busyHint', { n: todo }) : t(`tools.skip.hint.${role}`)}
      onClick={onSkip}
    >
      » {t('tools.skip.label')}
      {todo ? <span class="skip-count"> · {t('tools.skip.waiting', { n: todo })}</span> : null}
      <kbd class="st-kbd">N</kbd>
    </button>
  );
}
