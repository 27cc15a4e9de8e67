import { emit } from '../engine/log';
import { moveOrder } from '../orders/move';
import { solveByCommand } from '../support/tickets';
import type { Order } from '../world';
import { ownOrder } from './buyer';
import { findOrder, isRejection, needState, orderPayload } from './common';
import { spec } from './spec';
import { ADDRESS_CHANGEABLE } from '../orders/states';

/** Buyer and support can both change an address; a buyer only on their own order. */
export const changeAddress = spec({
  payload: orderPayload,
  check: (world, p, cmd) => {
    const o = cmd.role === 'buyer' ? ownOrder(world, cmd, p.order) : findOrder(world, p.order);
    return isRejection(o) ? o : needState(o, ADDRESS_CHANGEABLE);
  },
  run: (world, p, cmd) => {
    const o = world.orders[p.order] as Order;
    // A printed waybill carries the old address: it has to be printed again.
    if (o.state === 'labelled') {
      moveOrder(o, 'RELABEL');
      world.queues.labelled.splice(world.queues.labelled.indexOf(o.id), 1);
      world.queues.packed.push(o.id);
    }
    o.addressOk = true;
    solveByCommand(world, 'change_address', o.id);
    emit(world, {
      type: 'command',
      role: cmd.role === 'buyer' ? 'buyer' : 'support',
      order: o.id,
      command: 'change_address',
    });
  },
  refs: (_w, p) => ({ order: p.order }),
});
