import { playLearner, type LearnerMode } from './engine/learner';
import type { Scenario } from '../scenario/schema';
import { advance } from './engine/advance';
import { createWorld } from './engine/create-world';
import { hashWorld } from './engine/hash';
import { baselineRun, expertRun, needsBaseline, roundKpis } from './engine/play';
import { KPI_IDS, type BotLevel, type KpiId, type Lang, type Role } from './ids';
import { computeKpis, kpiHasData } from './kpi/compute';
import type { CounterfactualSet } from './review/counterfactual/replay';
import { generateReview } from './review/generate';
import { reviewActions, reviewMarkdown } from './review/markdown';
import { drillPlayed } from './scoring/learner';
import {
  baselineOf,
  expertScore,
  scoreRun,
  type Baseline,
  type Judgement,
  type TeamScore,
  type Verdict,
} from './scoring/score';
import type { Violation, World } from './world';

/** What a finished run reports: the CLI's `--json` object, and what the debrief shows. */
export interface RunReport {
  scenario: { id: string; version: number };
  seed: number;
  worldHash: string;
  /** `null`: the KPI had nothing to measure in this run (no data, not 0 and not 100%). */
  kpis: Record<KpiId, number | null>;
  targets: {
    kpi: KpiId;
    op: '>=' | '<=';
    value: number;
    actual: number | null;
    met: boolean;
    sku?: string;
    /** The role this target scores (absent in reports saved by earlier versions). */
    role?: Role;
  }[];
  /** The learner's stars: their roles' targets and their own SOP violations (see scoreRun). */
  stars: number;
  // The four fields below are absent in reports saved by earlier versions (history).
  /** How the stars came about (`scored`, `idle`, `too_short`, `before_deadline`, …). */
  verdict?: Verdict;
  /** Why the targets could not be judged, when they could not. */
  judgement?: Judgement;
  /** The roles the learner played, their targets met and their SOP violations. */
  learner?: { roles: Role[]; metCount: number; total: number; violations: number };
  /** The whole team's result: every target, every seat's violations (bots' included). */
  team?: TeamScore;
  /** Sim-seconds of drill played and the scenario's length (comparisons use the same stretch). */
  played?: { drill: number; length: number };
  roleScores: Record<Role, number>;
  violations: Violation[];
  review: { markdown: string; actions: ReturnType<typeof reviewActions> };
}

export interface ReportOptions {
  lang: Lang;
  baseline?: Baseline;
  /**
   * The expert run on the same scenario and seed, for the debrief's comparison, played to the
   * learner's drill length (see expertRun's `until`); it is scored on the learner's roles.
   */
  expert?: World;
  /**
   * The 复盘's counterfactual replays when already run (the debrief runs them in a Web Worker);
   * absent: run here; `false`: skipped (causes stay unproven).
   */
  counterfactuals?: CounterfactualSet | false;
}

const round = (x: number) => Math.round(x * 1e6) / 1e6;

/** KPI values with `null` for every KPI that had nothing to measure. */
export function withNoData(
  world: World,
  kpis: Record<KpiId, number>,
): Record<KpiId, number | null> {
  const out = {} as Record<KpiId, number | null>;
  for (const id of KPI_IDS) out[id] = kpiHasData(world, id) ? kpis[id] : null;
  return out;
}

/** Scores a world and writes its 复盘 in one language. Pure: same world, same report. */
export function buildReport(world: World, options: ReportOptions): RunReport {
  const score = scoreRun(world, options.baseline);
  const yardstick = options.expert
    ? expertScore(options.expert, options.baseline, score.roles)
    : undefined;
  const expert =
    options.expert && yardstick
      ? {
          kpis: computeKpis(options.expert),
          stars: yardstick.stars,
          scored: yardstick.verdict === 'scored',
        }
      : undefined;
  const doc = generateReview(world, score, {
    ...(expert ? { expert } : {}),
    ...(options.counterfactuals !== undefined ? { counterfactuals: options.counterfactuals } : {}),
  });
  return {
    scenario: { id: world.scenario.id, version: world.scenario.version },
    seed: world.seed,
    worldHash: hashWorld(world),
    kpis: withNoData(world, roundKpis(computeKpis(world))),
    targets: score.targets.map((t) => ({
      kpi: t.kpi,
      op: t.op,
      value: round(t.value),
      actual: t.noData ? null : round(t.actual),
      met: t.met,
      ...(t.sku ? { sku: t.sku } : {}),
      role: t.role,
    })),
    stars: score.stars,
    verdict: score.verdict,
    ...(score.judgement ? { judgement: score.judgement } : {}),
    learner: {
      roles: score.roles,
      metCount: score.metCount,
      total: score.total,
      violations: score.violations,
    },
    team: score.team,
    played: { drill: drillPlayed(world), length: world.end },
    roleScores: score.roleScores,
    violations: world.violations,
    review: {
      markdown: reviewMarkdown(doc, options.lang, world),
      actions: reviewActions(doc, options.lang, world),
    },
  };
}

/**
 * Plays a scenario headless with bots in every seat and reports it, with the baseline run
 * (when targets need one) and the expert yardstick on the same seed.
 */
export function playAndReport(
  scenario: Scenario,
  opts: { seed?: number; bots?: BotLevel; learner?: LearnerMode; lang: Lang },
): { world: World; report: RunReport } {
  const seed = opts.seed ?? scenario.seed;
  // A simulated person in the focus seat (human-paced or idle) is scored as the learner.
  const world = opts.learner
    ? playLearner(scenario, { seed, mode: opts.learner })
    : createWorld(scenario, { seed, botLevel: opts.bots });
  if (!opts.learner) advance(world, world.end);
  const baseline = needsBaseline(scenario) ? baselineOf(baselineRun(scenario, seed)) : undefined;
  const expert = opts.bots === 'expert' ? world : expertRun(scenario, seed);
  return { world, report: buildReport(world, { lang: opts.lang, baseline, expert }) };
}
