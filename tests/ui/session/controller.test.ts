import { describe, expect, it } from 'vitest';
import { loadScenarioFile } from '../../../src/scenario/load-file';
import { botSeats } from '../../../src/sim/engine/create-world';
import { hashWorld } from '../../../src/sim/engine/hash';
import { z } from 'zod';
import { seatSchema } from '../../../src/platform/store-schema';
import { GameSession } from '../../../src/ui/session/controller';

const scenario = loadScenarioFile('scenarios/support-first-response.yaml');
const seats = [
  { id: 'me', role: 'support' as const },
  ...botSeats(scenario).filter((s) => s.role !== 'support'),
];

function session() {
  return new GameSession(scenario, { seed: 3, seats, humanSeat: 'me' });
}

describe('GameSession', () => {
  it('runs the sim clock at the scenario time scale times the chosen speed, only while running', () => {
    const s = session();
    const second = () => {
      for (let i = 0; i < 4; i++) s.frame(250);
    };
    second();
    expect(s.world.clock).toBe(0);
    s.start();
    second();
    expect(s.world.clock).toBe(scenario.timeScale);
    s.setSpeed(4);
    second();
    expect(s.world.clock).toBe(scenario.timeScale * 5);
    s.togglePause();
    second();
    expect(s.world.clock).toBe(scenario.timeScale * 5);
    expect(s.state).toBe('paused');
  });

  it('does not fast-forward the day after a long stall', () => {
    const s = session();
    s.start();
    s.frame(60_000);
    expect(s.world.clock).toBeLessThanOrEqual(scenario.timeScale);
  });

  it('acts from the person’s seat and refuses with a reason', () => {
    const s = session();
    s.start();
    const refused = s.act('pick_wave', { orders: ['o1'] });
    expect(refused).toMatchObject({ ok: false, reasonKey: 'not_your_role' });
    while (s.world.queues.tickets.length === 0) s.frame(250);
    const ticket = s.world.queues.tickets[0] as string;
    expect(s.act('reply_ticket', { ticket, template: 'greeting' }).ok).toBe(true);
  });

  it('resumes a saved run to the same world', () => {
    const s = session();
    s.start();
    for (let i = 0; i < 40; i++) s.frame(250);
    const ticket = s.world.queues.tickets[0];
    if (ticket) s.act('reply_ticket', { ticket, template: 'greeting' });
    for (let i = 0; i < 40; i++) s.frame(250);
    const saved = JSON.parse(JSON.stringify(s.save())) as ReturnType<GameSession['save']>;
    // Two agents on shift: the person's bot colleague is saved with the run, in the store's shape.
    expect(saved.seats.some((x) => x.colleagueOf === 'me')).toBe(true);
    expect(z.array(seatSchema).safeParse(saved.seats).success).toBe(true);
    const resumed = GameSession.resume(scenario, saved);
    expect(resumed.state).toBe('paused');
    expect(hashWorld(resumed.world)).toBe(hashWorld(s.world));
    // Still the same run, so history records it once however often it is continued.
    expect(resumed.runId).toBe(s.runId);
    expect(session().runId).not.toBe(s.runId);
  });

  it('reaches the debrief when the run is finished', () => {
    const s = session();
    s.start();
    s.setSpeed(4);
    while (!s.world.finished) s.frame(250);
    expect(s.state).toBe('finished');
    s.finish();
    expect(s.state).toBe('debrief');
  });
});
