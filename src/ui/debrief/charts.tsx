import type { EChartsOption } from 'echarts';
import type { EChartsType } from 'echarts/core';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { LOCALES } from '../../i18n';
import { kpiName } from '../export/text';
import { useT } from '../i18n';
import { funnelOption, roleScoresOption, seriesOption } from './chart-options';
import { funnelOf, incidentSpans, type DebriefCore } from './model';

let loader: Promise<typeof import('./echarts-setup')> | undefined;
/** echarts, loaded on first use (a separate chunk). */
const loadEcharts = () => (loader ??= import('./echarts-setup'));

/** Chart images for printing: name → a function returning an SVG data URL. */
/** The printed size of every chart (two to a row on A4): laid out anew at this size, never scaled. */
export const PRINT_SIZE = { width: 340, height: 220 } as const;

export type ChartRegistry = Map<string, { title: string; image: () => string }>;

interface ChartProps {
  id: string;
  title: string;
  option: EChartsOption;
  height: number;
  registry?: ChartRegistry;
}

/**
 * The chart drawn again, off screen, at the print size: the screen's SVG scaled down to a third
 * of A4 piled its axis labels and legends on top of each other.
 */
function printImage(init: typeof import('./echarts-setup').init, option: EChartsOption): string {
  const chart = init(null, undefined, { renderer: 'svg', ssr: true, ...PRINT_SIZE });
  try {
    chart.setOption(option);
    return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(chart.renderToSVGString())}`;
  } finally {
    chart.dispose();
  }
}

/** One echarts chart in a card; shows a placeholder until echarts has loaded. */
export function Chart({ id, title, option, height, registry }: ChartProps) {
  const { t } = useT();
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<EChartsType | null>(null);
  const printer = useRef<((option: EChartsOption) => string) | null>(null);
  const [state, setState] = useState<'loading' | 'ready' | 'failed'>('loading');
  useEffect(() => {
    let gone = false;
    const el = box.current;
    // A hidden screen (the print stylesheet hides it) must not squeeze the chart to nothing.
    const resize = new ResizeObserver(() => {
      if (el && el.clientWidth > 0) chart.current?.resize();
    });
    if (el) resize.observe(el);
    loadEcharts()
      .then((ec) => {
        if (gone || !el) return;
        chart.current = ec.init(el, undefined, { renderer: 'svg' });
        printer.current = (opt) => printImage(ec.init, opt);
        setState('ready');
      })
      .catch(() => setState('failed'));
    return () => {
      gone = true;
      resize.disconnect();
      chart.current?.dispose();
      chart.current = null;
      registry?.delete(id);
    };
  }, []);
  useEffect(() => {
    const c = chart.current;
    if (state !== 'ready' || !c) return;
    c.setOption(option, true);
    registry?.set(id, { title, image: () => printer.current?.(option) ?? '' });
  }, [state, option, title]);
  return (
    <figure class="dbf-chart">
      <figcaption>{title}</figcaption>
      <div class="dbf-chart__box" ref={box} style={{ height: `${height}px` }}>
        {state !== 'ready' && (
          <div class="dbf-chart__wait">
            {state === 'failed' ? t('debrief.charts.failed') : t('debrief.charts.loading')}
          </div>
        )}
      </div>
    </figure>
  );
}

/** KPI time series with target lines, the funnel and the per-role scores. */
export function ChartsSection({ core, registry }: { core: DebriefCore; registry: ChartRegistry }) {
  const { t, lang } = useT();
  const { world, expert } = core;
  const m = LOCALES[lang];
  const labels = {
    you: t('debrief.charts.you'),
    expert: t('debrief.charts.expert'),
    target: t('debrief.charts.target'),
  };
  const series = useMemo(() => {
    const spans = incidentSpans(world).map((s) => ({
      ...s,
      name: m.common.incidentKind[s.kind as keyof typeof m.common.incidentKind] ?? s.kind,
    }));
    return core.score.targets
      .filter((tg) => tg.sku === undefined && world.series[tg.kpi]?.length)
      .map((tg) => ({
        id: `series-${tg.kpi}`,
        title: kpiName(tg.kpi, undefined, lang, world),
        option: seriesOption({
          kpi: tg.kpi,
          op: tg.op,
          target: tg.value,
          values: world.series[tg.kpi],
          ...(expert ? { expert: expert.world.series[tg.kpi] } : {}),
          startTime: world.scenario.startTime,
          lang,
          labels,
          incidents: spans,
        }),
      }));
  }, [core, lang]);
  const funnel = useMemo(
    () =>
      funnelOption(
        funnelOf(world),
        expert ? funnelOf(expert.world) : undefined,
        {
          uv: t('debrief.charts.uv'),
          cart: t('debrief.charts.cart'),
          paid: t('debrief.charts.paid'),
          ...labels,
        },
        (rate) => t('debrief.charts.rate', { rate }),
      ),
    [core, lang],
  );
  const roles = useMemo(
    () =>
      roleScoresOption(core.score.roleScores, expert?.roleScores, {
        roles: m.roles,
        ...labels,
      }),
    [core, lang],
  );
  return (
    <section class="dbf-card" id="dbf-charts">
      <h2>{t('debrief.charts.heading')}</h2>
      <h3 class="dbf-sub">{t('debrief.charts.series')}</h3>
      <div class="dbf-chart-grid">
        {series.map((s) => (
          <Chart key={s.id} {...s} height={190} registry={registry} />
        ))}
      </div>
      <div class="dbf-chart-row">
        <Chart
          id="funnel"
          title={t('debrief.charts.funnel')}
          option={funnel}
          height={250}
          registry={registry}
        />
        <Chart
          id="roles"
          title={t('debrief.charts.roles')}
          option={roles}
          height={250}
          registry={registry}
        />
      </div>
    </section>
  );
}
