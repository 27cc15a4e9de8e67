import { describe, expect, it } from 'vitest';
import { planInterventions, MAX_REPLAYS } from '../../../../src/sim/review/counterfactual/plan';
import { interventionKey } from '../../../../src/sim/review/counterfactual/intervention';
import { candidateCauses } from '../../../../src/sim/review/generate';
import { scoreRun } from '../../../../src/sim/scoring/score';
import type { World } from '../../../../src/sim/world';
import { at, incident, stagedWorld } from '../fixture';

const TEN = 3600;

/** Four missed targets of three roles, late parcels and slow chats while two incidents ran. */
function busyWorld(): World {
  const w = stagedWorld({
    targets: [
      { kpi: 'on_time_ship_rate', op: '>=', value: 0.95 },
      { kpi: 'first_response_p90_s', op: '<=', value: 60 },
      { kpi: 'gross_margin', op: '>=', value: 0.9 },
      { kpi: 'oversold_orders', op: '<=', value: 0 },
    ],
  });
  w.kpi.dueOrders = 20;
  w.kpi.onTimeOrders = 10;
  w.kpi.oversold = 3;
  w.kpi.ticketsTotal = 10;
  w.kpi.gmv = 1000;
  w.kpi.cogsKept = 600;
  for (const seat of Object.values(w.seats)) if (seat.bot) seat.bot = 'novice';
  incident(w, { id: 'inc0', kind: 'courier_delay', start: TEN, end: TEN + 1800, courier: 'swift' });
  incident(w, { id: 'inc1', kind: 'traffic_surge', start: TEN, end: TEN + 3600 });
  for (let i = 0; i < 10; i++) {
    const id = `o${i + 1}`;
    w.orders[id] = { paidAt: 60 * i } as World['orders'][string];
    at(w, TEN + 30 + i * 60, { type: 'ship_late', role: 'warehouse', order: id, sku: 'tee' });
    at(w, TEN + i * 60, { type: 'ticket_opened', ticket: `t${i}`, detail: 'presale' });
    at(w, TEN + i * 60 + 400, { type: 'ticket_first_reply', ticket: `t${i}`, value: 400 });
    w.kpi.firstResponses.push(400);
  }
  for (let i = 0; i < 3; i++)
    at(w, TEN + i * 60, { type: 'order_oversold', role: 'system', order: `o${i + 1}`, sku: 'mug' });
  // The ops seat (a novice bot: the learner of an all-bot run) cut a price.
  w.commandLog.push({
    t: 600,
    command: {
      seat: 'bot-ops',
      role: 'ops',
      type: 'set_discount',
      payload: { sku: 'tee', pct: 40 },
    },
  });
  return w;
}

describe('the replays a 复盘 plans', () => {
  const w = busyWorld();
  const score = scoreRun(w);
  const plan = planInterventions(w, score, candidateCauses(w, score)).map(interventionKey);

  it('stays within the cap', () => {
    expect(plan.length).toBeLessThanOrEqual(MAX_REPLAYS);
    expect(new Set(plan).size).toBe(plan.length);
  });

  it("tests each missed target's owner, and an incident and the learner's own commands even when roles and staff would fill the cap", () => {
    expect(plan.slice(0, 3).sort()).toEqual(['expert:ops', 'expert:support', 'expert:warehouse']);
    expect(plan.some((k) => k.startsWith('incident:'))).toBe(true);
    expect(plan.some((k) => k.startsWith('commands:'))).toBe(true);
    expect(plan.some((k) => k.startsWith('staff:'))).toBe(true);
  });

  it("tests the learner's own commands: their role's work done on time", () => {
    expect(plan).toContain('commands:shipping');
  });
});

describe("a class of the learner's commands left out", () => {
  /** Gross margin missed; the ops seat (the learner of an all-bot run) may have cut a price. */
  const marginWorld = (cut: boolean) => {
    const w = stagedWorld({ targets: [{ kpi: 'gross_margin', op: '>=', value: 0.99 }] });
    w.kpi.gmv = 1000;
    w.kpi.cogsKept = 600;
    if (cut)
      w.commandLog.push({
        t: 600,
        command: { seat: 'bot-ops', role: 'ops', type: 'set_discount', payload: { sku: 'tee' } },
      });
    const score = scoreRun(w);
    return planInterventions(w, score, candidateCauses(w, score)).map(interventionKey);
  };

  it('is replayed only when the learner made such a move', () => {
    expect(marginWorld(true)).toContain('commands:discounts');
    expect(marginWorld(false)).not.toContain('commands:discounts');
    // Nobody issued a coupon: leaving coupons out could change nothing.
    expect(marginWorld(true)).not.toContain('commands:coupons');
  });
});
