import { LOCALES } from '../../i18n';
import type { KpiId, Lang } from '../../sim/ids';
import { interpolate } from '../../sim/review/format';
import { renderParam } from '../../sim/review/render';
import type { World } from '../../sim/world';

/** The debrief's texts in one language, read straight from the locale table (no i18next). */
export const debriefTexts = (lang: Lang) => LOCALES[lang].debrief;

/** Fills `{{name}}` placeholders of a debrief text. */
export const fill = (template: string, vars: Record<string, string | number>): string =>
  interpolate(template, Object.fromEntries(Object.entries(vars).map(([k, v]) => [k, String(v)])));

/** A KPI's name, scoped to a SKU for SKU targets ("GMV · Mug"). */
export function kpiName(kpi: KpiId, sku: string | undefined, lang: Lang, world?: World): string {
  const label = LOCALES[lang].kpi.label[kpi];
  if (sku === undefined) return label;
  const name = world ? renderParam({ type: 'sku', sku }, lang, world) : sku;
  return interpolate(LOCALES[lang].review.goals.skuScope, { kpi: label, sku: name });
}

/** The SOP card's title in the reader's language, or its id. */
export function sopTitle(sop: string, lang: Lang, world?: World): string {
  return world ? renderParam({ type: 'sop', sop }, lang, world) : sop;
}

/** A file name for the exports: "shopdojo-复盘-full-chain-day-种子21". */
export function exportBaseName(scenarioId: string, seed: number, lang: Lang): string {
  return fill(debriefTexts(lang).file.name, { scenario: scenarioId, seed });
}
