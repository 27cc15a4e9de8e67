import type { Scenario } from '../scenario/schema';
import { playLearner } from '../sim/engine/learner';
import { scoreRun, type Baseline } from '../sim/scoring/score';
import type { TargetResult } from '../sim/scoring/target';
import type { Line } from './check';
import { figure } from './check-typical';
import type { Translate } from './text';

/** "first_response_p90_s 155 (≤ 120)": what a target read, against its threshold. */
function described(r: TargetResult): string {
  const actual = r.noData ? '—' : figure(r.kpi, r.actual);
  return `${r.kpi} ${actual} (${r.op === '>=' ? '≥' : '≤'} ${figure(r.kpi, r.value)})`;
}

/**
 * The human-pace check of one seed (issue: a drill a person playing well cannot win is broken,
 * and so is one an idle person wins): a simulated person in the focus role, playing the expert
 * policy at one action per `humanPaceSeconds` of real time, must meet every target of that
 * role; the same seat left idle must miss at least one.
 */
export function humanPace(
  scenario: Scenario,
  seed: number,
  baseline: Baseline | undefined,
  t: Translate,
): Line[] {
  const role = t(`roles.${scenario.focusRole}`);
  const paced = scoreRun(playLearner(scenario, { seed, mode: 'human-paced' }), baseline);
  const own = paced.own;
  if (own.length === 0) return [{ ok: true, text: t('cli.checkPaceNoTargets', { seed, role }) }];
  const missed = own.filter((r) => !r.met);
  const pace = scenario.humanPaceSeconds;
  const lines: Line[] = [
    missed.length === 0
      ? {
          ok: true,
          text: t('cli.checkPace', {
            seed,
            role,
            pace,
            met: own.length,
            total: own.length,
            figures: own.map((r) => described(r)).join(', '),
          }),
        }
      : {
          ok: false,
          text: t('cli.checkPaceMissed', {
            seed,
            role,
            pace,
            targets: missed.map((r) => described(r)).join(', '),
          }),
        },
  ];
  const idle = scoreRun(playLearner(scenario, { seed, mode: 'idle' }), baseline);
  const idleMissed = idle.own.filter((r) => !r.met);
  lines.push(
    idleMissed.length > 0
      ? {
          ok: true,
          text: t('cli.checkIdle', { seed, targets: idleMissed.map((r) => r.kpi).join(', ') }),
        }
      : { ok: false, text: t('cli.checkIdleWins', { seed, role }) },
  );
  return lines;
}
