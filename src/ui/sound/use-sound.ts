import { useEffect } from 'preact/hooks';
import type { PlaySession } from '../session/play-session';
import { cuesBetween, summarize } from './cues';
import { armSound, configureSound, playCue, type SoundSetting } from './player';

/**
 * Sounds for a running session: follows the sound setting, and on every change of the world
 * plays the cues for what just happened (a new incident, a new chat for the support seat, the
 * end of the run). Only what happens from now on sounds; a resumed run is not replayed.
 */
export function useSound(session: PlaySession, sound: SoundSetting): void {
  useEffect(() => {
    configureSound(sound);
  }, [sound.enabled, sound.volume]);

  useEffect(() => {
    armSound();
    let prev = summarize(session);
    const unsubscribe = session.subscribe(() => {
      const next = summarize(session);
      for (const cue of cuesBetween(prev, next)) playCue(cue);
      prev = next;
    });
    return () => {
      unsubscribe();
    };
  }, [session]);
}
