import type { KpiId } from '../../ids';
import type { TargetResult } from '../../scoring/score';
import { msg } from '../evidence';
import type { CauseKind, CauseProof, Msg, ReviewKey } from '../types';
import { COMMAND_CLASSES, type Intervention } from './intervention';
import type { Counterfactual } from './replay';

/** A change must close at least this share of the gap to be cited as a cause. */
export const MIN_SHARE = 0.1;

/** What-if wording for the expert replay of a cause, where it says more than the role. */
const ACTIONS: Partial<Record<CauseKind, ReviewKey>> = {
  ship_late: 'whatif_action.ship_late',
  stockout_hold: 'whatif_action.stockout_hold',
  oversold: 'whatif_action.oversold',
  slow_first_reply: 'whatif_action.slow_first_reply',
  abandoned: 'whatif_action.abandoned',
  mispick: 'whatif_action.mispick',
  slow_returns: 'whatif_action.slow_returns',
  bad_reviews: 'whatif_action.bad_reviews',
  disputes: 'whatif_action.disputes',
  auto_approved: 'whatif_action.auto_approved',
  unsolved: 'whatif_action.unsolved',
};

/** The causes a KPI measures directly: the expert's replay may be worded as that habit. */
const DIRECT: Partial<Record<KpiId, readonly CauseKind[]>> = {
  on_time_ship_rate: ['ship_late'],
  first_response_avg_s: ['slow_first_reply', 'abandoned'],
  first_response_p90_s: ['slow_first_reply', 'abandoned'],
  response_3min_rate: ['slow_first_reply', 'abandoned'],
  oversold_orders: ['oversold'],
  stockouts: ['stockout_hold'],
  pick_accuracy: ['mispick'],
  return_processing_avg_s: ['slow_returns'],
  dispute_rate: ['disputes', 'auto_approved'],
  resolution_rate: ['unsolved'],
  bad_review_rate: ['bad_reviews'],
};

/** The replay's value of a target's KPI (SKU-scoped when the target is), if it had data. */
export function replayValue(cf: Counterfactual, r: TargetResult): number | undefined {
  if (r.sku !== undefined) return cf.bySku[r.sku]?.[r.kpi];
  return cf.noData.includes(r.kpi) ? undefined : cf.kpis[r.kpi];
}

/** Share of a missed target's gap a replayed value closes: 0 (none or worse) to 1 (all). */
export function gapShare(r: TargetResult, to: number): number {
  const gap = Math.abs(r.value - r.actual);
  if (gap === 0) return 0;
  const better = r.op === '>=' ? to - r.actual : r.actual - to;
  return Math.max(0, Math.min(1, better / gap));
}

/** The figures every what-if sentence carries: from, to, direction, share of the gap. */
function figures(r: TargetResult, to: number) {
  return {
    kpi: { type: 'kpiName', kpi: r.kpi },
    from: { type: 'kpi', kpi: r.kpi, value: r.actual },
    to: { type: 'kpi', kpi: r.kpi, value: to },
    dir: { type: 'msg', msg: msg(to >= r.actual ? 'whatif_dir.up' : 'whatif_dir.down') },
    share: Math.round(gapShare(r, to) * 100),
  } as const;
}

/** A what-if sentence whose figure is computed from the log, not replayed. */
export function whatIfArithmetic(key: ReviewKey, r: TargetResult, to: number): Msg {
  return msg(key, figures(r, to));
}

/** The what-if sentence for one replay of one target. */
export function whatIf(iv: Intervention, r: TargetResult, to: number, kind?: CauseKind): Msg {
  const common = figures(r, to);
  switch (iv.kind) {
    case 'expert': {
      // The expert plays the whole role: name one habit only where it is the KPI's own measure
      // (replies for first response), else "the role played as the expert would" — a better
      // conversion from the expert's support is not proof that review follow-ups did it.
      const own = kind && DIRECT[r.kpi]?.includes(kind) ? ACTIONS[kind] : undefined;
      const role = { type: 'role', role: iv.role } as const;
      const action = own ? msg(own, { role }) : msg('whatif_action.role', { role });
      return msg('whatif.expert', { ...common, action: { type: 'msg', msg: action } });
    }
    case 'incident':
      return msg('whatif.incident', {
        ...common,
        id: iv.id,
        incident: { type: 'incident', kind: iv.card },
      });
    case 'staff':
      return msg('whatif.staff', { ...common, role: { type: 'role', role: iv.role } });
    case 'commands':
      return msg(
        COMMAND_CLASSES[iv.cls].mode === 'on_time' ? 'whatif.commands_on_time' : 'whatif.commands',
        {
          ...common,
          role: { type: 'role', role: COMMAND_CLASSES[iv.cls].role },
          cls: { type: 'msg', msg: msg(`command_class.${iv.cls}`) },
        },
      );
  }
}

/** A replay's proof for a missed target, or undefined when the replay is missing or has no data. */
export function proofFrom(
  cf: Counterfactual | undefined,
  r: TargetResult,
  kind?: CauseKind,
): CauseProof | undefined {
  if (!cf) return undefined;
  const to = replayValue(cf, r);
  if (to === undefined) return undefined;
  return {
    key: cf.key,
    intervention: cf.intervention,
    kpi: r.kpi,
    from: r.actual,
    to,
    share: gapShare(r, to),
    text: whatIf(cf.intervention, r, to, kind),
  };
}
