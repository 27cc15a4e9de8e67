import { useEffect, useRef, useState } from 'preact/hooks';
import { useBaseline } from '../hud/baseline';
import { Hud } from '../hud/hud';
import { ShortcutsHelp } from '../hud/shortcuts';
import { TutorialSteps } from '../hud/tutorial';
import { formatClock } from '../../sim/review/format';
import { useT } from '../i18n';
import { SPEEDS, type Speed } from '../session/controller';
import { useSound } from '../sound/use-sound';
import { needsOf } from '../session/needs';
import { typingIn } from '../stations/keys';
import { useApp, type Route } from './context';
import { PlayArea } from './play-parts';
import { useRunLoop } from './play-loop';
import { toAutosave as saveOf } from './run';
import { TopBar } from './topbar';

type PlayRoute = Extract<Route, { name: 'play' }>;

/** The play screen: HUD over the map, the player's station beside it, tutorial and alerts. */
export function Play({ route }: { route: PlayRoute }) {
  const { t, lang } = useT();
  const app = useApp();
  const { session, role, botLevel } = route;
  const baseline = useBaseline(session.scenario, session.world.seed);
  const [confirmEnd, setConfirmEnd] = useState(false);
  const [help, setHelp] = useState(false);
  session.teaching = app.settings.teachingSpeed;

  const autosave = () => {
    const id = app.profile?.id;
    if (id && !session.world.finished) {
      void app.platform.autosave.save(id, toSave()).catch(app.fail);
    }
  };
  const toSave = () => saveOf(session, role, botLevel);
  const finish = () => {
    // The autosave keeps the run until the debrief has it in history (it clears it then): a
    // window closed in between loses nothing. Ended early, the save holds the very last move.
    autosave();
    session.finish();
    app.go({ name: 'debrief', session, role, botLevel });
  };
  const version = useRunLoop(session, { onFinished: finish, onAutosave: autosave });
  useSound(session, app.settings.sound);

  const togglePause = () => {
    session.togglePause();
    if (session.state === 'paused') autosave();
  };
  const setSpeed = (s: Speed) => session.setSpeed(s);
  const skip = () => session.skipToNext();

  // Keyboard: space pauses, 1–3 pick a speed, N skips, ? lists the keys — never while typing.
  const keys = useRef({ togglePause, setSpeed, skip, setHelp });
  keys.current = { togglePause, setSpeed, skip, setHelp };
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (typingIn(e) || e.ctrlKey || e.altKey || e.metaKey) return;
      if (e.code === 'Space') {
        e.preventDefault();
        keys.current.togglePause();
      } else if (e.key >= '1' && e.key <= '3') {
        keys.current.setSpeed(SPEEDS[Number(e.key) - 1] as Speed);
      } else if (e.key === 'n' || e.key === 'N') {
        keys.current.skip();
      } else if (e.key === '?') {
        keys.current.setHelp((h) => !h);
      } else if (e.key === 'Escape') {
        keys.current.setHelp(false);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  // Leaving the tab or closing the window must not lose up to five seconds of play.
  const saveRef = useRef(autosave);
  saveRef.current = autosave;
  useEffect(() => {
    const onHide = () => document.visibilityState === 'hidden' && saveRef.current();
    document.addEventListener('visibilitychange', onHide);
    return () => document.removeEventListener('visibilitychange', onHide);
  }, []);

  const end = () => (confirmEnd ? finish() : setConfirmEnd(true));

  return (
    <>
      <TopBar busy>
        <span class="run-title" data-testid="run-title">
          {session.scenario.title[lang]} · {t(`roles.${role}`)}
        </span>
        {session.whatIfFrom !== undefined && (
          <span class="run-whatif" data-testid="run-whatif">
            {t('app.play.whatIf', {
              time: formatClock(session.scenario.startTime, session.whatIfFrom, lang),
            })}
          </span>
        )}
      </TopBar>
      <Hud
        session={session}
        baseline={baseline}
        onPause={togglePause}
        onSpeed={setSpeed}
        onEnd={end}
        onSkip={skip}
        onHelp={() => setHelp(true)}
      />
      {help && session.seat ? (
        <ShortcutsHelp role={session.seat.role} onClose={() => setHelp(false)} />
      ) : null}
      {confirmEnd && (
        <div class="confirm card" role="alertdialog" data-testid="confirm-end">
          <span>{t('app.play.confirmEnd')}</span>
          <button type="button" class="btn primary" data-testid="confirm-end-yes" onClick={finish}>
            {t('app.play.endNow')}
          </button>
          <button type="button" class="btn ghost" onClick={() => setConfirmEnd(false)}>
            {t('app.common.cancel')}
          </button>
        </div>
      )}
      <PlayArea
        session={session}
        version={version}
        pausedText={t('app.play.paused')}
        below={
          <TutorialSteps
            world={session.world}
            role={role}
            idle={!session.skipping && needsOf(session.world, session.seat).todo.length === 0}
            onSkip={skip}
          />
        }
      />
    </>
  );
}
