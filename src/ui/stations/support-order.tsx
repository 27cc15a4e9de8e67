import type { Ticket } from '../../sim/world';
import { useStation } from './context';
import { clockLabel, money, text, refNo } from './format';
import { orderView } from '../../sim/observe/orders';
import { orderInfo } from './model-support';
import { Badge } from './widgets';

/** The customer's order with look-up buttons; results stay on screen once looked up. */
export function OrderCard(props: {
  ticket: Ticket;
  looked: ReadonlySet<string>;
  onLooked: (key: string) => void;
}) {
  const { world, t, lang, act } = useStation();
  const tk = props.ticket;
  const orderId = tk.order ?? world.customers[tk.customer]?.order;
  const info = orderInfo(world, orderId);
  if (!info) return <div class="st-card st-muted">{t('stations.support.noOrder')}</div>;
  const o = info.order;
  const sku = world.scenario.catalogue.find((c) => c.id === o.sku);
  const lookup = (type: 'lookup_order' | 'lookup_logistics', key: string) => {
    if (act(type, { order: o.id, ticket: tk.id })) props.onLooked(key);
  };
  const courier = world.scenario.couriers.find((c) => c.id === o.courier);
  const seenOrder = props.looked.has(`order:${o.id}`);
  const seenTrack = props.looked.has(`logistics:${o.id}`);
  return (
    <div class="st-card" data-testid={`order-card-${o.id}`}>
      <div>
        <span>
          <strong>{t('stations.ref.order', { id: refNo(o.id) })}</strong> ·{' '}
          {sku ? text(sku.name, lang) : o.sku} × {o.qty} · {money(o.amount, lang)}
        </span>
      </div>
      {seenOrder ? (
        <dl class="st-facts" data-testid={`order-${o.id}-details`}>
          <dt>{t('stations.support.state')}</dt>
          <dd>
            <Badge tone="blue">{t(`stations.orderState.${o.state}`)}</Badge>
          </dd>
          <dt>{t('stations.support.shipBy')}</dt>
          <dd>{info.shipBy !== undefined ? clockLabel(world, info.shipBy) : '—'}</dd>
          <dt>{t('stations.support.courier')}</dt>
          <dd>{courier ? text(courier.name, lang) : '—'}</dd>
          {o.aftersale ? (
            <>
              <dt>{t('stations.support.aftersale')}</dt>
              <dd>
                {t(`common.aftersaleType.${o.aftersale.type}`)} ·{' '}
                {t(
                  `claim.statement.${orderView(world, o.id)?.aftersale?.statement ?? 'no_reason'}`,
                )}
              </dd>
            </>
          ) : null}
        </dl>
      ) : null}
      {seenTrack ? (
        <dl class="st-facts" data-testid={`order-${o.id}-tracking`}>
          <dt>{t('stations.support.shippedAt')}</dt>
          <dd>{info.shippedAt !== undefined ? clockLabel(world, info.shippedAt) : '—'}</dd>
          <dt>{t('stations.support.eta')}</dt>
          <dd>
            {info.etaAt !== undefined ? clockLabel(world, info.etaAt) : '—'}{' '}
            {info.delayed ? <Badge tone="red">{t('stations.support.delayed')}</Badge> : null}
            {o.lost ? <Badge tone="red">{t('stations.orderState.lost')}</Badge> : null}
          </dd>
        </dl>
      ) : null}
      <div class="st-row st-wrap">
        <button
          type="button"
          class="st-btn st-btn-sm"
          data-testid={`ticket-${tk.id}-lookup-order`}
          onClick={() => lookup('lookup_order', `order:${o.id}`)}
        >
          {t('stations.command.lookup_order')}
        </button>
        <button
          type="button"
          class="st-btn st-btn-sm"
          data-testid={`ticket-${tk.id}-lookup-logistics`}
          onClick={() => lookup('lookup_logistics', `logistics:${o.id}`)}
        >
          {t('stations.command.lookup_logistics')}
        </button>
        <button
          type="button"
          class="st-btn st-btn-sm"
          data-testid={`order-${o.id}-change-address`}
          onClick={() => act('change_address', { order: o.id })}
        >
          {t('stations.command.change_address')}
        </button>
        <button
          type="button"
          class="st-btn st-btn-sm st-warn"
          data-testid={`order-${o.id}-intercept`}
          onClick={() => act('request_intercept', { order: o.id, ticket: tk.id })}
        >
          {t('stations.command.request_intercept')}
        </button>
      </div>
    </div>
  );
}
