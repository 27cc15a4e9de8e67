import type { World } from '../world';
import { orderView, type OrderView } from './orders';
import { skuViews, type SkuView } from './shop';

/** The buyer's own conversation with the shop. */
export interface OwnChatView {
  openedAt: number;
  patienceAt: number;
  firstReplyAt?: number;
  solved: boolean;
}

/** The customer a buyer seat plays, as that customer knows themself. */
export interface MeView {
  id: string;
  /** How the shop has treated me so far (0..1). */
  satisfaction: number;
  /** I have visited the storefront. */
  visited: boolean;
  inquired: boolean;
  /** The SKU in my cart. */
  cartSku?: string;
  /** Which scripted customer of the scenario I am, if any. */
  scripted?: number;
  order?: OrderView;
  chat?: OwnChatView;
}

/** What a 买家 seat sees: the storefront, and its own orders and chats. */
export interface BuyerObservation {
  role: 'buyer';
  clock: number;
  me?: MeView;
  /** The shopping brief of the scenario's first scripted customer, if it has one. */
  script?: World['scenario']['demand']['scripted'][number];
  storefront(): SkuView[];
}

/** The buyer seat's view of the world. */
export function observeBuyer(world: World, customerId: string | undefined): BuyerObservation {
  const c = customerId ? world.customers[customerId] : undefined;
  const t = c?.ticket ? world.tickets[c.ticket] : undefined;
  const me: MeView | undefined = c && {
    id: c.id,
    satisfaction: c.satisfaction,
    visited: !!c.uvCounted,
    inquired: c.inquired,
    cartSku: c.pendingSku,
    scripted: c.scripted,
    order: orderView(world, c.order),
    chat: t && {
      openedAt: t.openedAt,
      patienceAt: t.patienceAt,
      firstReplyAt: t.firstReplyAt,
      solved: t.solved,
    },
  };
  return {
    role: 'buyer',
    clock: world.clock,
    me,
    script: world.scenario.demand.scripted[0],
    storefront: () => skuViews(world),
  };
}
