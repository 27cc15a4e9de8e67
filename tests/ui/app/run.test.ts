import { describe, expect, it } from 'vitest';
import { autosaveRunSchema } from '../../../src/platform/store-schema';
import { hashWorld } from '../../../src/sim/engine/hash';
import { formatClock } from '../../../src/ui/hud/clock';
import { resolveLang } from '../../../src/ui/screens/context';
import {
  HUMAN_SEAT,
  newSession,
  resumeSession,
  seatsFor,
  testBoost,
  toAutosave,
} from '../../../src/ui/screens/run';
import { builtInScenarios } from '../../../src/ui/session/scenarios';

const tutorial = builtInScenarios().find((s) => s.id === 'tutorial-one-order');
if (!tutorial) throw new Error('tutorial scenario missing');

describe('play screen helpers', () => {
  it('shows the shop clock as HH:MM from the start time, across midnight', () => {
    expect(formatClock('09:00', 0)).toBe('09:00');
    expect(formatClock('09:00', 5399)).toBe('10:29');
    expect(formatClock('23:30', 3600)).toBe('00:30');
  });

  it('defaults to Chinese on a Chinese system, English elsewhere, unless chosen', () => {
    expect(resolveLang('system', 'zh-TW')).toBe('zh-CN');
    expect(resolveLang('system', 'de-DE')).toBe('en');
    expect(resolveLang('en', 'zh-CN')).toBe('en');
  });

  it('honours ?speed only with ?e2e=1', () => {
    expect(testBoost('?speed=64')).toBe(1);
    expect(testBoost('?e2e=1&speed=64')).toBe(64);
    expect(testBoost('?e2e=1&speed=abc')).toBe(1);
    expect(testBoost('?e2e=1&speed=100000')).toBe(1);
  });

  it('seats the player in their role and bots at the chosen level in the others', () => {
    const seats = seatsFor(tutorial, 'support', 'expert');
    expect(seats[0]).toEqual({ id: HUMAN_SEAT, role: 'support' });
    expect(seats.filter((s) => s.role === 'support')).toHaveLength(1);
    expect(seats.slice(1).every((s) => s.bot === 'expert')).toBe(true);
    expect(seats).toHaveLength(4);
  });

  it('autosaves a run in the store schema and resumes the same world, paused', () => {
    const session = newSession({
      scenario: tutorial,
      role: 'warehouse',
      botLevel: 'competent',
      seed: 7,
      speed: 2,
    });
    session.start();
    for (let i = 0; i < 40; i++) session.frame(250);
    const run = toAutosave(session, 'warehouse', 'competent');
    expect(autosaveRunSchema.omit({ savedAt: true }).safeParse(run).success).toBe(true);
    const back = resumeSession(tutorial, { ...run, savedAt: '2026-11-25T10:00:00Z' });
    expect(back?.state).toBe('paused');
    expect(back?.world.clock).toBe(session.world.clock);
    expect(back && hashWorld(back.world)).toBe(hashWorld(session.world));
    expect(back?.speed).toBe(2);
  });

  it('refuses to resume a save from another version of the scenario', () => {
    const session = newSession({
      scenario: tutorial,
      role: 'support',
      botLevel: 'novice',
      seed: 1,
      speed: 1,
    });
    const run = { ...toAutosave(session, 'support', 'novice'), savedAt: '2026-11-25T10:00:00Z' };
    expect(
      resumeSession(tutorial, { ...run, scenarioVersion: tutorial.version + 1 }),
    ).toBeUndefined();
  });
});
