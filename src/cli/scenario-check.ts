import { ScenarioError } from '../scenario/errors';
import { loadScenarioFile } from '../scenario/load-file';
import type { Scenario } from '../scenario/schema';
import { baselineRun, needsBaseline, playToEnd } from '../sim/engine/play';
import { lifecycleReachability } from '../sim/machines/reachability';
import { ORDER_END_STATES } from '../sim/machines/order.machine';
import { baselineOf, scoreRun } from '../sim/scoring/score';
import { defaultLang } from './args';
import { cliTranslator, type Translate } from './text';

/**
 * `npm run --silent scenario:check -- <files…>`: for each scenario, schema and reference
 * checks, lifecycle reachability, and the balance check — expert bots meet every target on
 * three seeds and novice bots miss at least one on each. Exit 1 when anything fails.
 */
const SEEDS_CHECKED = 3;

interface Line {
  ok: boolean;
  text: string;
}

function balance(scenario: Scenario, t: Translate): Line[] {
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
    lines.push(
      eMissed.length === 0
        ? {
            ok: true,
            text: t('cli.checkExpert', { seed, met: e.metCount, total: e.targets.length }),
          }
        : { ok: false, text: t('cli.checkExpertMissed', { seed, targets: eMissed.join(', ') }) },
    );
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

function machines(t: Translate): Line[] {
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

function main(files: string[]): number {
  const t = cliTranslator(defaultLang());
  if (files.length === 0) {
    process.stderr.write(`${t('cli.noFiles')}\n${t('cli.usageCheck')}\n`);
    return 2;
  }
  const machineLines = machines(t);
  let passed = 0;
  let failed = 0;
  for (const file of files) {
    const lines: Line[] = [];
    try {
      const scenario = loadScenarioFile(file);
      lines.push({ ok: true, text: t('cli.checkValid') }, ...machineLines, ...balance(scenario, t));
    } catch (e) {
      if (!(e instanceof ScenarioError)) throw e;
      lines.push({ ok: false, text: t('cli.checkInvalid', { n: e.issues.length }) });
      for (const issue of e.message.split('\n')) lines.push({ ok: false, text: `  ${issue}` });
    }
    const ok = lines.every((l) => l.ok);
    if (ok) passed++;
    else failed++;
    process.stdout.write(
      `${ok ? '✓' : '✗'} ${file}\n${lines.map((l) => `  ${l.ok ? '✓' : '✗'} ${l.text}`).join('\n')}\n`,
    );
  }
  process.stdout.write(`${t('cli.checkSummary', { passed, failed })}\n`);
  return failed === 0 ? 0 : 1;
}

process.exitCode = main(process.argv.slice(2));
