import { SPEEDS, type GameSession, type Speed } from '../session/controller';
import { useT } from '../i18n';
import type { Baseline } from './evaluate';
import { formatClock } from './clock';
import { SkipControl } from './skip';
import { TargetLights } from './targets';

interface Props {
  session: GameSession;
  baseline: Baseline | undefined;
  onPause: () => void;
  onSpeed: (speed: Speed) => void;
  onEnd: () => void;
  onSkip: () => void;
  onHelp: () => void;
}

/** The bar over the map: the shop's clock, pause and speed, and every target's live light. */
export function Hud({ session, baseline, onPause, onSpeed, onEnd, onSkip, onHelp }: Props) {
  const { t } = useT();
  const w = session.world;
  const paused = session.state !== 'running';
  const left = Math.max(0, Math.ceil((w.end - w.clock) / 60));
  return (
    <div class="hud" data-testid="hud">
      <div class="clock" data-testid="hud-clock" aria-label={t('app.hud.clock')}>
        <strong>{formatClock(w.scenario.startTime, w.clock)}</strong>
        <span class="muted">{t('app.hud.left', { n: left })}</span>
      </div>
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
            onClick={() => onSpeed(s)}
          >
            {s}×
          </button>
        ))}
      </div>
      <SkipControl session={session} onSkip={onSkip} />
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
      <button type="button" class="btn ghost" data-testid="hud-end" onClick={onEnd}>
        {t('app.hud.end')}
      </button>
    </div>
  );
}
