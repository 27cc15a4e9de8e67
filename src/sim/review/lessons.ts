import { KPI_DEFS } from '../kpi/defs';
import { allBots, isLearnerViolation, learnerRoles, learnerSeats } from '../scoring/learner';
import { activeSopCards } from '../sop/rules';
import type { World } from '../world';
import { cardCommands } from './actions';
import { eventsOf, msg, sopClusters } from './evidence';
import type { Cause, HarmFlag, Msg, ReviewLessons, ReviewParam, ReviewTargetResult } from './types';

/** A met target counts as "with room to spare" when it beat the threshold by this share. */
export const COMFORT_MARGIN = 0.1;

const kpiName = (r: ReviewTargetResult): ReviewParam => ({ type: 'kpiName', kpi: r.kpi });
const actual = (r: ReviewTargetResult): ReviewParam => ({
  type: 'kpi',
  kpi: r.kpi,
  value: r.actual,
});
const target = (r: ReviewTargetResult): ReviewParam => ({
  type: 'target',
  kpi: r.kpi,
  op: r.op,
  value: r.value,
});

/** How far `a` is better than `b` for this KPI, as a share of `b` (negative: worse). */
export function relativeLead(kpi: ReviewTargetResult['kpi'], a: number, b: number): number {
  const higher = KPI_DEFS[kpi].better === 'higher';
  if (b === 0) return a === b ? 0 : (higher ? a > b : a < b) ? Infinity : -Infinity;
  return higher ? (a - b) / Math.abs(b) : (b - a) / Math.abs(b);
}

/**
 * Whether a met target was met with room to spare: by {@link COMFORT_MARGIN} of the threshold,
 * or, for a capped KPI (a share at 100%, a rating at 5), by half the headroom left to the cap.
 */
function comfortable(r: ReviewTargetResult): boolean {
  const lead = r.op === '>=' ? r.actual - r.value : r.value - r.actual;
  if (r.value === 0 ? lead > 0 : lead / Math.abs(r.value) >= COMFORT_MARGIN) return true;
  const unit = KPI_DEFS[r.kpi].unit;
  const cap = unit === 'stars' ? 5 : unit === 'ratio' && r.kpi !== 'roas' ? 1 : undefined;
  return r.op === '>=' && cap !== undefined && r.value < cap && lead / (cap - r.value) >= 0.5;
}

/** How a card of this role is broken without a rule firing: customers left unanswered, parcels late. */
function silentBreaks(world: World, role: string): number {
  if (role === 'support') return eventsOf(world, ['ticket_abandoned']).length;
  if (role === 'warehouse') return eventsOf(world, ['ship_late']).length;
  return 0;
}

/**
 * Whether the learner issued a command the card's rules check (time-bound rules need a queue):
 * the person's own seat, not a bot colleague beside them who did the work; any seat of the role
 * in a run of bots only.
 */
function exercised(world: World, card: ReturnType<typeof activeSopCards>[number]): boolean {
  const checked = cardCommands(card);
  const mine = allBots(world) ? undefined : new Set(learnerSeats(world).map((s) => s.id));
  return world.commandLog.some(
    (c) =>
      c.command.role === card.role &&
      checked.has(c.command.type) &&
      (mine === undefined || mine.has(c.command.seat)),
  );
}

/**
 * 总结经验: what to keep (targets met with room to spare or matching the expert bots, SOP cards
 * followed without a violation) and what to improve (missed targets with their main cause,
 * SOPs broken, KPIs where the expert bots did clearly better).
 */
export function buildLessons(
  world: World,
  targets: readonly ReviewTargetResult[],
  causes: readonly Cause[],
  harms: readonly HarmFlag[] = [],
): ReviewLessons {
  const keep: Msg[] = [];
  const improve: Msg[] = [];
  targets.forEach((r, i) => {
    const harm = harms.filter((h) => h.target === i);
    if (r.met && harm.length > 0) {
      // Met through a harmful move: flagged, never praised (nor compared as a win).
      for (const h of harm) improve.push(h.text);
      return;
    }
    if (r.met) {
      keep.push(
        msg(comfortable(r) ? 'lesson.keep_target' : 'lesson.keep_tight', {
          kpi: kpiName(r),
          actual: actual(r),
          target: target(r),
        }),
      );
    } else {
      const top = causes.find((c) => c.target === i);
      improve.push(
        msg('lesson.improve_target', {
          kpi: kpiName(r),
          actual: actual(r),
          target: target(r),
          cause: { type: 'msg', msg: msg(`label.${top?.kind ?? 'generic'}`) },
        }),
      );
    }
    if (r.expert === undefined) return;
    const lead = relativeLead(r.kpi, r.actual, r.expert);
    const params = {
      kpi: kpiName(r),
      actual: actual(r),
      expert: { type: 'kpi', kpi: r.kpi, value: r.expert },
    } as const;
    if (lead >= 0 && r.met) keep.push(msg('lesson.keep_expert', params));
    // A missed target's expert figure is in the results table already: said once.
    else if (r.met && lead < -COMFORT_MARGIN) improve.push(msg('lesson.improve_expert', params));
  });
  // The learner's SOPs: the cards of the roles they played, kept or broken by their own seat.
  // Bots' violations are the team's (the results table shows them), never the learner's lesson.
  const mine = isLearnerViolation(world);
  const broken = new Set(world.violations.filter(mine).map((v) => v.sop));
  const roles = new Set<string>(learnerRoles(world));
  for (const card of activeSopCards(world)) {
    if (!roles.has(card.role)) continue;
    const sop = { type: 'sop', sop: card.id } as const;
    const role = { type: 'role', role: card.role } as const;
    if (broken.has(card.id)) continue;
    const silent = silentBreaks(world, card.role);
    // Praise only an SOP that was exercised and kept: not one nobody used, nor one whose
    // customers were left unanswered or whose parcels went out late without a rule firing.
    if (!exercised(world, card)) improve.push(msg('lesson.sop_unexercised', { sop, role }));
    else if (silent > 0)
      improve.push(
        msg(`lesson.sop_silent_${card.role === 'support' ? 'support' : 'warehouse'}`, {
          sop,
          role,
          count: silent,
        }),
      );
    else keep.push(msg('lesson.keep_sop', { sop, role }));
  }
  const bySop = new Map<string, number>();
  for (const c of sopClusters(world, mine)) bySop.set(c.sop, (bySop.get(c.sop) ?? 0) + c.count);
  for (const [sop, count] of bySop) {
    improve.push(msg('lesson.improve_sop', { sop: { type: 'sop', sop }, count }));
  }
  return { keep, improve };
}
