import { ROLES, type Lang, type Role } from '../ids';
import type { World } from '../world';
import { formatClock, formatKpiValue, interpolate, MESSAGES } from './format';
import {
  kpiLabel,
  num,
  renderMsg,
  renderParam,
  resultWord,
  starsText,
  targetActual,
  targetText,
} from './render';
import { scoreLines } from '../scoring/text';
import type { ActionItem, Cause, Msg, ReviewDoc, ReviewTargetResult } from './types';

export { renderMsg, renderParam, starsText, targetLine } from './render';

/** A rendered improvement-checklist item: what the CLI prints as JSON and the debrief edits. */
export interface ReviewActionOut {
  id: string;
  text: string;
  ownerRole: Role;
  sopRef?: string;
  done: boolean;
}

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
const row = (cells: string[]) => `| ${cells.map(cell).join(' | ')} |`;
const table = (head: string[], rows: string[][]) =>
  [row(head), `|${head.map(() => '---').join('|')}|`, ...rows.map(row)].join('\n');

function goalTarget(doc: ReviewDoc, i: number, lang: Lang): string {
  const m = MESSAGES[lang];
  const g = doc.goals[i];
  if (!g) return '';
  const target = targetText(m, g.kpi, g.op, g.value, lang);
  if (g.vsBaseline === undefined || g.baseline === undefined) return target;
  return interpolate(m.review.goals.relative, {
    target,
    factor: num(g.vsBaseline),
    baseline: formatKpiValue(g.kpi, g.baseline, lang),
  });
}

/** One cause's lines; a fix already given under an earlier cause is not said again. */
function causeLines(c: Cause, lang: Lang, world: World, shown: Set<string>): string[] {
  const m = MESSAGES[lang];
  const out = [`- **${renderMsg(c.text, lang, world)}**`];
  if (c.proof) out.push(`  - ${renderMsg(c.proof.text, lang, world)}`);
  for (const e of c.evidence) out.push(`  - ${renderMsg(e, lang, world)}`);
  for (const fix of [c.fix, ...(c.alsoFix ?? [])]) {
    const line = `  - ${interpolate(m.review.causes.fix, { fix: renderMsg(fix, lang, world) })}`;
    if (shown.has(line)) continue;
    shown.add(line);
    out.push(line);
  }
  return out;
}

function resultsSection(doc: ReviewDoc, lang: Lang, world: World): string[] {
  const m = MESSAGES[lang];
  const r = doc.results;
  // The learner's stars (or why none), then the team's result apart.
  const out = scoreLines(r, lang, world).flatMap((line, i) => (i === 0 ? [line] : ['', line]));
  if (r.expert) {
    // A yardstick stopped as early as the learner is not scored either: no grey stars for it.
    const stars =
      r.expert.scored === false ? m.review.results.expertUnscored : starsText(r.expert.stars, lang);
    out.push('', interpolate(m.review.results.expert, { stars }));
  }
  const withExpert = r.targets.some((t) => t.expert !== undefined);
  const head = [m.review.table.kpi, m.review.table.target, m.review.table.actual];
  if (withExpert) head.push(m.review.table.expert);
  head.push(m.review.table.result);
  const rows = r.targets.map((t: ReviewTargetResult, i) => {
    const cells = [
      kpiLabel(m, t.kpi, t.sku, lang, world),
      goalTarget(doc, i, lang),
      targetActual(t, lang),
    ];
    if (withExpert)
      cells.push(t.expert === undefined ? '—' : formatKpiValue(t.kpi, t.expert, lang));
    cells.push(resultWord(m, t));
    return cells;
  });
  out.push('', table(head, rows));
  if (doc.harms.length > 0) {
    out.push('', `### ${m.review.proof.harms}`, '');
    for (const h of doc.harms) out.push(`- ⚠️ ${renderMsg(h.text, lang, world)}`);
  }
  out.push('', `### ${m.review.results.roles}`, '');
  out.push(
    table(
      [m.review.table.role, m.review.table.score, m.review.table.violations],
      ROLES.map((role) => [
        m.roles[role],
        String(r.roleScores[role]),
        String(r.roleViolations[role]),
      ]),
    ),
    '',
    m.review.results.roleNote,
  );
  return out;
}

function causesSection(doc: ReviewDoc, lang: Lang, world: World): string[] {
  const m = MESSAGES[lang];
  const out = [m.review.causes.intro];
  if (doc.replays > 0)
    out.push('', interpolate(m.review.proof.replays, { n: String(doc.replays) }));
  if (doc.causes.length === 0) return [...out, '', m.review.causes.none];
  const shown = new Set<string>();
  doc.results.targets.forEach((t, i) => {
    const causes = doc.causes.filter((c) => c.target === i);
    if (t.met || causes.length === 0) return;
    const heading = interpolate(m.review.causes.missed, {
      kpi: kpiLabel(m, t.kpi, t.sku, lang, world),
      actual: targetActual(t, lang),
      target: goalTarget(doc, i, lang),
    });
    out.push('', `### ${heading}`, '');
    for (const c of causes) out.push(...causeLines(c, lang, world, shown));
  });
  const sops = doc.causes.filter((c) => c.target === undefined);
  if (sops.length > 0) {
    out.push('', `### ${m.review.causes.sops}`, '');
    for (const c of sops) out.push(...causeLines(c, lang, world, shown));
  }
  return out;
}

