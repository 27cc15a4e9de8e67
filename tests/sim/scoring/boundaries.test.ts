import { describe, expect, it } from 'vitest';
import { attainment, judge, scoreRun, targetMet } from '../../../src/sim/scoring/score';
import { learnerLine, verdictText } from '../../../src/sim/scoring/text';
import { at, stagedWorld } from '../review/fixture';
import { chatOpened, promised, seatPeople, stoppedAt } from './staged';

const text = (en: string) => ({ 'zh-CN': en, en });

describe('float noise in big sums', () => {
  it('lets a GMV summed from 100,000 orders of ¥10.10 meet the ¥1,010,000 it is on paper', () => {
    let gmv = 0;
    for (let i = 0; i < 100_000; i++) gmv += 10.1;
    expect(gmv).not.toBe(1_010_000);
    expect(targetMet('>=', gmv, 1_010_000)).toBe(true);
    // Noise, not a real shortfall: ¥1 short is a miss.
    expect(targetMet('>=', 1_009_999, 1_010_000)).toBe(false);
  });

  it('rates a target whose KPI could not be computed as not attained, never NaN', () => {
    expect(attainment({ op: '>=', value: 0.5, actual: Number.NaN, met: false })).toBe(0);
  });
});

describe('deadlines', () => {
  it('count an order placed at the very start of the run, and a chat opened then', () => {
    const w = stagedWorld({
      targets: [
        { kpi: 'on_time_ship_rate', op: '>=', value: 0.9 },
        { kpi: 'first_response_avg_s', op: '<=', value: 60 },
      ],
    });
    seatPeople(w, { me: 'warehouse', you: 'support' });
    w.kpi.dueOrders = 1;
    w.kpi.onTimeOrders = 1;
    w.kpi.firstResponses = [30];
    w.kpi.ticketsTotal = 2;
    promised(w, 'o0', 0, 9000);
    promised(w, 'o1', 100, 10_000);
    chatOpened(w, 't0', 0);
    chatOpened(w, 't1', 9480);
    // The first promise (9,000 s in) and the first chat's 60 s have both passed.
    stoppedAt(w, 9500);
    expect(judge(w, scoreRun(w).targets)).toBeUndefined();
  });

  it('wait for the earliest deadline of all the targets still open', () => {
    const w = stagedWorld({
      targets: [
        { kpi: 'on_time_ship_rate', op: '>=', value: 0.9 },
        { kpi: 'first_response_avg_s', op: '<=', value: 60 },
      ],
    });
    seatPeople(w, { me: 'warehouse', you: 'support' });
    promised(w, 'o0', 100, 9000);
    chatOpened(w, 't0', 7990);
    stoppedAt(w, 8000);
    expect(judge(w, scoreRun(w).targets)).toMatchObject({
      reason: 'before_deadline',
      deadline: 8050,
      kpis: ['on_time_ship_rate', 'first_response_avg_s'],
    });
  });
});

describe('a learner in two seats', () => {
  it('is idle when they did nothing in the seat whose role has the targets', () => {
    const w = stagedWorld({ targets: [{ kpi: 'first_response_avg_s', op: '<=', value: 60 }] });
    w.kpi.firstResponses = [30];
    w.kpi.ticketsTotal = 1;
    seatPeople(w, { me: 'warehouse' });
    w.seats.you = { id: 'you', role: 'support' };
    delete w.seats['bot-support'];
    expect(scoreRun(w)).toMatchObject({ verdict: 'idle', stars: 0 });
  });
});

describe('guided steps', () => {
  it('are judged from exactly half the drill, like targets', () => {
    const w = stagedWorld({
      tutorial: [
        { role: 'buyer', text: text('Ask'), doneWhen: 'ticket_opened' },
        { role: 'buyer', text: text('Pay'), doneWhen: 'order_paid' },
      ],
    });
    seatPeople(w, { me: 'buyer' }, 60, 'browse');
    at(w, 100, { type: 'ticket_opened' });
    stoppedAt(w, w.end / 2);
    // One of two done, the other a near miss: two stars.
    expect(scoreRun(w)).toMatchObject({ verdict: 'scored', stars: 2 });
    stoppedAt(w, w.end / 2 - 1);
    expect(scoreRun(w)).toMatchObject({ verdict: 'too_short', stars: 0 });
  });
});

describe('the words for a verdict', () => {
  it('name a KPI two targets share once', () => {
    const w = stagedWorld({
      targets: [
        { kpi: 'pick_accuracy', op: '>=', value: 0.99 },
        { kpi: 'pick_accuracy', op: '>=', value: 0.9, role: 'ops' },
      ],
    });
    seatPeople(w, { me: 'warehouse', you: 'ops' });
    stoppedAt(w, 10_000);
    expect(verdictText(scoreRun(w), 'en', w)).toBe(
      'Not enough played to score: nothing to measure yet for Pick accuracy.',
    );
  });

  it('read a saved score without a verdict as scored', () => {
    const w = stagedWorld();
    const saved = { stars: 2, metCount: 1, total: 2, violations: 0, roles: ['warehouse'] as const };
    expect(verdictText(saved, 'en', w)).toBeUndefined();
    expect(learnerLine(saved, 'en', w)).toBe(
      'Your result (Warehouse): ★★☆ 2 of 3 stars. Your targets met: 1 of 2; your SOP violations: 0 (3 allowed).',
    );
  });
});
