import { formatKpi } from '../../i18n';
import { computeKpis, kpiHasData } from '../../sim/kpi/compute';
import { evaluateTarget, needsBaselineFor, type Baseline } from './evaluate';
import type { World } from '../../sim/world';
import { useT } from '../i18n';

/**
 * Every target KPI with a live light: green while met, red while not, grey while its
 * baseline is still being computed or nothing has happened yet to measure it (no rating, no
 * conversation). Lights show the state *now*; the verdict comes at the end.
 */
export function TargetLights({
  world,
  baseline,
}: {
  world: World;
  baseline: Baseline | undefined;
}) {
  const { t, lang } = useT();
  const kpis = computeKpis(world);
  return (
    <ul class="lights" data-testid="hud-targets" aria-label={t('app.hud.targets')}>
      {world.scenario.targets.map((target, i) => {
        const pending = needsBaselineFor(target) && !baseline;
        const r = pending ? undefined : evaluateTarget(world, target, baseline, kpis);
        const empty = !target.sku && !kpiHasData(world, target.kpi);
        const state = !r ? 'pending' : empty ? 'nodata' : r.met ? 'pass' : 'fail';
        const goal = r ? formatKpi(target.kpi, r.value, lang) : '…';
        return (
          <li key={i} class={`light ${state}`} data-testid="hud-target" data-state={state}>
            <span class="dot" aria-hidden="true" />
            <span class="light-label">{t(`kpi.label.${target.kpi}`)}</span>
            <strong>{r && !empty ? formatKpi(target.kpi, r.actual, lang) : '—'}</strong>
            <span class="muted">
              {t(target.op === '>=' ? 'common.atLeast' : 'common.atMost', { value: goal })}
            </span>
            <span class="sr-only">{t(`app.hud.light.${state}`)}</span>
          </li>
        );
      })}
    </ul>
  );
}
