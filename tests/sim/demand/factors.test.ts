import { describe, expect, it } from 'vitest';
import type { ScenarioInput } from '../../../src/scenario/schema';
import {
  adClickPrice,
  dsrAverage,
  listingFactor,
  priceFactor,
  reputation,
  skuAttraction,
  systemDown,
  unitPrice,
  visitorRate,
} from '../../../src/sim/demand/factors';
import type { SkuState, World } from '../../../src/sim/world';
import { humanWorld, tinyScenario } from '../helpers';

const text = (en: string) => ({ 'zh-CN': en, en });

function shop(overrides: Partial<ScenarioInput> = {}): World {
  return humanWorld(tinyScenario(overrides));
}

function tee(w: World): SkuState {
  const s = w.skus.tee;
  if (!s) throw new Error('no tee');
  return s;
}

/** Sets each DSR axis to one review of that score. */
function dsr(w: World, description: number, service: number, logistics: number): void {
  w.dsr = {
    description: { sum: description, n: 1 },
    service: { sum: service, n: 1 },
    logistics: { sum: logistics, n: 1 },
  };
}

function storm(w: World, id: string, active = true): void {
  w.incidents[id] = { id, kind: 'bad_review_storm', start: 0, end: 3600, active };
}

describe('reputation', () => {
  it('averages the three DSR axes, each over its own reviews', () => {
    const w = shop();
    w.dsr = {
      description: { sum: 45, n: 10 },
      service: { sum: 96, n: 20 },
      logistics: { sum: 24, n: 5 },
    };
    expect(dsrAverage(w)).toBeCloseTo((4.5 + 4.8 + 4.8) / 3, 9);
  });

  it('is neutral at a healthy 4.7, lower below it, higher above it', () => {
    const w = shop();
    dsr(w, 4.7, 4.7, 4.7);
    expect(reputation(w)).toBeCloseTo(1, 9);
    dsr(w, 4.5, 4.6, 4.7);
    const worse = reputation(w);
    expect(worse).toBeLessThan(1);
    dsr(w, 4.8, 4.8, 4.8);
    expect(reputation(w)).toBeGreaterThan(1);
  });

  it('never shuts the shop: past a floor a worse DSR costs nothing more', () => {
    const w = shop();
    dsr(w, 1, 1, 1);
    const floor = reputation(w);
    expect(floor).toBeGreaterThan(0);
    dsr(w, 1.5, 1.5, 1.5);
    expect(reputation(w)).toBe(floor);
  });

  it('drops while a bad-review storm is live, more with two, not once it is over', () => {
    const w = shop();
    dsr(w, 4.7, 4.7, 4.7);
    storm(w, 'over', false);
    w.incidents.surge = { id: 'surge', kind: 'traffic_surge', start: 0, end: 60, active: true };
    expect(reputation(w)).toBeCloseTo(1, 9);
    storm(w, 's1');
    const one = reputation(w);
    expect(one).toBeLessThan(1);
    // Some sales, not a third of them.
    expect(one).toBeGreaterThan(0.67);
    storm(w, 's2');
    expect(reputation(w)).toBeLessThan(one);
  });
});

describe('the price a buyer pays', () => {
  it("is the SKU's price after its discount, and a live flash sale on it on top", () => {
    const w = shop();
    const s = tee(w);
    expect(unitPrice(w, s)).toBe(59);
    s.discountPct = 0.1;
    expect(unitPrice(w, s)).toBe(53.1);
    w.campaigns.f = {
      id: 'f',
      kind: 'flash_sale',
      state: 'live',
      sku: 'tee',
      pct: 0.2,
      start: 0,
      end: 9,
    };
    // 59 × 0.9 × 0.8 = 42.48
    expect(unitPrice(w, s)).toBe(42.48);
  });

  it('ignores a flash sale on another SKU, one not live yet, and a coupon campaign', () => {
    const w = shop();
    const s = tee(w);
    w.campaigns.a = {
      id: 'a',
      kind: 'flash_sale',
      state: 'live',
      sku: 'mug',
      pct: 0.5,
      start: 0,
      end: 9,
    };
    w.campaigns.b = {
      id: 'b',
      kind: 'flash_sale',
      state: 'planned',
      sku: 'tee',
      pct: 0.5,
      start: 0,
      end: 9,
    };
    w.campaigns.c = {
      id: 'c',
      kind: 'coupon',
      state: 'live',
      sku: 'tee',
      pct: 0.5,
      start: 0,
      end: 9,
    };
    expect(unitPrice(w, s)).toBe(59);
  });

  it('rounds to the fen', () => {
    const w = shop();
    const s = tee(w);
    s.price = 10;
    s.discountPct = 1 / 3;
    expect(unitPrice(w, s)).toBe(6.67);
  });
});

