import { AD_CHANNELS, LISTING_ASPECTS } from '../ids';
import type { FunnelView, OpsObservation, SkuView } from '../observe';
import type { BotPolicy, BotTurn } from './policy';

/** Below this paying share of visitors a novice feels sales are slow (most shops sit at 1–5%). */
const SLOW_CONVERSION = 0.04;

/** Units a SKU is likely to sell over the supplier's lead time, from sales so far. */
function expectedSales(
  obs: OpsObservation,
  funnel: FunnelView,
  sku: SkuView,
  price: number,
): number {
  const hours = Math.max(1, obs.clock / 3600);
  const paidUnits = (funnel.skuGmv[sku.id] ?? 0) / Math.max(1, price);
  return (paidUnits / hours) * (obs.restockLeadHours + 2);
}

/**
 * 运营 bot. An expert reads the funnel, fixes a wrong price at once, works on the weakest
 * listing aspects, reorders before the shelf empties and trims ads that do not pay back.
 * A novice watches sales, and when they feel slow after the first hour panics into a store-wide
 * discount and more ad budget, and never restocks: a mistake a trainer recognises.
 */
export const opsBot: BotPolicy<'ops'> = (obs, turn) => {
  const { profile: p, notes, act } = turn;
  const skus = obs.skus();
  const funnel = obs.funnel();
  if (p.opsSkill <= 0) {
    const slow = funnel.uv > 0 && funnel.payingBuyers / funnel.uv < SLOW_CONVERSION;
    if (notes.splurged === undefined && obs.clock >= 3600 && slow) {
      notes.splurged = 1;
      for (const sku of skus) act({ type: 'set_discount', payload: { sku: sku.id, pct: 0.15 } });
      for (const ch of obs.channels)
        act({
          type: 'set_ad_budget',
          payload: { channel: ch, perHour: Math.round(obs.adBudgets[ch] * 1.5) },
        });
    }
    return;
  }
  act({ type: 'read_funnel', payload: {} });
  for (const sku of skus) {
    let price = sku.price;
    if (sku.price < sku.listPrice * 0.6 && turn.chance(p.opsSkill))
      if (act({ type: 'set_price', payload: { sku: sku.id, price: sku.listPrice } }))
        price = sku.listPrice;
    const stock = sku.sellable;
    const expected = expectedSales(obs, funnel, sku, price);
    if (
      turn.chance(p.opsSkill) &&
      stock < Math.max(20, expected) &&
      notes[`ro:${sku.id}`] === undefined
    ) {
      notes[`ro:${sku.id}`] = obs.clock;
      act({
        type: 'reorder_stock',
        payload: { sku: sku.id, qty: Math.max(100, Math.round(expected * 2)) },
      });
    }
    if (notes[`ro:${sku.id}`] !== undefined && stock > 50) delete notes[`ro:${sku.id}`];
  }
  const ranked = [...skus].sort((a, b) => a.salesRank - b.salesRank);
  const aspects = p.opsSkill >= 1 ? LISTING_ASPECTS : (['detail'] as const);
  for (const sku of ranked.slice(0, p.opsSkill >= 1 ? 3 : 1)) {
    for (const aspect of aspects) {
      if (aspect === 'size_chart' && !sku.sized) continue;
      if (sku.listing[aspect] < 0.9 && sku.listingWork[aspect] === undefined)
        act({ type: 'improve_listing', payload: { sku: sku.id, aspect } });
    }
  }
  if (p.opsSkill >= 1 && notes.promo === undefined) {
    notes.promo = 1;
    const now = obs.skus();
    const avg = now.reduce((s, k) => s + k.price, 0) / now.length;
    act({
      type: 'create_promotion',
      payload: { threshold: Math.round(avg * 1.5), off: Math.round(avg * 0.1), quantity: 100_000 },
    });
  }
  tuneAds(obs, turn);
};

/** Cuts the budget of a channel whose return on ad spend is poor; stops ads when stock runs low. */
function tuneAds(obs: OpsObservation, turn: BotTurn): void {
  if (turn.profile.opsSkill < 1 || obs.clock < 3600) return;
  const total = obs.skus().reduce((s, k) => s + k.sellable, 0);
  const f = obs.funnel();
  const roas = f.adSpend > 0 ? f.adGmv / f.adSpend : Infinity;
  for (const channel of AD_CHANNELS) {
    const budget = obs.adBudgets[channel];
    if (budget <= 0) continue;
    if (total < 30) turn.act({ type: 'set_ad_budget', payload: { channel, perHour: 0 } });
    else if (roas < 2)
      turn.act({ type: 'set_ad_budget', payload: { channel, perHour: Math.round(budget * 0.8) } });
  }
}
