import { useState } from 'preact/hooks';
import {
  DISPOSITIONS,
  REFUND_DECISIONS,
  type Disposition,
  type RefundDecision,
} from '../../sim/ids';
import { orderView } from '../../sim/observe/orders';
import type { Order } from '../../sim/world';
import { useStation } from './context';
import { clockLabel, durationLabel, text, refNo } from './format';
import { returnsQueue, type ReturnRow } from './model-warehouse';
import { Badge, Empty, Select } from './widgets';

/** Return parcels: sign for them, inspect them, decide where the goods go and the refund. */
export function Returns() {
  const { world, t } = useStation();
  const rows = returnsQueue(world);
  if (!rows.length) return <Empty>{t('stations.warehouse.noReturns')}</Empty>;
  return (
    <div class="st-list" data-testid="returns-queue">
      {rows.map((r) => (
        <ReturnCard key={r.order.id} row={r} />
      ))}
    </div>
  );
}

function ReturnCard(props: { row: ReturnRow }) {
  const { world, t, lang, act } = useStation();
  const o: Order = props.row.order;
  const [disp, setDisp] = useState<Disposition>('restock');
  const [refund, setRefund] = useState<RefundDecision>('full');
  const def = world.scenario.catalogue.find((c) => c.id === o.sku);
  const as = o.aftersale;
  const waiting = as?.receivedAt !== undefined ? world.clock - as.receivedAt : 0;
  // The bench sees the buyer's words and, once the parcel is open, what it holds: never the truth.
  const seen = orderView(world, o.id)?.aftersale;
  return (
    <div class="st-card" data-testid={`return-${o.id}`}>
      <div class="st-row st-between">
        <span>
          <strong>{t('stations.ref.order', { id: refNo(o.id) })}</strong> ·{' '}
          {def ? text(def.name, lang) : o.sku} × {o.qty}{' '}
          {as ? <Badge tone="amber">{t(`common.aftersaleType.${as.type}`)}</Badge> : null}{' '}
          {seen ? <span class="st-muted">{t(`claim.statement.${seen.statement}`)}</span> : null}
        </span>
        <span class="st-timer" title={t('stations.warehouse.returnWait')}>
          {as?.receivedAt !== undefined
            ? `${clockLabel(world, as.receivedAt)} · ${durationLabel(waiting)}`
            : ''}
        </span>
      </div>
      {props.row.stage === 'at_door' ? (
        <div class="st-row st-end">
          <span class="st-muted">{t('stations.warehouse.atDoor')}</span>
          <button
            type="button"
            class="st-btn st-primary st-btn-sm"
            data-testid={`receive-return-${o.id}`}
            onClick={() => act('receive_return', { order: o.id })}
          >
            {t('stations.command.receive_return')}
          </button>
        </div>
      ) : props.row.stage === 'inspecting' ? (
        <Badge tone="blue">{t('stations.warehouse.inspecting')}</Badge>
      ) : seen?.examining ? (
        <Badge tone="blue">{t('claim.opening')}</Badge>
      ) : (
        <div class="st-row st-end st-wrap">
          {seen?.condition ? (
            <span data-testid={`return-${o.id}-condition`}>
              <label class="st-label">{t('claim.condition')}</label>
              <Badge tone={seen.condition === 'good' ? 'green' : 'amber'}>
                {t(`claim.conditionOf.${seen.condition}`)}
              </Badge>
            </span>
          ) : (
            <>
              <span class="st-muted">{t('claim.unopened')}</span>
              <button
                type="button"
                class="st-btn st-btn-sm"
                data-testid={`open-return-${o.id}`}
                onClick={() => act('inspect_return', { order: o.id })}
              >
                {t('claim.openParcel')}
              </button>
            </>
          )}
          <label class="st-label">{t('stations.warehouse.disposition')}</label>
          <Select
            value={disp}
            onChange={setDisp}
            testid={`inspect-disposition-${o.id}`}
            options={DISPOSITIONS.map((d) => ({ id: d, label: t(`stations.disposition.${d}`) }))}
          />
          <label class="st-label">{t('stations.warehouse.refund')}</label>
          <Select
            value={refund}
            onChange={setRefund}
            testid={`inspect-refund-${o.id}`}
            options={REFUND_DECISIONS.map((d) => ({
              id: d,
              label: t(`stations.refundDecision.${d}`),
            }))}
          />
          <button
            type="button"
            class="st-btn st-primary st-btn-sm"
            data-testid={`inspect-return-${o.id}`}
            onClick={() => act('inspect_return', { order: o.id, disposition: disp, refund })}
          >
            {t('stations.command.inspect_return')}
          </button>
        </div>
      )}
    </div>
  );
}