describe('demand against the market price', () => {
  const persona = (priceSensitivity: number) =>
    ({ id: 'p', name: text('P'), share: 1, priceSensitivity }) as never;

  it('is neutral at the market price, higher when cheaper, lower when dearer', () => {
    const w = shop();
    const s = tee(w);
    expect(priceFactor(w, s, persona(1))).toBeCloseTo(1, 9);
    s.discountPct = 0.2;
    const cheaper = priceFactor(w, s, persona(1));
    expect(cheaper).toBeGreaterThan(1);
    // A more price-driven buyer answers more strongly.
    expect(priceFactor(w, s, persona(2))).toBeGreaterThan(cheaper);
    s.discountPct = 0;
    s.price = 80;
    expect(priceFactor(w, s, persona(1))).toBeLessThan(1);
  });

  it('follows (market ÷ price) ^ elasticity in the plausible range', () => {
    const w = shop();
    const s = tee(w);
    s.refPrice = 60;
    s.price = 50;
    const e = w.scenario.demand.funnel.elasticity;
    expect(priceFactor(w, s, persona(1))).toBeCloseTo(Math.pow(60 / 50, e), 9);
    s.price = 75;
    expect(priceFactor(w, s, persona(1))).toBeCloseTo(Math.pow(60 / 75, e), 9);
  });

  it('lets a buyer who ignores price ignore it', () => {
    const w = shop();
    const s = tee(w);
    s.price = 200;
    expect(priceFactor(w, s, persona(0))).toBe(1);
  });

  it('lifts demand by less than double for any discount, and never quite to zero', () => {
    const w = shop();
    const s = tee(w);
    s.discountPct = 0.9;
    const deep = priceFactor(w, s, persona(3));
    expect(deep).toBeGreaterThan(1);
    expect(deep).toBeLessThan(2);
    s.discountPct = 0.99;
    expect(priceFactor(w, s, persona(3))).toBe(deep);
    s.discountPct = 0;
    s.price = 5900;
    const dear = priceFactor(w, s, persona(3));
    expect(dear).toBeGreaterThan(0);
    s.price = 59_000;
    expect(priceFactor(w, s, persona(3))).toBe(dear);
  });
});

describe('the listing', () => {
  it('converts better with a better detail page, title or image', () => {
    const w = shop();
    const s = tee(w);
    const base = listingFactor(s);
    for (const aspect of ['detail', 'title', 'image'] as const) {
      const before = s.listing[aspect];
      s.listing[aspect] = 1;
      expect(listingFactor(s), aspect).toBeGreaterThan(base);
      s.listing[aspect] = before;
    }
    // The detail page matters most.
    s.listing.detail = 1;
    const detail = listingFactor(s);
    s.listing.detail = 0.5;
    s.listing.image = 1;
    expect(detail).toBeGreaterThan(listingFactor(s));
  });

  it('needs a size chart only for sized goods', () => {
    const w = shop();
    const s = tee(w);
    s.listing.size_chart = 0;
    const plain = listingFactor(s);
    s.listing.size_chart = 1;
    expect(listingFactor(s)).toBe(plain);
    s.sized = true;
    const charted = listingFactor(s);
    s.listing.size_chart = 0;
    expect(listingFactor(s)).toBeLessThan(charted);
    // An unsized SKU counts as having a perfect chart.
    expect(charted).toBe(plain);
  });

  it('gains the same from each step of listing work: halfway done is half the lift', () => {
    const w = shop();
    const s = tee(w);
    s.sized = true;
    for (const aspect of ['title', 'image', 'detail', 'size_chart'] as const) {
      s.listing = { title: 0.5, image: 0.5, detail: 0.5, size_chart: 0.5 };
      s.listing[aspect] = 0;
      const none = listingFactor(s);
      s.listing[aspect] = 0.5;
      const half = listingFactor(s);
      s.listing[aspect] = 1;
      expect(listingFactor(s) - half, aspect).toBeCloseTo(half - none, 9);
      expect(half, aspect).toBeGreaterThan(none);
    }
  });

  it('loses a little per negative 追评, down to a bound', () => {
    const w = shop();
    const s = tee(w);
    const clean = listingFactor(s);
    s.badFollowUps = 1;
    const one = listingFactor(s);
    expect(one).toBeLessThan(clean);
    expect(one).toBeGreaterThan(0.95 * clean);
    s.badFollowUps = 50;
    const bounded = listingFactor(s);
    expect(bounded).toBeGreaterThan(0.8 * clean);
    s.badFollowUps = 500;
    expect(listingFactor(s)).toBe(bounded);
  });

  it('draws visitors in proportion to popularity, more with a better image and title', () => {
    const w = shop();
    const s = tee(w);
    const one = skuAttraction(s);
    s.popularity = 2;
    expect(skuAttraction(s)).toBeCloseTo(2 * one, 9);
    const before = skuAttraction(s);
    s.listing.image = 1;
    const image = skuAttraction(s);
    expect(image).toBeGreaterThan(before);
    s.listing.title = 1;
    expect(skuAttraction(s)).toBeGreaterThan(image);
    // A SKU with a blank listing still draws some visitors.
    s.listing = { title: 0, image: 0, detail: 0, size_chart: 0 };
    expect(skuAttraction(s)).toBeGreaterThan(0);
  });
});

