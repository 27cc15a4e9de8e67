import { KPI_IDS, type KpiId } from '../ids';
import type { OwnWorkTotals, World } from '../world';

const div = (a: number, b: number, empty = 0) => (b > 0 ? a / b : empty);

/** Seconds each still-unanswered customer has waited so far: ignoring them would reward silence. */
function openWaits(world: World): number[] {
  const waits: number[] = [];
  for (const id of world.queues.tickets) {
    const t = world.tickets[id];
    if (t && t.firstReplyAt === undefined) waits.push(world.clock - t.openedAt);
  }
  return waits.sort((a, b) => a - b);
}

/**
 * The figures the learner's own-work KPIs (support replies, picks, return handling) are
 * computed from: live during the drill, frozen at its end once the aftermath's routine crew
 * takes over.
 */
export function ownWorkTotals(world: World): OwnWorkTotals {
  if (world.ownWorkAtDrillEnd) return world.ownWorkAtDrillEnd;
  const k = world.kpi;
  return {
    firstResponses: k.firstResponses,
    openWaits: openWaits(world),
    repliedWithin3Min: k.repliedWithin3Min,
    ticketsTotal: k.ticketsTotal,
    ticketsResolvedClean: k.ticketsResolvedClean,
    ratings: k.ratings,
    picks: k.picks,
    correctPicks: k.correctPicks,
    returnProcessing: k.returnProcessing,
  };
}

/** Nearest-rank percentile over two sorted lists without concatenating them. */
function percentile(a: readonly number[], b: readonly number[], p: number): number {
  const n = a.length + b.length;
  if (n === 0) return 0;
  let k = Math.max(0, Math.ceil(p * n) - 1);
  let i = 0;
  let j = 0;
  for (;;) {
    const x = i < a.length ? (a[i] as number) : Infinity;
    const y = j < b.length ? (b[j] as number) : Infinity;
    const v = x <= y ? x : y;
    if (k === 0) return v;
    if (x <= y) i++;
    else j++;
    k--;
  }
}

/**
 * Every KPI of DESIGN §1.3 from the world's running totals. A KPI with nothing to measure has
 * a placeholder value here (1 for quality rates, 0 otherwise): callers that show or score it
 * must ask {@link kpiHasData} first and say "no data".
 */
export function computeKpis(world: World): Record<KpiId, number> {
  const k = world.kpi;
  const s = ownWorkTotals(world);
  const waits = s.openWaits;
  let waitSum = 0;
  let overdue = 0;
  for (const w of waits) {
    waitSum += w;
    if (w > 180) overdue++;
  }
  let respSum = 0;
  for (const r of s.firstResponses) respSum += r;
  const netSales = k.gmv - k.refundAmount;
  const d = world.dsr;
  return {
    uv: k.uv,
    add_to_cart_rate: div(k.cartVisitors, k.uv),
    conversion_rate: div(k.payingBuyers, k.uv),
    paid_orders: k.paidOrders,
    gmv: k.gmv,
    aov: div(k.gmv - k.historyGmv, k.payingBuyers),
    refund_amount: k.refundAmount,
    refund_rate: div(k.refundedOrders, k.paidOrders),
    net_sales: netSales,
    ad_spend: k.adSpend,
    roas: div(k.adGmv, k.adSpend),
    gross_margin: div(netSales - k.cogsKept - k.fulfilment - k.couponCost, netSales),
    net_profit: netSales - k.cogsKept - k.fulfilment - k.couponCost - k.adSpend,
    first_response_avg_s: div(respSum + waitSum, s.firstResponses.length + waits.length),
    first_response_p90_s: percentile(s.firstResponses, waits, 0.9),
    response_3min_rate: div(s.repliedWithin3Min, s.firstResponses.length + overdue),
    inquiry_conversion_rate: div(k.inquirersPaid, k.inquirers),
    resolution_rate: div(
      Math.max(0, s.ticketsResolvedClean - k.disputesAfterResolution),
      s.ticketsTotal + k.disputesWithoutChat,
      1,
    ),
    csat: div(s.ratings.sum, s.ratings.n),
    on_time_ship_rate: div(k.onTimeOrders, k.dueOrders, 1),
    pick_accuracy: div(s.correctPicks, s.picks, 1),
    stockouts: k.stockouts,
    oversold_orders: k.oversold,
    return_processing_avg_s: div(s.returnProcessing.sum, s.returnProcessing.n),
    dsr_description: div(d.description.sum, d.description.n),
    dsr_service: div(d.service.sum, d.service.n),
    dsr_logistics: div(d.logistics.sum, d.logistics.n),
    bad_review_rate: div(k.badReviews, k.reviews),
    dispute_rate: div(k.disputes, k.paidOrders),
    repeat_purchase_rate_pred: div(k.repurchaseSum, k.payingBuyers + k.historyBuyers),
  };
}

/** A KPI measured on one SKU (conversion, GMV, stock-outs); other KPIs are shop-wide. */
export function skuKpi(world: World, kpi: KpiId, sku: string): number | undefined {
  const k = world.kpi;
  if (kpi === 'conversion_rate') return div(k.skuPaid[sku] ?? 0, k.skuUv[sku] ?? 0);
  if (kpi === 'gmv') return k.skuGmv[sku] ?? 0;
  if (kpi === 'stockouts') return k.skuStockouts[sku] ?? 0;
  return undefined;
}

/** Appends one point per KPI to the time series (called once per sim-minute). */
export function sampleSeries(world: World): void {
  const values = computeKpis(world);
  for (const id of KPI_IDS) world.series[id].push(Math.round(values[id] * 10000) / 10000);
}

/**
 * Whether a KPI has anything to measure yet: a satisfaction score needs a rating, a response
 * time a conversation, on-time shipping an order that fell due. Until then the HUD shows no
 * verdict rather than a default that looks like a pass or a fail.
 */
export function kpiHasData(world: World, kpi: KpiId): boolean {
  const k = world.kpi;
  const s = ownWorkTotals(world);
  switch (kpi) {
    case 'csat':
      return s.ratings.n > 0;
    case 'first_response_avg_s':
    case 'first_response_p90_s':
      return s.ticketsTotal > 0;
    case 'response_3min_rate':
      // A chat waiting less than three minutes has not decided the rate yet.
      return s.firstResponses.length > 0 || s.openWaits.some((w) => w > 180);
    case 'resolution_rate':
      return s.ticketsTotal + k.disputesWithoutChat > 0;
    case 'on_time_ship_rate':
      return k.dueOrders > 0;
    case 'pick_accuracy':
      return s.picks > 0;
    case 'return_processing_avg_s':
      return s.returnProcessing.n > 0;
    case 'roas':
      return k.adSpend > 0;
    case 'inquiry_conversion_rate':
      return k.inquirers > 0;
    case 'bad_review_rate':
      return k.reviews > 0;
    case 'add_to_cart_rate':
    case 'conversion_rate':
      return k.uv > 0;
    case 'aov':
      return k.payingBuyers > 0;
    case 'gross_margin':
      return k.gmv - k.refundAmount > 0;
    case 'refund_rate':
    case 'dispute_rate':
      return k.paidOrders > 0;
    case 'repeat_purchase_rate_pred':
      return k.payingBuyers + k.historyBuyers > 0;
    default:
      return true;
  }
}
