import { useEffect, useRef, useState } from 'preact/hooks';
import type { GameSession } from '../session/controller';
import { installE2EClock, manualClock } from '../session/e2e-clock';
import { testBoost } from './run';

const RENDER_EVERY_MS = 100; // the DOM re-renders at ~10 Hz; the map draws every frame itself
const AUTOSAVE_EVERY_MS = 5_000;
const MAX_STEP_MS = 250; // GameSession caps one frame at this; feed a boosted frame in pieces

interface Hooks {
  onFinished(): void;
  onAutosave(): void;
}

/**
 * Drives a session from requestAnimationFrame: starts it, feeds it real time, re-renders the
 * DOM at ~10 Hz when the world changed, autosaves every ~5 s of real time, and reports the end
 * once. Returns a version number that changes with each re-render.
 */
export function useRunLoop(session: GameSession, hooks: Hooks): number {
  const [version, setVersion] = useState(0);
  const latest = useRef(hooks);
  latest.current = hooks;

  useEffect(() => {
    if (session.state === 'briefing') session.start();
    const boost = testBoost();
    const manual = manualClock();
    const removeHook = installE2EClock(session, () => setVersion((v) => v + 1));
    let dirty = true;
    let done = false;
    let last = performance.now();
    let lastRender = 0;
    let lastSave = last;
    let raf = 0;
    const unsubscribe = session.subscribe(() => {
      dirty = true;
    });
    const tick = (now: number) => {
      let budget = manual ? 0 : Math.min(now - last, MAX_STEP_MS) * boost;
      last = now;
      // A skip runs on its own sim budget per frame, also under the e2e's manual clock.
      if (session.skipping) session.frame(0);
      else
        while (budget > 0 && !session.world.finished) {
          session.frame(Math.min(budget, MAX_STEP_MS));
          budget -= MAX_STEP_MS;
        }
      if (dirty && now - lastRender >= RENDER_EVERY_MS) {
        dirty = false;
        lastRender = now;
        setVersion((v) => v + 1);
      }
      if (session.world.finished && !done) {
        done = true;
        latest.current.onFinished();
        return;
      }
      if (now - lastSave >= AUTOSAVE_EVERY_MS && session.state === 'running') {
        lastSave = now;
        latest.current.onAutosave();
      }
      raf = requestAnimationFrame(tick);
    };
    raf = requestAnimationFrame(tick);
    return () => {
      cancelAnimationFrame(raf);
      unsubscribe();
      removeHook();
    };
  }, [session]);

  return version;
}
