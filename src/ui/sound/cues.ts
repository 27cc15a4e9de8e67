import type { SessionState } from '../../sim/machines/session.machine';
import type { World } from '../../sim/world';

/** The short sounds the game makes. */
export type Cue = 'incident' | 'chat' | 'refused' | 'accepted' | 'end';

/** The few numbers of a run that decide its sounds; cheap enough to take on every frame. */
export interface SoundSummary {
  /** Incidents started so far (active or over): a rise means a new one began. */
  incidents: number;
  /** Customer chats opened so far, counted only for the support seat (0 otherwise). */
  tickets: number;
  /** The run is over: the clock ran out or the player ended it. */
  finished: boolean;
}

/** What `summarize` needs from a session; a `GameSession` fits. */
export interface SummarySource {
  world: Pick<World, 'incidents' | 'kpi' | 'finished'>;
  state: SessionState;
  seat?: { role: string } | undefined;
}

export function summarize(s: SummarySource): SoundSummary {
  return {
    incidents: Object.keys(s.world.incidents).length,
    tickets: s.seat?.role === 'support' ? s.world.kpi.ticketsTotal : 0,
    finished: s.world.finished || s.state === 'finished' || s.state === 'debrief',
  };
}

/**
 * Which cues to play going from one summary to the next: the end chime alone when the run has
 * just ended; otherwise an alert for new incidents, then a ping for new chats. Nothing after the end.
 */
export function cuesBetween(prev: SoundSummary, next: SoundSummary): Cue[] {
  if (prev.finished) return [];
  if (next.finished) return ['end'];
  const cues: Cue[] = [];
  if (next.incidents > prev.incidents) cues.push('incident');
  if (next.tickets > prev.tickets) cues.push('chat');
  return cues;
}

/** The least time between two plays of the same cue, so a fast-forwarded burst stays one sound. */
export const MIN_GAP_MS: Record<Cue, number> = {
  incident: 1500,
  chat: 600,
  refused: 150,
  accepted: 60,
  end: 3000,
};

/** Whether `cue` may play at `now` given when each cue last played; records the play if so. */
export function admit(last: Partial<Record<Cue, number>>, cue: Cue, now: number): boolean {
  const prev = last[cue];
  if (prev !== undefined && now - prev < MIN_GAP_MS[cue]) return false;
  last[cue] = now;
  return true;
}
