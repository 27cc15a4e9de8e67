import type { OrderState } from '../machines/order.machine';

/** States in which the parcel has not left with a courier yet. */
export const NOT_SHIPPED: ReadonlySet<OrderState> = new Set<OrderState>([
  'paid',
  'picking',
  'picked',
  'packing',
  'packed',
  'labelled',
  'handed_over',
]);

/** Until the parcel is handed to the courier the address can still be fixed. */
export const ADDRESS_CHANGEABLE: readonly OrderState[] = [
  'created',
  'paid',
  'picking',
  'picked',
  'packing',
  'packed',
  'labelled',
];
