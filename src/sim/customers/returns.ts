import type { ShopCategory } from '../../scenario/typical-schema';
import type { SkuState, World } from '../world';

/**
 * Share of sized goods that, once tried on, do not fit or do not suit the buyer, by what the
 * shop sells. A shop manager's figures: apparel sends back a third of what it sells (size,
 * cut, "not like the photo"), shoes a fifth; anything else that comes in sizes far less.
 * With the primer's bands (apparel 20–40%+, shoes 15–25%) these leave room for plain changes
 * of mind and defects on top.
 */
const TRY_ON_MISS: Record<ShopCategory, number> = {
  apparel: 0.35,
  shoes: 0.2,
  general: 0.1,
  electronics: 0.08,
  fresh: 0.05,
};

/** Of the buyers whose size was wrong, those who ask for another size rather than their money. */
export const SIZE_EXCHANGE_SHARE = 0.25;

/**
 * Chance that a delivered sized item does not fit or suit: the category's try-on miss,
 * scaled by the size chart (a good chart, 1, cuts misses by a third against none at all; it
 * cannot remove them — cut and looks are not in the chart). 0 for goods without sizes.
 */
export function tryOnMissRate(world: World, sku: SkuState | undefined): number {
  if (!sku?.sized) return 0;
  return TRY_ON_MISS[world.scenario.category] * (1.2 - 0.4 * sku.listing.size_chart);
}
