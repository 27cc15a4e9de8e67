import { applyCommand } from '../../commands/apply';
import { advance, finish } from '../../engine/advance';
import { createWorld } from '../../engine/create-world';
import type { KpiId } from '../../ids';
import { computeKpis, kpiHasData, skuKpi } from '../../kpi/compute';
import type { Scenario } from '../../../scenario/schema';
import { BOT_PROFILES } from '../../bots/levels';
import { playTurn } from '../../bots/run';
import type { World } from '../../world';
import {
  changedInputs,
  interventionKey,
  type Intervention,
  type ReplayBasis,
  type ReplayInput,
} from './intervention';

/** What one counterfactual replay measured: every KPI after its own aftermath. */
export interface Counterfactual {
  key: string;
  intervention: Intervention;
  kpis: Record<KpiId, number>;
  /** KPIs with nothing to measure in the replay. */
  noData: KpiId[];
  /** The scenario's SKU-scoped target KPIs, by SKU. */
  bySku: Record<string, Partial<Record<KpiId, number>>>;
  /** People's commands the changed world refused (they no longer made sense there). */
  refused: number;
}

/** Counterfactual results by intervention key. */
export type CounterfactualSet = Record<string, Counterfactual>;

/**
 * Replays a finished run on the same scenario and seed with one change: the people's commands
 * are fed in at the sim second they were issued (a command the changed world refuses is
 * skipped), bots decide afresh, the drill stops where the original stopped (an early end too)
 * and the aftermath runs, so the KPIs are measured exactly as the run's own were.
 */
export function runCounterfactual(
  basis: ReplayBasis,
  iv: Intervention,
  aftermathDays = basis.scenario.aftermathDays,
): Counterfactual {
  const input = changedInputs(basis, iv);
  // A shorter aftermath where the missed KPIs settle sooner; without one, the learner's
  // own-work KPIs still freeze at the drill's end.
  const scenario = { ...input.scenario, aftermathDays };
  const cf = createWorld(scenario, { seed: basis.seed, seats: input.seats });
  const stop = Math.min(basis.stop, cf.end);
  let refused = 0;
  const onTime = input.onTime && onTimeTurns(cf, input.onTime);
  for (const entry of input.commands) {
    if (entry.t > stop) break;
    onTime?.(entry.t);
    advance(cf, entry.t - cf.clock);
    if (!applyCommand(cf, entry.command).ok) refused++;
  }
  onTime?.(stop);
  advance(cf, stop - cf.clock);
  finish(cf);
  const kpis = computeKpis(cf);
  const noData = (Object.keys(kpis) as KpiId[]).filter((id) => !kpiHasData(cf, id));
  const bySku: Counterfactual['bySku'] = {};
  for (const t of basis.scenario.targets) {
    if (t.sku === undefined) continue;
    const v = skuKpi(cf, t.kpi, t.sku);
    if (v !== undefined) (bySku[t.sku] ??= {})[t.kpi] = v;
  }
  return { key: interventionKey(iv), intervention: iv, kpis, noData, bySku, refused };
}

/**
 * A class of the learner's commands done on time: up to `until`, at the expert's pace, the
 * expert policy plays the learner's seat (it sees what that seat sees) and may issue only the
 * class's commands, under the seat's own id.
 */
function onTimeTurns(
  world: World,
  spec: NonNullable<ReplayInput['onTime']>,
): (until: number) => void {
  const seat = world.seats[spec.seat];
  if (!seat || seat.role === 'trainer') return () => {};
  const role = seat.role;
  const profile = BOT_PROFILES.expert;
  const step = profile.think[role];
  const types: readonly string[] = spec.types;
  // A person's seat sees its own share of the work under its own id (its notes are free); a bot
  // learner's own notes are kept apart (an all-bot run routes nothing, so the view is the same).
  const id = seat.bot ? `${seat.id}#on-time` : seat.id;
  let next = world.clock;
  return (until) => {
    while (next <= until) {
      advance(world, next - world.clock);
      playTurn(world, { ...seat, id, role }, profile, (c) =>
        types.includes(c.type) ? applyCommand(world, { seat: seat.id, role, ...c }).ok : false,
      );
      next += step;
    }
  };
}

/**
 * KPIs whose value is settled when the drill ends: the learner's own work (frozen then, see
 * `ownWorkTotals`) and the sales of the drill (the aftermath has no visitors). Deliveries,
 * reviews, refunds and disputes land in the aftermath and need it replayed.
 */
const SETTLED_AT_DRILL_END: ReadonlySet<KpiId> = new Set<KpiId>([
  'uv',
  'add_to_cart_rate',
  'conversion_rate',
  'paid_orders',
  'gmv',
  'aov',
  'ad_spend',
  'roas',
  'inquiry_conversion_rate',
  'first_response_avg_s',
  'first_response_p90_s',
  'response_3min_rate',
  'csat',
  'pick_accuracy',
  'return_processing_avg_s',
  // Counted when the order is paid.
  'oversold_orders',
]);

/** KPIs settled once the last ship-by promise of the drill's orders has passed. */
const SETTLED_AT_SHIP_BY: ReadonlySet<KpiId> = new Set<KpiId>(['on_time_ship_rate', 'stockouts']);

/**
 * How many sim-days of aftermath replays measuring these KPIs need: none for what is settled
 * when the drill ends, the ship-by promise (and an hour) for shipping, else the scenario's
 * whole aftermath (deliveries, reviews, refunds, disputes). The aftermath is most of a
 * replay's cost: this is where the replays are cheap.
 */
export function aftermathDaysFor(scenario: Scenario, kpis: readonly KpiId[]): number {
  let days = 0;
  for (const k of kpis) {
    if (SETTLED_AT_DRILL_END.has(k)) continue;
    if (!SETTLED_AT_SHIP_BY.has(k)) return scenario.aftermathDays;
    days = Math.max(days, (scenario.policies.shipByHours + 1) / 24);
  }
  return Math.min(days, scenario.aftermathDays);
}

/**
 * The replays a 复盘 needs, as plain data: what the debrief hands its Web Worker (structured
 * clone) and what the CLI runs in-process. Same job, same results, wherever it runs.
 */
export interface ReplayJob {
  basis: ReplayBasis;
  interventions: Intervention[];
  /** Sim-days of aftermath each replay runs (see {@link aftermathDaysFor}). */
  aftermathDays: number;
}

/**
 * Runs a job's interventions once each (by key), in order; `onEach` hears every result as it
 * lands (the debrief's worker posts them one by one).
 */
export function runReplayJob(
  job: ReplayJob,
  onEach?: (cf: Counterfactual, done: number, total: number) => void,
): CounterfactualSet {
  const out: CounterfactualSet = {};
  const keys = new Set(job.interventions.map(interventionKey));
  for (const iv of job.interventions) {
    const key = interventionKey(iv);
    if (out[key]) continue;
    const cf = runCounterfactual(job.basis, iv, job.aftermathDays);
    out[key] = cf;
    onEach?.(cf, Object.keys(out).length, keys.size);
  }
  return out;
}
