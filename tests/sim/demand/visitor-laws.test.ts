import { describe, expect, it } from 'vitest';
import { visit } from '../../../src/sim/demand/visitor';
import type { Coupon, World } from '../../../src/sim/world';
import { humanWorld, tinyScenario } from '../helpers';

const text = (en: string) => ({ 'zh-CN': en, en });
const VISITS = 400;

interface Shop {
  sized?: boolean;
  sizeChart?: number;
  detail?: number;
  inquiryRate?: number;
  bargainRate?: number;
  addToCart?: number;
  checkout?: number;
}

/** A one-SKU shop (the tee) whose visitors are all one persona; same seed every time. */
function shop(o: Shop = {}): World {
  return humanWorld(
    tinyScenario({
      catalogue: [
        {
          id: 'tee',
          name: text('Tee'),
          price: 59,
          cost: 22,
          stock: 10_000,
          bin: 'A-01',
          sized: o.sized ?? false,
          listing: {
            title: 0.5,
            image: 0.5,
            detail: o.detail ?? 0.5,
            size_chart: o.sizeChart ?? 0.5,
          },
        },
      ],
      demand: {
        channels: {},
        personas: [
          {
            id: 'p',
            name: text('P'),
            share: 1,
            inquiryRate: o.inquiryRate ?? 0,
            bargainRate: o.bargainRate ?? 0,
          },
        ],
        funnel: {
          addToCart: o.addToCart ?? 0.3,
          checkout: o.checkout ?? 1,
          pay: 1,
          elasticity: 1.5,
          presaleBuyRate: 0.45,
        },
      },
    }),
  );
}

function crowd(w: World, n = VISITS): World {
  for (let i = 0; i < n; i++) visit(w, 'organic');
  return w;
}

const orders = (w: World) => Object.values(w.orders);

describe('pre-sale questions', () => {
  it('come more often for sized goods without a size chart', () => {
    const bare = crowd(shop({ sized: true, sizeChart: 0, inquiryRate: 0.2 })).kpi.inquirers;
    const charted = crowd(shop({ sized: true, sizeChart: 1, inquiryRate: 0.2 })).kpi.inquirers;
    expect(bare).toBeGreaterThan(2 * charted);
  });

  it('do not care about the size chart of goods that have no size', () => {
    const bare = crowd(shop({ sizeChart: 0, inquiryRate: 0.2 })).kpi.inquirers;
    const charted = crowd(shop({ sizeChart: 1, inquiryRate: 0.2 })).kpi.inquirers;
    expect(bare).toBe(charted);
    expect(bare).toBeGreaterThan(0);
  });

  it('come less often when the detail page answers them', () => {
    const thin = crowd(shop({ detail: 0, inquiryRate: 0.2 })).kpi.inquirers;
    const rich = crowd(shop({ detail: 1, inquiryRate: 0.2 })).kpi.inquirers;
    expect(thin).toBeGreaterThan(1.5 * rich);
  });

  it('open a chat about the SKU the visitor looked at, and make them a customer who asked', () => {
    const w = crowd(shop({ inquiryRate: 1 }), 5);
    expect(w.kpi.inquirers).toBe(5);
    expect(w.kpi.cartVisitors).toBe(0);
    const tickets = Object.values(w.tickets);
    expect(tickets.map((t) => [t.topic, t.sku])).toEqual(Array(5).fill(['presale', 'tee']));
    for (const t of tickets) {
      expect(w.customers[t.customer]).toMatchObject({ inquired: true, pendingSku: 'tee' });
    }
    const asked = w.log.filter((e) => e.type === 'visitor_inquired');
    expect(asked.map((e) => e.detail)).toEqual(Array(5).fill('presale'));
  });

  it('from bargain hunters are chats to haggle', () => {
    const w = crowd(shop({ bargainRate: 1 }), 5);
    expect(Object.values(w.tickets).map((t) => t.topic)).toEqual(Array(5).fill('bargain'));
    expect(w.kpi.inquirers).toBe(5);
    expect(crowd(shop()).kpi.inquirers).toBe(0);
  });
});

describe('the cart', () => {
  it('is never a sure thing, however good the deal', () => {
    const w = shop({ addToCart: 1 });
    const tee = w.skus.tee;
    if (tee) tee.discountPct = 0.5;
    expect(crowd(w).kpi.cartVisitors).toBeLessThan(VISITS);
    expect(w.kpi.cartVisitors).toBeGreaterThan(0.8 * VISITS);
  });

  it('fills but never checks out while checkout is down', () => {
    const w = shop();
    w.incidents.o = {
      id: 'o',
      kind: 'system_outage',
      start: 0,
      end: 9,
      active: true,
      system: 'checkout',
    };
    crowd(w);
    expect(w.kpi.cartVisitors).toBeGreaterThan(0);
    expect(orders(w)).toEqual([]);
  });
});

describe('a 满减 threshold', () => {
  const withCoupon = (c: Partial<Coupon>) => {
    const w = shop();
    w.coupons.mj = { id: 'mj', amount: 10, minSpend: 0, remaining: 10_000, ...c };
    return crowd(w);
  };
  const pairs = (w: World) => orders(w).filter((o) => o.qty === 2).length;

  it('just above one unit tempts some buyers to take two, not most', () => {
    const w = withCoupon({ threshold: 100 });
    expect(pairs(w)).toBeGreaterThan(0);
    expect(pairs(w)).toBeLessThan(orders(w).length / 2);
    // Exactly two units' worth still tempts; one unit's worth needs no second.
    expect(pairs(withCoupon({ threshold: 118 }))).toBeGreaterThan(0);
    expect(pairs(withCoupon({ threshold: 59 }))).toBe(0);
  });

  it('out of reach of two units, used up, or one buyer’s own, tempts nobody', () => {
    expect(pairs(withCoupon({ threshold: 119 }))).toBe(0);
    expect(pairs(withCoupon({ threshold: 100, remaining: 0 }))).toBe(0);
    expect(pairs(withCoupon({ threshold: 100, customer: 'c1' }))).toBe(0);
    expect(pairs(withCoupon({}))).toBe(0);
  });
});
