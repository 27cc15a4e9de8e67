import { useState } from 'preact/hooks';
import type { Order } from '../../sim/world';
import { useStation } from './context';
import { clockLabel, durationLabel, money, text, refNo } from './format';
import { batchOf, lateForPickup, nextPickup, queueOrders } from './model-warehouse';
import { useSelection } from './selection';
import { Badge, Empty, Section, Select } from './widgets';

/** Pack (with or without the scan check), print waybills with a courier, hand over at the dock. */
export function Outbound() {
  const { world, t, lang, act } = useStation();
  const [verify, setVerify] = useState(true);
  const [courier, setCourier] = useState(world.scenario.couriers[0]?.id ?? '');
  const picked = queueOrders(world, 'picked');
  const packed = queueOrders(world, 'packed');
  const labelled = queueOrders(world, 'labelled');
  const pickSel = useSelection(picked.map((o) => o.id));
  const packSel = useSelection(packed.map((o) => o.id));
  const labelSel = useSelection(labelled.map((o) => o.id));
  return (
    <div>
      <CourierBoard />
      <Section
        title={t('stations.warehouse.toPack', { n: picked.length })}
        right={
          <span class="st-row">
            <label class="st-check">
              <input
                type="checkbox"
                checked={verify}
                data-testid="pack-verify"
                onChange={() => setVerify(!verify)}
              />
              {t('stations.warehouse.verify')}
            </label>
            <button
              type="button"
              class="st-btn st-primary st-btn-sm"
              data-testid="pack-orders"
              disabled={!pickSel.selected.length}
              onClick={() => act('pack_orders', { orders: batchOf(pickSel.selected, 200), verify })}
            >
              {t('stations.warehouse.packN', {
                n: batchOf(pickSel.selected, 200).length,
                total: pickSel.selected.length,
              })}
            </button>
          </span>
        }
      >
        <OrderRows orders={picked} sel={pickSel} prefix="pack" />
      </Section>
      <Section
        title={t('stations.warehouse.toLabel', { n: packed.length })}
        right={
          <span class="st-row">
            <Select
              value={courier}
              onChange={setCourier}
              testid="waybill-courier"
              label={t('stations.warehouse.courier')}
              options={world.scenario.couriers.map((c) => ({
                id: c.id,
                label: text(c.name, lang),
              }))}
            />
            <button
              type="button"
              class="st-btn st-primary st-btn-sm"
              data-testid="print-waybill"
              disabled={!packSel.selected.length}
              onClick={() =>
                act('print_waybill', { orders: batchOf(packSel.selected, 500), courier })
              }
            >
              {t('stations.warehouse.printN', {
                n: batchOf(packSel.selected, 500).length,
                total: packSel.selected.length,
              })}
            </button>
          </span>
        }
      >
        <OrderRows orders={packed} sel={packSel} prefix="label" />
      </Section>
      <Section
        title={t('stations.warehouse.toHandOver', { n: labelled.length })}
        right={
          <button
            type="button"
            class="st-btn st-primary st-btn-sm"
            data-testid="handover"
            disabled={!labelSel.selected.length}
            onClick={() => act('handover', { orders: batchOf(labelSel.selected, 500) })}
          >
            {t('stations.warehouse.handOverN', {
              n: batchOf(labelSel.selected, 500).length,
              total: labelSel.selected.length,
            })}
          </button>
        }
      >
        <OrderRows orders={labelled} sel={labelSel} prefix="handover" />
      </Section>
    </div>
  );
}

function OrderRows(props: {
  orders: Order[];
  sel: ReturnType<typeof useSelection>;
  prefix: string;
}) {
  const { world, t, lang } = useStation();
  const skuName = (id: string) => {
    const c = world.scenario.catalogue.find((x) => x.id === id);
    return c ? text(c.name, lang) : id;
  };
  const courierName = (id: string) => {
    const c = world.scenario.couriers.find((x) => x.id === id);
    return c ? text(c.name, lang) : id;
  };
  if (!props.orders.length) return <Empty>{t('stations.warehouse.none')}</Empty>;
  return (
    <table class="st-table st-compact">
      <tbody>
        {props.orders.slice(0, 60).map((o) => {
          const late = o.shipBy !== undefined && o.shipBy < world.clock;
          return (
            <tr key={o.id}>
              <td>
                <input
                  type="checkbox"
                  checked={props.sel.has(o.id)}
                  data-testid={`${props.prefix}-select-${o.id}`}
                  onChange={() => props.sel.toggle(o.id)}
                />
              </td>
              <td>{refNo(o.id)}</td>
              <td>
                {skuName(o.sku)} × {o.qty}
              </td>
              <td>{o.courier ? <Badge tone="grey">{courierName(o.courier)}</Badge> : null}</td>
              <td class={late ? 'st-red-text' : 'st-muted'}>
                {o.shipBy !== undefined ? clockLabel(world, o.shipBy) : ''}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

/** Each courier: price, speed, next truck and the day's cut-off, parcels waiting on the dock. */
function CourierBoard() {
  const { world, t, lang } = useStation();
  const nexts = world.scenario.couriers.map((c) => nextPickup(world, c.id)?.next ?? Infinity);
  const first = Math.min(...nexts);
  const late = Number.isFinite(first) ? lateForPickup(world, first) : 0;
  return (
    <>
      {late > 0 ? (
        <div class="st-alert st-red-text st-small" role="alert" data-testid="pickup-late">
          {t('stations.warehouse.pickupLate', { n: late, time: clockLabel(world, first) })}
        </div>
      ) : null}
      <table class="st-table st-couriers" data-testid="courier-board">
        <thead>
          <tr>
            <th>{t('stations.warehouse.courier')}</th>
            <th>{t('stations.warehouse.cost')}</th>
            <th>{t('stations.warehouse.transit')}</th>
            <th>{t('stations.warehouse.nextPickup')}</th>
            <th>{t('stations.warehouse.cutoff')}</th>
            <th>{t('stations.warehouse.onDock')}</th>
          </tr>
        </thead>
        <tbody>
          {world.scenario.couriers.map((c) => {
            const p = nextPickup(world, c.id);
            if (!p) return null;
            const soon = p.next - world.clock;
            return (
              <tr key={c.id} data-testid={`courier-${c.id}`}>
                <td>
                  <strong>{text(c.name, lang)}</strong>
                </td>
                <td>{money(c.costPerParcel, lang)}</td>
                <td>{t('common.unit.hours', { n: c.transitHours })}</td>
                {/* The time, and under it how long until then ("09:00" / "8:00:49 后"). */}
                <td>
                  {clockLabel(world, p.next)}
                  <span class={`st-timer st-countdown${soon < 900 ? ' st-timer-late' : ''}`}>
                    {t('stations.warehouse.inTime', { time: durationLabel(soon) })}
                  </span>
                </td>
                <td>
                  {clockLabel(world, p.cutoff)}
                  <span class="st-timer st-muted st-countdown">
                    {t('stations.warehouse.inTime', {
                      time: durationLabel(p.cutoff - world.clock),
                    })}
                  </span>
                </td>
                <td>{p.onDock}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </>
  );
}
