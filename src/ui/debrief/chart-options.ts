import type { EChartsOption } from 'echarts';
import { ROLES, type KpiId, type Lang, type Role } from '../../sim/ids';
import { KPI_DEFS } from '../../sim/kpi/defs';
import { formatKpiValue } from '../../sim/review/format';
import { axisTop, hourLabelFilter, minuteLabels } from './axis';

export { axisTop, hourLabelFilter, minuteLabels, niceCeil } from './axis';

/** Colours shared by the charts and the CSS (debrief.css uses the same values). */
export const COLORS = {
  you: '#2f6fed',
  expert: '#a0aab8',
  target: '#e5484d',
  met: '#2e9d5b',
  incident: 'rgba(245, 166, 35, 0.12)',
  funnel: ['#2f6fed', '#5b8ff5', '#8fb3f9'],
} as const;

export interface SeriesChartInput {
  kpi: KpiId;
  op: '>=' | '<=';
  /** The resolved threshold. */
  target: number;
  /** One value per sim-minute (world.series[kpi]). */
  values: readonly number[];
  /** The expert bots' series on the same seed, when known. */
  expert?: readonly number[];
  startTime: string;
  lang: Lang;
  labels: { you: string; expert: string; target: string };
  /** Incidents as shaded bands: sim-second spans with a name. */
  incidents?: readonly { from: number; to: number; name: string }[];
}

const AXIS = { color: '#6b7685', fontSize: 11 };
const SPLIT = { lineStyle: { color: '#edf0f4' } };

/**
 * One KPI's time series with the target as a dashed markLine (and the expert bots' series,
 * and incidents as shaded bands, when given).
 */
export function seriesOption(input: SeriesChartInput): EChartsOption {
  const { kpi, lang } = input;
  const fmt = (v: number) => formatKpiValue(kpi, v, lang);
  const n = Math.max(input.values.length, input.expert?.length ?? 0);
  const labels = minuteLabels(n, input.startTime, lang);
  const minute = (t: number) => labels[Math.max(0, Math.min(n - 1, Math.floor(t / 60) - 1))] ?? '';
  const all = [...input.values, ...(input.expert ?? [])];
  const min = Math.min(0, ...all.filter(Number.isFinite));
  const showLabel = hourLabelFilter(labels);
  const top = axisTop(kpi, all, input.target);
  return {
    animation: false,
    grid: { left: 8, right: 16, top: 28, bottom: 8, containLabel: true },
    tooltip: {
      trigger: 'axis',
      valueFormatter: (v) => (typeof v === 'number' ? fmt(v) : String(v)),
    },
    legend: input.expert
      ? {
          top: 0,
          right: 0,
          itemWidth: 14,
          itemHeight: 8,
          textStyle: AXIS,
          data: [input.labels.you, input.labels.expert],
        }
      : { show: false },
    xAxis: {
      type: 'category',
      data: labels,
      boundaryGap: false,
      axisLabel: { ...AXIS, interval: (i: number) => showLabel(i) },
      axisTick: { show: false },
      axisLine: { lineStyle: { color: '#cfd6df' } },
    },
    yAxis: {
      type: 'value',
      min,
      max: top,
      interval: KPI_DEFS[kpi].unit === 'stars' ? 1 : (top - min) / 4,
      axisLabel: { ...AXIS, formatter: (v: number) => fmt(v) },
      splitLine: SPLIT,
    },
    series: [
      {
        name: input.labels.you,
        type: 'line',
        data: [...input.values],
        showSymbol: false,
        lineStyle: { width: 2, color: COLORS.you },
        itemStyle: { color: COLORS.you },
        markLine: {
          symbol: 'none',
          silent: true,
          label: {
            formatter: `${input.labels.target} ${input.op === '>=' ? '≥' : '≤'} ${fmt(input.target)}`,
            position: input.target / top > 0.85 ? 'insideEndBottom' : 'insideEndTop',
            color: COLORS.target,
            fontSize: 11,
          },
          lineStyle: { color: COLORS.target, type: 'dashed', width: 1.5 },
          data: [{ yAxis: input.target }],
        },
        markArea:
          input.incidents && input.incidents.length > 0
            ? {
                silent: true,
                itemStyle: { color: COLORS.incident },
                label: { show: false },
                data: input.incidents.map((i) => [
                  { name: i.name, xAxis: minute(i.from) },
                  { xAxis: minute(i.to) },
                ]),
              }
            : undefined,
      },
      ...(input.expert
        ? [
            {
              name: input.labels.expert,
              type: 'line' as const,
              data: [...input.expert],
              showSymbol: false,
              lineStyle: { width: 1.5, color: COLORS.expert, type: 'dotted' as const },
              itemStyle: { color: COLORS.expert },
            },
          ]
        : []),
    ],
  };
}

