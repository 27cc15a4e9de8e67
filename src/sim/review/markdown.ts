import type { Messages } from '../../i18n/locales/en';
import { ROLES, type KpiId, type Lang, type Role } from '../ids';
import type { TargetOp, TargetResult } from '../scoring/score';
import type { World } from '../world';
import {
  formatClock,
  formatDuration,
  formatKpiValue,
  formatUnit,
  formatWindow,
  interpolate,
  lookup,
  MESSAGES,
} from './format';
import type { Cause, Msg, ReviewDoc, ReviewParam, ReviewTargetResult } from './types';

/** A rendered improvement-checklist item: what the CLI prints as JSON and the debrief edits. */
export interface ReviewActionOut {
  id: string;
  text: string;
  ownerRole: Role;
  sopRef?: string;
  done: boolean;
}

const stripEnd = (s: string) => s.replace(/[.。]\s*$/, '');

function num(n: number): string {
  return Number.isInteger(n) ? String(n) : String(Math.round(n * 100) / 100);
}

function targetText(m: Messages, kpi: KpiId, op: TargetOp, value: number, lang: Lang): string {
  return interpolate(op === '>=' ? m.common.atLeast : m.common.atMost, {
    value: formatKpiValue(kpi, value, lang),
  });
}

/** One parameter in the reader's language. */
export function renderParam(p: ReviewParam, lang: Lang, world: World): string {
  const m = MESSAGES[lang];
  const start = world.scenario.startTime;
  if (typeof p === 'string') return p;
  if (typeof p === 'number') return num(p);
  switch (p.type) {
    case 'time':
      return formatClock(start, p.t, lang);
    case 'window':
      return formatWindow(start, p.from, p.to, lang);
    case 'duration':
      return formatDuration(p.seconds, lang);
    case 'kpi':
      return formatKpiValue(p.kpi, p.value, lang);
    case 'kpiName':
      return m.kpi.label[p.kpi];
    case 'amount':
      return formatUnit(p.unit, p.value, lang);
    case 'target':
      return targetText(m, p.kpi, p.op, p.value, lang);
    case 'role':
      return m.roles[p.role];
    case 'incident':
      return m.common.incidentKind[p.kind];
    case 'sop':
      return world.scenario.sopCards.find((c) => c.id === p.sop)?.title[lang] ?? p.sop;
    case 'rule': {
      const card = world.scenario.sopCards.find((c) => c.id === p.sop);
      const rule = card?.rules.find((r) => r.id === p.rule);
      return rule ? stripEnd(rule.text[lang]) : p.rule;
    }
    case 'sku':
      return world.scenario.catalogue.find((s) => s.id === p.sku)?.name[lang] ?? p.sku;
    case 'courier':
      return world.scenario.couriers.find((c) => c.id === p.courier)?.name[lang] ?? p.courier;
    case 'term':
      return lookup(m.common[p.group], p.id) ?? p.id;
    case 'msg':
      return renderMsg(p.msg, lang, world);
    case 'list':
      return p.items.map((i) => renderParam(i, lang, world)).join(m.common.listSeparator);
  }
}

/** A review message in the reader's language (English wording if a key were missing). */
export function renderMsg(msg: Msg, lang: Lang, world: World): string {
  const template = lookup(MESSAGES[lang].review, msg.key) ?? lookup(MESSAGES.en.review, msg.key);
  if (template === undefined) return msg.key;
  const vars: Record<string, string> = {};
  for (const [k, v] of Object.entries(msg.params)) vars[k] = renderParam(v, lang, world);
  return interpolate(template, vars);
}

/** "★★☆ 2 of 3 stars" / "★★☆ 2 星（满分 3 星）". */
export function starsText(stars: number, lang: Lang): string {
  const n = Math.max(0, Math.min(3, Math.round(stars)));
  const words = interpolate(MESSAGES[lang].common.stars, { n: String(n) });
  return `${'★'.repeat(n)}${'☆'.repeat(3 - n)} ${words}`;
}

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
const row = (cells: string[]) => `| ${cells.map(cell).join(' | ')} |`;
const table = (head: string[], rows: string[][]) =>
  [row(head), `|${head.map(() => '---').join('|')}|`, ...rows.map(row)].join('\n');

