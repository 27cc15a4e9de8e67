import { describe, expect, it } from 'vitest';
import { loadScenarioFile } from '../../../src/scenario/load-file';
import { botSeats } from '../../../src/sim/engine/create-world';
import type { Role } from '../../../src/sim/ids';
import { GameSession, TEACHING_FACTOR } from '../../../src/ui/session/controller';
import { needsOf } from '../../../src/ui/session/needs';

function session(file: string, role: Role) {
  const scenario = loadScenarioFile(`scenarios/${file}.yaml`);
  const seats = [{ id: 'me', role }, ...botSeats(scenario).filter((s) => s.role !== role)];
  const s = new GameSession(scenario, { seed: scenario.seed, seats, humanSeat: 'me' });
  s.start();
  return s;
}

/** Runs a skip to its stop; each step is a frame with no time budget but one chunk. */
function skipped(s: GameSession) {
  s.skipToNext();
  for (let i = 0; i < 100_000 && s.skipping; i++) s.frame(0);
  return s.world.clock;
}

describe('skip to the next thing that needs you', () => {
  it('stops when a chat reaches the support person, at the same sim second on every run', () => {
    const a = session('support-first-response', 'support');
    expect(needsOf(a.world, a.seat).todo).toEqual([]);
    const stop = skipped(a);
    expect(stop).toBeGreaterThan(0);
    expect(needsOf(a.world, a.seat).todo.some((k) => k.startsWith('chat:'))).toBe(true);
    expect(skipped(session('support-first-response', 'support'))).toBe(stop);
  });

  it('is refused while work waits for the person', () => {
    const s = session('support-first-response', 'support');
    skipped(s);
    const at = s.world.clock;
    s.skipToNext();
    expect(s.skipping).toBe(false);
    s.frame(0);
    expect(s.world.clock).toBe(at);
  });

  it('skips the warehouse night: orders queued off shift are no work until the shift opens', () => {
    const s = session('flash-sale-shipping', 'warehouse');
    s.advanceSim(600);
    expect(s.world.queues.pick.length).toBeGreaterThan(0);
    expect(needsOf(s.world, s.seat).todo).toEqual([]);
    const stop = skipped(s);
    // The shift starts at 08:00 (the drill starts at 00:00): the pick list becomes work then.
    expect(stop).toBeGreaterThanOrEqual(8 * 3600);
    expect(needsOf(s.world, s.seat).todo.some((k) => k.startsWith('pick:'))).toBe(true);
  });

  it('takes operations to the next hour of funnel figures at most', () => {
    const s = session('conversion-boost', 'ops');
    expect(skipped(s)).toBeLessThanOrEqual(3600);
  });
});

describe('teaching speed', () => {
  it('slows the clock to a quarter while a decision is open, only when it is on', () => {
    const s = session('support-first-response', 'support');
    const second = () => {
      for (let i = 0; i < 4; i++) s.frame(250);
    };
    second();
    const normal = s.world.clock;
    s.decisionOpen = true;
    second();
    expect(s.world.clock - normal).toBe(normal);
    s.teaching = true;
    const before = s.world.clock;
    for (let i = 0; i < 4 / TEACHING_FACTOR; i++) second();
    expect(s.world.clock - before).toBe(normal * 4);
    s.decisionOpen = false;
    expect(s.slowed).toBe(false);
  });
});
