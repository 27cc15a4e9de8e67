import type { Channel, ListingAspect } from '../ids';
import type { PersonaDef } from '../../scenario/schema';
import type { SkuState, World } from '../world';
import { hourOfDay } from '../engine/clock';

/** Mean of the three DSR axes. */
export function dsrAverage(world: World): number {
  const d = world.dsr;
  return (
    (d.description.sum / d.description.n +
      d.service.sum / d.service.n +
      d.logistics.sum / d.logistics.n) /
    3
  );
}

/**
 * How the shop's reputation moves search ranking and conversion: DSR relative to a healthy
 * 4.7, and a live bad-review storm, which buyers read before they buy.
 */
export function reputation(world: World): number {
  let f = Math.pow(dsrAverage(world) / 4.7, 4);
  for (const inc of Object.values(world.incidents)) {
    // Buyers read the newest reviews first: a live storm costs some sales, not a third of them.
    if (inc.active && inc.kind === 'bad_review_storm') f *= 0.9;
  }
  return Math.max(0.3, Math.min(1.25, f));
}

/** Price the buyer pays per unit now, after the SKU discount and any live flash sale. */
export function unitPrice(world: World, sku: SkuState): number {
  let p = sku.price * (1 - sku.discountPct);
  for (const c of Object.values(world.campaigns)) {
    if (c.state === 'live' && c.kind === 'flash_sale' && c.sku === sku.id && c.pct) p *= 1 - c.pct;
  }
  return Math.round(p * 100) / 100;
}

/**
 * A discount lifts demand, but not by multiples (primer, "Typical levels"); a price far above
 * the market can all but stop it.
 */
const PRICE_LIFT_MAX = 1.8;
const PRICE_LIFT_MIN = 0.05;

/**
 * Demand lift from price against the SKU's market reference price: cheaper sells more,
 * dearer sells less, within plausible bounds.
 */
export function priceFactor(world: World, sku: SkuState, persona: PersonaDef): number {
  const e = world.scenario.demand.funnel.elasticity * persona.priceSensitivity;
  const f = Math.pow(sku.refPrice / Math.max(0.01, unitPrice(world, sku)), e);
  return Math.max(PRICE_LIFT_MIN, Math.min(PRICE_LIFT_MAX, f));
}

const W: Record<ListingAspect, number> = { title: 0.1, image: 0.15, detail: 0.3, size_chart: 0.15 };

/** Conversion lift from listing work: detail page and (for sized goods) the size chart. */
export function listingFactor(sku: SkuState): number {
  const sizeChart = sku.sized ? sku.listing.size_chart : 1;
  // Buyers read 追评 on the listing: each negative one costs a little, within a bound.
  const followUps = Math.max(0.85, 1 - 0.02 * (sku.badFollowUps ?? 0));
  return (
    (0.55 +
      W.title * sku.listing.title +
      W.image * sku.listing.image +
      W.detail * sku.listing.detail +
      W.size_chart * sizeChart) *
    followUps
  );
}

/** Share of visitors who land on this SKU: popularity, and the main image draws the click. */
export function skuAttraction(sku: SkuState): number {
  return sku.popularity * (0.6 + 0.8 * sku.listing.image + 0.3 * sku.listing.title);
}

/** Expected visitors per sim-second on a channel now (ad spend is booked by the caller). */
export function visitorRate(world: World, channel: Channel): number {
  const def = world.scenario.demand.channels[channel];
  if (!def) return 0;
  let perHour: number;
  if (channel === 'search_ads' || channel === 'feed_ads' || channel === 'livestream') {
    perHour = world.adBudgets[channel] / adClickPrice(world, channel);
  } else {
    const v = def.visitorsPerHour;
    perHour = typeof v === 'number' ? v : (v[hourOfDay(world, world.clock)] ?? 0);
    if (channel === 'organic') perHour *= reputation(world) * (flashSaleLive(world) ? 1.4 : 1);
  }
  for (const inc of Object.values(world.incidents)) {
    if (inc.active && inc.kind === 'traffic_surge' && channel !== 'search_ads')
      perHour *= inc.factor ?? 1;
  }
  return perHour / 3600;
}

/** Click price rises with the budget: buying more traffic costs more per visitor. */
export function adClickPrice(world: World, channel: Channel): number {
  const def = world.scenario.demand.channels[channel];
  const cpc = def?.cpc ?? 1;
  const sat = def?.saturationBudget ?? 500;
  const budget = channel === 'organic' || channel === 'returning' ? 0 : world.adBudgets[channel];
  return cpc * (1 + budget / sat);
}

function flashSaleLive(world: World): boolean {
  for (const c of Object.values(world.campaigns))
    if (c.state === 'live' && c.kind === 'flash_sale') return true;
  return false;
}

/** Whether a system is down because of an outage incident. */
export function systemDown(world: World, system: 'waybill' | 'chat' | 'checkout'): boolean {
  for (const inc of Object.values(world.incidents)) {
    if (inc.active && inc.kind === 'system_outage' && inc.system === system) return true;
  }
  return false;
}
