import { useState } from 'preact/hooks';
import { useStation } from './context';
import { adChannels } from './model-ops';
import { AdBudgets } from './ops-ads';
import { FunnelBoard } from './ops-funnel';
import { Promotions } from './ops-promos';
import { SkuTable } from './ops-skus';
import { Tabs } from './widgets';

type Tab = 'funnel' | 'products' | 'promos' | 'ads';

/** 运营 station: the funnel dashboard, pricing / listing / stock per SKU, promotions and ads. */
export function OpsStation() {
  const { world, t } = useStation();
  const [tab, setTab] = useState<Tab>('funnel');
  const tabs: { id: Tab; label: string }[] = [
    { id: 'funnel', label: t('stations.ops.tab.funnel') },
    { id: 'products', label: t('stations.ops.tab.products') },
    { id: 'promos', label: t('stations.ops.tab.promos') },
  ];
  if (adChannels(world).length) tabs.push({ id: 'ads', label: t('stations.ops.tab.ads') });
  return (
    <div class="st-ops">
      <Tabs testid="ops-tab" tabs={tabs} active={tab} onChange={setTab} />
      {tab === 'funnel' ? (
        <FunnelBoard />
      ) : tab === 'products' ? (
        <SkuTable />
      ) : tab === 'promos' ? (
        <Promotions />
      ) : (
        <AdBudgets />
      )}
    </div>
  );
}
