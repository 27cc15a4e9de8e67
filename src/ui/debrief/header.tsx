import { learnerLine, teamLine, verdictText } from '../../sim/scoring/text';
import { useT } from '../i18n';
import { sameStretch, type DebriefCore } from './model';

export type ExportKind = 'markdown' | 'csv' | 'pdf';

export interface Notice {
  kind: 'ok' | 'error' | 'info';
  text: string;
}

interface HeaderProps {
  core: DebriefCore;
  role: string;
  onExport: (kind: ExportKind) => void;
  onExit: () => void;
  busy: boolean;
  notice: Notice | null;
}

/** Stars of a run as three glyphs, read out as one image ("2 of 3 stars"). */
export function StarRow({ stars, size = 'big' }: { stars: number; size?: 'big' | 'small' }) {
  const { t } = useT();
  return (
    <span
      class={`dbf-stars dbf-stars--${size}`}
      role="img"
      aria-label={t('app.common.starsLabel', { n: stars })}
      data-stars={stars}
    >
      {[1, 2, 3].map((n) => (
        <span key={n} class={n <= stars ? 'on' : 'off'} aria-hidden="true">
          ★
        </span>
      ))}
    </span>
  );
}

/**
 * The expert yardstick's stars, or, when its stretch was too short to score as well, says so
 * (three grey stars would read as the experts failing).
 */
export function ExpertStars({ core }: { core: DebriefCore }) {
  const { t } = useT();
  if (!core.expert) return null;
  if (core.expert.verdict !== 'scored')
    return (
      <span class="dbf-expert-unscored" data-testid="debrief-expert-unscored">
        {t('debrief.compare.expertUnscored')}
      </span>
    );
  return <StarRow stars={core.expert.stars} size="small" />;
}

/** Title, stars, summary, export buttons and the way back to the menu. */
export function Header({ core, role, onExport, onExit, busy, notice }: HeaderProps) {
  const { t, lang } = useT();
  const { world, doc } = core;
  const r = doc.results;
  const reason = verdictText(r, lang, world);
  return (
    <header class="dbf-header">
      <div class="dbf-header__top">
        <div>
          <div class="dbf-kicker">{t('debrief.title')}</div>
          <h1>{world.scenario.title[lang]}</h1>
          <div class="dbf-muted">{t('debrief.subtitle', { seed: world.seed, role })}</div>
        </div>
        <div class="dbf-actions">
          <button
            type="button"
            data-testid="debrief-export-markdown"
            disabled={busy}
            onClick={() => onExport('markdown')}
          >
            {t('debrief.export.markdown')}
          </button>
          <button
            type="button"
            data-testid="debrief-export-csv"
            disabled={busy}
            onClick={() => onExport('csv')}
          >
            {t('debrief.export.csv')}
          </button>
          <button
            type="button"
            data-testid="debrief-export-pdf"
            disabled={busy}
            onClick={() => onExport('pdf')}
          >
            {t('debrief.export.print')}
          </button>
          <button type="button" class="dbf-primary" data-testid="debrief-back" onClick={onExit}>
            {t('debrief.exit')}
          </button>
        </div>
      </div>
      <div class="dbf-score" data-testid="debrief-score">
        <StarRow stars={r.stars} />
        <div>
          <div
            class="dbf-score__line"
            data-testid="debrief-learner"
            data-met={r.metCount}
            data-total={r.total}
            data-verdict={r.verdict ?? 'scored'}
            data-steps-done={r.steps?.done}
            data-steps-total={r.steps?.total}
          >
            {learnerLine(r, lang, world, false)}
          </div>
          {reason && (
            <div class="dbf-score__verdict" data-testid="debrief-verdict">
              {reason}
            </div>
          )}
          {r.team && (
            <div class="dbf-score__team" data-testid="debrief-team">
              {teamLine(r.team, lang, world)}
            </div>
          )}
          {core.expert && (
            <div class="dbf-muted" data-testid="debrief-expert-stars">
              {t('debrief.compare.expertStars', { stars: '' })}
              <ExpertStars core={core} />
              {core.expert.trimmed && ` ${sameStretch(core, lang)}`}
            </div>
          )}
        </div>
        {notice && (
          <div
            class={`dbf-notice dbf-notice--${notice.kind}`}
            role="status"
            data-testid="debrief-notice"
          >
            {notice.text}
          </div>
        )}
      </div>
    </header>
  );
}
