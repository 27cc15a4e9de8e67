import { describe, expect, it } from 'vitest';
import {
  admit,
  cuesBetween,
  MIN_GAP_MS,
  summarize,
  type Cue,
  type SoundSummary,
  type SummarySource,
} from '../../../src/ui/sound/cues';
import { configureSound, playCue } from '../../../src/ui/sound/player';

const base: SoundSummary = { incidents: 0, tickets: 0, finished: false };
const at = (patch: Partial<SoundSummary>): SoundSummary => ({ ...base, ...patch });

describe('cuesBetween', () => {
  it('is silent when nothing changed', () => {
    expect(cuesBetween(base, base)).toEqual([]);
    expect(cuesBetween(at({ incidents: 2, tickets: 5 }), at({ incidents: 2, tickets: 5 }))).toEqual(
      [],
    );
  });

  it('alerts on a new incident and pings on a new chat, incident first', () => {
    expect(cuesBetween(base, at({ incidents: 1 }))).toEqual(['incident']);
    expect(cuesBetween(base, at({ tickets: 3 }))).toEqual(['chat']);
    expect(cuesBetween(base, at({ incidents: 1, tickets: 1 }))).toEqual(['incident', 'chat']);
  });

  it('plays one cue per kind however many arrived at once', () => {
    expect(cuesBetween(base, at({ incidents: 4, tickets: 9 }))).toEqual(['incident', 'chat']);
  });

  it('chimes once at the end, and nothing else with it or after it', () => {
    expect(cuesBetween(base, at({ incidents: 1, tickets: 1, finished: true }))).toEqual(['end']);
    const over = at({ finished: true });
    expect(cuesBetween(over, over)).toEqual([]);
    expect(cuesBetween(over, at({ finished: true, incidents: 3 }))).toEqual([]);
  });
});

describe('summarize', () => {
  const source = (patch: {
    incidents?: number;
    tickets?: number;
    finished?: boolean;
    state?: SummarySource['state'];
    role?: string;
  }): SummarySource => ({
    world: {
      incidents: Object.fromEntries(
        Array.from({ length: patch.incidents ?? 0 }, (_, i) => [`i${i}`, {}]),
      ) as SummarySource['world']['incidents'],
      kpi: { ticketsTotal: patch.tickets ?? 0 } as SummarySource['world']['kpi'],
      finished: patch.finished ?? false,
    },
    state: patch.state ?? 'running',
    seat: patch.role ? { role: patch.role } : undefined,
  });

  it('counts incidents for every seat, chats only for support', () => {
    expect(summarize(source({ incidents: 2, tickets: 7, role: 'support' }))).toEqual({
      incidents: 2,
      tickets: 7,
      finished: false,
    });
    expect(summarize(source({ incidents: 2, tickets: 7, role: 'ops' })).tickets).toBe(0);
    expect(summarize(source({ tickets: 7 })).tickets).toBe(0);
  });

  it('is finished when the clock ran out or the player ended the run', () => {
    expect(summarize(source({ finished: true })).finished).toBe(true);
    expect(summarize(source({ state: 'finished' })).finished).toBe(true);
    expect(summarize(source({ state: 'debrief' })).finished).toBe(true);
    expect(summarize(source({ state: 'paused' })).finished).toBe(false);
  });
});

describe('admit', () => {
  it('lets a cue through, then holds the same cue back for its gap', () => {
    const last: Partial<Record<Cue, number>> = {};
    expect(admit(last, 'incident', 1000)).toBe(true);
    expect(admit(last, 'incident', 1000 + MIN_GAP_MS.incident - 1)).toBe(false);
    expect(admit(last, 'chat', 1001)).toBe(true);
    expect(admit(last, 'incident', 1000 + MIN_GAP_MS.incident)).toBe(true);
  });
});

describe('playCue without Web Audio', () => {
  it('never throws, on or off', () => {
    configureSound({ enabled: false, volume: 0.8 });
    expect(() => playCue('end')).not.toThrow();
    configureSound({ enabled: true, volume: 0.8 });
    for (const cue of ['incident', 'chat', 'refused', 'accepted', 'end'] as const) {
      expect(() => playCue(cue)).not.toThrow();
    }
  });
});
