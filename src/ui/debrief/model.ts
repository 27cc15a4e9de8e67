import type { Scenario } from '../../scenario/schema';
import { finish } from '../../sim/engine/advance';
import { baselineRun, expertRun, needsBaseline } from '../../sim/engine/play';
import type { BotLevel, KpiId, Lang, Role } from '../../sim/ids';
import { computeKpis } from '../../sim/kpi/compute';
import { buildReport, type RunReport } from '../../sim/report';
import type { CounterfactualSet } from '../../sim/review/counterfactual/replay';
import { generateReview } from '../../sim/review/generate';
import type { ReviewDoc } from '../../sim/review/types';
import { drillPlayed } from '../../sim/scoring/learner';
import {
  baselineOf,
  expertScore,
  learnerRoles,
  scoreRun,
  type Baseline,
  type RunScore,
  type Verdict,
} from '../../sim/scoring/score';
import type { World } from '../../sim/world';
import { formatClock, interpolate, MESSAGES } from '../../sim/review/format';
import type { FunnelCounts } from './chart-options';

/** The expert bots' run on the same scenario and seed: the debrief's yardstick. */
export interface ExpertData {
  world: World;
  kpis: Record<KpiId, number>;
  /** Scored on the learner's roles, over the same stretch of drill (see expertScore). */
  stars: number;
  /** Whether that stretch could be scored at all (`scored`), or why not. */
  verdict: Verdict;
  roleScores: Record<Role, number>;
  /** Sim time its drill was stopped at: where the learner's stopped. */
  until: number;
  /** Whether that is earlier than the scenario's end (the learner ended early). */
  trimmed: boolean;
}

/** Everything the debrief shows that does not depend on the language. */
export interface DebriefCore {
  world: World;
  baseline?: Baseline;
  score: RunScore;
  doc: ReviewDoc;
  expert?: ExpertData;
  /**
   * The counterfactual replays that proved the causes (run in a Web Worker, see replays.ts);
   * `false` while they run or when they could not: the causes are then the unproven candidates.
   */
  counterfactuals: CounterfactualSet | false;
}

/**
 * The baseline run's KPIs, when the scenario has targets relative to it; `until` stops its
 * drill where the learner's stopped, so a relative target compares the same stretch of time.
 */
export function baselineFor(
  scenario: Scenario,
  seed: number,
  until?: number,
): Baseline | undefined {
  return needsBaseline(scenario) ? baselineOf(baselineRun(scenario, seed, until)) : undefined;
}

/**
 * Scores the run and writes its 复盘 (with the expert yardstick when given). The counterfactual
 * replays are never run here, on the UI thread: pass them in once the worker has them.
 */
export function analyse(
  world: World,
  baseline: Baseline | undefined,
  expert?: ExpertData,
  counterfactuals: CounterfactualSet | false = false,
): DebriefCore {
  // A drill ended early still gets its aftermath before it is scored.
  finish(world);
  const score = scoreRun(world, baseline);
  const doc = generateReview(world, score, {
    counterfactuals,
    ...(expert
      ? { expert: { kpis: expert.kpis, stars: expert.stars, scored: expert.verdict === 'scored' } }
      : {}),
  });
  return {
    world,
    score,
    doc,
    counterfactuals,
    ...(baseline ? { baseline } : {}),
    ...(expert ? { expert } : {}),
  };
}

/**
 * Plays the expert bots on the same scenario and seed (up to ~0.5 s for a full day), stopped
 * where the learner's drill stopped, and scores them on the learner's roles.
 */
export function playExpert(world: World, baseline: Baseline | undefined): ExpertData {
  const until = drillPlayed(world);
  const ew = expertRun(world.scenario, world.seed, until);
  const s = expertScore(ew, baseline, learnerRoles(world));
  return {
    world: ew,
    kpis: computeKpis(ew),
    stars: s.stars,
    verdict: s.verdict,
    roleScores: s.roleScores,
    until,
    trimmed: until < world.end,
  };
}

/** The run report in one language (what history keeps and the exports start from). */
export function reportOf(core: DebriefCore, lang: Lang): RunReport {
  return buildReport(core.world, {
    lang,
    counterfactuals: core.counterfactuals,
    ...(core.baseline ? { baseline: core.baseline } : {}),
    ...(core.expert ? { expert: core.expert.world } : {}),
  });
}

/** The visitor funnel of a run: visitors → added to cart → paying buyers. */
export function funnelOf(world: World): FunnelCounts {
  return { uv: world.kpi.uv, cart: world.kpi.cartVisitors, paid: world.kpi.payingBuyers };
}

/** The role the person played (the scenario's focus role for a trainer seat or no seat). */
export function playedRole(world: World, humanSeat: string): Role {
  const role = world.seats[humanSeat]?.role;
  return role === undefined || role === 'trainer' ? world.scenario.focusRole : role;
}

/** The level of the bots who played the other seats (the most common one). */
export function botLevelOf(world: World): BotLevel {
  const counts = new Map<BotLevel, number>();
  for (const s of Object.values(world.seats))
    if (s.bot) counts.set(s.bot, (counts.get(s.bot) ?? 0) + 1);
  let best: BotLevel = 'competent';
  let n = 0;
  for (const [level, c] of counts) if (c > n) [best, n] = [level, c];
  return best;
}

/** Incidents of the run as sim-second spans, for the charts' shaded bands. */
export function incidentSpans(
  world: World,
): { id: string; kind: string; from: number; to: number }[] {
  const open = new Map<string, { id: string; kind: string; from: number; to: number }>();
  const out: { id: string; kind: string; from: number; to: number }[] = [];
  for (const e of world.log) {
    if (e.type === 'incident_started' && e.incident !== undefined) {
      const span = { id: e.incident, kind: e.incidentKind ?? '', from: e.t, to: world.clock };
      open.set(e.incident, span);
      out.push(span);
    } else if (e.type === 'incident_ended' && e.incident !== undefined) {
      const span = open.get(e.incident);
      if (span) span.to = e.t;
    }
  }
  return out;
}

/** "Compared over the same stretch: the expert bots were stopped at 10:12, where …". */
export function sameStretch(core: DebriefCore, lang: Lang): string {
  return interpolate(MESSAGES[lang].review.score.sameStretch, {
    at: formatClock(core.world.scenario.startTime, core.expert?.until ?? core.world.end, lang),
  });
}
