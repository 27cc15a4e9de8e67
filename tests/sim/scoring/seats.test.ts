import { describe, expect, it } from 'vitest';
import {
  allBots,
  isLearnerViolation,
  learnerRoles,
  learnerView,
  learnerViolations,
  scoreRun,
  teamViolations,
} from '../../../src/sim/scoring/score';
import { drillPlayed, learnerCommands } from '../../../src/sim/scoring/learner';
import type { SeatRole } from '../../../src/sim/ids';
import { stagedWorld, violation } from '../review/fixture';
import { seatPeople, stoppedAt } from './staged';

const broke = (role: SeatRole, seat: string, t = 100) => ({
  t,
  sop: 'order-exceptions',
  rule: 'verify-pack',
  role,
  seat,
});

describe('who the learner is', () => {
  it('is the whole team of an all-bot run, every role in order; a trainer is nobody', () => {
    const w = stagedWorld();
    w.seats.coach = { id: 'coach', role: 'trainer' };
    expect(allBots(w)).toBe(true);
    expect(learnerRoles(w)).toEqual(['buyer', 'support', 'ops', 'warehouse']);
    expect(learnerCommands(w, ['ops'])).toBe(Number.POSITIVE_INFINITY);
  });

  it('is the seats people played, their roles in the usual order', () => {
    const w = stagedWorld();
    seatPeople(w, { me: 'warehouse', you: 'support' });
    expect(allBots(w)).toBe(false);
    expect(learnerRoles(w)).toEqual(['support', 'warehouse']);
  });
});

describe("the learner's violations", () => {
  it('are every shop seat’s but the trainer’s in an all-bot run', () => {
    const w = stagedWorld();
    violation(w, broke('warehouse', 'bot-warehouse'));
    violation(w, broke('trainer', 'coach'));
    expect(learnerViolations(w).map((v) => v.role)).toEqual(['warehouse']);
    expect(isLearnerViolation(w)(broke('support', 'bot-support'))).toBe(true);
    expect(teamViolations(w)).toHaveLength(1);
  });

  it("are only the person's own seat's when people play, and only those reach their checklist", () => {
    const w = stagedWorld();
    seatPeople(w, { me: 'warehouse' });
    violation(w, broke('warehouse', 'me'));
    violation(w, broke('support', 'bot-support'));
    violation(w, broke('trainer', 'coach'));
    expect(learnerViolations(w).map((v) => v.seat)).toEqual(['me']);
    expect(teamViolations(w).map((v) => v.seat)).toEqual(['me', 'bot-support']);
    const view = learnerView(w);
    expect(view.violations.map((v) => v.seat)).toEqual(['me']);
    // The world itself keeps every violation.
    expect(w.violations).toHaveLength(3);
  });
});

describe('commands a learner issued', () => {
  it('count only their seats, in the roles asked about, until the drill stopped', () => {
    const w = stagedWorld();
    seatPeople(w, { me: 'warehouse', you: 'support' }, 60);
    w.commandLog.push({
      t: 5000,
      command: { seat: 'me', role: 'warehouse', type: 'cycle_count', payload: {} },
    });
    w.commandLog.push({
      t: 70,
      command: { seat: 'bot-ops', role: 'ops', type: 'cycle_count', payload: {} },
    });
    expect(learnerCommands(w, ['warehouse'])).toBe(2);
    expect(learnerCommands(w, ['warehouse', 'support'])).toBe(3);
    expect(learnerCommands(w, ['ops'])).toBe(0);
    stoppedAt(w, 5000);
    expect(learnerCommands(w, ['warehouse'])).toBe(2);
    stoppedAt(w, 4999);
    expect(learnerCommands(w, ['warehouse'])).toBe(1);
  });

  it('make an idle learner: no command in the role their targets belong to', () => {
    const w = stagedWorld();
    w.kpi.dueOrders = 10;
    w.kpi.onTimeOrders = 10;
    // The on-time target is met, by the routine crew: the person in the warehouse seat did nothing.
    seatPeople(w, { me: 'warehouse' });
    w.commandLog = [];
    expect(scoreRun(w)).toMatchObject({ verdict: 'idle', stars: 0, roles: ['warehouse'] });
  });
});

describe('how much of the drill was played', () => {
  it('is up to where it stopped, the clock while it runs, else its whole length', () => {
    const w = stagedWorld();
    expect(drillPlayed(w)).toBe(w.end);
    w.phase = 'drill';
    w.clock = 1234;
    expect(drillPlayed(w)).toBe(1234);
    stoppedAt(w, 999);
    expect(drillPlayed(w)).toBe(999);
  });
});
