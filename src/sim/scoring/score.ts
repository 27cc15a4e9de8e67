import type { Role } from '../ids';
import { computeKpis } from '../kpi/compute';
import { tutorialProgress } from '../tutorial';
import type { World } from '../world';
import { judge, MIN_PLAYED_SHARE, type Judgement } from './judge';
import {
  allBots,
  drillPlayed,
  learnerCommands,
  learnerRoles,
  learnerViolations,
  teamViolations,
} from './learner';
import { roleScores } from './roles';
import type { Verdict } from './verdicts';
import { attainment, evaluateTarget, type Baseline, type TargetResult } from './target';

export {
  attainment,
  baselineOf,
  evaluateTarget,
  resolveThreshold,
  targetMet,
  targetRole,
  type Baseline,
  type TargetOp,
  type TargetResult,
} from './target';
export { frictionScore, roleScores, roleViolations } from './roles';
export {
  allBots,
  isLearnerViolation,
  learnerRoles,
  learnerViolations,
  learnerView,
  teamViolations,
} from './learner';
export { MIN_PLAYED_SHARE, judge, targetDeadline, type Judgement } from './judge';

/** 0 stars: nothing of the learner's was met, or the run could not be scored (see Verdict). */
export type Stars = 0 | 1 | 2 | 3;

export { VERDICTS, type Verdict } from './verdicts';

/** The whole team's result: every target and every seat's violations, bots' included. */
export interface TeamScore {
  stars: Stars;
  verdict: Verdict;
  metCount: number;
  total: number;
  violations: number;
}

export interface RunScore {
  /** Every target of the scenario (the team's), each with the role it scores. */
  targets: TargetResult[];
  /** The learner's stars (0 when the verdict is not `scored`). */
  stars: Stars;
  verdict: Verdict;
  /** Why the targets could not be judged, when they could not. */
  judgement?: Judgement;
  /** The roles the learner played (every role for an all-bot run). */
  roles: Role[];
  /** The learner's targets: those whose role they played. */
  own: TargetResult[];
  /** The learner's targets met and their number. */
  metCount: number;
  total: number;
  /** SOP violations charged to the learner's seats. */
  violations: number;
  /** The learner's guided steps, when those score them (tutorial, role without targets). */
  steps?: { done: number; total: number };
  team: TeamScore;
  /** 0–100 per role: target attainment minus SOP-violation penalties (see roles.ts). */
  roleScores: Record<Role, number>;
}

/**
 * A missed target counts as a near miss at this {@link attainment} or more (within 20% of the
 * threshold); two stars allow only near misses.
 */
export const NEAR_MISS = 0.8;

/**
 * Stars (DESIGN §2) from the targets a learner is scored on:
 * - 3: every target met and SOP violations within `maxViolations`;
 * - 2: every target met with too many violations, or at least half met, each miss a near
 *   miss ({@link NEAR_MISS}) and violations within `maxViolations`;
 * - 1: at least one target met;
 * - 0: none met (or no target at all).
 * @param results each target's `met` and {@link attainment} (0..1)
 */
export function starsFor(
  results: readonly { met: boolean; attainment: number }[],
  violations: number,
  maxViolations: number,
): Stars {
  const total = results.length;
  const met = results.filter((r) => r.met).length;
  if (total === 0 || met === 0) return 0;
  const withinSop = violations <= maxViolations;
  if (met === total) return withinSop ? 3 : 2;
  const nearMisses = results.every((r) => r.met || r.attainment >= NEAR_MISS);
  return met * 2 >= total && nearMisses && withinSop ? 2 : 1;
}

const rated = (targets: readonly TargetResult[]) =>
  targets.map((t) => ({ met: t.met, attainment: attainment(t) }));

/** Stars and verdict for a set of targets, or the reason they cannot be judged. */
function judged(
  world: World,
  targets: readonly TargetResult[],
  violations: number,
): { stars: Stars; verdict: Verdict; judgement?: Judgement } {
  const judgement = judge(world, targets);
  if (judgement) return { stars: 0, verdict: judgement.reason, judgement };
  return {
    stars: starsFor(rated(targets), violations, world.scenario.maxViolations),
    verdict: 'scored',
  };
}

/**
 * The learner's guided steps scored like targets. A step not done counts as a near miss: the
 * learner was on the path, so most steps done earn two stars, all of them three.
 */
