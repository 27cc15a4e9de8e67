import { useState } from 'preact/hooks';
import {
  AFTERSALE_TYPES,
  RETURN_REASONS,
  type AftersaleType,
  type ReturnReason,
} from '../../sim/ids';
import { useStation } from './context';
import { Select } from './widgets';

/** 仅退款 / 退货退款 / 换货 with a reason. */
export function AftersaleForm(props: { order: string; onDone: () => void }) {
  const { t, act } = useStation();
  const [type, setType] = useState<AftersaleType>('return');
  const [reason, setReason] = useState<ReturnReason>('no_reason');
  return (
    <div class="st-form st-row st-wrap" data-testid={`aftersale-form-${props.order}`}>
      <Select
        value={type}
        onChange={setType}
        testid={`aftersale-type-${props.order}`}
        label={t('stations.buyer.aftersaleType')}
        options={AFTERSALE_TYPES.map((x) => ({ id: x, label: t(`common.aftersaleType.${x}`) }))}
      />
      <Select
        value={reason}
        onChange={setReason}
        testid={`aftersale-reason-${props.order}`}
        label={t('stations.buyer.aftersaleReason')}
        options={RETURN_REASONS.filter((r) => r !== 'fake_claim').map((x) => ({
          id: x,
          label: t(`common.returnReason.${x}`),
        }))}
      />
      <button
        type="button"
        class="st-btn st-primary st-btn-sm"
        data-testid={`aftersale-submit-${props.order}`}
        onClick={() =>
          act('request_aftersale', { order: props.order, type, reason }) && props.onDone()
        }
      >
        {t('stations.buyer.submitAftersale')}
      </button>
    </div>
  );
}
