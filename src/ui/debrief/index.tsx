import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { LOCALES } from '../../i18n';
import { PRINT_CSS, type ChecklistItem } from '../export';
import { useT } from '../i18n';
import type { GameSession } from '../session/controller';
import { ChartsSection, type ChartRegistry } from './charts';
import { Checklist } from './checklist';
import { initialChecklist, relabelChecklist } from './checklist-model';
import { Compare } from './compare';
import { Header, type Notice } from './header';
import { KpiCards } from './kpi-cards';
import { botLevelOf, playedRole, reportOf, type DebriefCore } from './model';
import type { AttemptRecord, DebriefPlatform } from './platform';
import { Review } from './review';
import { useAnalysis } from './use-analysis';
import { Timeline } from './timeline';
import { selectTimeline } from './timeline-model';
import { errorText, useExports } from './exports';
import './debrief.css';

export type { DebriefPlatform } from './platform';
export { browserDebriefPlatform } from './platform';

export interface DebriefProps {
  session: GameSession;
  platform: DebriefPlatform;
  onExit: () => void;
  /** The learner's profile name, for the exports. */
  learner?: string | undefined;
  /** Plays a what-if branch of this run (从这里重玩); absent where the host cannot. */
  onReplay?: (branch: GameSession) => void;
}

/**
 * The debrief of a finished run: stars, KPI vs target, charts, key events, the 复盘 with its
 * editable 改进清单, the comparison with expert bots and earlier attempts, exports. Scoring
 * runs right after the first paint; the causes are proven by counterfactual replays in a Web
 * Worker ("checking causes…" meanwhile); the expert run when the browser is idle. The attempt
 * is saved to history as soon as it is scored, its final report once both are in (or failed),
 * and checklist edits as they are made.
 */
