import type { KpiId } from '../ids';
import { computeKpis } from '../kpi/compute';
import type { World } from '../world';
import { msg } from './evidence';
import type { HarmFlag, ReviewTargetResult } from './types';

/** Targets a shop can "buy" with price: met through discounts, they may cost the margin. */
const SALES: readonly KpiId[] = [
  'uv',
  'add_to_cart_rate',
  'conversion_rate',
  'paid_orders',
  'gmv',
  'aov',
  'roas',
  'inquiry_conversion_rate',
];
/** Targets a shop can "buy" by giving in to every claim. */
const CLAIMS: readonly KpiId[] = [
  'dispute_rate',
  'csat',
  'resolution_rate',
  'bad_review_rate',
  'dsr_service',
  'return_processing_avg_s',
];
/** Of these, the ones a shop can also buy by refunding every request, fraudulent or not. */
const GENEROUS: readonly KpiId[] = ['dispute_rate', 'csat', 'resolution_rate'];

/** Gross margin this many points below the expert's on the same seed counts as destroyed. */
export const MARGIN_DROP = 0.15;
/** A refund rate this many points above the expert's counts as bought with refunds. */
export const REFUND_EXCESS = 0.1;

/** Fraudulent claims (fake or empty-parcel refunds) the shop approved. */
export function fraudApproved(world: World): { approved: number; total: number } {
  let approved = 0;
  let total = 0;
  for (const o of Object.values(world.orders)) {
    if (o.aftersale?.reason !== 'fake_claim') continue;
    total++;
    if (o.aftersale.approved) approved++;
  }
  return { approved, total };
}

/** Share of the after-sales requests a person or bot of the shop approved (not the platform). */
function approvedShare(world: World): number {
  let asked = 0;
  let approved = 0;
  for (const e of world.log) {
    if (e.type === 'aftersale_requested') asked++;
    else if (e.type === 'aftersale_approved') approved++;
  }
  return asked === 0 ? 0 : approved / asked;
}

/**
 * Met targets reached through a move that hurt the shop (DESIGN §8: not praised): a sales
 * target with the shop making a loss or its gross margin far below the expert's; a claims
 * target with most fraudulent claims approved, or with a refund rate far above the expert's.
 */
export function harmFlags(
  world: World,
  targets: readonly ReviewTargetResult[],
  expert?: Record<KpiId, number>,
): HarmFlag[] {
  const k = computeKpis(world);
  const fraud = fraudApproved(world);
  const out: HarmFlag[] = [];
  targets.forEach((r, i) => {
    if (!r.met) return;
    const kpi = { type: 'kpiName', kpi: r.kpi } as const;
    const val = (id: KpiId, v: number) => ({ type: 'kpi', kpi: id, value: v }) as const;
    if (SALES.includes(r.kpi)) {
      if (k.net_profit < 0) {
        out.push({
          target: i,
          kpi: r.kpi,
          kind: 'profit',
          text: msg('harm.profit', { kpi, profit: val('net_profit', k.net_profit) }),
        });
      } else if (expert && k.gross_margin < expert.gross_margin - MARGIN_DROP) {
        out.push({
          target: i,
          kpi: r.kpi,
          kind: 'margin',
          text: msg('harm.margin', {
            kpi,
            margin: val('gross_margin', k.gross_margin),
            expert: val('gross_margin', expert.gross_margin),
            profit: val('net_profit', k.net_profit),
          }),
        });
      }
    }
    if (!CLAIMS.includes(r.kpi)) return;
    if (fraud.approved > 0 && fraud.approved * 2 >= fraud.total) {
      out.push({
        target: i,
        kpi: r.kpi,
        kind: 'fraud',
        text: msg('harm.fraud', { kpi, approved: fraud.approved, total: fraud.total }),
      });
    } else if (
      expert &&
      GENEROUS.includes(r.kpi) &&
      approvedShare(world) >= 0.9 &&
      k.refund_rate > expert.refund_rate + REFUND_EXCESS
    ) {
      out.push({
        target: i,
        kpi: r.kpi,
        kind: 'refunds',
        text: msg('harm.refunds', {
          kpi,
          rate: val('refund_rate', k.refund_rate),
          expert: val('refund_rate', expert.refund_rate),
        }),
      });
    }
  });
  return out;
}
