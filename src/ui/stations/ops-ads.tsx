import type { AdChannel } from '../../sim/ids';
import { useStation } from './context';
import { money } from './format';
import { adChannels } from './model-ops';
import { NumberField, Section, useNumber } from './widgets';

/** Hourly ad budget per channel this scenario has. */
export function AdBudgets() {
  const { world, t, lang } = useStation();
  return (
    <Section
      title={t('stations.ops.ads')}
      right={
        <span class="st-muted">
          {t('stations.ops.spent', { n: money(world.kpi.adSpend, lang) })}
        </span>
      }
    >
      <table class="st-table">
        <tbody>
          {adChannels(world).map((c) => (
            <AdRow key={c.channel} channel={c.channel} perHour={c.perHour} />
          ))}
        </tbody>
      </table>
    </Section>
  );
}

function AdRow(props: { channel: AdChannel; perHour: number }) {
  const { t, lang, act } = useStation();
  const budget = useNumber(props.perHour);
  return (
    <tr>
      <td>{t(`common.channel.${props.channel}`)}</td>
      <td class="st-muted">{t('stations.ops.perHourNow', { n: money(props.perHour, lang) })}</td>
      <td>
        <NumberField
          value={budget.value}
          onInput={budget.set}
          testid={`ad-budget-${props.channel}`}
          min={0}
          width={80}
        />
      </td>
      <td>
        <button
          type="button"
          class="st-btn st-btn-sm st-primary"
          data-testid={`set-ad-budget-${props.channel}`}
          onClick={() =>
            budget.valid() &&
            act('set_ad_budget', { channel: props.channel, perHour: budget.num() })
          }
        >
          {t('stations.ops.set')}
        </button>
      </td>
    </tr>
  );
}
