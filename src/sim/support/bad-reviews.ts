import type { Review, World } from '../world';

/** Stars at or below which a review is a bad one that a follow-up should answer. */
export const BAD_REVIEW_STARS = 2;

/**
 * Bad reviews still waiting for a follow-up: a derived list, never in the world's JSON. Reviews
 * are only ever appended and a follow-up is never undone, so each call reads just the reviews
 * posted since the last one and drops those answered: it costs the open ones, not every review.
 */
const INDEX = new WeakMap<Review[], { scanned: number; open: number[] }>();

/** Indexes into `world.reviews` of bad reviews not followed up yet, oldest first. */
export function openBadReviews(world: World): readonly number[] {
  const reviews = world.reviews;
  let ix = INDEX.get(reviews);
  if (!ix || ix.scanned > reviews.length) INDEX.set(reviews, (ix = { scanned: 0, open: [] }));
  for (; ix.scanned < reviews.length; ix.scanned++)
    if ((reviews[ix.scanned]?.stars ?? Infinity) <= BAD_REVIEW_STARS) ix.open.push(ix.scanned);
  ix.open = ix.open.filter((i) => !reviews[i]?.followedUp);
  return ix.open;
}
