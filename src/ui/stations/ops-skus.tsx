import { useStation } from './context';
import { durationLabel, money, pct, text } from './format';
import { skuRows, type SkuRow } from './model-ops';
import { Badge, Bar, NumberField, useNumber } from './widgets';

/** One card per SKU: price and discount, stock and reorder, listing quality and its work. */
export function SkuTable() {
  const { world } = useStation();
  return (
    <div class="st-list" data-testid="sku-table">
      {skuRows(world).map((r) => (
        <SkuCard key={r.sku.id} row={r} />
      ))}
    </div>
  );
}

function SkuCard(props: { row: SkuRow }) {
  const { world, t, lang, act } = useStation();
  const { sku } = props.row;
  const price = useNumber(sku.price);
  const discount = useNumber(Math.round(sku.discountPct * 100));
  const qty = useNumber(50);
  const def = world.scenario.catalogue.find((c) => c.id === sku.id);
  const low = sku.sellable < 10;
  return (
    <div class="st-card" data-testid={`sku-${sku.id}`}>
      <div class="st-row st-between">
        <span>
          <strong>{def ? text(def.name, lang) : sku.id}</strong>
        </span>
        <span class="st-row">
          {props.row.flash ? (
            <Badge tone={props.row.flash.state === 'live' ? 'red' : 'blue'}>
              {t(`stations.ops.flash.${props.row.flash.state}`)}
            </Badge>
          ) : null}
          <span>{money(props.row.unitPrice, lang)}</span>
          <Badge
            tone={props.row.unitMargin < 0.2 ? 'red' : 'grey'}
            title={t('stations.ops.unitMargin')}
          >
            {pct(props.row.unitMargin)}
          </Badge>
        </span>
      </div>
      <div class="st-grid2">
        <div class="st-row">
          <label class="st-label">{t('stations.ops.price')}</label>
          <NumberField
            value={price.value}
            onInput={price.set}
            testid={`price-${sku.id}`}
            step={0.1}
            min={0.01}
            width={72}
          />
          <button
            type="button"
            class="st-btn st-btn-sm"
            data-testid={`set-price-${sku.id}`}
            onClick={() => price.valid() && act('set_price', { sku: sku.id, price: price.num() })}
          >
            {t('stations.ops.set')}
          </button>
        </div>
        <div class="st-row">
          <label class="st-label">{t('stations.ops.discount')}</label>
          <NumberField
            value={discount.value}
            onInput={discount.set}
            testid={`discount-${sku.id}`}
            min={0}
            max={90}
            width={52}
          />
          <span class="st-muted">%</span>
          <button
            type="button"
            class="st-btn st-btn-sm"
            data-testid={`set-discount-${sku.id}`}
            onClick={() =>
              discount.valid() && act('set_discount', { sku: sku.id, pct: discount.num() / 100 })
            }
          >
            {t('stations.ops.set')}
          </button>
        </div>
        <div class="st-row">
          <label class="st-label">{t('stations.ops.stock')}</label>
          <span
            class={low ? 'st-nowrap st-red-text' : 'st-nowrap'}
            title={t('stations.ops.stockHint')}
          >
            {sku.sellable} / {sku.stock}
          </span>
          <span class="st-muted st-nowrap">
            {t('stations.ops.cost', { cost: money(sku.cost, lang) })}
          </span>
        </div>
        <div class="st-row">
          <label class="st-label">{t('stations.ops.reorder')}</label>
          <NumberField
            value={qty.value}
            onInput={qty.set}
            testid={`reorder-qty-${sku.id}`}
            min={1}
            width={60}
          />
          <button
            type="button"
            class="st-btn st-btn-sm"
            data-testid={`reorder-${sku.id}`}
            onClick={() =>
              qty.valid() && act('reorder_stock', { sku: sku.id, qty: Math.round(qty.num()) })
            }
          >
            {t('stations.command.reorder_stock')}
          </button>
        </div>
      </div>
      <div class="st-listing">
        {props.row.listing
          .filter((l) => l.aspect !== 'size_chart' || sku.sized)
          .map((l) => (
            <div key={l.aspect} class="st-listing-cell" data-quality={l.quality.toFixed(2)}>
              <span class="st-label">{t(`common.listingAspect.${l.aspect}`)}</span>
              <Bar value={l.quality} />
              {l.workLeft !== undefined ? (
                <Badge tone="blue" title={t('stations.ops.working')}>
                  {t('stations.ops.inWork', { time: durationLabel(l.workLeft) })}
                </Badge>
              ) : (
                <button
                  type="button"
                  class="st-btn st-btn-xs"
                  disabled={l.quality >= 1}
                  data-testid={`improve-${sku.id}-${l.aspect}`}
                  onClick={() => act('improve_listing', { sku: sku.id, aspect: l.aspect })}
                >
                  {t('stations.ops.improve')}
                </button>
              )}
            </div>
          ))}
      </div>
      <div class="st-muted st-small">
        {t('stations.ops.skuFunnel', { uv: props.row.uv, paid: props.row.paid })}
      </div>
    </div>
  );
}
