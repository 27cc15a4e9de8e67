import { z } from 'zod';
import { refId } from './ref';
import { AD_CHANNELS, LISTING_ASPECTS } from '../ids';
import { schedule } from '../engine/agenda';
import { emit, nextId } from '../engine/log';
import { unitPrice } from '../demand/factors';
import { supplierExtraHours } from '../incidents/effects';
import type { SkuState, World } from '../world';
import { cents, needSku } from './common';
import { no, spec } from './spec';

const LISTING_WORK_S = 1800;

/** A wrong price that operations puts right ends the price-mistake incident's damage. */
function fixPriceMistake(world: World, sku: SkuState): void {
  for (const inc of Object.values(world.incidents)) {
    if (
      inc.kind === 'price_mistake' &&
      inc.sku === sku.id &&
      inc.priorPrice &&
      sku.price >= inc.priorPrice * 0.9
    ) {
      inc.priorPrice = undefined;
      emit(world, {
        type: 'incident_ended',
        role: 'ops',
        incident: inc.id,
        incidentKind: inc.kind,
        sku: sku.id,
      });
      inc.active = false;
    }
  }
}

export const opsCommands = {
  set_price: spec({
    payload: z.object({ sku: refId, price: z.number().positive().max(100_000) }).strict(),
    check: (world, p) => needSku(world, p.sku),
    run: (world, p) => {
      const sku = world.skus[p.sku] as SkuState;
      sku.price = cents(p.price);
      emit(world, { type: 'price_changed', role: 'ops', sku: sku.id, value: sku.price });
      fixPriceMistake(world, sku);
    },
    refs: (_w, p) => ({ sku: p.sku, price: p.price }),
  }),
  set_discount: spec({
    payload: z.object({ sku: refId, pct: z.number().min(0).max(0.9) }).strict(),
    check: (world, p) => needSku(world, p.sku),
    run: (world, p) => {
      const sku = world.skus[p.sku] as SkuState;
      sku.discountPct = p.pct;
      emit(world, {
        type: 'price_changed',
        role: 'ops',
        sku: sku.id,
        value: unitPrice(world, sku),
      });
    },
    refs: (world, p) => ({ sku: p.sku, price: (world.skus[p.sku]?.price ?? 0) * (1 - p.pct) }),
  }),
  create_coupon: spec({
    payload: z
      .object({
        amount: z.number().positive().max(1000),
        minSpend: z.number().min(0),
        quantity: z.number().int().positive().max(100_000),
      })
      .strict(),
    check: (_w, p) =>
      p.minSpend > 0 && p.amount >= p.minSpend ? no('coupon_exceeds_min_spend') : null,
    run: (world, p) => {
      const id = nextId(world, 'cp');
      world.coupons[id] = {
        id,
        amount: cents(p.amount),
        minSpend: p.minSpend,
        remaining: p.quantity,
      };
      emit(world, {
        type: 'promotion_started',
        role: 'ops',
        detail: `coupon:${p.amount}/${p.minSpend}`,
        value: p.quantity,
      });
    },
    refs: () => ({}),
  }),
  create_promotion: spec({
    payload: z
      .object({
        threshold: z.number().positive(),
        off: z.number().positive(),
        quantity: z.number().int().positive().max(100_000),
      })
      .strict(),
    check: (_w, p) => (p.off >= p.threshold ? no('coupon_exceeds_min_spend') : null),
    run: (world, p) => {
      const id = nextId(world, 'mj');
      world.coupons[id] = {
        id,
        amount: cents(p.off),
        minSpend: p.threshold,
        threshold: p.threshold,
        remaining: p.quantity,
      };
      emit(world, {
        type: 'promotion_started',
        role: 'ops',
        detail: `manjian:${p.threshold}-${p.off}`,
        value: p.quantity,
      });
    },
    refs: () => ({}),
  }),
  schedule_flash_sale: spec({
    payload: z
      .object({
        sku: refId,
        pct: z.number().min(0.01).max(0.9),
        startInMin: z.number().min(0).default(0),
        durationMin: z
          .number()
          .positive()
          .max(24 * 60),
      })
      .strict(),
    check: (world, p) => needSku(world, p.sku),
    run: (world, p) => {
      const id = nextId(world, 'fs');
      const start = world.clock + Math.round(p.startInMin * 60);
      world.campaigns[id] = {
        id,
        kind: 'flash_sale',
        state: 'planned',
        sku: p.sku,
        pct: p.pct,
        start,
        end: start + Math.round(p.durationMin * 60),
      };
      schedule(world, start, 'campaign_start', id);
    },
    refs: (world, p) => ({
      sku: p.sku,
      price: (world.skus[p.sku] ? unitPrice(world, world.skus[p.sku]!) : 0) * (1 - p.pct),
    }),
  }),
  set_ad_budget: spec({
    payload: z
      .object({ channel: z.enum(AD_CHANNELS), perHour: z.number().min(0).max(100_000) })
      .strict(),
    check: (world, p) =>
      world.scenario.demand.channels[p.channel]
        ? null
        : no('channel_not_available', { channel: p.channel }),
    run: (world, p) => {
      world.adBudgets[p.channel] = p.perHour;
      emit(world, { type: 'ad_budget_changed', role: 'ops', detail: p.channel, value: p.perHour });
    },
    refs: () => ({}),
  }),
  improve_listing: spec({
    payload: z.object({ sku: refId, aspect: z.enum(LISTING_ASPECTS) }).strict(),
    check: (world, p) => {
      const sku = world.skus[p.sku];
      if (!sku) return no('unknown_sku', { sku: p.sku });
      if (sku.listingWork[p.aspect] !== undefined)
        return no('listing_work_busy', { sku: p.sku, aspect: p.aspect });
      return sku.listing[p.aspect] >= 1
        ? no('listing_already_best', { sku: p.sku, aspect: p.aspect })
        : null;
    },
    run: (world, p) => {
      const sku = world.skus[p.sku] as SkuState;
      sku.listingWork[p.aspect] = world.clock + LISTING_WORK_S;
      schedule(world, world.clock + LISTING_WORK_S, 'listing_done', `${p.sku}|${p.aspect}`);
    },
    refs: (_w, p) => ({ sku: p.sku }),
  }),
  reorder_stock: spec({
    payload: z.object({ sku: refId, qty: z.number().int().positive().max(100_000) }).strict(),
    check: (world, p) => needSku(world, p.sku),
    run: (world, p) => {
      const lead = (world.scenario.policies.restockLeadHours + supplierExtraHours(world)) * 3600;
      schedule(world, world.clock + lead, 'restock', p.sku, p.qty);
      emit(world, { type: 'restock_ordered', role: 'ops', sku: p.sku, value: p.qty });
    },
    refs: (_w, p) => ({ sku: p.sku }),
  }),
  read_funnel: spec({
    payload: z.object({}).strict(),
    check: () => null,
    run: () => undefined,
    refs: () => ({}),
  }),
};
