import { useEffect, useState } from 'preact/hooks';
import type { Output } from '../../platform/contract';
import { formatKpi } from '../../i18n';
import { markdownToHtml } from '../export/print';
import { useT } from '../i18n';
import { useApp } from './context';
import { Stars } from './stars';

type Attempt = Output<'history.get'>;

/**
 * One earlier attempt, opened from the history: its targets, its 改进清单 as the learner left
 * it, and the 复盘 as it was written, with a Markdown export.
 */
export function HistoryDetail({ id, onClose }: { id: string; onClose: () => void }) {
  const { t, lang } = useT();
  const app = useApp();
  const [attempt, setAttempt] = useState<Attempt | undefined>(undefined);
  useEffect(() => {
    app.platform.history.get(id).then(setAttempt, app.fail);
  }, [id]);
  if (!attempt) return <p class="card muted">{t('app.history.loading')}</p>;
  const title = app.scenarios.find((s) => s.id === attempt.scenarioId)?.title[lang];
  const exportMarkdown = () => {
    void app.platform.export
      .saveFile({
        format: 'markdown',
        suggestedName: `${attempt.scenarioId}-${attempt.finishedAt.slice(0, 10)}.md`,
        content: attempt.report.review.markdown,
      })
      .catch(app.fail);
  };
  return (
    <section class="card history-detail" data-testid="history-detail">
      <header class="history-detail-head">
        <h2>
          {title ?? attempt.scenarioId} · {t(`roles.${attempt.role}`)}
        </h2>
        <Stars n={attempt.report.stars} />
        <button
          type="button"
          class="btn"
          data-testid="history-export-markdown"
          onClick={exportMarkdown}
        >
          {t('app.history.exportMarkdown')}
        </button>
        <button type="button" class="btn ghost" data-testid="history-close" onClick={onClose}>
          {t('app.history.close')}
        </button>
      </header>
      <h3>{t('app.history.targets')}</h3>
      <ul class="history-targets">
        {attempt.report.targets.map((r, i) => (
          <li key={i} class={r.met ? 'met' : 'missed'}>
            {t(`kpi.label.${r.kpi}`)}: {formatKpi(r.kpi, r.actual, lang)} (
            {t(r.op === '>=' ? 'common.atLeast' : 'common.atMost', {
              value: formatKpi(r.kpi, r.value, lang),
            })}
            ) — {t(r.met ? 'common.met' : 'common.missed')}
          </li>
        ))}
      </ul>
      <h3>{t('app.history.checklist')}</h3>
      {attempt.checklist.length === 0 && <p class="muted">{t('common.none')}</p>}
      <ul class="history-checklist">
        {attempt.checklist.map((c) => (
          <li key={c.id} data-done={c.done ? 'yes' : 'no'}>
            {c.done ? '☑' : '☐'} {c.text} · {t(`roles.${c.ownerRole}`)}
            {c.note ? ` — ${c.note}` : ''}
          </li>
        ))}
      </ul>
      <h3>{t('app.history.review')}</h3>
      {/* The 复盘 as it reads in the debrief, not its Markdown source (escaped, so notes cannot inject markup). */}
      <div
        class="history-review"
        data-testid="history-review"
        dangerouslySetInnerHTML={{ __html: markdownToHtml(attempt.report.review.markdown) }}
      />
    </section>
  );
}
