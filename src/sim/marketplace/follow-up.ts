import { schedule } from '../engine/agenda';
import { emit } from '../engine/log';
import { chance, rand } from '../rng';
import type { Order, World } from '../world';

const DAY = 24 * 3600;

/** After a review, some buyers come back days later to add a 追评. */
export function maybeScheduleFollowUp(world: World, order: Order): void {
  if (!chance(world.rng, world.scenario.platform.followUpRate)) return;
  const wait = ((3 + rand(world.rng) * 7) * DAY) / world.scenario.policies.customerPace;
  schedule(world, world.clock + wait, 'follow_up_review', order.id);
}

/**
 * The 追评: negative when the buyer was already unhappy or the unit has failed in use since
 * (a latent fault, about as likely again as the SKU's defect rate); buyers read follow-ups on
 * the listing, so a negative one weighs on the SKU's conversion (see `listingFactor`). It does
 * not change the DSR the first review gave.
 */
export function writeFollowUp(world: World, order: Order): void {
  const review = order.review !== undefined ? world.reviews[order.review] : undefined;
  const sku = world.skus[order.sku];
  if (!review || review.isDefault || review.followUp || !sku) return;
  const failed = chance(world.rng, Math.min(1, 2 * sku.defectRate));
  const negative = review.stars <= 2 || failed;
  review.followUp = { t: world.clock, negative };
  if (negative) sku.badFollowUps = (sku.badFollowUps ?? 0) + 1;
  emit(world, {
    type: 'follow_up_posted',
    role: 'customer',
    order: order.id,
    sku: order.sku,
    detail: negative ? 'negative' : 'positive',
  });
}
