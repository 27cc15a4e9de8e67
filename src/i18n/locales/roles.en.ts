import type { SeatRole } from '../../sim/ids';

/** Role names. */
export const rolesEn: Record<SeatRole, string> = {
  buyer: 'Buyer',
  support: 'Support',
  ops: 'Operations',
  warehouse: 'Warehouse',
  trainer: 'Trainer',
};
