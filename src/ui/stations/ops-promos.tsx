import { useState } from 'preact/hooks';
import { useStation } from './context';
import { clockLabel, money, text } from './format';
import { flashSales, shopCoupons } from './model-ops';
import { Badge, NumberField, Section, Select, useNumber } from './widgets';

/** Shop coupons, 满减 promotions and flash sales: the forms and what is on offer. */
export function Promotions() {
  const { world, t, lang, act } = useStation();
  const cAmount = useNumber(10);
  const cMin = useNumber(99);
  const cQty = useNumber(200);
  const mThreshold = useNumber(199);
  const mOff = useNumber(20);
  const mQty = useNumber(500);
  const skus = world.scenario.catalogue;
  const [fsSku, setFsSku] = useState(skus[0]?.id ?? '');
  const fsPct = useNumber(20);
  const fsStart = useNumber(0);
  const fsDur = useNumber(60);
  const all = [cAmount, cMin, cQty];
  return (
    <div>
      <Section title={t('stations.ops.coupon')}>
        <div class="st-row st-wrap">
          <label class="st-label">{t('stations.ops.amount')}</label>
          <NumberField
            value={cAmount.value}
            onInput={cAmount.set}
            testid="coupon-amount"
            min={1}
            width={60}
          />
          <label class="st-label">{t('stations.ops.minSpend')}</label>
          <NumberField
            value={cMin.value}
            onInput={cMin.set}
            testid="coupon-min-spend"
            min={0}
            width={60}
          />
          <label class="st-label">{t('stations.ops.quantity')}</label>
          <NumberField
            value={cQty.value}
            onInput={cQty.set}
            testid="coupon-quantity"
            min={1}
            width={64}
          />
          <button
            type="button"
            class="st-btn st-primary st-btn-sm"
            data-testid="create-coupon"
            onClick={() =>
              all.every((x) => x.valid()) &&
              act('create_coupon', {
                amount: cAmount.num(),
                minSpend: cMin.num(),
                quantity: Math.round(cQty.num()),
              })
            }
          >
            {t('stations.command.create_coupon')}
          </button>
        </div>
      </Section>
      <Section title={t('stations.ops.manjian')}>
        <div class="st-row st-wrap">
          <label class="st-label">{t('stations.ops.threshold')}</label>
          <NumberField
            value={mThreshold.value}
            onInput={mThreshold.set}
            testid="promotion-threshold"
            min={1}
            width={60}
          />
          <label class="st-label">{t('stations.ops.off')}</label>
          <NumberField
            value={mOff.value}
            onInput={mOff.set}
            testid="promotion-off"
            min={1}
            width={60}
          />
          <label class="st-label">{t('stations.ops.quantity')}</label>
          <NumberField
            value={mQty.value}
            onInput={mQty.set}
            testid="promotion-quantity"
            min={1}
            width={64}
          />
          <button
            type="button"
            class="st-btn st-primary st-btn-sm"
            data-testid="create-promotion"
            onClick={() =>
              act('create_promotion', {
                threshold: mThreshold.num(),
                off: mOff.num(),
                quantity: Math.round(mQty.num()),
              })
            }
          >
            {t('stations.command.create_promotion')}
          </button>
        </div>
      </Section>
      <Section title={t('stations.ops.flashSale')}>
        <div class="st-row st-wrap">
          <Select
            value={fsSku}
            onChange={setFsSku}
            testid="flash-sku"
            label={t('stations.ops.sku')}
            options={skus.map((s) => ({ id: s.id, label: text(s.name, lang) }))}
          />
          <label class="st-label">{t('stations.ops.discount')}</label>
          <NumberField
            value={fsPct.value}
            onInput={fsPct.set}
            testid="flash-pct"
            min={1}
            max={90}
            width={52}
          />
          <span class="st-muted">%</span>
          <label class="st-label">{t('stations.ops.startIn')}</label>
          <NumberField
            value={fsStart.value}
            onInput={fsStart.set}
            testid="flash-start"
            min={0}
            width={52}
          />
          <label class="st-label">{t('stations.ops.duration')}</label>
          <NumberField
            value={fsDur.value}
            onInput={fsDur.set}
            testid="flash-duration"
            min={1}
            width={52}
          />
          <button
            type="button"
            class="st-btn st-primary st-btn-sm"
            data-testid="schedule-flash-sale"
            onClick={() =>
              act('schedule_flash_sale', {
                sku: fsSku,
                pct: fsPct.num() / 100,
                startInMin: fsStart.num(),
                durationMin: fsDur.num(),
              })
            }
          >
            {t('stations.command.schedule_flash_sale')}
          </button>
        </div>
      </Section>
      <Section title={t('stations.ops.onOffer')}>
        <ul class="st-plain" data-testid="offers">
          {shopCoupons(world).map((c) => (
            <li key={c.id}>
              <Badge tone={c.threshold ? 'red' : 'amber'}>
                {c.threshold ? t('stations.ops.manjianShort') : t('stations.ops.couponShort')}
              </Badge>{' '}
              {t('stations.ops.couponLine', {
                off: money(c.amount, lang),
                min: money(c.minSpend, lang),
                left: c.remaining,
              })}
            </li>
          ))}
          {flashSales(world).map((c) => (
            <li key={c.id}>
              <Badge tone={c.state === 'live' ? 'red' : 'blue'}>
                {t(`stations.ops.flash.${c.state}`)}
              </Badge>{' '}
              {t('stations.ops.flashLine', {
                sku: c.sku ?? '',
                pct: Math.round((c.pct ?? 0) * 100),
                from: clockLabel(world, c.start),
                to: clockLabel(world, c.end),
              })}
            </li>
          ))}
        </ul>
      </Section>
    </div>
  );
}
