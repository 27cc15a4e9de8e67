import { describe, expect, it } from 'vitest';
import { frictionScore, scoreRun } from '../../../src/sim/scoring/score';
import type { SeatRole } from '../../../src/sim/ids';
import { stagedWorld, violation } from '../review/fixture';

const v = (role: SeatRole, t = 100) => ({ t, sop: 'x', rule: 'y', role, seat: role });

function world() {
  const w = stagedWorld({
    targets: [
      { kpi: 'on_time_ship_rate', op: '>=', value: 1 },
      { kpi: 'first_response_avg_s', op: '<=', value: 120 },
      { kpi: 'csat', op: '>=', value: 4 },
    ],
  });
  w.kpi.dueOrders = 10;
  w.kpi.onTimeOrders = 5;
  w.kpi.firstResponses = [60, 180];
  w.kpi.ticketsTotal = 2;
  w.kpi.ratings = { sum: 9, n: 2 };
  return w;
}

describe('role scores', () => {
  it('averages the attainment of the targets each role owns', () => {
    const s = scoreRun(world());
    // warehouse: on-time 0.5 of 1; support: first response met (avg 120), csat 4.5 met.
    expect(s.roleScores).toEqual({ buyer: 100, support: 100, ops: 100, warehouse: 50 });
  });
  it('takes 5 points per SOP violation of the role, clamped at 0; trainers cost nobody', () => {
    const w = world();
    violation(w, v('support'));
    violation(w, v('support', 200));
    violation(w, v('ops'));
    violation(w, v('trainer'));
    for (let i = 0; i < 12; i++) violation(w, v('warehouse', 300 + i));
    const s = scoreRun(w);
    expect(s.roleScores).toEqual({ buyer: 100, support: 90, ops: 95, warehouse: 0 });
    // A trainer's violation is nobody's: neither the learner's nor the team's.
    expect(s.violations).toBe(15);
    expect(s.team.violations).toBe(15);
  });
  it('gives partial credit for a lower-is-better miss', () => {
    const w = world();
    w.kpi.firstResponses = [240];
    w.kpi.ratings = { sum: 8, n: 2 };
    // support: first response 120/240 = 0.5, csat 4 met → mean 0.75.
    expect(scoreRun(w).roleScores.support).toBe(75);
  });
});

describe('mystery shopper (buyer) score', () => {
  it('is the share of planted frictions found, minus 10 per false report', () => {
    const w = stagedWorld({ frictions: ['slow_reply', 'late_shipment'] });
    expect(frictionScore(w)).toBe(0);
    w.frictionsReported.push('slow_reply');
    expect(frictionScore(w)).toBe(50);
    w.frictionsReported.push('price_error');
    expect(frictionScore(w)).toBe(40);
    w.frictionsReported.push('late_shipment');
    violation(w, v('buyer'));
    expect(scoreRun(w).roleScores.buyer).toBe(85);
  });
  it('starts at 100 when the scenario plants nothing', () => {
    const w = stagedWorld();
    expect(scoreRun(w).roleScores.buyer).toBe(100);
    w.frictionsReported.push('sold_out');
    expect(scoreRun(w).roleScores.buyer).toBe(90);
  });
});