function stepsScore(world: World, roles: readonly Role[], violations: number) {
  const steps = tutorialProgress(world).filter((s) => roles.includes(s.role));
  if (steps.length === 0) return undefined;
  const done = steps.filter((s) => s.done).length;
  const results = steps.map((s) => ({ met: s.done, attainment: s.done ? 1 : NEAR_MISS }));
  // Finishing the guided task early is a finished task; otherwise the drill must be played.
  const tooShort = done < steps.length && drillPlayed(world) < MIN_PLAYED_SHARE * world.end;
  const stars = tooShort ? 0 : starsFor(results, violations, world.scenario.maxViolations);
  return { stars, done, total: steps.length, tooShort };
}

/**
 * Scores a finished (or running) world. The learner — the seats a person played, or the whole
 * team of an all-bot run — is scored on the targets of the role(s) they played and on their
 * own SOP violations; the team's result (all targets, all seats' violations) is returned apart
 * in `team`. No stars are awarded to an idle learner (no command in a role with targets) or
 * when the targets cannot be judged yet (see {@link judge}).
 * @param baseline required when any target uses `vsBaseline`; see {@link baselineOf}
 * @param roles score these roles instead of the learner's (the expert yardstick of a learner)
 * @throws Error when a relative target has no baseline value
 */
export function scoreRun(world: World, baseline?: Baseline, roles?: readonly Role[]): RunScore {
  const kpis = computeKpis(world);
  const targets = world.scenario.targets.map((t) => evaluateTarget(world, t, baseline, kpis));
  const played = roles ? [...roles] : learnerRoles(world);
  const own = targets.filter((t) => played.includes(t.role));
  const all = teamViolations(world);
  // The expert yardstick of a learner counts the violations of the learner's roles only.
  const violations = roles
    ? all.filter((v) => (roles as readonly string[]).includes(v.role)).length
    : learnerViolations(world).length;
  const teamJudged = judged(world, targets, all.length);
  const team: TeamScore = {
    stars: teamJudged.stars,
    verdict: teamJudged.verdict,
    metCount: targets.filter((t) => t.met).length,
    total: targets.length,
    violations: all.length,
  };
  const base = {
    targets,
    roles: played,
    own,
    metCount: own.filter((t) => t.met).length,
    total: own.length,
    violations,
    team,
    roleScores: roleScores(world, targets),
  };
  const steps = own.length === 0 ? stepsScore(world, played, violations) : undefined;
  const withSteps = steps ? { ...base, steps: { done: steps.done, total: steps.total } } : base;
  const scoredRoles = own.length > 0 ? [...new Set(own.map((t) => t.role))] : played;
  if (!roles && !allBots(world) && learnerCommands(world, scoredRoles) === 0)
    return { ...withSteps, stars: 0, verdict: 'idle' };
  if (own.length > 0) return { ...base, ...judged(world, own, violations) };
  if (!steps) return { ...base, stars: 0, verdict: 'no_targets' };
  if (!steps.tooShort) return { ...withSteps, stars: steps.stars, verdict: 'scored' };
  const judgement: Judgement = {
    reason: 'too_short',
    kpis: [],
    played: drillPlayed(world),
    length: world.end,
  };
  return { ...withSteps, stars: 0, verdict: 'too_short', judgement };
}

/**
 * The expert yardstick of a learner: the expert run scored on the learner's roles, as the
 * learner is. A role without targets (scored on its guided steps, which bots never follow)
 * has no like-for-like yardstick, so the expert team's result stands in.
 * @param expert the expert run, stopped where the learner's drill stopped (see expertRun)
 * @param roles the roles the learner played (RunScore.roles)
 */
export function expertScore(
  expert: World,
  baseline: Baseline | undefined,
  roles: readonly Role[],
): RunScore {
  const mine = scoreRun(expert, baseline, roles);
  return mine.own.length > 0 ? mine : scoreRun(expert, baseline);
}

/** What the 复盘's results add about the learner: the verdict, its reason, steps, the team. */
export function learnerResults(
  score: RunScore,
): Pick<RunScore, 'verdict' | 'judgement' | 'steps' | 'team' | 'roles'> {
  return {
    verdict: score.verdict,
    roles: score.roles,
    ...(score.judgement ? { judgement: score.judgement } : {}),
    ...(score.steps ? { steps: score.steps } : {}),
    team: score.team,
  };
}
