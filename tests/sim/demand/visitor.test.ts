import { describe, expect, it } from 'vitest';
import type { ScenarioInput } from '../../../src/scenario/schema';
import {
  checkoutChance,
  newCustomer,
  personaOf,
  placeOrder,
  visit,
} from '../../../src/sim/demand/visitor';
import type { PersonaDef } from '../../../src/scenario/schema';
import type { Coupon, SkuState, World } from '../../../src/sim/world';
import { humanWorld, tinyScenario } from '../helpers';

const text = (en: string) => ({ 'zh-CN': en, en });

const personas = [
  { id: 'student', name: text('Student'), share: 1, priceSensitivity: 2 },
  { id: 'pro', name: text('Pro'), share: 0, priceSensitivity: 0 },
];

/** A funnel of its own (checkout 50%), so recalibrating the schema's defaults moves no figure here. */
const funnel = { addToCart: 0.1, checkout: 0.5, pay: 0.9, elasticity: 1.5, presaleBuyRate: 0.45 };

function shop(overrides: Partial<ScenarioInput> = {}): World {
  return humanWorld(tinyScenario({ demand: { channels: {}, personas, funnel }, ...overrides }));
}

const student = (w: World) => w.scenario.demand.personas[0] as PersonaDef;

function coupon(w: World, c: Partial<Coupon> & { id: string }): void {
  w.coupons[c.id] = { amount: 10, minSpend: 0, remaining: 5, ...c };
}

function sku(w: World, id: string): SkuState {
  const s = w.skus[id];
  if (!s) throw new Error(id);
  return s;
}

describe('checkout', () => {
  it('closes at the base rate, and not at all while checkout is down', () => {
    const w = shop();
    expect(checkoutChance(w, student(w), 59)).toBe(0.5);
    w.incidents.o = {
      id: 'o',
      kind: 'system_outage',
      start: 0,
      end: 9,
      active: true,
      system: 'checkout',
    };
    expect(checkoutChance(w, student(w), 59)).toBe(0);
  });

  it('is lifted by a shop coupon the basket reaches, more for a price-driven buyer', () => {
    const w = shop();
    coupon(w, { id: 'c', minSpend: 50 });
    const lifted = checkoutChance(w, student(w), 59);
    expect(lifted).toBeGreaterThan(0.5);
    const pro = w.scenario.demand.personas[1] as PersonaDef;
    expect(checkoutChance(w, pro, 59)).toBe(0.5);
    // Exactly on the threshold counts.
    expect(checkoutChance(w, student(w), 50)).toBe(lifted);
  });

  it('is not lifted by a coupon no basket reaches, one used up, or one issued to one buyer', () => {
    const w = shop();
    coupon(w, { id: 'far', minSpend: 100_000 });
    coupon(w, { id: 'gone', remaining: 0 });
    coupon(w, { id: 'mine', customer: 'c9' });
    // 满减 "¥20 off ¥100": its threshold, not its minimum spend, decides.
    coupon(w, { id: 'mj', minSpend: 0, threshold: 100 });
    expect(checkoutChance(w, student(w), 59)).toBe(0.5);
    expect(checkoutChance(w, student(w), 100)).toBeGreaterThan(0.5);
  });

  it('is reassured a little by 运费险, never past 98%', () => {
    const insured = shop({ platform: { freightInsurance: { enabled: true } } });
    const base = checkoutChance(insured, student(insured), 59);
    expect(base).toBeGreaterThan(0.5);
    expect(base).toBeLessThan(0.55);
    const eager = shop({
      demand: {
        channels: {},
        personas,
        funnel: { ...funnel, checkout: 1 },
      },
    });
    coupon(eager, { id: 'c' });
    expect(checkoutChance(eager, student(eager), 59)).toBe(0.98);
  });
});

