import type { Friction } from '../ids';
import { chance } from '../rng';
import type { Customer, Order, World } from '../world';
import type { BotPolicy } from './run';

/** Frictions a shopper can notice on their own journey, from what they saw. */
function observedFrictions(world: World, c: Customer, order: Order | undefined): Friction[] {
  const seen: Friction[] = [];
  const sku = world.skus[order?.sku ?? c.pendingSku ?? ''];
  const ticket = c.ticket ? world.tickets[c.ticket] : undefined;
  if (ticket && (ticket.firstReplyAt ?? world.clock) - ticket.openedAt > 120)
    seen.push('slow_reply');
  if (order?.late) seen.push('late_shipment');
  if (order?.delayed || order?.lost) seen.push('parcel_delay');
  if (sku?.sized && sku.listing.size_chart < 0.4) seen.push('missing_size_chart');
  if (sku && sku.listing.detail < 0.4) seen.push('poor_listing');
  if (sku && sku.price < sku.listPrice * 0.6) seen.push('price_error');
  if (Object.values(world.skus).some((s) => s.sellable <= 0)) seen.push('sold_out');
  if (order?.aftersale?.approved === false) seen.push('bad_aftersale');
  return seen;
}

/**
 * 买家 bot: walks one customer's journey as a mystery shopper — browse, ask, buy, pay, urge if
 * slow, receive, review (or return when the script says so) — and reports what was painful.
 */
export const buyerBot: BotPolicy = (world, seat, p, act) => {
  const c = seat.customer ? world.customers[seat.customer] : undefined;
  if (!c) return;
  const script = world.scenario.demand.scripted[0];
  if (script && c.scripted !== 0) return;
  const notes = world.bots[seat.id]?.notes ?? {};
  const skuId =
    script?.sku ?? Object.values(world.skus).sort((a, b) => b.popularity - a.popularity)[0]?.id;
  if (!skuId) return;
  const order = c.order ? world.orders[c.order] : undefined;
  if (!order) {
    if (!c.uvCounted) return void act({ type: 'browse', payload: { sku: skuId } });
    if ((script?.inquire ?? p.frictionRecall >= 0.6) && !c.inquired)
      return void act({ type: 'ask_presale', payload: { sku: skuId } });
    const t = c.ticket ? world.tickets[c.ticket] : undefined;
    if (t && !t.solved && world.clock < t.patienceAt) return;
    if (c.pendingSku === undefined)
      return void act({ type: 'add_to_cart', payload: { sku: skuId } });
    return void act({ type: 'place_order', payload: { sku: skuId, qty: script?.qty ?? 1 } });
  }
  switch (order.state) {
    case 'created':
      act({ type: 'pay_order', payload: { order: order.id } });
      return;
    case 'paid':
    case 'picked':
    case 'packed':
      if (
        notes.urged === undefined &&
        order.paidAt !== undefined &&
        world.clock - order.paidAt > 2 * 3600
      ) {
        notes.urged = 1;
        act({ type: 'urge_shipment', payload: { order: order.id } });
      }
      return;
    case 'delivered':
      if (script && script.outcome !== 'keep') {
        act({
          type: 'request_aftersale',
          payload: { order: order.id, type: script.outcome, reason: script.reason },
        });
      } else act({ type: 'confirm_receipt', payload: { order: order.id } });
      return;
    case 'return_approved':
    case 'exchange_approved':
      act({ type: 'ship_return', payload: { order: order.id } });
      return;
    case 'aftersale_rejected':
      act({ type: 'open_dispute', payload: { order: order.id } });
      return;
    case 'completed': {
      const stars = order.late || order.delayed ? 3 : 5;
      act({
        type: 'write_review',
        payload: {
          order: order.id,
          description: 5,
          service: c.satisfaction > 0.7 ? 5 : 3,
          logistics: stars,
        },
      });
      return;
    }
    default:
      break;
  }
  for (const f of observedFrictions(world, c, order)) {
    if (notes[`fr:${f}`] !== undefined) continue;
    notes[`fr:${f}`] = 1;
    if (chance(world.rng, p.frictionRecall)) act({ type: 'report_friction', payload: { kind: f } });
  }
};
