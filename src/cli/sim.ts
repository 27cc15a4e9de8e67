import { ScenarioError } from '../scenario/errors';
import { loadScenarioFile } from '../scenario/load-file';
import { KPI_IDS, ROLES, type KpiId } from '../sim/ids';
import { playAndReport, type RunReport } from '../sim/report';
import { formatKpiValue } from '../sim/review/format';
import { teamLine, verdictText } from '../sim/scoring/text';
import type { World } from '../sim/world';
import { defaultLang, parseSimArgs, UsageError, type SimArgs } from './args';
import { cliTranslator, type Translate } from './text';

/**
 * `npm run --silent sim -- <scenario.yaml> [--seed N] [--bots LEVEL] [--lang LANG] [--json]`:
 * plays a scenario headless with bots in every seat and prints the KPIs against the targets,
 * the stars and the 复盘 — or, with --json, exactly one JSON object.
 */
function table(rows: string[][]): string {
  const widths =
    rows[0]?.map((_, i) => Math.max(...rows.map((r) => displayWidth(r[i] ?? '')))) ?? [];
  return rows
    .map((r) =>
      r
        .map((c, i) => c + ' '.repeat((widths[i] ?? 0) - displayWidth(c)))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

/** CJK characters take two columns in a terminal. */
function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s)
    w +=
      /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(
        ch,
      )
        ? 2
        : 1;
  return w;
}

function readable(report: RunReport, args: SimArgs, world: World, t: Translate): string {
  const title = world.scenario.title[args.lang];
  const lang = args.lang;
  const out: string[] = [];
  out.push(
    t('cli.header', {
      title,
      id: report.scenario.id,
      version: report.scenario.version,
      seed: report.seed,
      bots: args.learner
        ? t(`cli.learnerMode.${args.learner}`)
        : args.bots
          ? t(`common.botLevel.${args.bots}`)
          : t('cli.botsScenario'),
    }),
  );
  out.push(t('cli.hash', { hash: report.worldHash }), '', `## ${t('cli.kpiTable')}`, '');
  const rows = [[t('cli.colKpi'), t('cli.colActual'), t('cli.colTarget'), t('cli.colResult')]];
  for (const target of report.targets) {
    const label = t(`kpi.label.${target.kpi}`) + (target.sku ? ` (${target.sku})` : '');
    const bound = t(target.op === '>=' ? 'common.atLeast' : 'common.atMost', {
      value: formatKpiValue(target.kpi, target.value, lang),
    });
    rows.push([
      label,
      formatKpiValue(target.kpi, target.actual, lang),
      bound,
      target.met
        ? `✓ ${t('common.met')}`
        : target.actual === null
          ? `– ${t('common.noData')}`
          : `✗ ${t('common.missed')}`,
    ]);
  }
  out.push(table(rows), '', `## ${t('cli.otherKpis')}`, '');
  const targeted = new Set<KpiId>(report.targets.map((x) => x.kpi));
  out.push(
    table(
      KPI_IDS.filter((id) => !targeted.has(id)).map((id) => [
        t(`kpi.label.${id}`),
        formatKpiValue(id, report.kpis[id], lang),
      ]),
    ),
  );
  out.push(
    '',
    t('cli.stars', {
      stars: '★'.repeat(report.stars) + '☆'.repeat(3 - report.stars),
      n: report.stars,
    }),
  );
  // Why no stars (an early end, no data…), and the team's result apart from the seats scored.
  const reason = report.learner && verdictText({ ...report, ...report.learner }, lang, world);
  if (reason) out.push(reason);
  if (report.team) out.push(teamLine(report.team, lang, world));
  out.push(
    t('cli.roleScores', {
      scores: ROLES.map((r) => `${t(`roles.${r}`)} ${Math.round(report.roleScores[r])}`).join(
        ' · ',
      ),
    }),
  );
  out.push(t('cli.violations', { n: report.violations.length }), '', report.review.markdown);
  return out.join('\n');
}

function main(argv: string[]): number {
  let t = cliTranslator(defaultLang());
  try {
    const args = parseSimArgs(argv, t);
    t = cliTranslator(args.lang);
    const scenario = loadScenarioFile(args.file);
    const { world, report } = playAndReport(scenario, {
      seed: args.seed,
      bots: args.bots,
      learner: args.learner,
      lang: args.lang,
    });
    process.stdout.write(
      args.json ? `${JSON.stringify(report)}\n` : `${readable(report, args, world, t)}\n`,
    );
    return 0;
  } catch (e) {
    if (e instanceof UsageError) {
      process.stderr.write(`${e.message}\n${t('cli.usageSim')}\n`);
      return 2;
    }
    if (e instanceof ScenarioError) {
      process.stderr.write(`${e.message}\n`);
      return 1;
    }
    throw e;
  }
}

process.exitCode = main(process.argv.slice(2));
