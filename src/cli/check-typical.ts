import type { Scenario } from '../scenario/schema';
import { playToEnd } from '../sim/engine/play';
import { KPI_DEFS } from '../sim/kpi/defs';
import { computeKpis } from '../sim/kpi/compute';
import { outsideTypical } from '../sim/kpi/typical';
import { withNoData } from '../sim/report';
import type { KpiId } from '../sim/ids';
import type { Line } from './check';
import type { Translate } from './text';

/** A figure as the checker prints it: shares as percentages, ROAS and the rest to two decimals. */
/** A KPI value as the check prints it: ratios as percentages, ROAS and counts as numbers. */
export function figure(kpi: KpiId, v: number): string {
  return KPI_DEFS[kpi].unit === 'ratio' && kpi !== 'roas'
    ? `${(v * 100).toFixed(1)}%`
    : String(Math.round(v * 100) / 100);
}

/**
 * Warnings (never failures) for the KPIs competent bots reach outside the primer's typical
 * levels: a drill whose ordinary play looks like no real shop teaches the wrong instincts.
 * Plays the scenario's own seed once with competent bots in every seat.
 */
export function typicalLevels(scenario: Scenario, t: Translate): Line[] {
  const world = playToEnd(scenario, { seed: scenario.seed, botLevel: 'competent' });
  const kpis = withNoData(world, computeKpis(world));
  const off = outsideTypical(scenario, kpis);
  if (off.length === 0) return [{ ok: true, text: t('cli.checkTypical') }];
  return off.map((o) => ({
    ok: true,
    warn: true,
    text: t('cli.checkTypicalOff', {
      kpi: t(`kpi.label.${o.kpi}`),
      value: figure(o.kpi, o.value),
      min: figure(o.kpi, o.min),
      max: figure(o.kpi, o.max),
    }),
  }));
}
