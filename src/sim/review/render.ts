/** Rendering review messages and parameters in one language, from the plain locale tables. */
import type { Messages } from '../../i18n/locales/en';
import type { KpiId, Lang } from '../ids';
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
import type { Msg, ReviewParam } from './types';

const stripEnd = (s: string) => s.replace(/[.。]\s*$/, '');

/** A plain number: integers as they are, others to 2 decimals at most. */
export function num(n: number): string {
  return Number.isInteger(n) ? String(n) : String(Math.round(n * 100) / 100);
}

/** "≥ 95.0%" / "≤ 120 s". */
export function targetText(
  m: Messages,
  kpi: KpiId,
  op: TargetOp,
  value: number,
  lang: Lang,
): string {
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
    case 'scenario':
      return world.scenario[p.field][lang];
  }
}

/** A review message in the reader's language (English wording if a key were missing). */
export function renderMsg(msg: Msg, lang: Lang, world: World): string {
  const template = lookup(MESSAGES[lang].review, msg.key) ?? lookup(MESSAGES.en.review, msg.key);
  if (template === undefined) return msg.key;
  const vars: Record<string, string> = {};
  for (const [k, v] of Object.entries(msg.params)) vars[k] = renderParam(v, lang, world);
  const text = interpolate(template, vars);
  return lang === 'zh-CN' ? tightenHan(text) : text;
}

/**
 * Chinese text has no space between two Han characters: a unit ending one value ("270 秒") and
 * the word after it ("降至") are written together ("270 秒降至 18 秒"), a space stays beside
 * digits and Latin letters.
 */
export function tightenHan(text: string): string {
  return text.replace(/(\p{Script=Han}) +(?=\p{Script=Han})/gu, '$1');
}

/** "★★☆ 2 of 3 stars" / "★★☆ 2 星（满分 3 星）". */
export function starsText(stars: number, lang: Lang): string {
  const n = Math.max(0, Math.min(3, Math.round(stars)));
  const words = interpolate(MESSAGES[lang].common.stars, { n: String(n) });
  return `${'★'.repeat(n)}${'☆'.repeat(3 - n)} ${words}`;
}

/** A KPI's name, scoped to a SKU for SKU targets ("GMV of Mug"). */
export function kpiLabel(
  m: Messages,
  kpi: KpiId,
  sku: string | undefined,
  lang: Lang,
  world: World,
) {
  if (sku === undefined) return m.kpi.label[kpi];
  return interpolate(m.review.goals.skuScope, {
    kpi: m.kpi.label[kpi],
    sku: renderParam({ type: 'sku', sku }, lang, world),
  });
}

/** "✅ met" / "❌ missed". */
export function resultWord(m: Messages, result: Pick<TargetResult, 'met' | 'noData'>): string {
  if (result.noData) return `– ${m.common.noData}`;
  return result.met ? `✅ ${m.common.met}` : `❌ ${m.common.missed}`;
}

/** A target's actual value as shown: "no data" when there was nothing to measure. */
export function targetActual(
  result: Pick<TargetResult, 'kpi' | 'actual' | 'noData'>,
  lang: Lang,
): string {
  return formatKpiValue(result.kpi, result.noData ? null : result.actual, lang);
}

/**
 * One target as a line for the CLI: "On-time shipping rate: 80.0% (target ≥ 95.0%) ❌ missed".
 */
export function targetLine(result: TargetResult, lang: Lang, world: World): string {
  const m = MESSAGES[lang];
  const label = kpiLabel(m, result.kpi, result.sku, lang, world);
  const actual = targetActual(result, lang);
  const target = targetText(m, result.kpi, result.op, result.value, lang);
  return `${label}: ${actual} (${m.review.table.target} ${target}) ${resultWord(m, result)}`;
}