export function Debrief({ session, platform, onExit, learner, onReplay }: DebriefProps) {
  const { t, lang } = useT();
  const world = session.world;
  const { core, expertState, replay, settled } = useAnalysis(world);
  const [checklist, setChecklist] = useState<ChecklistItem[]>([]);
  const [attempts, setAttempts] = useState<AttemptRecord[] | 'failed' | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [saveStatus, setSaveStatus] = useState<string | null>(null);
  const printBox = useRef<HTMLDivElement>(null);
  const attemptId = useRef<string | null>(null);
  const latest = useRef<ChecklistItem[]>([]);
  const saveTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const registry = useRef<ChartRegistry>(new Map()).current;
  const role = playedRole(world, session.humanSeat);

  const checklistReady = useRef(false);
  useEffect(() => {
    // The 改进清单 follows the proven causes: drawn up once, when they are final.
    if (!core || !settled || checklistReady.current) return;
    checklistReady.current = true;
    latest.current = initialChecklist(core.doc, lang, world);
    setChecklist(latest.current);
  }, [core, settled]);
  useEffect(() => {
    platform.listAttempts(world.scenario.id).then(setAttempts, () => setAttempts('failed'));
  }, []);
  // The run goes to history as soon as it is scored (first paint), before the expert run and the
  // counterfactual replays: leaving early or closing the window loses nothing. The final report
  // (causes proven, the expert's figures) replaces it once both are in.
  const finalCore = useRef<DebriefCore | null>(null);
  finalCore.current = core && settled && expertState !== 'pending' ? core : null;
  const finalized = useRef(false);
  const finalize = () => {
    const id = attemptId.current;
    const final = finalCore.current;
    if (!id || !final || finalized.current) return;
    finalized.current = true;
    const report = reportOf(final, lang);
    platform.finalizeAttempt(id, { report, checklist: latest.current }).then(
      () => undefined,
      (e: unknown) =>
        setNotice({
          kind: 'error',
          text: t('debrief.export.historyFailed', { error: errorText(e) }),
        }),
    );
  };
  useEffect(() => {
    if (!core || attemptId.current !== null) return;
    attemptId.current = '';
    const draft = {
      scenarioId: world.scenario.id,
      role,
      botLevel: botLevelOf(world),
      lang,
      report: reportOf(core, lang),
      checklist: [],
      runId: session.runId,
    };
    platform.saveAttempt(draft).then(
      ({ id }) => {
        attemptId.current = id;
        setNotice({ kind: 'ok', text: t('debrief.export.history') });
        // The causes may have been proven (and checklist edits made) while it was saving.
        finalize();
      },
      (e: unknown) =>
        setNotice({
          kind: 'error',
          text: t('debrief.export.historyFailed', { error: errorText(e) }),
        }),
    );
  }, [core]);
  useEffect(finalize, [core, expertState, settled]);
  useEffect(() => {
    if (!core || !checklistReady.current) return;
    latest.current = relabelChecklist(latest.current, core.doc, lang, world);
    setChecklist(latest.current);
  }, [lang]);
  // Leaving the debrief (back to the menu) writes a pending edit at once instead of dropping it.
  const flush = useRef<() => void>(() => undefined);
  useEffect(() => {
    const now = () => {
      if (saveTimer.current) {
        clearTimeout(saveTimer.current);
        flush.current();
      }
    };
    // A reload or a closed window does not unmount: write the pending edit when the page goes.
    window.addEventListener('pagehide', now);
    return () => {
      window.removeEventListener('pagehide', now);
      now();
    };
  }, []);

  const timeline = useMemo(() => selectTimeline(world), [world]);

  const save = () => {
    saveTimer.current = null;
    const id = attemptId.current;
    if (!id) return;
    platform.updateChecklist(id, latest.current).then(
      () => setSaveStatus(t('debrief.checklist.saved')),
      (e: unknown) => setSaveStatus(t('debrief.checklist.saveFailed', { error: errorText(e) })),
    );
  };
  flush.current = save;
  const editChecklist = (edit: (items: readonly ChecklistItem[]) => ChecklistItem[]) => {
    latest.current = edit(latest.current);
    setChecklist(latest.current);
    if (!attemptId.current) return;
    setSaveStatus(t('debrief.checklist.saving'));
    if (saveTimer.current) clearTimeout(saveTimer.current);
    saveTimer.current = setTimeout(save, 400);
  };

  const { busy, doExport } = useExports({
    core,
    world,
    lang,
    platform,
    checklist: () => latest.current,
    timeline,
    registry,
    printBox,
    setNotice,
    learner,
  });

  if (!core) {
    return (
      <div class="dbf-root" data-debrief="loading">
        <div class="dbf-loading">{t('debrief.loading')}</div>
      </div>
    );
  }
  const nav = ['kpis', 'charts', 'timeline', 'review', 'checklist', 'compare'] as const;
  return (
    <div
      class="dbf-root"
      data-debrief="ready"
      data-expert={expertState}
      data-causes={replay.state}
      lang={lang}
    >
      <div class="dbf-screen">
        <Header
          core={core}
          role={LOCALES[lang].roles[role]}
          busy={busy}
          notice={notice}
          onExport={(k) => void doExport(k)}
          onExit={onExit}
        />
        <nav class="dbf-nav">
          {nav.map((n) => (
            <a
              key={n}
              href={`#dbf-${n}`}
              onClick={(e) => {
                e.preventDefault();
                document
                  .getElementById(`dbf-${n}`)
                  ?.scrollIntoView({ behavior: 'smooth', block: 'start' });
              }}
            >
              {t(`debrief.nav.${n}`)}
            </a>
          ))}
        </nav>
        <div class="dbf-main">
          <KpiCards core={core} />
          <ChartsSection core={core} registry={registry} />
          <Timeline core={core} items={timeline} />
          <Review
            core={core}
            replay={replay}
            session={session}
            {...(onReplay ? { onReplay } : {})}
          />
          {settled ? (
            <Checklist
              items={checklist}
              world={world}
              onChange={editChecklist}
              status={saveStatus}
            />
          ) : (
            <section class="dbf-card" id="dbf-checklist">
              <h2>{t('debrief.checklist.heading')}</h2>
              <p class="dbf-muted">{t('debrief.checklist.checking')}</p>
            </section>
          )}
          <Compare
            core={core}
            expertState={expertState}
            attempts={attempts}
            role={LOCALES[lang].roles[role]}
          />
        </div>
      </div>
      {/* What print and printToPDF show (the print stylesheet hides the screen). */}
      <style dangerouslySetInnerHTML={{ __html: PRINT_CSS }} />
      <div class="dbf-print" ref={printBox} />
    </div>
  );
}