export interface FunnelCounts {
  uv: number;
  cart: number;
  paid: number;
}

/** The visitor funnel (visitors → added to cart → paid), the expert bots' beside it when known. */
export function funnelOption(
  you: FunnelCounts,
  expert: FunnelCounts | undefined,
  labels: { uv: string; cart: string; paid: string; you: string; expert: string },
  rateText: (rate: string) => string,
): EChartsOption {
  const pct = (v: number, uv: number) => (uv > 0 ? `${((v / uv) * 100).toFixed(1)}%` : '—');
  const stage = (c: FunnelCounts) =>
    (
      [
        [labels.uv, c.uv],
        [labels.cart, c.cart],
        [labels.paid, c.paid],
      ] as const
    ).map(([name, value], i) => ({
      name,
      value,
      label: {
        formatter: i === 0 ? `${name} ${value}` : `${name} ${value}\n${rateText(pct(value, c.uv))}`,
      },
    }));
  const one = (c: FunnelCounts, name: string, left: string, width: string, dim: boolean) => ({
    name,
    type: 'funnel' as const,
    left,
    width,
    top: 34,
    bottom: 8,
    minSize: '60%',
    sort: 'none' as const,
    gap: 3,
    label: {
      position: 'inside' as const,
      color: '#fff',
      fontSize: 12,
    },
    itemStyle: { borderWidth: 0 },
    color: dim ? ['#8a95a5', '#a6afbc', '#c3c9d3'] : [...COLORS.funnel],
    data: stage(c),
  });
  return {
    animation: false,
    tooltip: { trigger: 'item', formatter: '{a}<br/>{b}: {c}' },
    title: expert
      ? [
          {
            text: labels.you,
            left: '25%',
            top: 4,
            textAlign: 'center',
            textStyle: { fontSize: 12, color: '#3b4554' },
          },
          {
            text: labels.expert,
            left: '75%',
            top: 4,
            textAlign: 'center',
            textStyle: { fontSize: 12, color: '#3b4554' },
          },
        ]
      : [],
    series: expert
      ? [one(you, labels.you, '3%', '44%', false), one(expert, labels.expert, '53%', '44%', true)]
      : [one(you, labels.you, '10%', '80%', false)],
  };
}

/** Score per role (0–100): the learner's run and the expert bots' run side by side. */
export function roleScoresOption(
  you: Record<Role, number>,
  expert: Record<Role, number> | undefined,
  labels: { roles: Record<Role, string>; you: string; expert: string },
): EChartsOption {
  const bar = (name: string, data: number[], color: string) => ({
    name,
    type: 'bar' as const,
    data,
    barMaxWidth: 26,
    itemStyle: { color, borderRadius: [4, 4, 0, 0] },
    label: { show: true, position: 'top' as const, fontSize: 11, color: '#3b4554' },
  });
  return {
    animation: false,
    grid: { left: 8, right: 8, top: 36, bottom: 4, containLabel: true },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: { top: 0, right: 0, itemWidth: 14, itemHeight: 8, textStyle: AXIS },
    xAxis: {
      type: 'category',
      data: ROLES.map((r) => labels.roles[r]),
      // Every role named, also at print width (echarts would otherwise skip every other one).
      axisLabel: { ...AXIS, fontSize: 12, interval: 0 },
      axisTick: { show: false },
      axisLine: { lineStyle: { color: '#cfd6df' } },
    },
    yAxis: { type: 'value', min: 0, max: 100, interval: 25, axisLabel: AXIS, splitLine: SPLIT },
    series: [
      bar(
        labels.you,
        ROLES.map((r) => you[r]),
        COLORS.you,
      ),
      ...(expert
        ? [
            bar(
              labels.expert,
              ROLES.map((r) => expert[r]),
              COLORS.expert,
            ),
          ]
        : []),
    ],
  };
}