function lessonsSection(doc: ReviewDoc, lang: Lang, world: World): string[] {
  const m = MESSAGES[lang];
  const list = (msgs: Msg[], none: string) =>
    msgs.length === 0 ? [`- ${none}`] : msgs.map((x) => `- ${renderMsg(x, lang, world)}`);
  return [
    `**${m.review.lessons.keep}**`,
    '',
    ...list(doc.lessons.keep, m.review.lessons.noneKeep),
    '',
    `**${m.review.lessons.improve}**`,
    '',
    ...list(doc.lessons.improve, m.review.lessons.noneImprove),
  ];
}

/** The improvement checklist rendered in one language (the JSON the CLI prints). */
export function reviewActions(doc: ReviewDoc, lang: Lang, world: World): ReviewActionOut[] {
  return doc.actions.map((a) => {
    const out: ReviewActionOut = {
      id: a.id,
      text: renderMsg({ key: a.textKey, params: a.params }, lang, world),
      ownerRole: a.ownerRole,
      done: a.done,
    };
    if (a.sopRef !== undefined) out.sopRef = a.sopRef;
    return out;
  });
}

/** How an action is checked next time: "check: 发货及时率 ≥ 95.0%". */
export function checkText(a: ActionItem, lang: Lang, world: World): string | undefined {
  const m = MESSAGES[lang];
  if (!a.check) return undefined;
  if (!('kpi' in a.check)) return m.review.proof.checkViolations;
  const c = a.check;
  const label = kpiLabel(m, c.kpi, undefined, lang, world);
  return interpolate(m.review.proof.check, {
    check: `${label} ${targetText(m, c.kpi, c.op, c.value, lang)}`,
  });
}

function actionsSection(doc: ReviewDoc, lang: Lang, world: World): string[] {
  const m = MESSAGES[lang];
  if (doc.actions.length === 0) return [m.review.actions.none];
  const lines = doc.actions.map((a) => {
    const text = renderMsg({ key: a.textKey, params: a.params }, lang, world);
    const tags = [interpolate(m.review.actions.owner, { role: m.roles[a.ownerRole] })];
    if (a.sopRef !== undefined) {
      const title = renderParam({ type: 'sop', sop: a.sopRef }, lang, world);
      tags.push(interpolate(m.review.actions.sop, { sop: title }));
    }
    const check = checkText(a, lang, world);
    if (check !== undefined) tags.push(check);
    const note = a.note.trim() === '' ? '' : ` — ${a.note.trim()}`;
    const owner = interpolate(m.review.actions.tags, { tags: tags.join(' · ') });
    return `- [${a.done ? 'x' : ' '}] ${text}${owner}${note}`;
  });
  return [m.review.actions.intro, '', ...lines];
}

/**
 * The 复盘 as Markdown in one language: 回顾目标 / 评估结果 / 分析原因 / 总结经验 / 改进清单
 * (Review the goals / Assess the results / Analyse the causes / Sum up the lessons /
 * Improvement checklist), times on the scenario's clock, the checklist as `- [ ]` items.
 */
export function reviewMarkdown(doc: ReviewDoc, lang: Lang, world: World): string {
  const m = MESSAGES[lang];
  const h = m.review.heading;
  const goalRows = doc.goals.map((g, i) => [
    kpiLabel(m, g.kpi, g.sku, lang, world),
    goalTarget(doc, i, lang),
    m.roles[g.ownerRole],
  ]);
  const lines = [
    `# ${interpolate(m.review.title, { scenario: world.scenario.title[lang] })}`,
    '',
    interpolate(m.review.meta, {
      seed: String(doc.seed),
      time: formatClock(world.scenario.startTime, doc.at, lang),
      stars: starsText(doc.results.stars, lang),
    }),
    '',
    `## ${h.goals}`,
    '',
    `**${m.review.proof.heading}**`,
    '',
    ...doc.story.map((x) => `- ${renderMsg(x, lang, world)}`),
    '',
    m.review.goals.intro,
    '',
    table([m.review.table.kpi, m.review.table.target, m.review.table.owner], goalRows),
    '',
    `## ${h.results}`,
    '',
    ...resultsSection(doc, lang, world),
    '',
    `## ${h.causes}`,
    '',
    ...causesSection(doc, lang, world),
    '',
    `## ${h.lessons}`,
    '',
    ...lessonsSection(doc, lang, world),
    '',
    `## ${h.actions}`,
    '',
    ...actionsSection(doc, lang, world),
  ];
  return `${lines.join('\n')}\n`;
}