describe('traffic', () => {
  const channels = {
    organic: { visitorsPerHour: 360 },
    returning: { visitorsPerHour: Array.from({ length: 24 }, (_, h) => (h === 9 ? 72 : 0)) },
    search_ads: { cpc: 2, saturationBudget: 100, budgetPerHour: 100 },
    feed_ads: { cpc: 1, budgetPerHour: 0 },
  };

  it('comes per sim-second from each channel: none from one the scenario lacks', () => {
    const w = shop({ demand: { channels, personas: [{ id: 'p', name: text('P'), share: 1 }] } });
    dsr(w, 4.7, 4.7, 4.7);
    expect(visitorRate(w, 'organic')).toBeCloseTo(0.1, 9);
    // 09:00: the returning buyers' hour.
    expect(visitorRate(w, 'returning')).toBeCloseTo(0.02, 9);
    w.clock = 3600;
    expect(visitorRate(w, 'returning')).toBe(0);
    expect(visitorRate(w, 'livestream')).toBe(0);
  });

  it('buys ad visitors at a click price that has doubled at the saturation budget', () => {
    const w = shop({ demand: { channels, personas: [{ id: 'p', name: text('P'), share: 1 }] } });
    expect(adClickPrice(w, 'search_ads')).toBe(4);
    // ¥100 an hour at ¥4 a click: 25 visitors an hour.
    expect(visitorRate(w, 'search_ads')).toBeCloseTo(25 / 3600, 9);
    w.adBudgets.search_ads = 200;
    expect(adClickPrice(w, 'search_ads')).toBe(6);
    expect(visitorRate(w, 'search_ads')).toBeCloseTo(200 / 6 / 3600, 9);
    expect(visitorRate(w, 'feed_ads')).toBe(0);
    // With no budget a click costs the base price.
    w.adBudgets.search_ads = 0;
    expect(adClickPrice(w, 'search_ads')).toBe(2);
  });

  it('lets reputation and a live flash sale move organic traffic only', () => {
    const w = shop({ demand: { channels, personas: [{ id: 'p', name: text('P'), share: 1 }] } });
    dsr(w, 4.7, 4.7, 4.7);
    storm(w, 's1');
    const stormy = visitorRate(w, 'organic');
    expect(stormy).toBeLessThan(0.1);
    expect(visitorRate(w, 'returning')).toBeCloseTo(0.02, 9);
    delete w.incidents.s1;
    w.campaigns.f = {
      id: 'f',
      kind: 'flash_sale',
      state: 'live',
      sku: 'tee',
      pct: 0.2,
      start: 0,
      end: 9,
    };
    expect(visitorRate(w, 'organic')).toBeGreaterThan(0.1);
    expect(visitorRate(w, 'returning')).toBeCloseTo(0.02, 9);
  });

  it('multiplies every channel but search ads during a traffic surge', () => {
    const w = shop({ demand: { channels, personas: [{ id: 'p', name: text('P'), share: 1 }] } });
    dsr(w, 4.7, 4.7, 4.7);
    const ads = visitorRate(w, 'search_ads');
    w.incidents.surge = {
      id: 'surge',
      kind: 'traffic_surge',
      start: 0,
      end: 60,
      active: true,
      factor: 3,
    };
    w.incidents.later = {
      id: 'later',
      kind: 'traffic_surge',
      start: 0,
      end: 60,
      active: false,
      factor: 5,
    };
    expect(visitorRate(w, 'organic')).toBeCloseTo(0.3, 9);
    expect(visitorRate(w, 'returning')).toBeCloseTo(0.06, 9);
    expect(visitorRate(w, 'search_ads')).toBeCloseTo(ads, 9);
  });
});

describe('outages', () => {
  it('take down only the system named, only while live', () => {
    const w = shop();
    w.incidents.o = {
      id: 'o',
      kind: 'system_outage',
      start: 0,
      end: 60,
      active: true,
      system: 'chat',
    };
    w.incidents.p = {
      id: 'p',
      kind: 'system_outage',
      start: 0,
      end: 60,
      active: false,
      system: 'checkout',
    };
    expect(systemDown(w, 'chat')).toBe(true);
    expect(systemDown(w, 'checkout')).toBe(false);
    expect(systemDown(w, 'waybill')).toBe(false);
  });
});
