import type { KpiId, Lang, Role } from '../ids';
import { formatClock, formatDuration, interpolate, MESSAGES } from '../review/format';
import { starsText } from '../review/render';
import type { World } from '../world';
import type { Judgement } from './judge';
import type { TeamScore, Verdict } from './score';

/** What the score lines need: a RunScore, the 复盘's results or a saved report all carry it. */
export interface ScoreSummary {
  stars: number;
  metCount: number;
  total: number;
  violations: number;
  verdict?: Verdict;
  judgement?: Judgement;
  steps?: { done: number; total: number };
  team?: TeamScore;
  roles?: readonly Role[];
}

const list = (items: readonly string[], lang: Lang) =>
  items.join(MESSAGES[lang].common.listSeparator);

const roleNames = (roles: readonly Role[] | undefined, lang: Lang) =>
  list(
    (roles ?? []).map((r) => MESSAGES[lang].roles[r]),
    lang,
  );

const kpiNames = (kpis: readonly KpiId[], lang: Lang) =>
  list(
    [...new Set(kpis)].map((k) => MESSAGES[lang].kpi.label[k]),
    lang,
  );

/**
 * Why the learner got no stars, in words (idle, not enough played, no target for the role),
 * or undefined when the run was scored.
 */
export function verdictText(s: ScoreSummary, lang: Lang, world: World): string | undefined {
  const verdict = s.verdict ?? 'scored';
  if (verdict === 'scored') return undefined;
  const m = MESSAGES[lang].review.score.unjudged;
  const j = s.judgement;
  const start = world.scenario.startTime;
  return interpolate(m[verdict], {
    roles: roleNames(s.roles, lang),
    played: formatDuration(j?.played ?? 0, lang),
    length: formatDuration(j?.length ?? world.end, lang),
    at: formatClock(start, j?.played ?? 0, lang),
    deadline: formatClock(start, j?.deadline ?? 0, lang),
    kpis: kpiNames(j?.kpis ?? [], lang),
  });
}

/**
 * "Your result (warehouse): ★★☆ 2 of 3 stars. Your targets met: 1 of 2; …". `glyphs: false`
 * leaves out the ★ glyphs, for a screen that draws the stars beside the line.
 */
export function learnerLine(s: ScoreSummary, lang: Lang, world: World, glyphs = true): string {
  const m = MESSAGES[lang].review.score;
  const words = interpolate(MESSAGES[lang].common.stars, { n: String(s.stars) });
  const vars = {
    roles: roleNames(s.roles, lang),
    stars: glyphs ? starsText(s.stars, lang) : words,
    met: String(s.metCount),
    total: String(s.total),
    violations: String(s.violations),
    max: String(world.scenario.maxViolations),
  };
  if ((s.verdict ?? 'scored') !== 'scored') return interpolate(m.unscored, vars);
  return s.steps
    ? interpolate(m.steps, { ...vars, done: String(s.steps.done), total: String(s.steps.total) })
    : interpolate(m.learner, vars);
}

/** "Team result (every seat, bots included): 2 of 3 targets met; SOP violations 295 (3 allowed)". */
export function teamLine(team: TeamScore, lang: Lang, world: World): string {
  return interpolate(MESSAGES[lang].review.score.team, {
    met: String(team.metCount),
    total: String(team.total),
    violations: String(team.violations),
    max: String(world.scenario.maxViolations),
  });
}

/** The learner's line, the reason when unscored, and the team's line: the 复盘 header and CLI. */
export function scoreLines(s: ScoreSummary, lang: Lang, world: World): string[] {
  const reason = verdictText(s, lang, world);
  return [
    learnerLine(s, lang, world),
    ...(reason ? [reason] : []),
    ...(s.team ? [teamLine(s.team, lang, world)] : []),
  ];
}
