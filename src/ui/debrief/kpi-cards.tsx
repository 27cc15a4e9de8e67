import { LOCALES } from '../../i18n';
import { formatKpiValue } from '../../sim/review/format';
import { targetActual, targetText } from '../../sim/review/render';
import { kpiName } from '../export/text';
import { useT } from '../i18n';
import type { DebriefCore } from './model';

/** One card per target KPI: actual against target, met or missed, attainment, expert value. */
export function KpiCards({ core }: { core: DebriefCore }) {
  const { t, lang } = useT();
  const m = LOCALES[lang];
  const { world, doc } = core;
  return (
    <section class="dbf-card" id="dbf-kpis">
      <h2>{t('debrief.kpi.heading')}</h2>
      <div class="dbf-kpis">
        {doc.results.targets.map((r, i) => {
          const goal = doc.goals[i];
          return (
            <article
              key={`${r.kpi}-${r.sku ?? ''}`}
              class={`dbf-kpi ${r.met ? 'is-met' : r.noData ? 'is-nodata' : 'is-missed'}`}
            >
              <div class="dbf-kpi__head">
                <span class="dbf-kpi__name" title={m.kpi.def[r.kpi]}>
                  {kpiName(r.kpi, r.sku, lang, world)}
                </span>
                <span class={`dbf-badge ${r.met ? 'ok' : r.noData ? '' : 'bad'}`}>
                  {r.met
                    ? t('debrief.kpi.met')
                    : r.noData
                      ? t('common.noData')
                      : t('debrief.kpi.missed')}
                </span>
              </div>
              <div class="dbf-kpi__value">{targetActual(r, lang)}</div>
              <div class="dbf-kpi__target">
                {t('debrief.kpi.target', { target: targetText(m, r.kpi, r.op, r.value, lang) })}
              </div>
              <div class="dbf-bar" aria-hidden="true">
                <span style={{ width: `${Math.round(Math.max(0.03, r.attainment) * 100)}%` }} />
              </div>
              <div class="dbf-kpi__foot">
                {goal && <span>{t('debrief.kpi.owner', { role: m.roles[goal.ownerRole] })}</span>}
                {r.expert !== undefined && (
                  <span>
                    {t('debrief.kpi.expert', { value: formatKpiValue(r.kpi, r.expert, lang) })}
                  </span>
                )}
              </div>
            </article>
          );
        })}
      </div>
    </section>
  );
}
