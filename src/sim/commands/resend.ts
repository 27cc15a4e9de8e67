import { z } from 'zod';
import { claimStatement } from '../orders/claim-evidence';
import { RESENDABLE, resendItem } from '../orders/resend';
import { solveByCommand } from '../support/tickets';
import type { Order } from '../world';
import { findOrder, isRejection, needState } from './common';
import { no, spec } from './spec';

/** 补发: send a new unit instead of refunding a claim about faulty or missing goods. */
export const resendCommand = spec({
  payload: z.object({ order: z.string().min(1), ticket: z.string().optional() }).strict(),
  check: (world, p) => {
    const o = findOrder(world, p.order);
    if (isRejection(o)) return o;
    const wrong = needState(o, ['refund_requested', 'return_requested']);
    if (wrong) return wrong;
    const statement = claimStatement(world, o);
    if (statement && !RESENDABLE.includes(statement))
      return no('resend_not_for_claim', { order: o.id, statement });
    const sku = world.skus[o.sku];
    return sku && sku.stock - sku.committed < o.qty
      ? no('resend_no_stock', { order: o.id, sku: o.sku })
      : null;
  },
  run: (world, p) => {
    resendItem(world, world.orders[p.order] as Order);
    solveByCommand(world, 'resend_item', p.order, p.ticket);
  },
  refs: (_w, p) => ({ order: p.order, ticket: p.ticket }),
});
