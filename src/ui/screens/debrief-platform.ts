import type { Platform } from '../../platform/platform';
import type { ChecklistItem } from '../../platform/store-schema';
import type { BotLevel, Lang, Role } from '../../sim/ids';
import type { RunReport } from '../../sim/report';

/** A finished run as the debrief hands it over (matches src/ui/debrief/platform.ts). */
interface AttemptDraft {
  scenarioId: string;
  role: Role;
  botLevel: BotLevel;
  lang: Lang;
  report: RunReport;
  checklist: ChecklistItem[];
  runId?: string;
}
interface ExportFile {
  format: 'markdown' | 'csv';
  name: string;
  mime: string;
  content: string;
}

/** How many earlier attempts the comparison reads in full (each is one `history.get`). */
const COMPARE_LIMIT = 10;

/**
 * The debrief's view of the platform (save the attempt, keep checklist edits, list earlier
 * attempts, export), built on the shared Platform for the current profile. The object is the
 * Platform too, so the debrief may use either shape.
 */
export function debriefPlatform(platform: Platform, profileId: string | undefined) {
  const need = () => {
    if (!profileId) throw new Error('no profile selected');
    return profileId;
  };
  return {
    ...platform,
    async saveAttempt(a: AttemptDraft): Promise<{ id: string }> {
      const { attempt } = await platform.progress.recordAttempt({
        profileId: need(),
        scenarioId: a.scenarioId,
        role: a.role,
        botLevel: a.botLevel,
        lang: a.lang,
        report: a.report,
        ...(a.runId !== undefined ? { runId: a.runId } : {}),
      });
      if (a.checklist.length > 0) await platform.history.updateChecklist(attempt.id, a.checklist);
      // The run is in history now: the autosave that kept it until here can go.
      await platform.autosave.clear(need());
      return { id: attempt.id };
    },
    async finalizeAttempt(id: string, final: Pick<AttemptDraft, 'report' | 'checklist'>) {
      await platform.history.updateReport({ id, ...final });
    },
    async updateChecklist(id: string, checklist: ChecklistItem[]): Promise<void> {
      await platform.history.updateChecklist(id, checklist);
    },
    async listAttempts(scenarioId: string) {
      const list = await platform.history.list(need(), scenarioId);
      return Promise.all(
        list.map(async (a, i) => {
          const report = i < COMPARE_LIMIT ? (await platform.history.get(a.id)).report : undefined;
          return {
            id: a.id,
            finishedAt: a.finishedAt,
            role: a.role,
            botLevel: a.botLevel,
            stars: a.stars,
            targets: report?.targets,
            ...(report?.played ? { played: report.played } : {}),
          };
        }),
      );
    },
    exportFile: (file: ExportFile) =>
      platform.export.saveFile({
        format: file.format,
        suggestedName: file.name,
        content: file.content,
      }),
    printPdf: (name: string) =>
      platform.export.saveFile({ format: 'pdf', suggestedName: name, landscape: false }),
  };
}
