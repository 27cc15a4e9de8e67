import type { AftersaleType, Disposition } from '../ids';
import type { OrderState } from '../machines/order.machine';
import { claimStatement, type ClaimStatement } from '../orders/claim-evidence';
import { ADDRESS_CHANGEABLE } from '../orders/states';
import type { Order, World } from '../world';

/** What the shop's order screens show of an after-sales request: never its hidden truth. */
export interface AftersaleView {
  type: AftersaleType;
  /** What the buyer says went wrong (a fraudulent claim says what the fraudster says). */
  statement: ClaimStatement;
  requestedAt: number;
  deadline: number;
  decidedAt?: number;
  approved?: boolean;
  receivedAt?: number;
  /** The return parcel is at the warehouse door. */
  arrived: boolean;
  /** An inspector is opening the parcel. */
  examining: boolean;
  /** The verdict is being carried out. */
  verdictGiven: boolean;
  inspectedAt?: number;
  disposition?: Disposition;
  /** What the returned parcel holds: known only once an inspector has opened it. */
  condition?: 'good' | 'used' | 'defective' | 'empty';
}

/** One order as the shop's systems list it. */
export interface OrderView {
  id: string;
  customer: string;
  sku: string;
  qty: number;
  amount: number;
  state: OrderState;
  createdAt: number;
  paidAt?: number;
  shipBy?: number;
  courier?: string;
  shippedAt?: number;
  etaAt?: number;
  /** Shipped after the promised ship-by. */
  late: boolean;
  /** The courier's trace runs behind its normal time. */
  delayed: boolean;
  lost: boolean;
  compensation: number;
  refunded: number;
  /** The parcel has not left with a courier, so the address can still be fixed. */
  addressChangeable: boolean;
  /** A picker found the bin empty for it. */
  stockout: boolean;
  aftersale?: AftersaleView;
}

function aftersaleView(world: World, o: Order): AftersaleView | undefined {
  const as = o.aftersale;
  if (!as) return undefined;
  const opened = as.examinedAt !== undefined || as.inspectedAt !== undefined;
  return {
    type: as.type,
    statement: claimStatement(world, o) ?? 'no_reason',
    requestedAt: as.requestedAt,
    deadline: as.deadline,
    decidedAt: as.decidedAt,
    approved: as.approved,
    receivedAt: as.receivedAt,
    arrived: !!as.arrived,
    examining: !!as.examining,
    verdictGiven: !!as.verdict,
    inspectedAt: as.inspectedAt,
    disposition: as.disposition,
    ...(opened ? { condition: as.condition } : {}),
  };
}

/** The order as the shop sees it, or undefined when there is no such order. */
export function orderView(world: World, id: string | undefined): OrderView | undefined {
  const o = id ? world.orders[id] : undefined;
  if (!o) return undefined;
  return {
    id: o.id,
    customer: o.customer,
    sku: o.sku,
    qty: o.qty,
    amount: o.amount,
    state: o.state,
    createdAt: o.createdAt,
    paidAt: o.paidAt,
    shipBy: o.shipBy,
    courier: o.courier,
    shippedAt: o.shippedAt,
    etaAt: o.etaAt,
    late: !!o.late,
    delayed: !!o.delayed,
    lost: !!o.lost,
    compensation: o.compensation,
    refunded: o.refunded,
    addressChangeable: ADDRESS_CHANGEABLE.includes(o.state),
    stockout: !!o.stockout,
    aftersale: aftersaleView(world, o),
  };
}

/** Orders of a list of ids, skipping unknown ones. */
export function orderViews(world: World, ids: readonly string[]): OrderView[] {
  const out: OrderView[] = [];
  for (const id of ids) {
    const v = orderView(world, id);
    if (v) out.push(v);
  }
  return out;
}
