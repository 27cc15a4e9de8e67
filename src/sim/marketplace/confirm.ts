import { schedule } from '../engine/agenda';
import { chance, rand } from '../rng';
import type { Order, World } from '../world';

const HOUR = 3600;
const DAY = 24 * HOUR;

/**
 * After a kept parcel: most buyers click 确认收货 within a day (their pace); the rest never do,
 * and the platform confirms for them `autoConfirmDays` after shipping (a platform timer: it
 * does not speed up with the customers' pace).
 */
export function scheduleConfirmation(world: World, order: Order): void {
  const rules = world.scenario.platform;
  if (chance(world.rng, rules.manualConfirmRate)) {
    const wait = ((4 + rand(world.rng) * 20) * HOUR) / world.scenario.policies.customerPace;
    schedule(world, world.clock + wait, 'confirm', order.id);
    return;
  }
  const shipped = order.shippedAt ?? order.deliveredAt ?? world.clock;
  schedule(
    world,
    Math.max(world.clock + 1, shipped + rules.autoConfirmDays * DAY),
    'auto_confirm',
    order.id,
  );
}

/**
 * A confirmed order with no review gets the platform's 默认好评 `defaultReviewDays` later.
 * Scheduled at every confirmation; it does nothing if the buyer has written one by then.
 */
export function scheduleDefaultReview(world: World, order: Order): void {
  schedule(
    world,
    world.clock + world.scenario.platform.defaultReviewDays * DAY,
    'default_review',
    order.id,
  );
}
