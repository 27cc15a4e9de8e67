import { useState } from 'preact/hooks';
import { useStation } from './context';
import { clockLabel, durationLabel, text, refNo } from './format';
import { batchOf, bins, pickList, type PickGroup } from './model-warehouse';
import { useSelection } from './selection';
import { Badge, Empty, Select } from './widgets';

/** Order chips shown per wave; the rest stay selected and are picked with the wave. */
const SHOWN = 80;

/** Paid orders to pick, one wave per SKU / bin, most urgent ship-by first. */
export function PickList() {
  const { world, t } = useStation();
  const groups = pickList(world);
  if (!groups.length) return <Empty>{t('stations.warehouse.nothingToPick')}</Empty>;
  return (
    <div class="st-list" data-testid="pick-list">
      {groups.map((g) => (
        <PickWave key={g.sku} group={g} />
      ))}
    </div>
  );
}

function PickWave(props: { group: PickGroup }) {
  const { world, t, lang, act } = useStation();
  const g = props.group;
  const sel = useSelection(g.orders.map((o) => o.id));
  const [from, setFrom] = useState(g.sku);
  const def = world.scenario.catalogue.find((c) => c.id === g.sku);
  const left = g.shipBy !== undefined ? g.shipBy - world.clock : undefined;
  const short = g.stock < g.units;
  return (
    <div class="st-card" data-testid={`pick-group-${g.sku}`}>
      <div class="st-row st-between">
        <span>
          <Badge tone="blue">{g.bin}</Badge> <strong>{def ? text(def.name, lang) : g.sku}</strong>{' '}
          <span class="st-muted">
            {t('stations.warehouse.units', { orders: g.orders.length, units: g.units })}
          </span>
          {short ? (
            <Badge tone="red">{t('stations.warehouse.short', { stock: g.stock })}</Badge>
          ) : null}
        </span>
        {left !== undefined ? (
          <span
            class={`st-timer${left < 1800 ? ' st-timer-late' : ''}`}
            title={t('stations.warehouse.shipBy')}
          >
            {t('stations.warehouse.dueIn', { time: durationLabel(left) })}
          </span>
        ) : null}
      </div>
      <div class="st-chips">
        {g.orders.slice(0, SHOWN).map((o) => (
          <label
            key={o.id}
            class={`st-chip${sel.has(o.id) ? ' st-chip-on' : ''}`}
            title={
              o.shipBy !== undefined
                ? t('stations.warehouse.shipByAt', { time: clockLabel(world, o.shipBy) })
                : ''
            }
          >
            <input
              type="checkbox"
              checked={sel.has(o.id)}
              data-testid={`pick-select-${o.id}`}
              onChange={() => sel.toggle(o.id)}
            />
            {refNo(o.id)}
            {o.qty > 1 ? <strong> ×{o.qty}</strong> : null}
            <span class="st-muted">
              {o.shipBy !== undefined ? clockLabel(world, o.shipBy) : ''}
            </span>
          </label>
        ))}
        {g.orders.length > SHOWN ? (
          <span class="st-muted st-small">
            {t('stations.warehouse.more', { n: g.orders.length - SHOWN })}
          </span>
        ) : null}
      </div>
      <div class="st-row st-end">
        <label class="st-label">{t('stations.warehouse.pickFrom')}</label>
        <Select
          value={from}
          onChange={setFrom}
          testid={`pick-from-${g.sku}`}
          label={t('stations.warehouse.pickFrom')}
          options={bins(world).map((b) => {
            const c = world.scenario.catalogue.find((x) => x.id === b.sku);
            return { id: b.sku, label: `${b.bin} · ${c ? text(c.name, lang) : b.sku}` };
          })}
        />
        <button
          type="button"
          class="st-btn st-primary st-btn-sm"
          data-testid={`pick-wave-${g.sku}`}
          disabled={!sel.selected.length}
          onClick={() => act('pick_wave', { orders: batchOf(sel.selected, 200), sku: from })}
        >
          {t('stations.warehouse.pickN', {
            n: batchOf(sel.selected, 200).length,
            total: sel.selected.length,
          })}
        </button>
      </div>
    </div>
  );
}
