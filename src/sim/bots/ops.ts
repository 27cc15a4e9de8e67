import { AD_CHANNELS, LISTING_ASPECTS } from '../ids';
import { chance } from '../rng';
import type { SkuState, World } from '../world';
import type { BotPolicy } from './run';

/** Below this paying share of visitors a novice feels sales are slow (most shops sit at 1–5%). */
const SLOW_CONVERSION = 0.04;

/** Units a SKU is likely to sell over the supplier's lead time, from sales so far. */
function expectedSales(world: World, sku: SkuState): number {
  const hours = Math.max(1, world.clock / 3600);
  const paidUnits = (world.kpi.skuGmv[sku.id] ?? 0) / Math.max(1, sku.price);
  return (paidUnits / hours) * (world.scenario.policies.restockLeadHours + 2);
}

/**
 * 运营 bot. An expert reads the funnel, fixes a wrong price at once, works on the weakest
 * listing aspects, reorders before the shelf empties and trims ads that do not pay back.
 * A novice watches sales, and when they feel slow after the first hour panics into a store-wide
 * discount and more ad budget, and never restocks: a mistake a trainer recognises.
 */
export const opsBot: BotPolicy = (world, seat, p, act) => {
  const notes = world.bots[seat.id]?.notes ?? {};
  const skus = Object.values(world.skus);
  if (p.opsSkill <= 0) {
    const k = world.kpi;
    const slow = k.uv > 0 && k.payingBuyers / k.uv < SLOW_CONVERSION;
    if (notes.splurged === undefined && world.clock >= 3600 && slow) {
      notes.splurged = 1;
      for (const sku of skus) act({ type: 'set_discount', payload: { sku: sku.id, pct: 0.15 } });
      for (const ch of AD_CHANNELS) {
        if (world.scenario.demand.channels[ch])
          act({
            type: 'set_ad_budget',
            payload: { channel: ch, perHour: Math.round(world.adBudgets[ch] * 1.5) },
          });
      }
    }
    return;
  }
  act({ type: 'read_funnel', payload: {} });
  for (const sku of skus) {
    if (sku.price < sku.listPrice * 0.6 && chance(world.rng, p.opsSkill)) {
      act({ type: 'set_price', payload: { sku: sku.id, price: sku.listPrice } });
    }
    const stock = sku.sellable;
    if (
      chance(world.rng, p.opsSkill) &&
      stock < Math.max(20, expectedSales(world, sku)) &&
      notes[`ro:${sku.id}`] === undefined
    ) {
      notes[`ro:${sku.id}`] = world.clock;
      act({
        type: 'reorder_stock',
        payload: { sku: sku.id, qty: Math.max(100, Math.round(expectedSales(world, sku) * 2)) },
      });
    }
    if (notes[`ro:${sku.id}`] !== undefined && stock > 50) delete notes[`ro:${sku.id}`];
  }
  const ranked = [...skus].sort((a, b) => b.popularity - a.popularity);
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
    const avg = skus.reduce((s, k) => s + k.price, 0) / skus.length;
    const threshold = Math.round(avg * 1.5);
    act({
      type: 'create_promotion',
      payload: { threshold, off: Math.round(avg * 0.1), quantity: 100_000 },
    });
  }
  tuneAds(world, p.opsSkill, act);
};

/** Cuts the budget of a channel whose return on ad spend is poor; stops ads when stock runs low. */
function tuneAds(world: World, skill: number, act: Parameters<BotPolicy>[3]): void {
  if (skill < 1 || world.clock < 3600) return;
  const total = Object.values(world.skus).reduce((s, k) => s + k.sellable, 0);
  const roas = world.kpi.adSpend > 0 ? world.kpi.adGmv / world.kpi.adSpend : Infinity;
  for (const ch of AD_CHANNELS) {
    const budget = world.adBudgets[ch];
    if (budget <= 0) continue;
    if (total < 30) act({ type: 'set_ad_budget', payload: { channel: ch, perHour: 0 } });
    else if (roas < 2)
      act({ type: 'set_ad_budget', payload: { channel: ch, perHour: Math.round(budget * 0.8) } });
  }
}
