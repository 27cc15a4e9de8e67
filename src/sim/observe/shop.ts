import { AD_CHANNELS, type AdChannel, type ListingAspect } from '../ids';
import type { World } from '../world';

/** One SKU as the storefront and the ops back office show it. */
export interface SkuView {
  id: string;
  price: number;
  /** The 划线价 the storefront shows beside the price. */
  listPrice: number;
  cost: number;
  discountPct: number;
  /** Units the storefront shows as available. */
  sellable: number;
  listing: Readonly<Record<ListingAspect, number>>;
  /** Listing work in progress: aspect → sim time it completes. */
  listingWork: Readonly<Partial<Record<ListingAspect, number>>>;
  sized: boolean;
  /** Place in the shop's 销量排序 (0 = best seller), from its sales history. */
  salesRank: number;
}

/** The ops station's funnel and money lines so far. */
export interface FunnelView {
  uv: number;
  payingBuyers: number;
  adSpend: number;
  adGmv: number;
  /** Paid GMV per SKU this run. */
  skuGmv: Readonly<Record<string, number>>;
}

/** SKUs in catalogue order, each with its sales rank. */
export function skuViews(world: World): SkuView[] {
  const all = Object.values(world.skus);
  const ranked = [...all].sort((a, b) => b.popularity - a.popularity);
  return all.map((s) => ({
    id: s.id,
    price: s.price,
    listPrice: s.listPrice,
    cost: s.cost,
    discountPct: s.discountPct,
    sellable: s.sellable,
    listing: s.listing,
    listingWork: s.listingWork,
    sized: s.sized,
    salesRank: ranked.indexOf(s),
  }));
}

/** What a 运营 seat sees. */
export interface OpsObservation {
  role: 'ops';
  clock: number;
  skus(): SkuView[];
  funnel(): FunnelView;
  adBudgets: Readonly<Record<AdChannel, number>>;
  /** Ad channels the shop trades on in this scenario. */
  channels: readonly AdChannel[];
  /** The supplier's normal lead time for a reorder. */
  restockLeadHours: number;
}

/** The ops seat's view of the world. */
export function observeOps(world: World): OpsObservation {
  return {
    role: 'ops',
    clock: world.clock,
    skus: () => skuViews(world),
    funnel: () => ({
      uv: world.kpi.uv,
      payingBuyers: world.kpi.payingBuyers,
      adSpend: world.kpi.adSpend,
      adGmv: world.kpi.adGmv,
      skuGmv: world.kpi.skuGmv,
    }),
    adBudgets: world.adBudgets,
    channels: AD_CHANNELS.filter((ch) => !!world.scenario.demand.channels[ch]),
    restockLeadHours: world.scenario.policies.restockLeadHours,
  };
}
