import { describe, expect, it } from 'vitest';
import { computeKpis, kpiHasData } from '../../../src/sim/kpi/compute';
import { KPI_IDS, type KpiId } from '../../../src/sim/ids';
import type { KpiAccumulators } from '../../../src/sim/world';
import { stagedWorld } from '../review/fixture';

type Acc = Partial<KpiAccumulators>;

/**
 * For each KPI that needs an event to mean anything: the smallest thing that happened which
 * gives it data. Every other KPI (counts, money, DSR with its 180-day base) always has data.
 */
const FIRST_DATA: Partial<Record<KpiId, Acc>> = {
  add_to_cart_rate: { uv: 1 },
  conversion_rate: { uv: 1 },
  aov: { payingBuyers: 1 },
  refund_rate: { paidOrders: 1 },
  dispute_rate: { paidOrders: 1 },
  roas: { adSpend: 1 },
  gross_margin: { gmv: 1 },
  first_response_avg_s: { ticketsTotal: 1 },
  first_response_p90_s: { ticketsTotal: 1 },
  response_3min_rate: { firstResponses: [200] },
  inquiry_conversion_rate: { inquirers: 1 },
  resolution_rate: { ticketsTotal: 1 },
  csat: { ratings: { sum: 5, n: 1 } },
  on_time_ship_rate: { dueOrders: 1 },
  pick_accuracy: { picks: 1 },
  return_processing_avg_s: { returnProcessing: { sum: 60, n: 1 } },
  bad_review_rate: { reviews: 1 },
  repeat_purchase_rate_pred: { payingBuyers: 1 },
};

function worldWith(acc: Acc) {
  const w = stagedWorld();
  Object.assign(w.kpi, acc);
  return w;
}

describe('a KPI has data once the thing it measures has happened', () => {
  const fresh = stagedWorld();

  it.each(Object.entries(FIRST_DATA))('%s: none in an empty run, some after %o', (id, acc) => {
    const kpi = id as KpiId;
    expect(kpiHasData(fresh, kpi)).toBe(false);
    expect(kpiHasData(worldWith(acc), kpi)).toBe(true);
  });

  it('counts, money and DSR always have data', () => {
    const always = KPI_IDS.filter((k) => !(k in FIRST_DATA));
    expect(always).toEqual([
      'uv',
      'paid_orders',
      'gmv',
      'refund_amount',
      'net_sales',
      'ad_spend',
      'net_profit',
      'stockouts',
      'oversold_orders',
      'dsr_description',
      'dsr_service',
      'dsr_logistics',
    ]);
    for (const k of always) expect(kpiHasData(fresh, k), k).toBe(true);
  });

  it('has a resolution rate when a buyer disputes without ever chatting', () => {
    const w = worldWith({ disputesWithoutChat: 1, disputes: 1, paidOrders: 4 });
    expect(kpiHasData(w, 'resolution_rate')).toBe(true);
    // Nobody resolved that case: 0 of 1, not the empty run's placeholder.
    expect(computeKpis(w).resolution_rate).toBe(0);
  });

  it('has a repurchase forecast for an after-sales drill whose buyers all bought last week', () => {
    const w = worldWith({ historyBuyers: 4, repurchaseSum: 1 });
    expect(kpiHasData(w, 'repeat_purchase_rate_pred')).toBe(true);
    expect(computeKpis(w).repeat_purchase_rate_pred).toBe(0.25);
  });

  it('has no gross margin when every sale was refunded', () => {
    const w = worldWith({ gmv: 300, refundAmount: 300, paidOrders: 3 });
    expect(kpiHasData(w, 'gross_margin')).toBe(false);
    expect(kpiHasData(worldWith({ gmv: 300, refundAmount: 299 }), 'gross_margin')).toBe(true);
  });
});

describe('the placeholders of an empty run (charts plot them; the HUD shows "no data")', () => {
  it('reads 1 for quality rates nobody could fail yet and 0 for everything else', () => {
    const kpis = computeKpis(stagedWorld());
    const ones = KPI_IDS.filter((k) => kpis[k] === 1);
    expect(ones).toEqual(['resolution_rate', 'on_time_ship_rate', 'pick_accuracy']);
    for (const k of KPI_IDS) {
      if (ones.includes(k) || k.startsWith('dsr_')) continue;
      expect(kpis[k], k).toBe(0);
    }
  });
});
