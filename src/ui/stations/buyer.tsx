import { useState } from 'preact/hooks';
import { useStation } from './context';
import { myOrders, myTickets } from './model-buyer';
import { MyChats } from './buyer-chats';
import { Mystery } from './buyer-mystery';
import { MyOrders } from './buyer-orders';
import { Storefront } from './buyer-store';
import { Tabs } from './widgets';

type Tab = 'store' | 'orders' | 'chats' | 'mystery';

/** 买家 station: the storefront, the customer's orders, chats with support, mystery-shopper notes. */
export function BuyerStation(props: { customer?: string }) {
  const { world, t } = useStation();
  const [tab, setTab] = useState<Tab>('store');
  // The sim keeps no chat text: the shopper's own questions are remembered here by ticket.
  const [asked, setAsked] = useState<Record<string, string>>({});
  const c = props.customer;
  if (!c || !world.customers[c]) return <p class="st-empty">{t('stations.buyer.noPersona')}</p>;
  return (
    <div class="st-buyer">
      <Tabs
        testid="buyer-tab"
        active={tab}
        onChange={setTab}
        tabs={[
          { id: 'store', label: t('stations.buyer.tab.store') },
          { id: 'orders', label: t('stations.buyer.tab.orders'), badge: myOrders(world, c).length },
          { id: 'chats', label: t('stations.buyer.tab.chats'), badge: myTickets(world, c).length },
          {
            id: 'mystery',
            label: t('stations.buyer.tab.mystery'),
            badge: world.frictionsReported.length,
          },
        ]}
      />
      {tab === 'store' ? (
        <Storefront
          onOrdered={() => setTab('orders')}
          onAsked={(text) => {
            const id = c ? world.customers[c]?.ticket : undefined;
            if (id && text) setAsked({ ...asked, [id]: text });
          }}
        />
      ) : tab === 'orders' ? (
        <MyOrders customer={c} />
      ) : tab === 'chats' ? (
        <MyChats customer={c} asked={asked} />
      ) : (
        <Mystery />
      )}
    </div>
  );
}
