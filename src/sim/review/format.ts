import { en, type Messages } from '../../i18n/locales/en';
import { zhCN } from '../../i18n/locales/zh-CN';
import type { KpiId, Lang } from '../ids';
import { KPI_DEFS, type KpiUnit } from '../kpi/defs';
import { parseClockTime } from '../engine/clock';

/**
 * Plain-data formatting for the review and the CLI: the locale tables are imported directly
 * (no i18next inside src/sim), and `{{name}}` placeholders are filled in here.
 */
export const MESSAGES: Record<Lang, Messages> = { en, 'zh-CN': zhCN };

/** Fills `{{name}}` placeholders; unknown names are left visible so a gap is noticed. */
export function interpolate(template: string, vars: Readonly<Record<string, string>>): string {
  return template.replace(/\{\{\s*([\w.]+)\s*\}\}/g, (whole, name: string) => vars[name] ?? whole);
}

/** The string at a dotted path of a message table, or undefined. */
export function lookup(table: unknown, path: string): string | undefined {
  let node: unknown = table;
  for (const part of path.split('.')) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === 'string' ? node : undefined;
}

/** A message of the `section` locale section, interpolated; the key itself when missing. */
export function message(
  lang: Lang,
  section: keyof Messages,
  key: string,
  vars: Readonly<Record<string, string>> = {},
): string {
  const template = lookup(MESSAGES[lang][section], key) ?? lookup(MESSAGES.en[section], key);
  return template === undefined ? `${section}.${key}` : interpolate(template, vars);
}

const grouped = (value: number, decimals: number) =>
  Math.abs(value).toLocaleString('en-US', {
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
  });

/** A value in a KPI unit: ratio → "12.5%", money → "¥1,234.50", seconds → "95 s" / "95 秒". */
export function formatUnit(unit: KpiUnit, value: number, lang: Lang): string {
  const c = MESSAGES[lang].common;
  if (!Number.isFinite(value)) return '—';
  const sign = value < 0 ? '-' : '';
  switch (unit) {
    case 'ratio':
      return sign + interpolate(c.unit.percent, { n: grouped(value * 100, 1) });
    case 'money':
      return sign + interpolate(c.unit.money, { n: grouped(value, 2) });
    case 'seconds':
      return sign + interpolate(c.unit.seconds, { n: grouped(value, 0) });
    case 'stars':
      return sign + grouped(value, 2);
    case 'count':
      return sign + grouped(value, Number.isInteger(value) ? 0 : 2);
  }
}

/**
 * A KPI value in its unit (KPI_DEFS). ROAS is a multiple (ad GMV ÷ spend), shown as "3.20"
 * rather than as a percentage.
 */
export function formatKpiValue(kpi: KpiId, value: number | null, lang: Lang): string {
  if (value === null) return MESSAGES[lang].common.noData;
  if (kpi === 'roas') return Number.isFinite(value) ? grouped(value, 2) : '—';
  return formatUnit(KPI_DEFS[kpi].unit, value, lang);
}

/** A span of time for people: "45 s", "12 min", "3.5 h". */
export function formatDuration(seconds: number, lang: Lang): string {
  const u = MESSAGES[lang].common.unit;
  const s = Math.max(0, seconds);
  if (s < 120) return interpolate(u.seconds, { n: String(Math.round(s)) });
  if (s < 7200) return interpolate(u.minutes, { n: String(Math.round(s / 60)) });
  return interpolate(u.hours, { n: (Math.round(s / 360) / 10).toString() });
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * Sim time `t` on the scenario's clock, "HH:MM" (with the day on later days), e.g. "10:05" or
 * "day 2 09:30" / "第2天 09:30".
 */
export function formatClock(startTime: string, t: number, lang: Lang): string {
  const abs = parseClockTime(startTime) + Math.floor(t);
  const day = Math.floor(abs / 86_400);
  const inDay = abs - day * 86_400;
  const hhmm = `${pad(Math.floor(inDay / 3600))}:${pad(Math.floor((inDay % 3600) / 60))}`;
  return day > 0
    ? `${interpolate(MESSAGES[lang].common.day, { n: String(day + 1) })} ${hhmm}`
    : hhmm;
}

/** A window [from, to) as "10:00–10:10". */
export function formatWindow(startTime: string, from: number, to: number, lang: Lang): string {
  const sep = MESSAGES[lang].common.rangeSeparator;
  return `${formatClock(startTime, from, lang)}${sep}${formatClock(startTime, to, lang)}`;
}
