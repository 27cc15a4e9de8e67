import { LOCALES } from '../../i18n';
import { KPI_DEFS } from '../../sim/kpi/defs';
import { formatDuration, formatKpiValue } from '../../sim/review/format';
import { drillPlayed } from '../../sim/scoring/learner';
import { kpiName } from '../export/text';
import { useT } from '../i18n';
import { ExpertStars, StarRow } from './header';
import { sameStretch, type DebriefCore } from './model';
import type { AttemptRecord } from './platform';

/** The learner's value against the expert bots': "+1.2%" in the better direction is good. */
function gap(kpi: keyof typeof KPI_DEFS, you: number, expert: number, lang: 'zh-CN' | 'en') {
  const diff = you - expert;
  const better = KPI_DEFS[kpi].better === 'higher' ? diff >= 0 : diff <= 0;
  const text = `${diff >= 0 ? '+' : '−'}${formatKpiValue(kpi, Math.abs(diff), lang)}`;
  return { text, better };
}

function ExpertTable({ core }: { core: DebriefCore }) {
  const { t, lang } = useT();
  const rows = core.doc.results.targets.filter((r) => r.expert !== undefined);
  return (
    <table class="dbf-table">
      <thead>
        <tr>
          <th>{t('debrief.compare.kpi')}</th>
          <th>{t('debrief.compare.you')}</th>
          <th>{t('debrief.compare.bots')}</th>
          <th>{t('debrief.compare.gap')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => {
          const g = gap(r.kpi, r.actual, r.expert ?? 0, lang);
          return (
            <tr key={r.kpi}>
              <td>{kpiName(r.kpi, r.sku, lang, core.world)}</td>
              <td class={r.met ? 'ok' : 'bad'}>{formatKpiValue(r.kpi, r.actual, lang)}</td>
              <td>{formatKpiValue(r.kpi, r.expert ?? 0, lang)}</td>
              <td class={g.better ? 'ok' : 'bad'}>{g.text}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

function Attempts({
  core,
  attempts,
  role,
}: {
  core: DebriefCore;
  attempts: AttemptRecord[];
  role: string;
}) {
  const { t, lang } = useT();
  const m = LOCALES[lang];
  const targets = core.score.targets;
  const when = (iso: string) => {
    const d = new Date(iso);
    return Number.isNaN(d.getTime())
      ? iso
      : d.toLocaleString(lang, {
          month: '2-digit',
          day: '2-digit',
          hour: '2-digit',
          minute: '2-digit',
        });
  };
  const value = (a: AttemptRecord, i: number) => {
    const want = targets[i];
    const hit = a.targets?.find((x) => x.kpi === want?.kpi && x.sku === want?.sku);
    return hit ? (
      <td class={hit.met ? 'ok' : 'bad'}>{formatKpiValue(hit.kpi, hit.actual, lang)}</td>
    ) : (
      <td>—</td>
    );
  };
  const drill = drillPlayed(core.world);
  // An attempt whose drill ran another length covers another stretch of sim time (±1 minute).
  const otherStretch = (a: AttemptRecord) =>
    a.played !== undefined && Math.abs(a.played.drill - drill) > 60;
  const playedCell = (a: AttemptRecord) => (
    <td class={otherStretch(a) ? 'bad' : undefined}>
      {a.played ? formatDuration(a.played.drill, lang) : '—'}
      {otherStretch(a) && ` · ${t('debrief.compare.otherStretch')}`}
    </td>
  );
  const current: AttemptRecord = {
    id: 'current',
    finishedAt: '',
    role: 'ops',
    botLevel: 'competent',
    stars: core.score.stars,
    played: { drill, length: core.world.end },
    targets: core.score.targets.map((x) => ({
      kpi: x.kpi,
      op: x.op,
      value: x.value,
      actual: x.actual,
      met: x.met,
      ...(x.sku ? { sku: x.sku } : {}),
    })),
  };
  return (
    <div class="dbf-scroll">
      <table class="dbf-table">
        <thead>
          <tr>
            <th>{t('debrief.compare.when')}</th>
            <th>{t('debrief.compare.role')}</th>
            <th>{t('debrief.compare.starsCol')}</th>
            <th>{t('debrief.compare.playedCol')}</th>
            {targets.map((x) => (
              <th key={`${x.kpi}-${x.sku ?? ''}`}>{kpiName(x.kpi, x.sku, lang, core.world)}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          <tr class="is-current">
            <td>{t('debrief.compare.current')}</td>
            <td>{role}</td>
            <td>
              <StarRow stars={current.stars} size="small" />
            </td>
            {playedCell(current)}
            {targets.map((_, i) => value(current, i))}
          </tr>
          {attempts.map((a) => (
            <tr key={a.id}>
              <td>{when(a.finishedAt)}</td>
              <td>{m.roles[a.role]}</td>
              <td>
                <StarRow stars={a.stars} size="small" />
              </td>
              {playedCell(a)}
              {targets.map((x, i) => value(a, i))}
            </tr>
          ))}
        </tbody>
      </table>
      {attempts.length > 0 && (
        <p class="dbf-muted" data-testid="debrief-attempts-note">
          {t('debrief.compare.attemptsNote', { played: formatDuration(drill, lang) })}
        </p>
      )}
    </div>
  );
}

/** The expert bots on the same seed, and the learner's earlier attempts at this scenario. */
export function Compare({
  core,
  expertState,
  attempts,
  role,
}: {
  core: DebriefCore;
  role: string;
  expertState: 'pending' | 'ready' | 'failed';
  attempts: AttemptRecord[] | 'failed' | null;
}) {
  const { t, lang } = useT();
  return (
    <section class="dbf-card" id="dbf-compare">
      <h2>{t('debrief.compare.heading')}</h2>
      <div class="dbf-compare">
        <div>
          <h3 class="dbf-sub">
            {t('debrief.compare.expert')}
            <ExpertStars core={core} />
          </h3>
          {core.expert?.trimmed && (
            <p class="dbf-muted" data-testid="debrief-same-stretch">
              {sameStretch(core, lang)}
            </p>
          )}
          {core.expert && <ExpertTable core={core} />}
          {!core.expert && expertState === 'pending' && (
            <p class="dbf-muted dbf-pending">{t('debrief.compare.expertPending')}</p>
          )}
          {expertState === 'failed' && <p class="dbf-muted">{t('debrief.compare.expertFailed')}</p>}
        </div>
        <div>
          <h3 class="dbf-sub">{t('debrief.compare.attempts')}</h3>
          {attempts === 'failed' && <p class="dbf-muted">{t('debrief.compare.attemptsFailed')}</p>}
          {Array.isArray(attempts) && attempts.length === 0 && (
            <p class="dbf-muted">{t('debrief.compare.noAttempts')}</p>
          )}
          {Array.isArray(attempts) && <Attempts core={core} attempts={attempts} role={role} />}
        </div>
      </div>
    </section>
  );
}
