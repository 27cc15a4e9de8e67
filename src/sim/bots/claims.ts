import type { ClaimView } from '../observe';

/**
 * Suspicion points a careful agent gives a claim from what the look-ups showed, the way a
 * 售后 team's checklist reads: a parcel the trace shows signed for but "never came" or "came
 * empty", photos lifted from the listing or too vague for a refund without return, and a buyer
 * with a record of claims. Clear photos of the fault, or a trace showing the parcel really lost,
 * speak for the buyer. Evidence not looked up counts for nothing either way.
 */
export function suspicion(c: ClaimView): number {
  let points = 0;
  const missing = c.statement === 'not_received' || c.statement === 'empty_parcel';
  if (c.trace && missing) {
    if (c.trace.status === 'delivered') points += c.trace.signedBy === 'in_person' ? 2 : 1;
    else if (c.statement === 'not_received') points -= 3;
  }
  if (c.photos === 'listing_photo') points += 2;
  else if (c.photos === 'fault_clear' || c.photos === 'item_shown') points -= 2;
  else if (c.statement === 'defect' && c.type === 'refund_only') points += 1;
  if (c.buyer) points += Math.min(2, c.buyer.claims);
  return points;
}

/** Whether to refuse the claim, and the reason to write, at this level's threshold. */
export function judgeClaim(c: ClaimView, rejectAt: number): { reject: boolean; reason: string } {
  // Returns and exchanges bring the goods back: the inspection settles them, not a refusal.
  if (c.type !== 'refund_only' || suspicion(c) < rejectAt) return { reject: false, reason: '' };
  const signed = c.trace?.status === 'delivered';
  return {
    reject: true,
    reason: signed
      ? 'tracking shows the parcel was signed for; evidence does not support the claim'
      : 'the photos and the buyer record do not support the claim',
  };
}
