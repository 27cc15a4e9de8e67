import { describe, expect, it } from 'vitest';
import { computeKpis, kpiHasData } from '../../../src/sim/kpi/compute';
import { buildReport } from '../../../src/sim/report';
import { scoreRun } from '../../../src/sim/scoring/score';
import { stagedWorld } from '../review/fixture';

/**
 * A hand-made shop day: every accumulator set by hand, every KPI worked out on paper
 * (DESIGN §1.3), so a changed formula shows up as a changed number.
 */
function paperWorld() {
  const w = stagedWorld();
  const k = w.kpi;
  k.uv = 1000;
  k.cartVisitors = 80;
  k.payingBuyers = 20;
  k.paidOrders = 25; // 20 this run + 5 placed before it
  k.gmv = 5500; // ¥4,000 this run + ¥1,500 of last week's orders
  k.historyGmv = 1500;
  k.historyBuyers = 5;
  k.refundAmount = 500;
  k.refundedOrders = 4;
  k.adSpend = 400;
  k.adGmv = 1200;
  k.cogsKept = 2000;
  k.fulfilment = 300;
  k.couponCost = 200;
  k.firstResponses = [10, 30, 60, 200, 400];
  k.repliedWithin3Min = 3;
  k.ticketsTotal = 10;
  k.ticketsResolvedClean = 8;
  k.disputes = 2;
  k.disputesAfterResolution = 1;
  k.disputesWithoutChat = 1;
  k.ratings = { sum: 18, n: 5 };
  k.dueOrders = 20;
  k.onTimeOrders = 18;
  k.picks = 200;
  k.correctPicks = 199;
  k.returnProcessing = { sum: 1800, n: 3 };
  k.reviews = 10;
  k.badReviews = 1;
  return w;
}

describe('KPI formulas against a hand-computed day', () => {
  // Computed inside each test, not once for the suite: a mutation run activates its mutant
  // per test, so a figure computed while the suite is collected would never see it.
  it('funnel and money', () => {
    const kpis = computeKpis(paperWorld());
    expect(kpis.conversion_rate).toBeCloseTo(20 / 1000, 9);
    expect(kpis.add_to_cart_rate).toBeCloseTo(80 / 1000, 9);
    // AOV counts only this run's orders: ¥4,000 ÷ 20 buyers, not ¥5,500 ÷ 20.
    expect(kpis.aov).toBeCloseTo(200, 9);
    expect(kpis.net_sales).toBe(5000);
    expect(kpis.refund_rate).toBeCloseTo(4 / 25, 9);
    expect(kpis.roas).toBeCloseTo(3, 9);
    expect(kpis.gross_margin).toBeCloseTo((5000 - 2000 - 300 - 200) / 5000, 9);
    // Net profit also pays for the ads: 5000 − 2000 − 300 − 200 − 400.
    expect(kpis.net_profit).toBeCloseTo(2100, 9);
  });

  it('support', () => {
    const kpis = computeKpis(paperWorld());
    expect(kpis.first_response_avg_s).toBeCloseTo(140, 9);
    expect(kpis.first_response_p90_s).toBe(400);
    expect(kpis.response_3min_rate).toBeCloseTo(3 / 5, 9);
    // A dispute undoes one clean resolution and adds one case nobody resolved: (8 − 1) ÷ (10 + 1).
    expect(kpis.resolution_rate).toBeCloseTo(7 / 11, 9);
    expect(kpis.csat).toBeCloseTo(3.6, 9);
    expect(kpis.dispute_rate).toBeCloseTo(2 / 25, 9);
  });

  it('warehouse and reviews', () => {
    const kpis = computeKpis(paperWorld());
    expect(kpis.on_time_ship_rate).toBeCloseTo(0.9, 9);
    expect(kpis.pick_accuracy).toBeCloseTo(0.995, 9);
    expect(kpis.return_processing_avg_s).toBe(600);
    expect(kpis.bad_review_rate).toBeCloseTo(0.1, 9);
  });

  it('a chat still waiting over three minutes counts against the 3-minute rate', () => {
    const w = paperWorld();
    w.tickets.t1 = {
      id: 't1',
      customer: 'c1',
      topic: 'urge',
      state: 'waiting',
      openedAt: w.clock - 300,
      patienceAt: w.clock + 600,
      replies: 0,
      templates: [],
      solved: false,
      escalated: false,
    };
    w.queues.tickets.push('t1');
    expect(computeKpis(w).response_3min_rate).toBeCloseTo(3 / 6, 9);
  });
});

describe('a KPI with nothing to measure is "no data"', () => {
  it('an idle run has no data for rates that need an event, and says so in the report', () => {
    const w = stagedWorld({
      targets: [
        { kpi: 'on_time_ship_rate', op: '>=', value: 0.95 },
        { kpi: 'first_response_p90_s', op: '<=', value: 120 },
      ],
    });
    for (const id of [
      'on_time_ship_rate',
      'pick_accuracy',
      'csat',
      'return_processing_avg_s',
      'response_3min_rate',
      'aov',
      'resolution_rate',
    ] as const) {
      expect(kpiHasData(w, id), id).toBe(false);
    }
    const score = scoreRun(w);
    // Nothing was due and nobody chatted: no target is met by doing nothing.
    expect(score.targets.map((t) => [t.met, t.noData])).toEqual([
      [false, true],
      [false, true],
    ]);
    // Meeting none of the targets earns no star (it used to earn one).
    expect(score).toMatchObject({ stars: 0, metCount: 0, total: 2 });
    const report = buildReport(w, { lang: 'en' });
    expect(report.kpis.on_time_ship_rate).toBeNull();
    expect(report.kpis.return_processing_avg_s).toBeNull();
    expect(report.kpis.uv).toBe(0);
    expect(report.targets.map((t) => t.actual)).toEqual([null, null]);
    // The 复盘's results table says so too, rather than "❌ missed" beside a 100%.
    const results = report.review.markdown.split('## ')[2] ?? '';
    expect(results).toContain('– no data');
    expect(results).not.toContain('❌');
  });
});
