import { SPEEDS, type Speed } from '../session/controller';
import type { PlaySession } from '../session/play-session';
import { useT } from '../i18n';
import type { Baseline } from './evaluate';
import { formatClock } from './clock';
import { SkipControl } from './skip';
import { TargetLights } from './targets';

interface Props {
  session: PlaySession;
  baseline: Baseline | undefined;
  /** The run's own controls; a class seat (`session.remote`) has none: the trainer sets the pace. */
  onPause?: () => void;
  onSpeed?: (speed: Speed) => void;
  onEnd?: () => void;
  onSkip?: () => void;
  onHelp?: () => void;
}

/** A class seat's pace, set by the trainer for every team. */
function ClassPace({ session }: { session: PlaySession }) {
  const { t } = useT();
  const paused = session.state !== 'running';
  return (
    <span class="class-pace" data-testid="hud-pace" data-paused={paused ? 'yes' : 'no'}>
      {paused ? t('class.play.pacePaused') : t('class.play.paceRunning', { speed: session.speed })}
    </span>
  );
}

/** Pause, speed and skip: the person's own clock. */
function PaceControls({ session, onPause, onSpeed, onSkip }: Props) {
  const { t } = useT();
  const paused = session.state !== 'running';
  return (
    <>
      <div class="speeds" role="group" aria-label={t('app.hud.speed')}>
        <button
          type="button"
          class={paused ? 'btn on' : 'btn'}
          data-testid="hud-pause"
          aria-pressed={paused}
          onClick={onPause}
          title={t('app.hud.pauseKey')}
        >
          {paused ? `▶ ${t('app.hud.resume')}` : `❚❚ ${t('app.hud.pause')}`}
        </button>
        {SPEEDS.map((s, i) => (
          <button
            type="button"
            key={s}
            // While paused only the resume button looks pressed; the chosen speed stays marked.
            class={session.speed !== s ? 'btn' : paused ? 'btn picked' : 'btn on'}
            aria-pressed={session.speed === s}
            data-testid={`hud-speed-${s}`}
            title={t('app.hud.speedKey', { key: i + 1 })}
            onClick={() => onSpeed?.(s)}
          >
            {s}×
          </button>
        ))}
      </div>
      <SkipControl session={session} onSkip={() => onSkip?.()} />
    </>
  );
}

/** The bar over the map: the shop's clock, pace (or the trainer's), and every target's live light. */
export function Hud(props: Props) {
  const { session, baseline, onEnd, onHelp } = props;
  const { t } = useT();
  const w = session.world;
  const left = Math.max(0, Math.ceil((w.end - w.clock) / 60));
  return (
    <div class="hud" data-testid="hud">
      <div class="clock" data-testid="hud-clock" aria-label={t('app.hud.clock')}>
        <strong>{formatClock(w.scenario.startTime, w.clock)}</strong>
        <span class="muted">{t('app.hud.left', { n: left })}</span>
      </div>
      {session.remote ? <ClassPace session={session} /> : <PaceControls {...props} />}
      {session.teaching ? (
        <span
          class={session.slowed ? 'teaching on' : 'teaching'}
          data-testid="hud-teaching"
          data-slowed={session.slowed ? 'yes' : 'no'}
          title={t('tools.teaching.hint')}
        >
          {t(session.slowed ? 'tools.teaching.slowed' : 'tools.teaching.on')}
        </span>
      ) : null}
      <TargetLights world={w} baseline={baseline} />
      {onHelp && (
        <button
          type="button"
          class="btn ghost"
          data-testid="hud-help"
          aria-label={t('tools.keys.title')}
          title={t('tools.keys.title')}
          onClick={onHelp}
        >
          ?
        </button>
      )}
      {onEnd && (
        <button type="button" class="btn ghost" data-testid="hud-end" onClick={onEnd}>
          {t('app.hud.end')}
        </button>
      )}
    </div>
  );
}
