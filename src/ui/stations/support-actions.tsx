import type { Ticket } from '../../sim/world';
import { useStation } from './context';
import { sopLimit } from './model-support';
import { AftersaleDecision } from './support-aftersale';
import { NumberField, useNumber } from './widgets';

/** Coupon, compensation, after-sales answer, escalation and closing of one conversation. */
export function TicketActions(props: { ticket: Ticket }) {
  const { world, t, act } = useStation();
  const tk = props.ticket;
  const coupon = useNumber(5);
  const comp = useNumber(10);
  const couponMax = sopLimit(world, 'issue_coupon');
  const compMax = sopLimit(world, 'compensate');
  const orderId = tk.order ?? world.customers[tk.customer]?.order;
  const order = orderId ? world.orders[orderId] : undefined;
  return (
    <div class="st-card st-actions">
      <div class="st-row st-wrap">
        <label class="st-label">{t('stations.support.couponAmount')}</label>
        <NumberField
          value={coupon.value}
          onInput={coupon.set}
          testid={`ticket-${tk.id}-coupon-amount`}
          min={1}
          max={500}
          width={64}
        />
        <button
          type="button"
          class="st-btn st-btn-sm"
          data-testid={`ticket-${tk.id}-coupon`}
          onClick={() =>
            coupon.valid() && act('issue_coupon', { ticket: tk.id, amount: coupon.num() })
          }
        >
          {t('stations.command.issue_coupon')}
        </button>
        {couponMax !== undefined ? (
          <span class="st-muted st-small">{t('stations.support.sopMax', { n: couponMax })}</span>
        ) : null}
        {order ? (
          <>
            <label class="st-label">{t('stations.support.compAmount')}</label>
            <NumberField
              value={comp.value}
              onInput={comp.set}
              testid={`order-${order.id}-compensate-amount`}
              min={1}
              max={1000}
              width={64}
            />
            <button
              type="button"
              class="st-btn st-btn-sm"
              data-testid={`order-${order.id}-compensate`}
              onClick={() =>
                comp.valid() &&
                act('compensate', { order: order.id, amount: comp.num(), ticket: tk.id })
              }
            >
              {t('stations.command.compensate')}
            </button>
            {compMax !== undefined ? (
              <span class="st-muted st-small">{t('stations.support.sopMax', { n: compMax })}</span>
            ) : null}
          </>
        ) : null}
      </div>
      {order && world.queues.aftersales.includes(order.id) ? (
        <AftersaleDecision order={order.id} ticket={tk.id} />
      ) : null}
      <div class="st-row st-end">
        <button
          type="button"
          class="st-btn st-warn"
          data-testid={`ticket-${tk.id}-escalate`}
          onClick={() => act('escalate_ticket', { ticket: tk.id })}
        >
          {t('stations.command.escalate_ticket')}
        </button>
        <button
          type="button"
          class="st-btn st-primary"
          data-testid={`ticket-${tk.id}-resolve`}
          onClick={() => act('resolve_ticket', { ticket: tk.id })}
        >
          {t('stations.command.resolve_ticket')}
        </button>
      </div>
    </div>
  );
}
