import type { PersonaDef } from '../../scenario/schema';
import { repurchaseBase } from '../customers/satisfaction';
import { newCustomer } from '../demand/visitor';
import { addOrder } from '../orders/by-customer';
import { pickWeighted, rand } from '../rng';
import type { Order, World } from '../world';
import { schedule } from './agenda';

const HOUR = 3600;

/**
 * Orders paid and delivered before the run (scenario `demand.history`): the after-sales drills
 * start with parcels already at the buyers'. They count in paid orders and GMV — refunds are
 * measured against them — but not in the visitor funnel.
 */
export function seedHistory(world: World): void {
  const personas = world.scenario.demand.personas;
  const spread = Math.min(world.end, 3 * HOUR);
  for (const h of world.scenario.demand.history) {
    const sku = world.skus[h.sku];
    if (!sku) continue;
    for (let i = 0; i < h.orders; i++) {
      const persona = personas[
        pickWeighted(
          world.rng,
          personas.map((p) => p.share),
        )
      ] as PersonaDef;
      const c = newCustomer(world, persona.id, 'organic');
      c.paid = true;
      const delivered = -h.deliveredHoursAgo * HOUR - Math.round(rand(world.rng) * 12 * HOUR);
      const order: Order = {
        id: `h${world.seq++}`,
        customer: c.id,
        sku: sku.id,
        qty: 1,
        unitPrice: sku.price,
        discount: 0,
        amount: sku.price,
        channel: 'organic',
        state: 'delivered',
        createdAt: delivered - 60 * HOUR,
        paidAt: delivered - 60 * HOUR,
        shipBy: delivered - 12 * HOUR,
        shippedAt: delivered - 48 * HOUR,
        deliveredAt: delivered,
        courier: world.scenario.couriers[0]?.id,
        addressOk: true,
        refunded: 0,
        compensation: 0,
      };
      addOrder(world, order);
      c.order = order.id;
      const k = world.kpi;
      k.paidOrders++;
      k.gmv += order.amount;
      k.historyGmv += order.amount;
      k.cogsKept += sku.cost;
      k.historyBuyers++;
      k.repurchaseSum += repurchaseBase(world, persona.id) * c.satisfaction;
      schedule(world, rand(world.rng) * spread, 'after_delivery', order.id);
    }
  }
}
