import { z } from 'zod';
import { refId } from './ref';
import { dequeuePick } from '../warehouse/pick-index';
import { DISPOSITIONS, REFUND_DECISIONS } from '../ids';
import { emit } from '../engine/log';
import { systemDown } from '../demand/factors';
import { applyInspection } from '../orders/aftersale';
import { dequeue, moveOrder } from '../orders/move';
import { bookWork, finishAt } from '../warehouse/labor';
import type { Order, SkuState, World } from '../world';
import { findOrder, isRejection, needSku, needState, ordersPayload, skuPayload } from './common';
import { no, spec, type Rejection } from './spec';

/** Refuses the whole batch if any order is unknown or in the wrong state. */
function allIn(world: World, ids: readonly string[], states: readonly string[]): Rejection | null {
  if (new Set(ids).size !== ids.length) return no('duplicate_orders');
  for (const id of ids) {
    const o = findOrder(world, id);
    if (isRejection(o)) return o;
    const bad = needState(o, states);
    if (bad) return bad;
  }
  return null;
}

const orders = (world: World, ids: readonly string[]) => ids.map((id) => world.orders[id] as Order);

/** Moves a checked batch one step along the outbound line, from one work queue to the next. */
function moveBatch(
  world: World,
  ids: readonly string[],
  event: 'LABEL' | 'HANDOVER',
  from: keyof World['queues'],
  to: keyof World['queues'],
  touch: (o: Order) => 'labelled' | 'handed_over',
): void {
  for (const o of orders(world, ids)) {
    moveOrder(o, event);
    const type = touch(o);
    dequeue(world.queues[from], o.id);
    world.queues[to].push(o.id);
    emit(world, { type, role: 'warehouse', order: o.id, detail: o.courier });
  }
}

