import { useState } from 'preact/hooks';
import { useStation } from './context';
import { money, text } from './format';
import { storefront, type ShelfItem } from './model-buyer';
import { Badge, Bar, NumberField, useNumber } from './widgets';

/** The shop as a shopper sees it: price, stock, how good the page looks; ask, cart, order. */
export function Storefront(props: { onOrdered: () => void; onAsked: (text: string) => void }) {
  const { world } = useStation();
  return (
    <div class="st-shelf" data-testid="storefront">
      {storefront(world).map((item) => (
        <ShelfCard
          key={item.sku.id}
          item={item}
          onOrdered={props.onOrdered}
          onAsked={props.onAsked}
        />
      ))}
    </div>
  );
}

function ShelfCard(props: {
  item: ShelfItem;
  onOrdered: () => void;
  onAsked: (text: string) => void;
}) {
  const { world, t, lang, act } = useStation();
  const { sku } = props.item;
  const def = world.scenario.catalogue.find((c) => c.id === sku.id);
  const [open, setOpen] = useState(false);
  const [question, setQuestion] = useState('');
  const qty = useNumber(1);
  const view = () => {
    if (!open && act('browse', { sku: sku.id })) setOpen(true);
    else setOpen(!open);
  };
  return (
    <div
      class={`st-card st-shelf-card${props.item.soldOut ? ' st-soldout' : ''}`}
      data-testid={`shelf-${sku.id}`}
    >
      <div class="st-row st-between">
        <strong>{def ? text(def.name, lang) : sku.id}</strong>
        <span class="st-price">
          {money(props.item.price, lang)}
          {props.item.onSale ? <s class="st-muted"> {money(sku.listPrice, lang)}</s> : null}
        </span>
      </div>
      <div class="st-row st-wrap">
        {props.item.soldOut ? (
          <Badge tone="red">{t('stations.buyer.soldOut')}</Badge>
        ) : sku.sellable < 10 ? (
          <Badge tone="amber">{t('stations.buyer.onlyLeft', { n: sku.sellable })}</Badge>
        ) : (
          <Badge tone="green">{t('stations.buyer.inStock')}</Badge>
        )}
        {props.item.onSale ? <Badge tone="red">{t('stations.buyer.onSale')}</Badge> : null}
        <span class="st-label">{t('stations.buyer.pageQuality')}</span>
        <Bar value={props.item.quality} />
        <button
          type="button"
          class="st-btn st-btn-xs"
          data-testid={`browse-${sku.id}`}
          onClick={view}
        >
          {open ? t('stations.buyer.hideDetails') : t('stations.command.browse')}
        </button>
      </div>
      {open ? (
        <ul class="st-plain st-small" data-testid={`details-${sku.id}`}>
          {(['title', 'image', 'detail', 'size_chart'] as const)
            .filter((a) => a !== 'size_chart' || sku.sized)
            .map((a) => (
              <li key={a}>
                {t(`common.listingAspect.${a}`)}:{' '}
                {t(`stations.buyer.quality.${quality(sku.listing[a])}`)}
              </li>
            ))}
        </ul>
      ) : null}
      <div class="st-row">
        <input
          class="st-text st-grow"
          data-testid={`ask-text-${sku.id}`}
          placeholder={t('stations.buyer.questionPlaceholder')}
          maxLength={500}
          value={question}
          onInput={(e) => setQuestion(e.currentTarget.value)}
        />
        <button
          type="button"
          class="st-btn st-btn-sm"
          data-testid={`ask-${sku.id}`}
          onClick={() => {
            const q = question.trim();
            if (!act('ask_presale', { sku: sku.id, ...(q ? { text: q } : {}) })) return;
            props.onAsked(q);
            setQuestion('');
          }}
        >
          {t('stations.command.ask_presale')}
        </button>
      </div>
      <div class="st-row st-end">
        <button
          type="button"
          class="st-btn st-btn-sm"
          data-testid={`cart-${sku.id}`}
          onClick={() => act('add_to_cart', { sku: sku.id })}
        >
          {t('stations.command.add_to_cart')}
        </button>
        <label class="st-label">{t('stations.buyer.qty')}</label>
        <NumberField
          value={qty.value}
          onInput={qty.set}
          testid={`qty-${sku.id}`}
          min={1}
          max={20}
          width={48}
        />
        <button
          type="button"
          class="st-btn st-btn-sm st-primary"
          data-testid={`order-${sku.id}`}
          onClick={() =>
            qty.valid() &&
            act('place_order', { sku: sku.id, qty: Math.round(qty.num()) }) &&
            props.onOrdered()
          }
        >
          {t('stations.command.place_order')}
        </button>
      </div>
    </div>
  );
}

function quality(v: number): 'poor' | 'fair' | 'good' {
  return v >= 0.75 ? 'good' : v >= 0.5 ? 'fair' : 'poor';
}
