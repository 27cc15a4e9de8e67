import { useState } from 'preact/hooks';
import { useStation } from './context';
import { clockLabel } from './format';
import { useKeys } from './keys';
import {
  batchOf,
  inProgress,
  nextPickup,
  pickList,
  queueOrders,
  returnsQueue,
  shiftNow,
} from './model-warehouse';
import { Outbound } from './warehouse-outbound';
import { PickList } from './warehouse-pick';
import { Returns } from './warehouse-returns';
import { StockTable } from './warehouse-stock';
import { Tabs } from './widgets';

type Tab = 'pick' | 'outbound' | 'returns' | 'stock';

/** 仓储 station: pick list, pack / label / hand-over, returns inspection and stock. */
export function WarehouseStation() {
  const { world, t, act } = useStation();
  const [tab, setTab] = useState<Tab>('pick');
  const toPick = pickList(world).reduce((n, g) => n + g.orders.length, 0);
  const outbound =
    queueOrders(world, 'picked').length +
    queueOrders(world, 'packed').length +
    queueOrders(world, 'labelled').length;
  const work = inProgress(world);
  const shift = shiftNow(world);
  const ids = (q: 'picked' | 'packed' | 'labelled', max: number) =>
    batchOf(
      queueOrders(world, q).map((o) => o.id),
      max,
    );
  // The keys take what the buttons take with everything ticked: the same batch limits.
  useKeys({
    w: () => {
      const g = pickList(world)[0];
      if (g)
        act('pick_wave', {
          orders: batchOf(
            g.orders.map((o) => o.id),
            200,
          ),
          sku: g.sku,
        });
    },
    k: () => act('pack_orders', { orders: ids('picked', 200), verify: true }),
    l: () => act('print_waybill', { orders: ids('packed', 500), courier: soonestCourier() }),
    h: () => act('handover', { orders: ids('labelled', 500) }),
  });
  const soonestCourier = () =>
    [...world.scenario.couriers]
      .map((c) => ({ id: c.id, next: nextPickup(world, c.id)?.next ?? Infinity }))
      .sort((a, b) => a.next - b.next)[0]?.id ?? '';
  return (
    <div class="st-warehouse">
      <Tabs
        testid="warehouse-tab"
        active={tab}
        onChange={setTab}
        tabs={[
          { id: 'pick', label: t('stations.warehouse.tab.pick'), badge: toPick },
          { id: 'outbound', label: t('stations.warehouse.tab.outbound'), badge: outbound },
          {
            id: 'returns',
            label: t('stations.warehouse.tab.returns'),
            badge: returnsQueue(world).filter((r) => r.stage !== 'inspecting').length,
          },
          { id: 'stock', label: t('stations.warehouse.tab.stock') },
        ]}
      />
      <div class="st-muted st-small st-progress" data-testid="warehouse-progress">
        {t('stations.warehouse.progress', work)}
      </div>
      <div
        class={shift.onShift ? 'st-muted st-small' : 'st-alert st-small'}
        role={shift.onShift ? undefined : 'status'}
        data-testid="warehouse-shift"
        data-on-shift={shift.onShift ? 'yes' : 'no'}
      >
        {shift.onShift
          ? t('stations.warehouse.onShiftNow', shift)
          : t('stations.warehouse.offShift', { ...shift, from: clockLabel(world, shift.opens) })}
      </div>
      {tab === 'pick' ? (
        <PickList />
      ) : tab === 'outbound' ? (
        <Outbound />
      ) : tab === 'returns' ? (
        <Returns />
      ) : (
        <StockTable />
      )}
    </div>
  );
}
