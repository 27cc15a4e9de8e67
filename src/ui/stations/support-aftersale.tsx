import { useState } from 'preact/hooks';
import { observeSupport } from '../../sim/observe';
import { useStation } from './context';
import { clockLabel, durationLabel, money, text, refNo } from './format';
import { pendingAftersales } from './model-support';
import { sopDue } from './model-sop';
import { ClaimEvidence } from './support-claim';
import { Badge, Empty } from './widgets';

/** Approve, or reject with a reason, one after-sales request. */
export function AftersaleDecision(props: { order: string; ticket?: string }) {
  const { world, t, act } = useStation();
  const [reason, setReason] = useState('');
  const o = world.orders[props.order];
  if (!o?.aftersale) return null;
  const ref = props.ticket ? { ticket: props.ticket } : {};
  return (
    <div class="st-aftersale" data-testid={`aftersale-${o.id}`}>
      <Badge tone="amber">{t(`common.aftersaleType.${o.aftersale.type}`)}</Badge>
      <ClaimEvidence order={o.id} {...ref} />
      <div class="st-row">
        <button
          type="button"
          class="st-btn st-btn-sm st-primary"
          data-testid={`aftersale-${o.id}-approve`}
          onClick={() => act('approve_aftersale', { order: o.id, ...ref })}
        >
          {t('stations.command.approve_aftersale')}
        </button>
        <ResendButton order={o.id} {...ref} />
        <input
          class="st-text st-grow"
          data-testid={`aftersale-${o.id}-reason`}
          placeholder={t('stations.support.rejectReason')}
          maxLength={300}
          value={reason}
          onInput={(e) => setReason(e.currentTarget.value)}
        />
        <button
          type="button"
          class="st-btn st-btn-sm st-danger"
          data-testid={`aftersale-${o.id}-reject`}
          onClick={() =>
            act('reject_aftersale', {
              order: o.id,
              ...ref,
              ...(reason.trim() ? { reason: reason.trim() } : {}),
            })
          }
        >
          {t('stations.command.reject_aftersale')}
        </button>
      </div>
    </div>
  );
}

/** 补发: offered with its cost where it would settle the claim, greyed out (with why) where not. */
function ResendButton(props: { order: string; ticket?: string }) {
  const { world, t, lang, act } = useStation();
  const claim = observeSupport(world).claim(props.order);
  if (!claim) return null;
  const ref = props.ticket ? { ticket: props.ticket } : {};
  return (
    <button
      type="button"
      class="st-btn st-btn-sm"
      data-testid={`aftersale-${claim.order}-resend`}
      disabled={!claim.resendable}
      title={
        claim.resendable
          ? t('stations.support.resendCost', { cost: money(claim.resendCost, lang) })
          : t('stations.support.resendNot')
      }
      onClick={() => act('resend_item', { order: claim.order, ...ref })}
    >
      {t('stations.command.resend_item')}
    </button>
  );
}

/** Every request waiting for the seller's answer, the nearest platform deadline first. */
export function AftersaleList() {
  const { world, t, lang, session } = useStation();
  const list = pendingAftersales(world, session.humanSeat);
  // The SOP's own (shorter) deadline per order, named apart from the platform's.
  const sop = new Map(sopDue(world, 'support').map((d) => [d.ref, d]));
  if (!list.length) return <Empty>{t('stations.support.noAftersales')}</Empty>;
  return (
    <div class="st-list" data-testid="aftersale-list">
      {list.map((o) => {
        const left = (o.aftersale?.deadline ?? world.clock) - world.clock;
        const sku = world.scenario.catalogue.find((c) => c.id === o.sku);
        const due = sop.get(o.id);
        return (
          <div key={o.id} class="st-card">
            <div class="st-row st-between">
              <span>
                <strong>{t('stations.ref.order', { id: refNo(o.id) })}</strong> ·{' '}
                {sku ? text(sku.name, lang) : o.sku} · {money(o.amount, lang)}
              </span>
              <span
                class={left < 600 ? 'st-timer st-timer-late' : 'st-timer'}
                title={t('stations.support.deadline')}
              >
                {t('stations.support.deadlineIn', {
                  time: durationLabel(left),
                  at: clockLabel(world, o.aftersale?.deadline ?? 0),
                })}
              </span>
            </div>
            {due ? (
              <div
                class={`st-timer st-small${due.left < 600 ? ' st-timer-late' : ''}`}
                data-testid={`aftersale-${o.id}-sop-due`}
              >
                {t('stations.support.sopDueIn', {
                  time: durationLabel(due.left),
                  rule: text(due.rule.text, lang),
                })}
              </div>
            ) : null}
            <AftersaleDecision order={o.id} />
          </div>
        );
      })}
    </div>
  );
}