describe('an order placed', () => {
  it('takes the biggest coupon the buyer may use: their own or a shop-wide one', () => {
    const w = shop();
    const c = newCustomer(w, 'student', 'organic');
    coupon(w, { id: 'small', amount: 5 });
    coupon(w, { id: 'theirs', amount: 15, customer: c.id });
    coupon(w, { id: 'someone', amount: 30, customer: 'other' });
    coupon(w, { id: 'unreached', amount: 40, minSpend: 200 });
    coupon(w, { id: 'empty', amount: 50, remaining: 0 });
    const o = placeOrder(w, c, sku(w, 'tee'), 1);
    expect(o).toMatchObject({ coupon: 'theirs', amount: 44, unitPrice: 59, discount: 15, qty: 1 });
    expect(w.coupons.theirs?.remaining).toBe(4);
    expect(w.coupons.small?.remaining).toBe(5);
    expect(c.order).toBe(o.id);
    expect(w.orders[o.id]).toBe(o);
  });

  it('uses a coupon whose threshold the basket reaches exactly', () => {
    const w = shop();
    const c = newCustomer(w, 'student', 'organic');
    coupon(w, { id: 'mj', amount: 20, minSpend: 0, threshold: 118 });
    expect(placeOrder(w, c, sku(w, 'tee'), 2)).toMatchObject({ coupon: 'mj', amount: 98 });
    const d = newCustomer(w, 'student', 'organic');
    expect(placeOrder(w, d, sku(w, 'tee'), 1).coupon).toBeUndefined();
  });

  it('never costs less than one fen, and counts its discount from the list price', () => {
    const w = shop();
    const c = newCustomer(w, 'student', 'search_ads');
    coupon(w, { id: 'big', amount: 500 });
    const s = sku(w, 'mug');
    s.discountPct = 0.2;
    const o = placeOrder(w, c, s, 1);
    expect(o.amount).toBe(0.01);
    expect(o.discount).toBe(34.99);
    expect(o.channel).toBe('search_ads');
    expect(o.state).toBe('created');
  });

  it('remembers a pre-sale question, and waits for payment or the unpaid timeout', () => {
    const w = shop();
    const c = newCustomer(w, 'student', 'organic');
    c.inquired = true;
    const o = placeOrder(w, c, sku(w, 'tee'), 1, false);
    expect(o.fromPresale).toBe(true);
    const added = w.agenda.filter((a) => a.ref === o.id);
    expect(added.map((a) => [a.kind, a.at - w.clock])).toEqual([
      ['unpaid_timeout', w.scenario.policies.unpaidTimeoutMin * 60],
    ]);
    expect(w.log.at(-1)).toMatchObject({ type: 'order_created', order: o.id, value: 59 });
  });

  it('is paid within three minutes when the buyer pays', () => {
    const w = shop({
      demand: {
        channels: {},
        personas,
        funnel: { addToCart: 0.1, checkout: 0.5, pay: 1, elasticity: 1.5, presaleBuyRate: 0.45 },
      },
    });
    const c = newCustomer(w, 'student', 'organic');
    const o = placeOrder(w, c, sku(w, 'tee'), 1);
    const pay = w.agenda.find((a) => a.ref === o.id && a.kind === 'pay');
    expect(pay).toBeDefined();
    expect((pay?.at ?? 0) - w.clock).toBeGreaterThanOrEqual(20);
    expect((pay?.at ?? 0) - w.clock).toBeLessThanOrEqual(180);
  });
});

describe('customers', () => {
  it('keep their persona, or fall back to the first one', () => {
    const w = shop();
    const pro = newCustomer(w, 'pro', 'organic');
    expect(personaOf(w, pro).id).toBe('pro');
    expect(personaOf(w, undefined).id).toBe('student');
    expect(personaOf(w, { ...pro, persona: 'gone' }).id).toBe('student');
    expect(w.customers[pro.id]).toMatchObject({ paid: false, inquired: false, channel: 'organic' });
  });
});

describe('a visitor', () => {
  it('counts as a visitor of the shop and of the SKU they land on', () => {
    const w = shop();
    for (let i = 0; i < 50; i++) visit(w, 'organic');
    expect(w.kpi.uv).toBe(50);
    expect((w.kpi.skuUv.tee ?? 0) + (w.kpi.skuUv.mug ?? 0)).toBe(50);
  });

  it('cannot buy or ask about a SKU that is sold out', () => {
    const w = shop();
    for (const s of Object.values(w.skus)) s.sellable = 0;
    for (let i = 0; i < 50; i++) visit(w, 'organic');
    expect(w.kpi.cartVisitors).toBe(0);
    expect(w.kpi.inquirers).toBe(0);
    expect(Object.keys(w.orders)).toEqual([]);
  });

  it('buys more often from a cheaper shop (same seed, same visitors)', () => {
    const carts = (discount: number) => {
      const w = shop();
      for (const s of Object.values(w.skus)) s.discountPct = discount;
      for (let i = 0; i < 400; i++) visit(w, 'organic');
      return w.kpi.cartVisitors;
    };
    expect(carts(0.3)).toBeGreaterThan(carts(0));
  });

  it('does not chat while the chat system is down', () => {
    const w = shop();
    w.incidents.o = {
      id: 'o',
      kind: 'system_outage',
      start: 0,
      end: 9,
      active: true,
      system: 'chat',
    };
    for (let i = 0; i < 200; i++) visit(w, 'organic');
    expect(w.kpi.inquirers).toBe(0);
    const open = shop();
    for (let i = 0; i < 200; i++) visit(open, 'organic');
    expect(open.kpi.inquirers).toBeGreaterThan(0);
  });
});
