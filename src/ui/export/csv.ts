import Papa from 'papaparse';
import { KPI_IDS, type Lang } from '../../sim/ids';
import { formatKpiValue, MESSAGES } from '../../sim/review/format';
import { targetText } from '../../sim/review/render';
import type { RunReport } from '../../sim/report';
import type { World } from '../../sim/world';
import { debriefTexts, kpiName, sopTitle } from './text';
import type { ChecklistItem } from './types';

/** Learner-written text never runs as a spreadsheet formula ("=cmd|…" is written as "'=cmd|…"). */
const UNPARSE = { escapeFormulae: true, newline: '\r\n' } as const;

/** The UTF-8 byte-order mark: Excel reads the file as UTF-8 (Chinese shows correctly) with it. */
export const BOM = '\uFEFF';

export interface CsvOptions {
  checklist?: readonly ChecklistItem[];
  /** The expert bots' KPIs on the same seed, when known. */
  expert?: Partial<Record<string, number>>;
  /** For SKU and SOP names; ids are written without it. */
  world?: World;
  /** Who exported it and when (wall-clock, already formatted). */
  byline?: { name: string; date: string };
}

/**
 * The run as CSV for Excel: UTF-8 with BOM, CRLF lines, three tables separated by a blank line —
 * (1) one row per KPI: id, label, actual (raw and shown), target (op, raw and shown), result,
 * expert; SKU-scoped targets add a row `kpi:sku`; (2) the 改进清单, one row per item;
 * (3) the run's identity (scenario, seed, stars, world hash). Headers in the reader's language.
 */
export function toCsv(report: RunReport, lang: Lang, options: CsvOptions = {}): string {
  const c = debriefTexts(lang).csv;
  const m = MESSAGES[lang];
  const { world, expert } = options;
  const kpiRows: (string | number)[][] = [];
  const byKpi = new Map(report.targets.filter((t) => t.sku === undefined).map((t) => [t.kpi, t]));
  const row = (
    id: string,
    kpi: (typeof KPI_IDS)[number],
    actual: number | null,
    sku: string | undefined,
    t?: RunReport['targets'][number],
  ) => {
    const ex = sku === undefined ? expert?.[kpi] : undefined;
    kpiRows.push([
      id,
      kpiName(kpi, sku, lang, world),
      actual ?? '',
      formatKpiValue(kpi, actual, lang),
      t ? t.op : '',
      t ? t.value : '',
      t ? targetText(m, kpi, t.op, t.value, lang) : '',
      t ? (t.met ? m.common.met : actual === null ? m.common.noData : m.common.missed) : '',
      ex === undefined ? '' : Math.round(ex * 1e6) / 1e6,
    ]);
  };
  for (const kpi of KPI_IDS) row(kpi, kpi, report.kpis[kpi], undefined, byKpi.get(kpi));
  for (const t of report.targets)
    if (t.sku !== undefined) row(`${t.kpi}:${t.sku}`, t.kpi, t.actual, t.sku, t);

  const kpiTable = Papa.unparse(
    {
      fields: [
        c.id,
        c.label,
        c.actual,
        c.actualText,
        c.op,
        c.target,
        c.targetText,
        c.met,
        c.expert,
      ],
      data: kpiRows,
    },
    UNPARSE,
  );
  const checklistTable = Papa.unparse(
    {
      fields: ['#', c.item, c.owner, c.sop, c.done, c.note, c.custom],
      data: (options.checklist ?? []).map((a, i) => [
        i + 1,
        a.text,
        m.roles[a.ownerRole],
        a.sopRef === undefined ? '' : sopTitle(a.sopRef, lang, world),
        a.done ? m.common.yes : m.common.no,
        a.note,
        a.custom ? c.learner : c.generated,
      ]),
    },
    UNPARSE,
  );
  const metaTable = Papa.unparse(
    {
      fields: [c.meta, c.value],
      data: [
        [
          c.scenario,
          world ? `${report.scenario.id} ${world.scenario.title[lang]}` : report.scenario.id,
        ],
        [c.seed, report.seed],
        [c.stars, report.stars],
        [c.hash, report.worldHash],
        ...(options.byline
          ? [
              [c.who, options.byline.name],
              [c.exportedAt, options.byline.date],
            ]
          : []),
      ],
    },
    UNPARSE,
  );
  return `${BOM}${[kpiTable, checklistTable, metaTable].join('\r\n\r\n')}\r\n`;
}
