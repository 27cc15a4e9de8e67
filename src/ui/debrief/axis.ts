import type { KpiId, Lang } from '../../sim/ids';
import { KPI_DEFS } from '../../sim/kpi/defs';
import { formatClock } from '../../sim/review/format';

/** A round axis top at or above `x` that splits into four round steps (1, 1.2, 1.6, 2, 2.4, 3, 4, 6, 8 × 10ⁿ). */
export function niceCeil(x: number): number {
  if (!(x > 0)) return 1;
  const p = 10 ** Math.floor(Math.log10(x));
  const step = [1, 1.2, 1.6, 2, 2.4, 3, 4, 6, 8, 10].find((s) => s * p >= x - 1e-12) ?? 10;
  return Math.round(step * p * 1e9) / 1e9;
}

/** The top of a KPI's y axis: room above the data and the target; ratios stop at 100%. */
export function axisTop(kpi: KpiId, values: readonly number[], target: number): number {
  const top = niceCeil(Math.max(target, ...values.filter(Number.isFinite)) * 1.1);
  const unit = KPI_DEFS[kpi].unit;
  if (unit === 'ratio' && kpi !== 'roas') return Math.min(1, top);
  if (unit === 'stars') return 5;
  return top;
}

/** Which x labels to show: round clock times (every 10 min … 4 h), about six of them. */
export function hourLabelFilter(labels: readonly string[]): (index: number) => boolean {
  const step = [10, 15, 30, 60, 120, 180, 240, 360].find((m) => labels.length / m <= 7) ?? 720;
  return (i) => {
    const m = /(\d{2}):(\d{2})$/.exec(labels[i] ?? '');
    return m !== null && (Number(m[1]) * 60 + Number(m[2])) % step === 0;
  };
}

/** The x axis labels: the scenario clock "HH:MM" at the end of each sim-minute. */
export function minuteLabels(count: number, startTime: string, lang: Lang): string[] {
  return Array.from({ length: count }, (_, i) => formatClock(startTime, (i + 1) * 60, lang));
}
