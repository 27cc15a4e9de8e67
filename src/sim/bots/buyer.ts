import type { Friction } from '../ids';
import type { BuyerObservation, MeView, SkuView } from '../observe';
import type { BotPolicy } from './policy';

/** Frictions a shopper can notice on their own journey, from what they saw. */
function observedFrictions(
  obs: BuyerObservation,
  me: MeView,
  store: readonly SkuView[],
): Friction[] {
  const seen: Friction[] = [];
  const order = me.order;
  const sku = store.find((s) => s.id === (order?.sku ?? me.cartSku ?? ''));
  const chat = me.chat;
  if (chat && (chat.firstReplyAt ?? obs.clock) - chat.openedAt > 120) seen.push('slow_reply');
  if (order?.late) seen.push('late_shipment');
  if (order?.delayed || order?.lost) seen.push('parcel_delay');
  if (sku?.sized && sku.listing.size_chart < 0.4) seen.push('missing_size_chart');
  if (sku && sku.listing.detail < 0.4) seen.push('poor_listing');
  if (sku && sku.price < sku.listPrice * 0.6) seen.push('price_error');
  if (store.some((s) => s.sellable <= 0)) seen.push('sold_out');
  if (order?.aftersale?.approved === false) seen.push('bad_aftersale');
  return seen;
}

/**
 * 买家 bot: walks one customer's journey as a mystery shopper — browse, ask, buy, pay, urge if
 * slow, receive, review (or return when the script says so) — and reports what was painful.
 */
export const buyerBot: BotPolicy<'buyer'> = (obs, turn) => {
  const me = obs.me;
  if (!me) return;
  const p = turn.profile;
  const script = obs.script;
  if (script && me.scripted !== 0) return;
  const notes = turn.notes;
  const store = obs.storefront();
  const skuId = script?.sku ?? store.find((s) => s.salesRank === 0)?.id;
  if (!skuId) return;
  const order = me.order;
  const act = turn.act;
  if (!order) {
    if (!me.visited) return void act({ type: 'browse', payload: { sku: skuId } });
    if ((script?.inquire ?? p.frictionRecall >= 0.6) && !me.inquired)
      return void act({ type: 'ask_presale', payload: { sku: skuId } });
    const chat = me.chat;
    if (chat && !chat.solved && obs.clock < chat.patienceAt) return;
    if (me.cartSku === undefined) return void act({ type: 'add_to_cart', payload: { sku: skuId } });
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
        obs.clock - order.paidAt > 2 * 3600
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
          service: me.satisfaction > 0.7 ? 5 : 3,
          logistics: stars,
        },
      });
      return;
    }
    default:
      break;
  }
  for (const f of observedFrictions(obs, me, store)) {
    if (notes[`fr:${f}`] !== undefined) continue;
    notes[`fr:${f}`] = 1;
    if (turn.chance(p.frictionRecall)) act({ type: 'report_friction', payload: { kind: f } });
  }
};
