import type { KpiId } from '../ids';
import type { World } from '../world';
import { drillPlayed } from './learner';
import type { TargetResult } from './target';
import type { Verdict } from './verdicts';

/**
 * The least share of the scenario's length a drill must run to be scored: half. A learner who
 * stops earlier has not met the drill's load (the evening peak, the second wave of returns),
 * so targets that look met are not yet earned.
 */
export const MIN_PLAYED_SHARE = 0.5;

/** Why a run's targets could not be judged. */
export type UnjudgedReason = Extract<Verdict, 'too_short' | 'before_deadline' | 'no_data'>;

export interface Judgement {
  reason: UnjudgedReason;
  /** The targets concerned (before_deadline, no_data). */
  kpis: KpiId[];
  /** Sim-seconds played and the scenario's length (too_short). */
  played: number;
  length: number;
  /** The first deadline a target depended on, sim-seconds (before_deadline). */
  deadline?: number;
}

/** The earliest ship-by promise of an order placed during the run. */
function firstShipBy(world: World): number | undefined {
  let first: number | undefined;
  for (const o of Object.values(world.orders)) {
    if (o.createdAt < 0 || o.shipBy === undefined) continue;
    if (first === undefined || o.shipBy < first) first = o.shipBy;
  }
  return first;
}

/** When the first chat of the run had waited as long as the target allows. */
function firstSlaWindow(world: World, window: number): number | undefined {
  let first: number | undefined;
  for (const tk of Object.values(world.tickets)) {
    if (tk.openedAt < 0) continue;
    if (first === undefined || tk.openedAt < first) first = tk.openedAt;
  }
  return first === undefined ? undefined : first + window;
}

/**
 * The first deadline a target's KPI depends on, or undefined when it has none: an on-time
 * rate is decided once a ship-by promise falls due, a first-response target once the first
 * chat has waited the target's time (three minutes for the 3-minute rate).
 */
export function targetDeadline(world: World, target: TargetResult): number | undefined {
  switch (target.kpi) {
    case 'on_time_ship_rate':
      return firstShipBy(world);
    case 'first_response_avg_s':
    case 'first_response_p90_s':
      return firstSlaWindow(world, target.value);
    case 'response_3min_rate':
      return firstSlaWindow(world, 180);
    default:
      return undefined;
  }
}

/**
 * Whether the learner's targets can be judged, and why not when they cannot (`undefined`:
 * they can). A drill played to its end is always judged: its aftermath decides the promises
 * still open (a 24-hour ship-by in a 12-hour day) and a target with nothing to measure is
 * simply missed. A drill stopped early is not judged when, in order: it ran less than
 * {@link MIN_PLAYED_SHARE} of its length; it stopped before the first deadline a target
 * depends on ({@link targetDeadline}: no ship-by promise fell due, no chat waited the SLA's
 * time); a target had nothing to measure yet.
 */
export function judge(world: World, targets: readonly TargetResult[]): Judgement | undefined {
  const played = drillPlayed(world);
  const length = world.end;
  const base = { played, length };
  if (played >= length) return undefined;
  if (played < MIN_PLAYED_SHARE * length) return { reason: 'too_short', kpis: [], ...base };
  const early = targets
    .map((t) => ({ t, at: targetDeadline(world, t) }))
    .filter((x) => x.at !== undefined && x.at > played);
  if (early.length > 0) {
    const deadline = Math.min(...early.map((x) => x.at ?? 0));
    return { reason: 'before_deadline', kpis: early.map((x) => x.t.kpi), deadline, ...base };
  }
  const empty = targets.filter((t) => t.noData);
  if (empty.length > 0) return { reason: 'no_data', kpis: empty.map((t) => t.kpi), ...base };
  return undefined;
}
