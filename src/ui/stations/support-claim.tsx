import { observeSupport } from '../../sim/observe';
import { useStation } from './context';
import { clockLabel, text } from './format';
import { Badge } from './widgets';

/**
 * What the seller can weigh about one claim: the buyer's words and photos always, the buyer's
 * record after an order look-up and the courier's trace after a logistics look-up. There is no
 * verdict label: deciding whether a claim is honest is the learner's job, as in a real shop.
 */
export function ClaimEvidence(props: { order: string; ticket?: string }) {
  const { world, t, lang, act } = useStation();
  const claim = observeSupport(world).claim(props.order);
  if (!claim) return null;
  const ref = props.ticket ? { ticket: props.ticket } : {};
  const courier = world.scenario.couriers.find((c) => c.id === claim.trace?.courier);
  const id = claim.order;
  return (
    <div class="st-claim" data-testid={`claim-${id}`}>
      <dl class="st-facts">
        <dt>{t('claim.says')}</dt>
        <dd data-testid={`claim-${id}-statement`}>{t(`claim.statement.${claim.statement}`)}</dd>
        <dt>{t('claim.photos')}</dt>
        <dd data-testid={`claim-${id}-photos`}>{t(`claim.photo.${claim.photos}`)}</dd>
        {claim.buyer ? (
          <>
            <dt>{t('claim.buyer')}</dt>
            <dd data-testid={`claim-${id}-buyer`}>{t('claim.buyerRecord', { ...claim.buyer })}</dd>
          </>
        ) : null}
        {claim.trace ? (
          <>
            <dt>{t('claim.trace')}</dt>
            <dd data-testid={`claim-${id}-trace`}>
              {courier ? `${text(courier.name, lang)} · ` : ''}
              {t(`claim.traceStatus.${claim.trace.status}`)}
              {claim.trace.deliveredAt !== undefined
                ? ` · ${t('claim.deliveredAt', { at: clockLabel(world, claim.trace.deliveredAt) })}`
                : ''}
              {claim.trace.signedBy ? ` · ${t(`claim.signedBy.${claim.trace.signedBy}`)}` : ''}
            </dd>
          </>
        ) : null}
      </dl>
      {!claim.lookedUpOrder || (!claim.lookedUpLogistics && claim.shipped) ? (
        <div class="st-row st-wrap">
          <span class="st-muted">{t('claim.lookHint')}</span>
          {!claim.lookedUpOrder ? (
            <button
              type="button"
              class="st-btn st-btn-sm"
              data-testid={`claim-${id}-lookup-order`}
              onClick={() => act('lookup_order', { order: id, ...ref })}
            >
              {t('stations.command.lookup_order')}
            </button>
          ) : null}
          {claim.shipped && !claim.lookedUpLogistics ? (
            <button
              type="button"
              class="st-btn st-btn-sm"
              data-testid={`claim-${id}-lookup-logistics`}
              onClick={() => act('lookup_logistics', { order: id, ...ref })}
            >
              {t('stations.command.lookup_logistics')}
            </button>
          ) : null}
        </div>
      ) : null}
      {claim.shipped ? null : <Badge tone="blue">{t('claim.notShippedNoTrace')}</Badge>}
    </div>
  );
}
