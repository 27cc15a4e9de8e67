import { describe, expect, it } from 'vitest';
import { computeKpis, sampleSeries, skuKpi } from '../../../src/sim/kpi/compute';
import { outsideTypical, typicalRanges } from '../../../src/sim/kpi/typical';
import { KPI_IDS } from '../../../src/sim/ids';
import { stagedWorld } from '../review/fixture';
import { tinyScenario } from '../helpers';

/** A day for the KPIs of DESIGN §1.3 that formulas.test.ts leaves out, worked out on paper. */
function paperDay() {
  const w = stagedWorld();
  Object.assign(w.kpi, {
    uv: 640,
    paidOrders: 12,
    payingBuyers: 10,
    historyBuyers: 6,
    gmv: 1800,
    refundAmount: 240,
    adSpend: 150,
    inquirers: 8,
    inquirersPaid: 3,
    stockouts: 2,
    oversold: 1,
    repurchaseSum: 4,
    disputes: 1,
  });
  w.dsr = {
    description: { sum: 47, n: 10 },
    service: { sum: 96, n: 20 },
    logistics: { sum: 23, n: 5 },
  };
  return computeKpis(w);
}

// Computed inside each test: a mutation run activates its mutant per test.
describe('counts, DSR and forecasts against a hand-computed day', () => {
  it('passes the running counts through as they are', () => {
    const k = paperDay();
    expect(k).toMatchObject({
      uv: 640,
      paid_orders: 12,
      gmv: 1800,
      refund_amount: 240,
      net_sales: 1560,
      ad_spend: 150,
      stockouts: 2,
      oversold_orders: 1,
    });
  });

  it('asks: of 8 pre-sale inquirers 3 paid; 1 dispute in 12 paid orders', () => {
    const k = paperDay();
    expect(k.inquiry_conversion_rate).toBe(3 / 8);
    expect(k.dispute_rate).toBe(1 / 12);
  });

  it('averages each DSR axis over its own reviews: 4.7, 4.8, 4.6', () => {
    const k = paperDay();
    expect(k.dsr_description).toBeCloseTo(4.7, 9);
    expect(k.dsr_service).toBeCloseTo(4.8, 9);
    expect(k.dsr_logistics).toBeCloseTo(4.6, 9);
  });

  it("forecasts repurchase over this run's buyers and the earlier ones: 4 ÷ (10 + 6)", () => {
    const k = paperDay();
    expect(k.repeat_purchase_rate_pred).toBe(0.25);
  });
});

describe('resolution rate', () => {
  it('never goes below 0 when more disputes follow "resolved" chats than were resolved', () => {
    const w = stagedWorld();
    Object.assign(w.kpi, { ticketsTotal: 2, ticketsResolvedClean: 1, disputesAfterResolution: 3 });
    expect(computeKpis(w).resolution_rate).toBe(0);
  });
});

describe('one SKU', () => {
  const w = stagedWorld();
  Object.assign(w.kpi, {
    skuUv: { tee: 40 },
    skuPaid: { tee: 2 },
    skuGmv: { tee: 118 },
    skuStockouts: { tee: 3 },
  });

  it('measures its conversion, GMV and stock-outs', () => {
    expect(skuKpi(w, 'conversion_rate', 'tee')).toBe(0.05);
    expect(skuKpi(w, 'gmv', 'tee')).toBe(118);
    expect(skuKpi(w, 'stockouts', 'tee')).toBe(3);
  });

  it('reads 0 for a SKU nobody visited or bought', () => {
    expect(skuKpi(w, 'conversion_rate', 'mug')).toBe(0);
    expect(skuKpi(w, 'gmv', 'mug')).toBe(0);
    expect(skuKpi(w, 'stockouts', 'mug')).toBe(0);
  });

  it('has no value for a shop-wide KPI', () => {
    expect(skuKpi(w, 'refund_rate', 'tee')).toBeUndefined();
    expect(skuKpi(w, 'uv', 'tee')).toBeUndefined();
  });
});

describe('the time series', () => {
  it('adds one point per KPI each sample, rounded to four decimals', () => {
    const w = stagedWorld();
    w.kpi.uv = 3;
    w.kpi.payingBuyers = 1;
    sampleSeries(w);
    w.kpi.uv = 6;
    sampleSeries(w);
    for (const id of KPI_IDS) expect(w.series[id], id).toHaveLength(2);
    expect(w.series.conversion_rate).toEqual([0.3333, 0.1667]);
    expect(w.series.uv).toEqual([3, 6]);
  });
});

describe('typical ranges', () => {
  const s = tinyScenario();

  it('leaves a value exactly on either edge alone and flags one just past it', () => {
    expect(outsideTypical(s, { conversion_rate: 0.01 })).toEqual([]);
    expect(outsideTypical(s, { conversion_rate: 0.05 })).toEqual([]);
    expect(outsideTypical(s, { conversion_rate: 0.0099 })).toHaveLength(1);
    expect(outsideTypical(s, { conversion_rate: 0.0501 })).toHaveLength(1);
  });

  it('lets the category narrow the ordinary range (apparel converts at 1–3%)', () => {
    const apparel = tinyScenario({ category: 'apparel' });
    expect(typicalRanges(apparel).conversion_rate).toEqual({ min: 0.01, max: 0.03 });
    expect(typicalRanges(apparel).dsr_service).toEqual({ min: 4.6, max: 4.9 });
    expect(outsideTypical(apparel, { conversion_rate: 0.04 })).toEqual([
      { kpi: 'conversion_rate', value: 0.04, min: 0.01, max: 0.03 },
    ]);
  });

  it('skips KPIs without a typical range', () => {
    expect(outsideTypical(s, { gmv: 1e9, stockouts: 500 })).toEqual([]);
  });
});