export const warehouseCommands = {
  pick_wave: spec({
    payload: z.object({ orders: z.array(refId).min(1).max(200), sku: refId.optional() }).strict(),
    check: (world, p) => (p.sku ? needSku(world, p.sku) : null) ?? allIn(world, p.orders, ['paid']),
    run: (world, p) => {
      const wh = world.scenario.warehouse;
      const seconds = wh.pickSeconds + wh.waveSecondsPerOrder * (p.orders.length - 1);
      const done = bookWork(world, world.labor.pickers, seconds);
      for (const o of orders(world, p.orders)) {
        moveOrder(o, 'PICK');
        o.pickedSku = p.sku ?? o.sku;
        dequeuePick(world, o.id);
        emit(world, { type: 'pick_started', role: 'warehouse', order: o.id, sku: o.pickedSku });
      }
      finishAt(world, done, 'pick_done', p.orders);
    },
    refs: (_w, p) => ({ order: p.orders[0], sku: p.sku }),
  }),
  pack_orders: spec({
    payload: z
      .object({ orders: z.array(refId).min(1).max(200), verify: z.boolean().default(true) })
      .strict(),
    check: (world, p) => allIn(world, p.orders, ['picked']),
    run: (world, p) => {
      const wh = world.scenario.warehouse;
      for (const o of orders(world, p.orders)) {
        moveOrder(o, 'PACK');
        o.verified = p.verify;
        dequeue(world.queues.picked, o.id);
        const done = bookWork(
          world,
          world.labor.packers,
          wh.packSeconds + (p.verify ? wh.verifySeconds : 0),
        );
        finishAt(world, done, 'pack_done', [o.id]);
      }
    },
    refs: (_w, p) => ({ order: p.orders[0] }),
  }),
  print_waybill: spec({
    payload: z.object({ orders: z.array(refId).min(1).max(500), courier: refId }).strict(),
    check: (world, p) =>
      (world.scenario.couriers.some((c) => c.id === p.courier)
        ? null
        : no('unknown_courier', { courier: p.courier })) ??
      (systemDown(world, 'waybill') ? no('system_down', { system: 'waybill' }) : null) ??
      allIn(world, p.orders, ['packed']),
    run: (world, p) =>
      moveBatch(world, p.orders, 'LABEL', 'packed', 'labelled', (o) => {
        o.courier = p.courier;
        return 'labelled';
      }),
    refs: (_w, p) => ({ order: p.orders[0] }),
  }),
  handover: spec({
    payload: ordersPayload,
    check: (world, p) => allIn(world, p.orders, ['labelled']),
    run: (world, p) =>
      moveBatch(world, p.orders, 'HANDOVER', 'labelled', 'dock', (o) => {
        o.handedAt = world.clock;
        return 'handed_over';
      }),
    refs: (_w, p) => ({ order: p.orders[0] }),
  }),
  report_stockout: spec({
    payload: skuPayload,
    check: (world, p) =>
      needSku(world, p.sku) ??
      (world.skus[p.sku]?.stockoutReported ? no('already_reported', { sku: p.sku }) : null),
    run: (world, p) => {
      const sku = world.skus[p.sku] as SkuState;
      sku.stockoutReported = true;
      sku.sellable = Math.max(0, sku.stock - sku.committed);
      emit(world, { type: 'stock_reported', role: 'warehouse', sku: sku.id, value: sku.stock });
    },
    refs: (_w, p) => ({ sku: p.sku }),
  }),
  receive_return: spec({
    payload: z.object({ order: refId }).strict(),
    check: (world, p) => {
      const o = findOrder(world, p.order);
      if (isRejection(o)) return o;
      return o.aftersale?.arrived
        ? needState(o, ['return_in_transit', 'exchange_in_transit'])
        : no('return_not_arrived', { order: o.id });
    },
    run: (world, p) => moveOrder(world.orders[p.order] as Order, 'RECEIVE'),
    refs: (_w, p) => ({ order: p.order }),
  }),
  inspect_return: spec({
    // Without a verdict the inspector opens the parcel and the condition shows; with one, the
    // verdict is carried out (at once on an opened parcel, or blind after opening it).
    payload: z
      .object({
        order: refId,
        disposition: z.enum(DISPOSITIONS).optional(),
        refund: z.enum(REFUND_DECISIONS).optional(),
      })
      .strict()
      .refine((p) => (p.disposition === undefined) === (p.refund === undefined), {
        message: 'give both a disposition and a refund decision, or neither',
      }),
    check: (world, p) => {
      const o = findOrder(world, p.order);
      if (isRejection(o)) return o;
      const as = o.aftersale;
      if (as?.verdict || as?.examining) return no('inspection_in_progress', { order: o.id });
      if (!p.disposition && as?.examinedAt !== undefined)
        return no('already_examined', { order: o.id });
      return needState(o, ['return_received', 'exchange_received']);
    },
    run: (world, p) => {
      const o = world.orders[p.order] as Order;
      const as = o.aftersale;
      if (!as) return;
      if (p.disposition && p.refund && as.examinedAt !== undefined) {
        applyInspection(world, o, p.disposition, p.refund);
        return;
      }
      if (p.disposition && p.refund)
        as.verdict = { disposition: p.disposition, decision: p.refund };
      else as.examining = true;
      const done = bookWork(world, world.labor.packers, world.scenario.warehouse.inspectSeconds);
      finishAt(world, done, 'inspect_done', [o.id]);
    },
    refs: (_w, p) => ({ order: p.order }),
  }),
  cycle_count: spec({
    payload: skuPayload,
    check: (world, p) => needSku(world, p.sku),
    run: (world, p) => {
      const sku = world.skus[p.sku] as SkuState;
      sku.lastCountAt = world.clock;
      sku.sellable = Math.max(0, sku.stock - sku.committed);
      emit(world, {
        type: 'stock_reported',
        role: 'warehouse',
        sku: sku.id,
        value: sku.stock,
        detail: 'count',
      });
    },
    refs: (_w, p) => ({ sku: p.sku }),
  }),
};
