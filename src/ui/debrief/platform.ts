import type { BotLevel, Lang, Role } from '../../sim/ids';
import type { RunReport } from '../../sim/report';
import type { ChecklistItem } from '../export/types';

/** A finished run as the debrief hands it to history (`progress.recordAttempt` + checklist). */
export interface AttemptDraft {
  scenarioId: string;
  role: Role;
  botLevel: BotLevel;
  lang: Lang;
  report: RunReport;
  checklist: ChecklistItem[];
  /** The run's id: recording it again returns the first attempt. */
  runId?: string;
}

/** An earlier attempt as the comparison table shows it. */
export interface AttemptRecord {
  id: string;
  /** ISO time. */
  finishedAt: string;
  role: Role;
  botLevel: BotLevel;
  stars: number;
  /** The target KPIs of that attempt, when history kept the report. */
  targets?: RunReport['targets'];
  /** How long its drill ran, when history kept it (reports since the learner-stars scoring). */
  played?: RunReport['played'];
}

export interface ExportFile {
  format: 'markdown' | 'csv';
  /** File name with its extension. */
  name: string;
  mime: string;
  content: string;
}

export interface ExportResult {
  saved: boolean;
  path?: string;
}

/**
 * What the debrief needs from the shell: history and file export. A minimal local interface
 * until `src/platform/platform.ts` exists; the renderer's Platform adapts to it in a few lines
 * (`progress.recordAttempt`, `history.updateChecklist`, `history.list` + `history.get`,
 * `export.saveFile`).
 */
export interface DebriefPlatform {
  /**
   * Records the finished run in history the moment its first report is scored (the run then
   * survives a closed window or an early exit); returns the attempt id.
   */
  saveAttempt(attempt: AttemptDraft): Promise<{ id: string }>;
  /** Replaces the saved attempt's report and 改进清单 with the final ones (causes proven). */
  finalizeAttempt(id: string, final: Pick<AttemptDraft, 'report' | 'checklist'>): Promise<void>;
  /** Keeps the learner's edits of the 改进清单 with the attempt. */
  updateChecklist(id: string, checklist: ChecklistItem[]): Promise<void>;
  /** Earlier attempts at a scenario, newest first. */
  listAttempts(scenarioId: string): Promise<AttemptRecord[]>;
  exportFile(file: ExportFile): Promise<ExportResult>;
  /** Prints the current page to PDF (Electron) or opens the print dialog (browser). */
  printPdf(name: string): Promise<ExportResult>;
}

/**
 * A browser-only fallback: history in `localStorage`, exports as downloads, PDF through the print
 * dialog. For the web build before the shared platform exists, and for scratch pages.
 */
export function browserDebriefPlatform(storageKey = 'shopdojo.debrief.history'): DebriefPlatform {
  type Stored = AttemptRecord & { scenarioId: string; checklist: ChecklistItem[] };
  const read = (): Stored[] => {
    try {
      const raw = localStorage.getItem(storageKey);
      const parsed: unknown = raw ? JSON.parse(raw) : [];
      return Array.isArray(parsed) ? (parsed as Stored[]) : [];
    } catch {
      return [];
    }
  };
  const write = (all: Stored[]) =>
    localStorage.setItem(storageKey, JSON.stringify(all.slice(-200)));
  return {
    saveAttempt(a) {
      const all = read();
      const id = `web-${all.length + 1}-${a.report.worldHash.slice(0, 8)}`;
      all.push({
        id,
        scenarioId: a.scenarioId,
        finishedAt: new Date().toISOString(),
        role: a.role,
        botLevel: a.botLevel,
        stars: a.report.stars,
        targets: a.report.targets,
        ...(a.report.played ? { played: a.report.played } : {}),
        checklist: a.checklist,
      });
      write(all);
      return Promise.resolve({ id });
    },
    updateChecklist(id, checklist) {
      write(read().map((s) => (s.id === id ? { ...s, checklist } : s)));
      return Promise.resolve();
    },
    finalizeAttempt(id, { report, checklist }) {
      write(
        read().map((s) =>
          s.id === id ? { ...s, targets: report.targets, stars: report.stars, checklist } : s,
        ),
      );
      return Promise.resolve();
    },
    listAttempts(scenarioId) {
      return Promise.resolve(
        read()
          .filter((s) => s.scenarioId === scenarioId)
          .reverse(),
      );
    },
    exportFile(file) {
      const url = URL.createObjectURL(new Blob([file.content], { type: file.mime }));
      const a = document.createElement('a');
      a.href = url;
      a.download = file.name;
      a.click();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      return Promise.resolve({ saved: true });
    },
    printPdf() {
      window.print();
      return Promise.resolve({ saved: true });
    },
  };
}
