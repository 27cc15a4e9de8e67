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
import {
  analyse,
  baselineFor,
  botLevelOf,
  playedRole,
  playExpert,
  reportOf,
  type DebriefCore,
} from './model';
import type { AttemptRecord, DebriefPlatform } from './platform';
import { drillPlayed } from '../../sim/scoring/learner';
import { Review } from './review';
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
}

/** Runs `fn` after the browser has painted (and, when it can, when it is idle). */
function later(fn: () => void, idle: boolean): () => void {
  let cancelled = false;
  const run = () => {
    if (!cancelled) fn();
  };
  const frame = requestAnimationFrame(() => {
    if (idle && typeof requestIdleCallback === 'function')
      requestIdleCallback(run, { timeout: 400 });
    else setTimeout(run, 0);
  });
  return () => {
    cancelled = true;
    cancelAnimationFrame(frame);
  };
}

/**
 * The debrief of a finished run: stars, KPI vs target, charts, key events, the 复盘 with its
 * editable 改进清单, the comparison with expert bots and earlier attempts, exports. Scoring
 * runs right after the first paint; the expert run when the browser is idle; the attempt is
 * saved to history once the expert comparison is in (or failed), and checklist edits after.
 */
export function Debrief({ session, platform, onExit, learner }: DebriefProps) {
  const { t, lang } = useT();
  const world = session.world;
  const [core, setCore] = useState<DebriefCore | null>(null);
  const [expertState, setExpertState] = useState<'pending' | 'ready' | 'failed'>('pending');
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

  useEffect(
    () =>
      later(() => {
        const c = analyse(world, baselineFor(world.scenario, world.seed, drillPlayed(world)));
        setCore(c);
        latest.current = initialChecklist(c.doc, lang, world);
        setChecklist(latest.current);
      }, false),
    [],
  );
  useEffect(() => {
    platform.listAttempts(world.scenario.id).then(setAttempts, () => setAttempts('failed'));
  }, []);
  useEffect(() => {
    if (!core || expertState !== 'pending') return;
    return later(() => {
      try {
        setCore(analyse(world, core.baseline, playExpert(world, core.baseline)));
        setExpertState('ready');
      } catch {
        setExpertState('failed');
      }
    }, true);
  }, [core, expertState]);
  useEffect(() => {
    if (!core || expertState === 'pending' || attemptId.current !== null) return;
    attemptId.current = '';
    const draft = {
      scenarioId: world.scenario.id,
      role,
      botLevel: botLevelOf(world),
      lang,
      report: reportOf(core, lang),
      checklist: latest.current,
    };
    platform.saveAttempt(draft).then(
      ({ id }) => {
        attemptId.current = id;
        // Edits made while history was still saving the attempt go in now.
        if (latest.current !== draft.checklist) save();
        setNotice({ kind: 'ok', text: t('debrief.export.history') });
      },
      (e: unknown) =>
        setNotice({
          kind: 'error',
          text: t('debrief.export.historyFailed', { error: errorText(e) }),
        }),
    );
  }, [core, expertState]);
  useEffect(() => {
    if (!core) return;
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
    <div class="dbf-root" data-debrief="ready" data-expert={expertState} lang={lang}>
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
          <Review core={core} />
          <Checklist items={checklist} world={world} onChange={editChecklist} status={saveStatus} />
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
