import type { AftersaleType, ReturnReason } from '../ids';
import { hashText, rand, seedRng } from '../rng';
import type { Order, RngState, World } from '../world';
import { ordersOf } from './by-customer';

/** What the buyer says went wrong, in their own words: a claim never says "I am lying". */
export const CLAIM_STATEMENTS = [
  'defect',
  'wrong_item',
  'size',
  'no_reason',
  'not_received',
  'empty_parcel',
] as const;
export type ClaimStatement = (typeof CLAIM_STATEMENTS)[number];

/** The photos attached to the claim, described in words. */
export const CLAIM_PHOTOS = [
  'fault_clear',
  'fault_unclear',
  'listing_photo',
  'empty_box',
  'item_shown',
  'none',
] as const;
export type ClaimPhotos = (typeof CLAIM_PHOTOS)[number];

/** Who signed for the parcel, as the courier's trace records it. */
export const SIGNATURES = ['in_person', 'locker', 'front_desk'] as const;
export type Signature = (typeof SIGNATURES)[number];

/** The courier's trace of the original parcel, as a logistics look-up shows it. */
export interface LogisticsTrace {
  status: 'not_shipped' | 'in_transit' | 'lost' | 'delivered';
  courier?: string;
  shippedAt?: number;
  deliveredAt?: number;
  signedBy?: Signature;
}

/** The buyer's record with the shop over the past year, as an order look-up shows it. */
export interface BuyerHistory {
  orders: number;
  claims: number;
  refunds: number;
}

/** What a seller can weigh about one after-sales claim. */
export interface ClaimEvidence {
  statement: ClaimStatement;
  photos: ClaimPhotos;
  trace: LogisticsTrace;
  buyer: BuyerHistory;
}

/** Picks one of `options` by cumulative weights from a uniform draw. */
function weighted<T>(r: RngState, options: readonly (readonly [T, number])[]): T {
  const total = options.reduce((s, [, w]) => s + w, 0);
  let u = rand(r) * total;
  for (const [value, w] of options) {
    u -= w;
    if (u < 0) return value;
  }
  return (options[options.length - 1] as readonly [T, number])[0];
}

/**
 * Fraudsters mostly claim the parcel never came or came empty, some claim a fault on a
 * refund-only request where no goods come back; their photos, signatures and records tend to
 * give them away, but not always.
 */
function fraudStory(
  r: RngState,
  type: AftersaleType,
): Omit<ClaimEvidence, 'trace' | 'buyer'> & {
  signedBy: Signature;
  priorClaims: number;
} {
  // Posting an empty box back as a "return" only works as a fault or a change of mind.
  const statement =
    type === 'return'
      ? weighted<ClaimStatement>(r, [
          ['defect', 6],
          ['no_reason', 4],
        ])
      : weighted<ClaimStatement>(r, [
          ['not_received', 5],
          ['empty_parcel', 3],
          ['defect', 2],
        ]);
  const photos =
    statement === 'not_received'
      ? 'none'
      : statement === 'empty_parcel'
        ? weighted<ClaimPhotos>(r, [
            ['empty_box', 6],
            ['none', 4],
          ])
        : weighted<ClaimPhotos>(r, [
            ['listing_photo', 45],
            ['fault_unclear', 35],
            ['fault_clear', 20],
          ]);
  const signedBy = weighted<Signature>(r, [
    ['in_person', 65],
    ['locker', 25],
    ['front_desk', 10],
  ]);
  const priorClaims = weighted(r, [
    [0, 15],
    [1, 25],
    [2, 30],
    [3, 20],
    [4, 10],
  ]);
  return { statement, photos, signedBy, priorClaims };
}

/** Genuine buyers say what happened; now and then the evidence is thin or the record mixed. */
function genuineStory(
  r: RngState,
  statement: ClaimStatement,
): Omit<ClaimEvidence, 'trace' | 'buyer'> & { signedBy: Signature; priorClaims: number } {
  const photos: ClaimPhotos =
    statement === 'defect'
      ? weighted<ClaimPhotos>(r, [
          ['fault_clear', 80],
          ['fault_unclear', 12],
          ['none', 8],
        ])
      : statement === 'wrong_item'
        ? weighted<ClaimPhotos>(r, [
            ['item_shown', 85],
            ['none', 15],
          ])
        : statement === 'not_received'
          ? 'none'
          : weighted<ClaimPhotos>(r, [
              ['none', 70],
              ['item_shown', 30],
            ]);
  // A parcel that really went missing was mostly left at a locker or a front desk.
  const signedBy = weighted<Signature>(
    r,
    statement === 'not_received'
      ? [
          ['in_person', 15],
          ['locker', 50],
          ['front_desk', 35],
        ]
      : [
          ['in_person', 40],
          ['locker', 45],
          ['front_desk', 15],
        ],
  );
  const priorClaims = weighted(r, [
    [0, 75],
    [1, 18],
    [2, 5],
    [3, 2],
  ]);
  return { statement, photos, signedBy, priorClaims };
}

