import type { KpiId } from '../ids';
import { KPI_DEFS } from '../kpi/defs';
import type { TargetResult } from '../scoring/score';
import type { World } from '../world';
import { aftersaleReasons, autoApproved, badReviews, lowDsr, refunds } from './causes-aftersales';
import { courierDelays, lateShipments, mispicks, slowReturns } from './causes-fulfilment';
import { disputes, openTickets, unresolved } from './causes-resolution';
import { lateRestock, oversold, stockoutHold } from './causes-stock';
import {
  adEfficiency,
  belowCost,
  checkoutAbandon,
  compensation,
  deepDiscount,
  noAdTraffic,
  priceRaised,
  soldOutAtEnd,
  weakListing,
} from './causes-sales';
import { abandonedChats, lowRatings, presaleLost, slowReplies } from './causes-support';
import { msg, peakWindow, sopClusters, type Analyser } from './evidence';
import { whenOf } from './when';
import type { Cause, ReviewParam } from './types';

const salesFunnel: Analyser[] = [
  stockoutHold,
  soldOutAtEnd,
  priceRaised,
  weakListing,
  badReviews,
  checkoutAbandon,
];

/**
 * The cause analysers per KPI family, most telling first. Each reads the event log (and the
 * world's end state) and returns findings with their evidence; a KPI with none gets a
 * generic cause.
 */
export const ANALYSERS: Record<KpiId, Analyser[]> = {
  uv: [noAdTraffic, badReviews, lowDsr('description')],
  add_to_cart_rate: [priceRaised, weakListing, badReviews, soldOutAtEnd],
  conversion_rate: [...salesFunnel, presaleLost],
  paid_orders: [...salesFunnel, noAdTraffic],
  gmv: [...salesFunnel, noAdTraffic],
  aov: [deepDiscount, belowCost],
  refund_amount: [aftersaleReasons, refunds, autoApproved, lateShipments],
  refund_rate: [aftersaleReasons, refunds, autoApproved, lateShipments],
  net_sales: [refunds, ...salesFunnel],
  ad_spend: [adEfficiency],
  roas: [adEfficiency, stockoutHold, priceRaised],
  gross_margin: [belowCost, deepDiscount, compensation, refunds],
  net_profit: [adEfficiency, belowCost, deepDiscount, compensation, refunds],
  first_response_avg_s: [slowReplies, abandonedChats],
  first_response_p90_s: [slowReplies, abandonedChats],
  response_3min_rate: [slowReplies, abandonedChats],
  inquiry_conversion_rate: [presaleLost, slowReplies, abandonedChats],
  resolution_rate: [unresolved, openTickets, disputes, abandonedChats],
  csat: [lowRatings, slowReplies, abandonedChats],
  on_time_ship_rate: [lateShipments, stockoutHold],
  pick_accuracy: [mispicks],
  stockouts: [stockoutHold, lateRestock],
  oversold_orders: [oversold],
  return_processing_avg_s: [slowReturns],
  dsr_description: [lowDsr('description'), aftersaleReasons],
  dsr_service: [lowDsr('service'), slowReplies, abandonedChats],
  dsr_logistics: [lowDsr('logistics'), lateShipments, courierDelays],
  bad_review_rate: [badReviews, lateShipments, aftersaleReasons],
  dispute_rate: [disputes, autoApproved],
  repeat_purchase_rate_pred: [lateShipments, badReviews, slowReplies],
};

/** The causes of one missed target; always at least one (a generic one when the log is silent). */
export function targetCauses(world: World, result: TargetResult, index: number): Cause[] {
  const out: Cause[] = [];
  for (const analyse of ANALYSERS[result.kpi]) {
    for (const f of analyse({ world, result, index })) {
      const base = `${index}:${f.kind}`;
      const n = out.filter((c) => c.kind === f.kind).length;
      out.push({ id: n === 0 ? base : `${base}:${n + 1}`, target: index, kpi: result.kpi, ...f });
    }
  }
  if (out.length > 0) return out;
  const target = { type: 'target', kpi: result.kpi, op: result.op, value: result.value } as const;
  const kpi = { type: 'kpiName', kpi: result.kpi } as const;
  return [
    {
      id: `${index}:generic`,
      target: index,
      kpi: result.kpi,
      kind: 'generic',
      text: msg('cause.generic', {
        kpi,
        actual: { type: 'kpi', kpi: result.kpi, value: result.actual },
        target,
      }),
      evidence: [],
      incidents: [],
      sops: [],
      refs: [],
      ownerRole: KPI_DEFS[result.kpi].role,
      fix: msg('fix.generic', { kpi }),
    },
  ];
}

/**
 * A violation's subject as a reader knows it: a SKU by its name, a review by its order (or its
 * place in the review list), an order by its id.
 */
function refParam(world: World, ref: string): ReviewParam {
  if (world.skus[ref]) return { type: 'sku', sku: ref };
  const review = /^review:(\d+)$/.exec(ref);
  if (!review) return ref;
  const n = Number(review[1]);
  const order = world.reviews[n]?.order;
  return order ?? { type: 'msg', msg: msg('evidence.review_ref', { n: n + 1 }) };
}

/** The most frequent SOP-violation clusters (trainer seats excluded), as causes. */
export function violationCauses(world: World, limit = 5): Cause[] {
  return sopClusters(world, (v) => v.role !== 'trainer')
    .slice(0, limit)
    .map((c): Cause => {
      const peak = peakWindow(c.times);
      // An SOP broken is the seat's own doing: the incidents live at the time are not its cause.
      const incidents: Cause['incidents'] = [];
      const refs = [...new Set(c.refs)].slice(0, 3);
      const sop = { type: 'sop', sop: c.sop } as const;
      const rule = { type: 'rule', sop: c.sop, rule: c.rule } as const;
      const cause: Cause = {
        id: `sop:${c.sop}:${c.rule}`,
        kind: 'sop_violations',
        text: msg('cause.sop_violations', {
          sop,
          rule,
          count: c.count,
          role: { type: 'role', role: c.role },
          when: whenOf(c.times, 'times'),
        }),
        evidence: [
          ...(refs.length > 0
            ? [
                msg('evidence.refs', {
                  ids: { type: 'list', items: refs.map((r) => refParam(world, r)) },
                }),
              ]
            : []),
        ],
        count: c.count,
        incidents,
        sops: [{ sop: c.sop, rule: c.rule, role: c.role, count: c.count, first: c.first }],
        refs,
        ownerRole: c.role === 'trainer' ? 'ops' : c.role,
        fix: msg('fix.sop_retrain', {
          sop,
          rule,
          count: c.count,
          role: { type: 'role', role: c.role === 'trainer' ? 'ops' : c.role },
        }),
      };
      if (peak) cause.window = peak.window;
      cause.began = c.first;
      cause.sop = c.sop;
      return cause;
    });
}
