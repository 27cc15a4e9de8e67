import { ScenarioError } from '../scenario/errors';
import { loadScenarioFile } from '../scenario/load-file';
import type { Scenario } from '../scenario/schema';
import { baselineRun, needsBaseline, playToEnd } from '../sim/engine/play';
import { lifecycleReachability } from '../sim/machines/reachability';
import { ORDER_END_STATES } from '../sim/machines/order.machine';
import { baselineOf, scoreRun } from '../sim/scoring/score';
import { humanPace } from './check-pace';
import { typicalLevels } from './check-typical';
import type { Translate } from './text';

/**
 * The checks behind `npm run scenario:check`: schema and reference checks, lifecycle
 * reachability, and the balance check — expert bots meet every target and earn three stars on
 * three seeds, and novice bots miss at least one target on each (a scenario nobody or anybody
 * can win is broken) — and the human-pace check: a person playing the focus role well, at a
 * person's speed, meets that role's targets, and an idle one does not (see check-pace.ts).
 */
const SEEDS_CHECKED = 3;

export interface Line {
  ok: boolean;
  /** A warning: printed with ⚠, never fails the check. */
  warn?: boolean;
  text: string;
}

export function balance(scenario: Scenario, t: Translate): Line[] {
  const lines: Line[] = [];
  const reached = new Set<string>();
  for (let i = 0; i < SEEDS_CHECKED; i++) {
    const seed = scenario.seed + i;
    const baseline = needsBaseline(scenario) ? baselineOf(baselineRun(scenario, seed)) : undefined;
    const expert = playToEnd(scenario, { seed, botLevel: 'expert' });
    for (const o of Object.values(expert.orders))
      if (ORDER_END_STATES.includes(o.state)) reached.add(o.state);
    const e = scoreRun(expert, baseline);
    const eMissed = e.targets.filter((x) => !x.met).map((x) => x.kpi);
    if (eMissed.length > 0)
      lines.push({
        ok: false,
        text: t('cli.checkExpertMissed', { seed, targets: eMissed.join(', ') }),
      });
    else
      lines.push({
        ok: e.stars === 3,
        text: t(e.stars === 3 ? 'cli.checkExpert' : 'cli.checkExpertStars', {
          seed,
          met: e.metCount,
          total: e.targets.length,
          stars: e.stars,
          verdict: e.verdict,
          violations: e.violations,
          max: scenario.maxViolations,
        }),
      });
    lines.push(...humanPace(scenario, seed, baseline, t));
    const n = scoreRun(playToEnd(scenario, { seed, botLevel: 'novice' }), baseline);
    const nMissed = n.targets.filter((x) => !x.met).map((x) => x.kpi);
    lines.push(
      nMissed.length > 0
        ? { ok: true, text: t('cli.checkNovice', { seed, targets: nMissed.join(', ') }) }
        : { ok: false, text: t('cli.checkNoviceWins', { seed }) },
    );
  }
  lines.push({
    ok: true,
    text: t('cli.checkEndStates', { states: [...reached].sort().join(', ') || '—' }),
  });
  return lines;
}

export function machines(t: Translate): Line[] {
  const all = lifecycleReachability();
  const bad = all.filter((r) => r.unreachable.length > 0);
  if (bad.length > 0)
    return bad.map((r) => ({
      ok: false,
      text: t('cli.checkMachineBad', { machine: r.machine, states: r.unreachable.join(', ') }),
    }));
  const ends = all.map((r) => `${r.machine}: ${r.endStates.join('/')}`).join('; ');
  return [
    {
      ok: true,
      text: t('cli.checkMachines', { machines: all.map((r) => r.machine).join(', '), ends }),
    },
  ];
}

/** Every check for one file; `ok` is false when any line failed. */
export function checkScenarioFile(
  file: string,
  t: Translate,
  machineLines = machines(t),
): { ok: boolean; lines: Line[] } {
  const lines: Line[] = [];
  try {
    const scenario = loadScenarioFile(file);
    lines.push(
      { ok: true, text: t('cli.checkValid') },
      ...machineLines,
      ...balance(scenario, t),
      ...typicalLevels(scenario, t),
    );
  } catch (e) {
    if (!(e instanceof ScenarioError)) throw e;
    lines.push({ ok: false, text: t('cli.checkInvalid', { n: e.issues.length }) });
    for (const issue of e.message.split('\n')) lines.push({ ok: false, text: `  ${issue}` });
  }
  return { ok: lines.every((l) => l.ok), lines };
}