function traceOf(order: Order, signedBy: Signature): LogisticsTrace {
  const base = {
    ...(order.courier ? { courier: order.courier } : {}),
    ...(order.shippedAt !== undefined ? { shippedAt: order.shippedAt } : {}),
  };
  if (order.deliveredAt !== undefined)
    return { status: 'delivered', ...base, deliveredAt: order.deliveredAt, signedBy };
  if (order.lost) return { status: 'lost', ...base };
  if (order.shippedAt !== undefined) return { status: 'in_transit', ...base };
  return { status: 'not_shipped' };
}

/** Claims and refunds this buyer made on their other orders with the shop. */
function ownRecord(world: World, order: Order): BuyerHistory {
  let orders = 0;
  let claims = 0;
  let refunds = 0;
  for (const o of ordersOf(world, order.customer)) {
    if (o.id === order.id) continue;
    orders++;
    if (o.aftersale) claims++;
    if (o.refunded > 0) refunds++;
  }
  return { orders, claims, refunds };
}

/**
 * What the buyer says went wrong: the one piece of the evidence the order screens show.
 * Cheaper than `claimEvidence` (no look at the buyer's record), for views that list many orders.
 */
export function claimStatement(world: World, order: Order): ClaimStatement | undefined {
  const as = order.aftersale;
  return as ? drawnFor(world.seed, order.id, as).statement : undefined;
}

/**
 * The evidence a seller can weigh about an order's after-sales claim: what the buyer says, the
 * photos, the courier's trace and the buyer's record. It is drawn from the seed and the order
 * alone (not the world's RNG), so looking at it changes nothing and shows the same on every
 * replay; whether the claim is fraudulent only tilts the odds of what it shows.
 */
export function claimEvidence(world: World, order: Order): ClaimEvidence | undefined {
  const as = order.aftersale;
  if (!as) return undefined;
  const drawn = drawnFor(world.seed, order.id, as);
  const past = ownRecord(world, order);
  return {
    statement: drawn.statement,
    photos: drawn.photos,
    trace: traceOf(order, drawn.signedBy),
    buyer: {
      orders: drawn.pastOrders + past.orders,
      claims: drawn.priorClaims + past.claims,
      refunds: drawn.pastRefunds + past.refunds,
    },
  };
}

type Drawn = ReturnType<typeof fraudStory> & { pastOrders: number; pastRefunds: number };

/**
 * The part of a claim's evidence drawn from the seed and the order alone. Views read it on
 * every bot turn, so it is drawn once per (seed, order, reason) and kept: same inputs, same
 * draw, so the memo cannot change a run.
 */
const drawnMemo = new Map<string, Drawn>();

/**
 * The same draw, found through the request itself without building the memo's string key: order
 * views ask for a claim's statement many times a turn. Checked against the inputs, so a reused
 * request object never gets a stale draw.
 */
const byRequest = new WeakMap<
  object,
  { seed: number; order: string; reason: ReturnReason; type: AftersaleType; drawn: Drawn }
>();

function drawnFor(
  seed: number,
  orderId: string,
  as: { reason: ReturnReason; type: AftersaleType },
): Drawn {
  const known = byRequest.get(as);
  if (
    known?.seed === seed &&
    known.order === orderId &&
    known.reason === as.reason &&
    known.type === as.type
  )
    return known.drawn;
  const drawn = drawnStory(seed, orderId, as.reason, as.type);
  byRequest.set(as, { seed, order: orderId, reason: as.reason, type: as.type, drawn });
  return drawn;
}

function drawnStory(
  seed: number,
  orderId: string,
  reason: ReturnReason,
  type: AftersaleType,
): Drawn {
  const key = `${seed}:${orderId}:${reason}:${type}`;
  const hit = drawnMemo.get(key);
  if (hit) return hit;
  const r = seedRng(hashText(`${seed}:claim:${orderId}`));
  const story = reason === 'fake_claim' ? fraudStory(r, type) : genuineStory(r, reason);
  const pastOrders = 1 + Math.floor(rand(r) * 12) + story.priorClaims;
  const refunds = story.priorClaims - Math.floor(rand(r) * (story.priorClaims + 1) * 0.4);
  const drawn = { ...story, pastOrders, pastRefunds: Math.max(0, refunds) };
  // A long session of many runs must not grow the memo without bound.
  if (drawnMemo.size > 50_000) drawnMemo.clear();
  drawnMemo.set(key, drawn);
  return drawn;
}
