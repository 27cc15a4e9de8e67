import type { Role } from '../ids';
import type { Seat, World } from '../world';
import { observeBuyer, type BuyerObservation } from './buyer';
import { observeOps, type OpsObservation } from './shop';
import { observeSupport, type SupportObservation } from './support';
import { observeWarehouse, type WarehouseObservation } from './warehouse';

/**
 * One observation API: what a seat of each role can see. Station panels and bots read the world
 * only through it; hidden truth (a claim's honesty, a return's real condition) is not in it and
 * appears only once the action that reveals it has been taken.
 */
export interface ObservationByRole {
  buyer: BuyerObservation;
  support: SupportObservation;
  ops: OpsObservation;
  warehouse: WarehouseObservation;
}
export type Observation = ObservationByRole[Role];

/** What this seat sees now. Views are read on demand, so take a new one after acting. */
export function observe<R extends Role>(
  world: World,
  seat: Seat & { role: R },
): ObservationByRole[R];
export function observe(world: World, seat: Seat & { role: Role }): Observation {
  switch (seat.role) {
    case 'buyer':
      return observeBuyer(world, seat.customer);
    case 'support':
      return observeSupport(world, seat.id);
    case 'ops':
      return observeOps(world);
    case 'warehouse':
      return observeWarehouse(world);
  }
}

export type { BuyerObservation, MeView, OwnChatView } from './buyer';
export type { AftersaleView, OrderView } from './orders';
export type { FunnelView, OpsObservation, SkuView } from './shop';
export type { ClaimView, ReviewView, SupportObservation, TicketView } from './support';
export type { CourierView, PickRow, ShelfView, WarehouseObservation } from './warehouse';
export type { PickRowsQuery, PickSkuView } from './pick';
export type {
  BuyerHistory,
  ClaimPhotos,
  ClaimStatement,
  LogisticsTrace,
  Signature,
} from '../orders/claim-evidence';
export { CLAIM_PHOTOS, CLAIM_STATEMENTS, SIGNATURES } from '../orders/claim-evidence';
export { observeBuyer, observeOps, observeSupport, observeWarehouse };
