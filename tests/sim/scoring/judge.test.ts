import { describe, expect, it } from 'vitest';
import type { ScenarioInput } from '../../../src/scenario/schema';
import { judge, scoreRun, targetDeadline } from '../../../src/sim/scoring/score';
import type { World } from '../../../src/sim/world';
import { stagedWorld } from '../review/fixture';
import { chatOpened, promised, seatPeople, stoppedAt } from './staged';

/**
 * The review shop's 4-hour drill (14,400 s) with a warehouse learner whose on-time target is
 * met (10 of 10 due orders shipped on time): only when the drill stopped decides the verdict.
 */
function warehouseDrill(targets?: ScenarioInput['targets']): World {
  const w = stagedWorld(targets ? { targets } : {});
  w.kpi.dueOrders = 10;
  w.kpi.onTimeOrders = 10;
  seatPeople(w, { me: 'warehouse' });
  return w;
}

describe('a drill stopped early', () => {
  it('is judged when played to its end, even with no data for a target (then simply missed)', () => {
    const w = warehouseDrill();
    w.kpi.dueOrders = 0;
    w.kpi.onTimeOrders = 0;
    expect(scoreRun(w)).toMatchObject({ verdict: 'scored', stars: 0, metCount: 0 });
  });

  it('is too short below half its length, and scored from exactly half', () => {
    const w = warehouseDrill();
    stoppedAt(w, 7199);
    expect(scoreRun(w)).toMatchObject({
      verdict: 'too_short',
      stars: 0,
      judgement: { reason: 'too_short', played: 7199, length: 14_400, kpis: [] },
    });
    stoppedAt(w, 7200);
    expect(scoreRun(w)).toMatchObject({ verdict: 'scored', stars: 3 });
  });

  it('reads how long a drill still running has been played from its clock', () => {
    const w = warehouseDrill();
    w.phase = 'drill';
    w.clock = 3600;
    expect(scoreRun(w)).toMatchObject({ verdict: 'too_short', judgement: { played: 3600 } });
  });

  it("is not judged before the first ship-by promise of the run's own orders fell due", () => {
    const w = warehouseDrill();
    // Last week's order (placed before the run) falls due first: it decides nothing.
    promised(w, 'old', -600, 8000);
    promised(w, 'later', 300, 9500);
    promised(w, 'first', 200, 9000);
    stoppedAt(w, 8999);
    expect(scoreRun(w)).toMatchObject({
      verdict: 'before_deadline',
      stars: 0,
      judgement: { kpis: ['on_time_ship_rate'], deadline: 9000, played: 8999 },
    });
    stoppedAt(w, 9000);
    expect(scoreRun(w)).toMatchObject({ verdict: 'scored', stars: 3 });
  });

  it('waits for the first chat to have waited as long as a response-time target allows', () => {
    const w = warehouseDrill([{ kpi: 'first_response_avg_s', op: '<=', value: 120 }]);
    seatPeople(w, { you: 'support' });
    w.kpi.firstResponses = [60];
    w.kpi.ticketsTotal = 1;
    chatOpened(w, 'before-run', -30);
    chatOpened(w, 'second', 8100);
    chatOpened(w, 'first', 8000);
    const target = scoreRun(w).targets[0];
    if (!target) throw new Error('no target');
    expect(targetDeadline(w, target)).toBe(8120);
    stoppedAt(w, 8119);
    expect(judge(w, [target])).toMatchObject({ reason: 'before_deadline', deadline: 8120 });
    stoppedAt(w, 8120);
    expect(judge(w, [target])).toBeUndefined();
  });

  it('judges a 3-minute response rate once the first chat has waited three minutes', () => {
    const w = warehouseDrill([{ kpi: 'response_3min_rate', op: '>=', value: 0.9 }]);
    seatPeople(w, { you: 'support' });
    chatOpened(w, 'first', 8000);
    const target = scoreRun(w).targets[0];
    if (!target) throw new Error('no target');
    expect(targetDeadline(w, target)).toBe(8180);
    stoppedAt(w, 8100);
    expect(judge(w, [target])).toMatchObject({ reason: 'before_deadline', deadline: 8180 });
  });

  it('has no deadline for a KPI that needs none, or for a promise nobody made', () => {
    const w = warehouseDrill([
      { kpi: 'pick_accuracy', op: '>=', value: 0.99 },
      { kpi: 'on_time_ship_rate', op: '>=', value: 0.9 },
    ]);
    const [picks, onTime] = scoreRun(w).targets;
    if (!picks || !onTime) throw new Error('no targets');
    expect(targetDeadline(w, picks)).toBeUndefined();
    expect(targetDeadline(w, onTime)).toBeUndefined();
    promised(w, 'unpromised', 100, 500);
    delete w.orders.unpromised?.shipBy;
    expect(targetDeadline(w, onTime)).toBeUndefined();
  });

  it('names every target with nothing to measure yet', () => {
    const w = warehouseDrill([
      { kpi: 'on_time_ship_rate', op: '>=', value: 0.9 },
      { kpi: 'pick_accuracy', op: '>=', value: 0.99 },
    ]);
    stoppedAt(w, 10_000);
    expect(scoreRun(w)).toMatchObject({
      verdict: 'no_data',
      judgement: { reason: 'no_data', kpis: ['pick_accuracy'] },
    });
    w.kpi.picks = 5;
    w.kpi.correctPicks = 5;
    expect(scoreRun(w)).toMatchObject({ verdict: 'scored', stars: 3 });
  });

  it('judges the team apart from the learner: too short for both', () => {
    const w = warehouseDrill();
    stoppedAt(w, 100);
    const s = scoreRun(w);
    expect(s.team).toMatchObject({ verdict: 'too_short', stars: 0, metCount: 1, total: 1 });
  });
});
