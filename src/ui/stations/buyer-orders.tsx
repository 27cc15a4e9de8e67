import { useState } from 'preact/hooks';
import type { CommandType } from '../../sim/ids';
import type { Order } from '../../sim/world';
import { useStation } from './context';
import { clockLabel, money, text, refNo } from './format';
import { buyerActions, myOrders, TIMELINE, timelineStep } from './model-buyer';
import { AftersaleForm } from './buyer-aftersale';
import { ReviewForm } from './buyer-review';
import { Badge, Empty } from './widgets';

/** The customer's orders: a tracker per order and the actions its state allows. */
export function MyOrders(props: { customer: string }) {
  const { world, t } = useStation();
  const orders = myOrders(world, props.customer);
  if (!orders.length) return <Empty>{t('stations.buyer.noOrders')}</Empty>;
  return (
    <div class="st-list" data-testid="my-orders">
      {orders.map((o) => (
        <OrderTracker key={o.id} order={o} />
      ))}
    </div>
  );
}

/** Buttons that act directly; the review and after-sales forms open inline. */
const DIRECT = new Set<string>([
  'pay_order',
  'cancel_order',
  'change_address',
  'urge_shipment',
  'confirm_receipt',
  'ship_return',
  'open_dispute',
]);

function OrderTracker(props: { order: Order }) {
  const { world, t, lang, act } = useStation();
  const o = props.order;
  const [form, setForm] = useState<'review' | 'aftersale' | undefined>();
  const def = world.scenario.catalogue.find((c) => c.id === o.sku);
  const step = timelineStep(o);
  const actions = buyerActions(o);
  return (
    <div class="st-card" data-testid={`my-order-${o.id}`}>
      <div class="st-row st-between">
        <span>
          <strong>{t('stations.ref.order', { id: refNo(o.id) })}</strong> ·{' '}
          {def ? text(def.name, lang) : o.sku} × {o.qty} · {money(o.amount, lang)}
        </span>
        <Badge tone={o.aftersale ? 'amber' : 'blue'}>{t(`stations.orderState.${o.state}`)}</Badge>
      </div>
      <ol class="st-timeline">
        {TIMELINE.map((s, i) => (
          <li key={s} class={i <= step ? 'st-done' : ''}>
            {t(`stations.buyer.step.${s}`)}
          </li>
        ))}
      </ol>
      <div class="st-muted st-small">
        {o.etaAt !== undefined && o.deliveredAt === undefined
          ? t('stations.buyer.eta', { time: clockLabel(world, o.etaAt) })
          : null}
        {o.aftersale
          ? ` ${t(`common.aftersaleType.${o.aftersale.type}`)} · ${t(`common.returnReason.${o.aftersale.reason}`)}`
          : null}
      </div>
      <div class="st-row st-wrap">
        {actions
          .filter((a) => DIRECT.has(a))
          .map((a) => (
            <button
              key={a}
              type="button"
              class={`st-btn st-btn-sm${a === 'pay_order' || a === 'confirm_receipt' ? ' st-primary' : a === 'open_dispute' || a === 'cancel_order' ? ' st-danger' : ''}`}
              data-testid={`my-order-${o.id}-${a}`}
              onClick={() => act(a as CommandType, { order: o.id })}
            >
              {t(`stations.command.${a}`)}
            </button>
          ))}
        {actions.includes('write_review') ? (
          <button
            type="button"
            class="st-btn st-btn-sm"
            data-testid={`my-order-${o.id}-write_review`}
            onClick={() => setForm(form === 'review' ? undefined : 'review')}
          >
            {t('stations.command.write_review')}
          </button>
        ) : null}
        {actions.includes('request_aftersale') ? (
          <button
            type="button"
            class="st-btn st-btn-sm"
            data-testid={`my-order-${o.id}-request_aftersale`}
            onClick={() => setForm(form === 'aftersale' ? undefined : 'aftersale')}
          >
            {t('stations.command.request_aftersale')}
          </button>
        ) : null}
      </div>
      {form === 'review' && actions.includes('write_review') ? (
        <ReviewForm order={o.id} onDone={() => setForm(undefined)} />
      ) : null}
      {form === 'aftersale' && actions.includes('request_aftersale') ? (
        <AftersaleForm order={o.id} onDone={() => setForm(undefined)} />
      ) : null}
    </div>
  );
}