function kpiLabel(m: Messages, kpi: KpiId, sku: string | undefined, lang: Lang, world: World) {
  if (sku === undefined) return m.kpi.label[kpi];
  return interpolate(m.review.goals.skuScope, {
    kpi: m.kpi.label[kpi],
    sku: renderParam({ type: 'sku', sku }, lang, world),
  });
}

function resultWord(m: Messages, met: boolean): string {
  return met ? `✅ ${m.common.met}` : `❌ ${m.common.missed}`;
}

/**
 * One target as a line for the CLI: "On-time shipping rate: 80.0% (target ≥ 95.0%) ❌ missed".
 */
export function targetLine(result: TargetResult, lang: Lang, world: World): string {
  const m = MESSAGES[lang];
  const label = kpiLabel(m, result.kpi, result.sku, lang, world);
  const actual = formatKpiValue(result.kpi, result.actual, lang);
  const target = targetText(m, result.kpi, result.op, result.value, lang);
  return `${label}: ${actual} (${m.review.table.target} ${target}) ${resultWord(m, result.met)}`;
}

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

function causeLines(c: Cause, lang: Lang, world: World): string[] {
  const m = MESSAGES[lang];
  const out = [`- **${renderMsg(c.text, lang, world)}**`];
  for (const e of c.evidence) out.push(`  - ${renderMsg(e, lang, world)}`);
  out.push(`  - ${interpolate(m.review.causes.fix, { fix: renderMsg(c.fix, lang, world) })}`);
  return out;
}

function resultsSection(doc: ReviewDoc, lang: Lang, world: World): string[] {
  const m = MESSAGES[lang];
  const r = doc.results;
  const out = [
    interpolate(m.review.results.stars, {
      stars: starsText(r.stars, lang),
      met: String(r.metCount),
      total: String(r.total),
      violations: String(r.violations),
      max: String(r.maxViolations),
    }),
  ];
  if (r.expert) {
    out.push('', interpolate(m.review.results.expert, { stars: starsText(r.expert.stars, lang) }));
  }
  const withExpert = r.targets.some((t) => t.expert !== undefined);
  const head = [m.review.table.kpi, m.review.table.target, m.review.table.actual];
  if (withExpert) head.push(m.review.table.expert);
  head.push(m.review.table.result);
  const rows = r.targets.map((t: ReviewTargetResult, i) => {
    const cells = [
      kpiLabel(m, t.kpi, t.sku, lang, world),
      goalTarget(doc, i, lang),
      formatKpiValue(t.kpi, t.actual, lang),
    ];
    if (withExpert)
      cells.push(t.expert === undefined ? '—' : formatKpiValue(t.kpi, t.expert, lang));
    cells.push(resultWord(m, t.met));
    return cells;
  });
  out.push('', table(head, rows), '', `### ${m.review.results.roles}`, '');
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
  if (doc.causes.length === 0) return [...out, '', m.review.causes.none];
  doc.results.targets.forEach((t, i) => {
    const causes = doc.causes.filter((c) => c.target === i);
    if (t.met || causes.length === 0) return;
    const heading = interpolate(m.review.causes.missed, {
      kpi: kpiLabel(m, t.kpi, t.sku, lang, world),
      actual: formatKpiValue(t.kpi, t.actual, lang),
      target: goalTarget(doc, i, lang),
    });
    out.push('', `### ${heading}`, '');
    for (const c of causes) out.push(...causeLines(c, lang, world));
  });
  const sops = doc.causes.filter((c) => c.target === undefined);
  if (sops.length > 0) {
    out.push('', `### ${m.review.causes.sops}`, '');
    for (const c of sops) out.push(...causeLines(c, lang, world));
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
