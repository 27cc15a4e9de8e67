import { describe, expect, it } from 'vitest';
import { postReview } from '../../../src/sim/customers/after-delivery';
import { openBadReviews } from '../../../src/sim/support/bad-reviews';
import type { World } from '../../../src/sim/world';
import { humanWorld, ok } from '../helpers';

function post(world: World, stars: number): void {
  postReview(world, {
    sku: 'tee',
    t: world.clock,
    stars,
    description: stars,
    service: 5,
    logistics: 5,
    textKey: 'review.test',
    followedUp: false,
  });
}

const scan = (world: World) =>
  world.reviews.flatMap((r, i) => (r.stars <= 2 && !r.followedUp ? [i] : []));

describe('open bad reviews', () => {
  it('lists bad reviews not followed up, oldest first, as reviews come and get answered', () => {
    const world = humanWorld();
    expect(openBadReviews(world)).toEqual([]);
    for (const stars of [1, 5, 2, 3]) post(world, stars);
    expect(openBadReviews(world)).toEqual([0, 2]);
    ok(world, 's', 'follow_up_review', { review: 0 });
    post(world, 1);
    expect(openBadReviews(world)).toEqual([2, 4]);
    expect(openBadReviews(world)).toEqual(scan(world));
    // A loaded copy builds its own list from what it holds.
    expect(openBadReviews(structuredClone(world))).toEqual([2, 4]);
  });
});
