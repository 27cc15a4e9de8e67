import { describe, expect, it } from 'vitest';
import { advance } from '../../../src/sim/engine/advance';
import { computeKpis } from '../../../src/sim/kpi/compute';
import { buyPaid, humanWorld, ok, order, refusedFrom, tinyScenario, types } from '../helpers';

describe('operations commands', () => {
  it('a new price is what the next buyer pays', () => {
    const world = humanWorld();
    expect(types(ok(world, 'o', 'set_price', { sku: 'tee', price: 49.999 }))).toContain(
      'price_changed',
    );
    expect(world.skus.tee?.price).toBe(50);
    const id = buyPaid(world);
    expect(order(world, id).amount).toBe(50);
    refusedFrom(world, 'o', 'set_price', { sku: 'hat', price: 10 }, 'unknown_sku');
    refusedFrom(world, 'o', 'set_price', { sku: 'tee', price: 0 }, 'bad_payload');
    refusedFrom(world, 'o', 'set_price', { sku: 'tee', price: '10' }, 'bad_payload');
  });

  it('a discount lowers the price; more than 90% is refused', () => {
    const world = humanWorld();
    ok(world, 'o', 'set_discount', { sku: 'tee', pct: 0.2 });
    expect(order(world, buyPaid(world)).amount).toBe(47.2);
    refusedFrom(world, 'o', 'set_discount', { sku: 'tee', pct: 0.95 }, 'bad_payload');
  });

  it('a coupon must be smaller than its minimum spend, and buyers use it', () => {
    const world = humanWorld();
    refusedFrom(
      world,
      'o',
      'create_coupon',
      { amount: 50, minSpend: 40, quantity: 10 },
      'coupon_exceeds_min_spend',
    );
    refusedFrom(
      world,
      'o',
      'create_promotion',
      { threshold: 100, off: 100, quantity: 10 },
      'coupon_exceeds_min_spend',
    );
    ok(world, 'o', 'create_coupon', { amount: 10, minSpend: 50, quantity: 1 });
    expect(order(world, buyPaid(world)).amount).toBe(49);
    // Only one was issued: the next buyer pays full price.
    expect(order(world, buyPaid(world, 'b2')).amount).toBe(59);
  });

  it('a 满减 promotion applies from its threshold', () => {
    const world = humanWorld();
    ok(world, 'o', 'create_promotion', { threshold: 100, off: 20, quantity: 100 });
    expect(order(world, buyPaid(world, 'b', 'tee', 1)).amount).toBe(59);
    expect(order(world, buyPaid(world, 'b2', 'tee', 2)).amount).toBe(98);
  });

  it('a flash sale goes planned → live → ended and prices follow it', () => {
    const world = humanWorld();
    ok(world, 'o', 'schedule_flash_sale', { sku: 'tee', pct: 0.5, startInMin: 1, durationMin: 10 });
    const campaign = Object.values(world.campaigns)[0];
    expect(campaign?.state).toBe('planned');
    advance(world, 60);
    expect(campaign && world.campaigns[campaign.id]?.state).toBe('live');
    expect(order(world, buyPaid(world)).amount).toBe(29.5);
    advance(world, 600);
    expect(campaign && world.campaigns[campaign.id]?.state).toBe('ended');
    expect(order(world, buyPaid(world, 'b2')).amount).toBe(59);
    refusedFrom(
      world,
      'o',
      'schedule_flash_sale',
      { sku: 'tee', pct: 0.5, durationMin: 0 },
      'bad_payload',
    );
  });

  it('ad budgets only on channels the scenario has', () => {
    const world = humanWorld();
    refusedFrom(
      world,
      'o',
      'set_ad_budget',
      { channel: 'search_ads', perHour: 100 },
      'channel_not_available',
    );
    refusedFrom(world, 'o', 'set_ad_budget', { channel: 'tv', perHour: 100 }, 'bad_payload');

    const withAds = humanWorld(
      tinyScenario({
        demand: {
          channels: { search_ads: { cpc: 1, budgetPerHour: 0 } },
          personas: [{ id: 'student', name: { 'zh-CN': '学生', en: 'Student' }, share: 1 }],
        },
      }),
    );
    ok(withAds, 'o', 'set_ad_budget', { channel: 'search_ads', perHour: 360 });
    advance(withAds, 3600);
    const k = computeKpis(withAds);
    expect(k.uv).toBeGreaterThan(0);
    expect(k.ad_spend).toBeGreaterThan(0);
  });

  it('listing work takes half an hour and cannot be doubled up', () => {
    const world = humanWorld();
    ok(world, 'o', 'improve_listing', { sku: 'tee', aspect: 'detail' });
    refusedFrom(
      world,
      'o',
      'improve_listing',
      { sku: 'tee', aspect: 'detail' },
      'listing_work_busy',
    );
    advance(world, 1799);
    expect(world.skus.tee?.listing.detail).toBe(0.5);
    advance(world, 1);
    expect(world.skus.tee?.listing.detail).toBe(0.8);
    ok(world, 'o', 'improve_listing', { sku: 'tee', aspect: 'detail' });
    advance(world, 1800);
    expect(world.skus.tee?.listing.detail).toBe(1);
    refusedFrom(
      world,
      'o',
      'improve_listing',
      { sku: 'tee', aspect: 'detail' },
      'listing_already_best',
    );
  });

  it('reordered stock arrives after the supplier lead time', () => {
    const world = humanWorld(tinyScenario({ policies: { restockLeadHours: 1 } }));
    ok(world, 'o', 'reorder_stock', { sku: 'mug', qty: 10 });
    advance(world, 3599);
    expect(world.skus.mug?.stock).toBe(3);
    advance(world, 1);
    expect(world.skus.mug).toMatchObject({ stock: 13, sellable: 13 });
    refusedFrom(world, 'o', 'reorder_stock', { sku: 'mug', qty: 0 }, 'bad_payload');
  });

  it('reading the funnel changes nothing but is recorded', () => {
    const world = humanWorld();
    ok(world, 'o', 'read_funnel', {});
    expect(world.commandLog).toHaveLength(1);
    refusedFrom(world, 'o', 'read_funnel', { sku: 'tee' }, 'bad_payload');
  });
});
