import { schedule } from './agenda';
import { emit } from './log';
import { newCustomer, placeOrder } from '../demand/visitor';
import { openTicket } from '../support/tickets';
import type { World } from '../world';

/**
 * A scripted customer from the scenario arrives. The first one is played by the buyer seat
 * (a person or the buyer bot, through commands); the others act on their own.
 */
export function spawnScripted(world: World, index: number): void {
  const def = world.scenario.demand.scripted[index];
  const sku = def ? world.skus[def.sku] : undefined;
  if (!def || !sku) return;
  const seat = Object.values(world.seats).find((s) => s.role === 'buyer');
  if (index === 0 && seat) {
    const c = seat.customer ? world.customers[seat.customer] : undefined;
    if (c) {
      c.persona = def.persona;
      c.scripted = 0;
    }
    emit(world, {
      type: 'visitor_inquired',
      role: 'customer',
      customer: c?.id,
      sku: sku.id,
      detail: 'scripted',
    });
    return;
  }
  const c = newCustomer(world, def.persona, 'organic');
  c.scripted = index;
  world.kpi.uv++;
  world.kpi.skuUv[sku.id] = (world.kpi.skuUv[sku.id] ?? 0) + 1;
  if (def.inquire) {
    c.inquired = true;
    c.pendingSku = sku.id;
    world.kpi.inquirers++;
    openTicket(world, c.id, 'presale', { sku: sku.id });
    return;
  }
  world.kpi.cartVisitors++;
  const order = placeOrder(world, c, sku, def.qty, false);
  schedule(world, world.clock + 30, 'pay', order.id);
}
