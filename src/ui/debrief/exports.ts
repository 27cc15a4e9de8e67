import { useEffect, useState } from 'preact/hooks';
import type { Lang } from '../../sim/ids';
import type { World } from '../../sim/world';
import { exportBaseName, printableHtml, toCsv, toMarkdown, type ChecklistItem } from '../export';
import { useT } from '../i18n';
import type { ChartRegistry } from './charts';
import type { ExportKind, Notice } from './header';
import { reportOf, type DebriefCore } from './model';
import type { DebriefPlatform, ExportResult } from './platform';
import { timelineLines, type TimelineItem } from './timeline-model';

/** An error as one line for a notice. */
export const errorText = (e: unknown) => (e instanceof Error ? e.message : String(e));

interface ExportArgs {
  core: DebriefCore | null;
  world: World;
  lang: Lang;
  platform: DebriefPlatform;
  /** The checklist as the learner left it, at the moment of the export. */
  checklist: () => ChecklistItem[];
  timeline: TimelineItem[];
  registry: ChartRegistry;
  printBox: { current: HTMLDivElement | null };
  setNotice: (n: Notice) => void;
  /** The learner's profile name, written into the files with the export's real date. */
  learner?: string | undefined;
}

/** Name and today's date for the exports (the 复盘 itself only knows the sim's clock). */
function bylineOf(name: string | undefined, lang: Lang) {
  if (!name) return undefined;
  const date = new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeStyle: 'short' });
  return { name, date: date.format(new Date()) };
}

/**
 * Markdown, CSV and PDF / print of the debrief. PDF and Ctrl+P print the same printable 复盘
 * (chart images, the review, the edited checklist, key events), written into the print box
 * just before printing.
 */
export function useExports(args: ExportArgs): {
  busy: boolean;
  doExport: (kind: ExportKind) => Promise<void>;
} {
  const { core, world, lang, platform, timeline, registry, printBox, setNotice } = args;
  const { t } = useT();
  const [busy, setBusy] = useState(false);

  const markdownOf = (c: DebriefCore) => {
    const byline = bylineOf(args.learner, lang);
    return toMarkdown(reportOf(c, lang), c.doc, args.checklist(), lang, world, {
      events: timelineLines(timeline, lang, world),
      ...(byline ? { byline } : {}),
    });
  };
  const fillPrint = (markdown?: string) => {
    const box = printBox.current;
    if (!box || !core) return;
    const charts = [...registry.values()].map((c) => ({ title: c.title, src: c.image() }));
    box.innerHTML = printableHtml({ markdown: markdown ?? markdownOf(core), lang, charts });
  };
  useEffect(() => {
    const before = () => fillPrint();
    window.addEventListener('beforeprint', before);
    return () => window.removeEventListener('beforeprint', before);
  });

  const run = async (kind: ExportKind, c: DebriefCore): Promise<ExportResult> => {
    const base = exportBaseName(world.scenario.id, world.seed, lang);
    if (kind === 'csv') {
      const content = toCsv(reportOf(c, lang), lang, {
        checklist: args.checklist(),
        world,
        ...(c.expert ? { expert: c.expert.kpis } : {}),
        ...(args.learner ? { byline: bylineOf(args.learner, lang) } : {}),
      });
      const mime = 'text/csv;charset=utf-8';
      return platform.exportFile({ format: 'csv', name: `${base}.csv`, mime, content });
    }
    const markdown = markdownOf(c);
    if (kind === 'markdown') {
      const mime = 'text/markdown;charset=utf-8';
      return platform.exportFile({
        format: 'markdown',
        name: `${base}.md`,
        mime,
        content: markdown,
      });
    }
    fillPrint(markdown);
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 50)));
    return platform.printPdf(`${base}.pdf`);
  };

  const doExport = async (kind: ExportKind) => {
    if (!core) return;
    setBusy(true);
    try {
      const result = await run(kind, core);
      if (!result.saved) setNotice({ kind: 'info', text: t('debrief.export.cancelled') });
      else if (result.path)
        setNotice({ kind: 'ok', text: t('debrief.export.done', { path: result.path }) });
      else setNotice({ kind: 'ok', text: t('debrief.export.doneNoPath') });
    } catch (e) {
      setNotice({ kind: 'error', text: t('debrief.export.failed', { error: errorText(e) }) });
    } finally {
      setBusy(false);
    }
  };
  return { busy, doExport };
}
