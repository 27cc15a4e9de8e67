import { unitPrice } from '../../sim/demand/factors';
import { AD_CHANNELS, LISTING_ASPECTS, type AdChannel, type ListingAspect } from '../../sim/ids';
import { computeKpis } from '../../sim/kpi/compute';
import type { Campaign, SkuState, World } from '../../sim/world';

export interface Funnel {
  uv: number;
  cart: number;
  paying: number;
  paidOrders: number;
  addToCartRate: number;
  conversion: number;
  gmv: number;
  aov: number;
  adSpend: number;
  roas: number;
  margin: number;
  refundRate: number;
}

/** The funnel dashboard: visitors → add-to-cart → paid, and the money lines. */
export function funnel(world: World): Funnel {
  const k = computeKpis(world);
  return {
    uv: k.uv,
    cart: world.kpi.cartVisitors,
    paying: world.kpi.payingBuyers,
    paidOrders: k.paid_orders,
    addToCartRate: k.add_to_cart_rate,
    conversion: k.conversion_rate,
    gmv: k.gmv,
    aov: k.aov,
    adSpend: k.ad_spend,
    roas: k.roas,
    margin: k.gross_margin,
    refundRate: k.refund_rate,
  };
}

export interface ListingCell {
  aspect: ListingAspect;
  quality: number;
  /** Sim-seconds until the work in progress finishes, if any. */
  workLeft?: number;
}

export interface SkuRow {
  sku: SkuState;
  /** What a buyer pays per unit now (discount and live flash sale included). */
  unitPrice: number;
  /** Margin per unit at that price, as a share of the price. */
  unitMargin: number;
  listing: ListingCell[];
  flash?: Campaign;
  uv: number;
  paid: number;
}

/** One row per SKU for the pricing, listing and stock table. */
export function skuRows(world: World): SkuRow[] {
  return Object.values(world.skus).map((sku) => {
    const p = unitPrice(world, sku);
    const flash = Object.values(world.campaigns).find(
      (c) => c.kind === 'flash_sale' && c.sku === sku.id && c.state !== 'ended',
    );
    return {
      sku,
      unitPrice: p,
      unitMargin: p > 0 ? (p - sku.cost) / p : 0,
      listing: LISTING_ASPECTS.map((aspect) => {
        const done = sku.listingWork[aspect];
        return {
          aspect,
          quality: sku.listing[aspect],
          workLeft: done === undefined ? undefined : Math.max(0, done - world.clock),
        };
      }),
      flash,
      uv: world.kpi.skuUv[sku.id] ?? 0,
      paid: world.kpi.skuPaid[sku.id] ?? 0,
    };
  });
}

/** The ad channels this scenario has, with their current hourly budget. */
export function adChannels(world: World): { channel: AdChannel; perHour: number }[] {
  return AD_CHANNELS.filter((c) => world.scenario.demand.channels[c]).map((channel) => ({
    channel,
    perHour: world.adBudgets[channel],
  }));
}

/** Shop-wide coupons and 满减 promotions still on offer (support's one-buyer coupons left out). */
export function shopCoupons(world: World) {
  return Object.values(world.coupons).filter((c) => !c.customer);
}

/** Flash sales, planned and live first. */
export function flashSales(world: World): Campaign[] {
  const rank = { live: 0, planned: 1, ended: 2 } as Record<string, number>;
  return Object.values(world.campaigns)
    .filter((c) => c.kind === 'flash_sale')
    .sort((a, b) => (rank[a.state] ?? 3) - (rank[b.state] ?? 3) || a.start - b.start);
}
