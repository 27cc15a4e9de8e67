import { useState } from 'preact/hooks';
import { useStation } from './context';
import { useKeys } from './keys';
import { clockLabel, money, pct } from './format';
import { funnel, type Funnel } from './model-ops';
import { Section } from './widgets';

/**
 * The funnel dashboard. It shows the figures as of the last refresh: reading the funnel is an
 * action of its own (`read_funnel`), which the SOPs ask for before ad or price decisions.
 */
export function FunnelBoard() {
  const { world, t, lang, act } = useStation();
  const [snap, setSnap] = useState<{ at: number; f: Funnel } | undefined>();
  const refresh = () => {
    if (act('read_funnel', {})) setSnap({ at: world.clock, f: funnel(world) });
  };
  useKeys({ f: refresh });
  const f = snap?.f;
  const steps = f
    ? [
        { label: t('kpi.label.uv'), n: f.uv, rate: 1 },
        { label: t('stations.ops.cart'), n: f.cart, rate: f.addToCartRate },
        { label: t('stations.ops.paying'), n: f.paying, rate: f.conversion },
      ]
    : [];
  return (
    <Section
      title={t('stations.ops.funnel')}
      right={
        <span class="st-row">
          <span class="st-muted">
            {snap
              ? t('stations.ops.asOf', { time: clockLabel(world, snap.at) })
              : t('stations.ops.notRead')}
          </span>
          <button
            type="button"
            class="st-btn st-primary st-btn-sm"
            data-testid="read-funnel"
            onClick={refresh}
          >
            {t('stations.command.read_funnel')}
            <kbd class="st-kbd">F</kbd>
          </button>
        </span>
      }
    >
      {f ? (
        <>
          <div class="st-funnel" data-testid="funnel">
            {steps.map((s, i) => (
              <div key={i} class="st-funnel-step">
                <div class="st-funnel-bar" style={{ width: `${Math.max(8, s.rate * 100)}%` }}>
                  <span>{s.n.toLocaleString(lang)}</span>
                </div>
                <span class="st-funnel-label">
                  {s.label}
                  {i > 0 ? ` · ${pct(s.rate)}` : ''}
                </span>
              </div>
            ))}
          </div>
          <div class="st-kpis">
            <Kpi label={t('kpi.label.conversion_rate')} value={pct(f.conversion)} />
            <Kpi label={t('kpi.label.paid_orders')} value={String(f.paidOrders)} />
            <Kpi label={t('kpi.label.gmv')} value={money(f.gmv, lang)} />
            <Kpi label={t('kpi.label.aov')} value={money(f.aov, lang)} />
            <Kpi label={t('kpi.label.ad_spend')} value={money(f.adSpend, lang)} />
            <Kpi label={t('kpi.label.roas')} value={f.adSpend > 0 ? f.roas.toFixed(2) : '—'} />
            <Kpi
              label={t('kpi.label.gross_margin')}
              value={pct(f.margin)}
              tone={f.margin < 0.2 ? 'red' : undefined}
            />
            <Kpi label={t('kpi.label.refund_rate')} value={pct(f.refundRate)} />
          </div>
        </>
      ) : (
        <p class="st-empty">{t('stations.ops.readHint')}</p>
      )}
    </Section>
  );
}

function Kpi(props: { label: string; value: string; tone?: 'red' }) {
  return (
    <div class={`st-kpi${props.tone ? ` st-kpi-${props.tone}` : ''}`}>
      <span class="st-kpi-v">{props.value}</span>
      <span class="st-kpi-l">{props.label}</span>
    </div>
  );
}
