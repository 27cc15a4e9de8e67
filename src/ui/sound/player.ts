import { admit, type Cue } from './cues';

/**
 * Short cues synthesized with the Web Audio API: no audio files. Silent until the play screen
 * passes the sound setting in; the AudioContext is made only once the page has had a user
 * gesture (browsers block audio before that). Nothing here ever throws: without Web Audio, or
 * when the browser refuses to start it, the game is simply silent.
 */

interface Note {
  /** Start, seconds after the cue begins. */
  at: number;
  freq: number;
  /** Frequency glided to by the end of the note. */
  to?: number;
  dur: number;
  /** Peak level before the master volume, 0–1. */
  gain: number;
  wave?: OscillatorType;
}

const CUES: Record<Cue, Note[]> = {
  // Two-tone alert: high–low, twice.
  incident: [
    { at: 0, freq: 880, dur: 0.12, gain: 0.22, wave: 'triangle' },
    { at: 0.14, freq: 660, dur: 0.12, gain: 0.22, wave: 'triangle' },
    { at: 0.28, freq: 880, dur: 0.12, gain: 0.22, wave: 'triangle' },
    { at: 0.42, freq: 660, dur: 0.16, gain: 0.22, wave: 'triangle' },
  ],
  // A rising two-note ping: someone is writing in.
  chat: [
    { at: 0, freq: 740, dur: 0.12, gain: 0.16 },
    { at: 0.09, freq: 1110, dur: 0.2, gain: 0.16 },
  ],
  // A soft low blip, falling.
  refused: [{ at: 0, freq: 220, to: 150, dur: 0.14, gain: 0.2 }],
  // A barely-there tick.
  accepted: [{ at: 0, freq: 1800, dur: 0.03, gain: 0.05 }],
  // A short rising chime: C5 E5 G5 C6.
  end: [
    { at: 0, freq: 523.25, dur: 0.5, gain: 0.16 },
    { at: 0.12, freq: 659.25, dur: 0.5, gain: 0.16 },
    { at: 0.24, freq: 783.99, dur: 0.6, gain: 0.16 },
    { at: 0.36, freq: 1046.5, dur: 0.9, gain: 0.14 },
  ],
};

export interface SoundSetting {
  enabled: boolean;
  volume: number;
}

let setting: SoundSetting = { enabled: false, volume: 0 };
let ctx: AudioContext | undefined;
let unavailable = false;
let armed = false;
const lastPlayed: Partial<Record<Cue, number>> = {};

/** Follows the player's sound setting; off (the default until called) means silent. */
export function configureSound(next: SoundSetting): void {
  const volume = Number.isFinite(next.volume) ? Math.min(1, Math.max(0, next.volume)) : 0;
  setting = { enabled: next.enabled, volume };
}

type AudioCtor = new () => AudioContext;

function audioCtor(): AudioCtor | undefined {
  const g = globalThis as { AudioContext?: AudioCtor; webkitAudioContext?: AudioCtor };
  return g.AudioContext ?? g.webkitAudioContext;
}

/** Makes (or wakes) the context; only call from a gesture or after the page had one. */
function ensureContext(): AudioContext | undefined {
  if (unavailable) return undefined;
  try {
    if (!ctx) {
      const Ctor = audioCtor();
      if (!Ctor) {
        unavailable = true;
        return undefined;
      }
      ctx = new Ctor();
    }
    if (ctx.state === 'suspended') void ctx.resume().catch(() => undefined);
    return ctx;
  } catch {
    unavailable = true;
    return undefined;
  }
}

function hadGesture(): boolean {
  const nav = globalThis.navigator as
    (Navigator & { userActivation?: { hasBeenActive: boolean } }) | undefined;
  return nav?.userActivation?.hasBeenActive === true;
}

const onGesture = () => {
  if (setting.enabled) ensureContext();
};

/**
 * Listens for the first user gesture to create the AudioContext (browsers allow audio only
 * after one). Idempotent; the listeners stay, so a context the browser suspended wakes again.
 */
export function armSound(): void {
  if (armed || typeof window === 'undefined' || !audioCtor()) return;
  armed = true;
  for (const type of ['pointerdown', 'keydown', 'touchstart'] as const) {
    window.addEventListener(type, onGesture, { capture: true, passive: true });
  }
}

/** Plays a cue if sound is on and the browser lets us; otherwise does nothing. */
export function playCue(cue: Cue): void {
  if (!setting.enabled || setting.volume <= 0) return;
  if (!ctx && !hadGesture()) return;
  const ac = ensureContext();
  // A fresh context is 'suspended' for a moment even after a gesture; notes wait for it.
  if (!ac || ac.state === 'closed') return;
  if (!admit(lastPlayed, cue, ac.currentTime * 1000)) return;
  try {
    const t0 = ac.currentTime + 0.01;
    const master = ac.createGain();
    master.gain.value = setting.volume;
    master.connect(ac.destination);
    let stopAt = t0;
    for (const n of CUES[cue]) {
      const start = t0 + n.at;
      const end = start + n.dur;
      const osc = ac.createOscillator();
      osc.type = n.wave ?? 'sine';
      osc.frequency.setValueAtTime(n.freq, start);
      if (n.to !== undefined) osc.frequency.exponentialRampToValueAtTime(n.to, end);
      const env = ac.createGain();
      env.gain.setValueAtTime(0.0001, start);
      env.gain.exponentialRampToValueAtTime(n.gain, start + 0.008);
      env.gain.exponentialRampToValueAtTime(0.0001, end);
      osc.connect(env).connect(master);
      osc.start(start);
      osc.stop(end + 0.02);
      stopAt = Math.max(stopAt, end + 0.02);
    }
    // Free the graph once the last note is done.
    globalThis.setTimeout(
      () => {
        try {
          master.disconnect();
        } catch {
          // already gone
        }
      },
      (stopAt - ac.currentTime) * 1000 + 100,
    );
  } catch {
    // A browser that cannot build the graph just stays silent.
  }
}
