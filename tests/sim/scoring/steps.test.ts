import { describe, expect, it } from 'vitest';
import { expertScore, learnerResults, scoreRun } from '../../../src/sim/scoring/score';
import type { EventType } from '../../../src/sim/events';
import type { World } from '../../../src/sim/world';
import { at, stagedWorld, violation } from '../review/fixture';
import { seatPeople, stoppedAt } from './staged';

const text = (en: string) => ({ 'zh-CN': en, en });

/** A tutorial with three buyer steps and one warehouse step; a person plays the buyer. */
function tutorial(maxViolations = 3): World {
  const w = stagedWorld({
    maxViolations,
    tutorial: [
      { role: 'buyer', text: text('Ask about sizes'), doneWhen: 'ticket_opened' },
      { role: 'buyer', text: text('Order'), doneWhen: 'order_paid' },
      { role: 'buyer', text: text('Review'), doneWhen: 'review_posted' },
      { role: 'warehouse', text: text('Pack'), doneWhen: 'packed' },
    ],
  });
  seatPeople(w, { me: 'buyer' }, 60, 'browse');
  return w;
}

const did = (w: World, t: number, type: EventType) => at(w, t, { type });

describe('a role without targets is scored on its guided steps', () => {
  it('gives three stars for every step done, two with one left, one with one done', () => {
    const w = tutorial();
    did(w, 100, 'ticket_opened');
    did(w, 200, 'order_paid');
    did(w, 300, 'review_posted');
    expect(scoreRun(w)).toMatchObject({
      stars: 3,
      verdict: 'scored',
      steps: { done: 3, total: 3 },
    });
    w.log.pop();
    expect(scoreRun(w)).toMatchObject({ stars: 2, steps: { done: 2, total: 3 } });
    w.log.pop();
    expect(scoreRun(w)).toMatchObject({ stars: 1, steps: { done: 1, total: 3 } });
    w.log.pop();
    expect(scoreRun(w)).toMatchObject({ stars: 0, verdict: 'scored', steps: { done: 0 } });
  });

  it('counts the steps in order: a step done before the one before it is not done', () => {
    const w = tutorial();
    did(w, 100, 'order_paid');
    did(w, 200, 'ticket_opened');
    expect(scoreRun(w).steps).toEqual({ done: 1, total: 3 });
  });

  it('drops to two stars with every step done but too many SOP violations', () => {
    const w = tutorial(0);
    did(w, 100, 'ticket_opened');
    did(w, 200, 'order_paid');
    did(w, 300, 'review_posted');
    violation(w, { t: 250, sop: 'x', rule: 'y', role: 'buyer', seat: 'me' });
    expect(scoreRun(w)).toMatchObject({ stars: 2, violations: 1 });
  });

  it('gives nothing for steps left undone in a drill stopped before half of it', () => {
    const w = tutorial();
    did(w, 100, 'ticket_opened');
    did(w, 200, 'order_paid');
    stoppedAt(w, 1000);
    const s = scoreRun(w);
    expect(s).toMatchObject({
      stars: 0,
      verdict: 'too_short',
      steps: { done: 2, total: 3 },
      judgement: { reason: 'too_short', played: 1000, length: 14_400, kpis: [] },
    });
    expect(learnerResults(s)).toEqual({
      verdict: 'too_short',
      roles: ['buyer'],
      judgement: s.judgement,
      steps: { done: 2, total: 3 },
      team: s.team,
    });
  });

  it('counts a guided task finished early as finished', () => {
    const w = tutorial();
    did(w, 100, 'ticket_opened');
    did(w, 200, 'order_paid');
    did(w, 300, 'review_posted');
    stoppedAt(w, 1000);
    expect(scoreRun(w)).toMatchObject({ stars: 3, verdict: 'scored' });
  });

  it('has nothing to score a role with neither targets nor steps', () => {
    const w = stagedWorld();
    seatPeople(w, { me: 'ops' });
    const s = scoreRun(w);
    expect(s).toMatchObject({ stars: 0, verdict: 'no_targets', total: 0 });
    expect(s.steps).toBeUndefined();
    expect(learnerResults(s)).toEqual({ verdict: 'no_targets', roles: ['ops'], team: s.team });
  });
});

describe('the expert yardstick', () => {
  it("is scored on the learner's roles, counting only those roles' violations", () => {
    const w = stagedWorld({ maxViolations: 1 });
    w.kpi.dueOrders = 10;
    w.kpi.onTimeOrders = 10;
    violation(w, { t: 100, sop: 'x', rule: 'y', role: 'support', seat: 'bot-support' });
    violation(w, { t: 110, sop: 'x', rule: 'y', role: 'support', seat: 'bot-support' });
    violation(w, { t: 120, sop: 'x', rule: 'y', role: 'warehouse', seat: 'bot-warehouse' });
    const s = expertScore(w, undefined, ['warehouse']);
    expect(s).toMatchObject({ stars: 3, violations: 1, roles: ['warehouse'], total: 1 });
    expect(s.team).toMatchObject({ violations: 3, stars: 2 });
  });

  it('falls back to the expert team for a role without targets', () => {
    const w = stagedWorld();
    w.kpi.dueOrders = 10;
    w.kpi.onTimeOrders = 10;
    const s = expertScore(w, undefined, ['buyer']);
    expect(s).toMatchObject({ total: 1, metCount: 1, stars: 3 });
    expect(s.roles).toEqual(['buyer', 'support', 'ops', 'warehouse']);
  });
});
