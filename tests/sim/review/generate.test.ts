import { describe, expect, it } from 'vitest';
import { ROLES } from '../../../src/sim/ids';
import { reviewMarkdown } from '../../../src/sim/review/markdown';
import { generateReview } from '../../../src/sim/review/generate';
import { computeKpis } from '../../../src/sim/kpi/compute';
import { scoreRun } from '../../../src/sim/scoring/score';
import type { World } from '../../../src/sim/world';
import { at, incident, stagedWorld, STAGED, violation } from './fixture';

const TEN = 3600; // 10:00 on the scenario clock (start 09:00)

/** On-time shipping missed: 8 late orders in 10:00–10:10 while a courier delay ran, 2 later. */
function lateWorld(): World {
  const w = stagedWorld({
    targets: [
      { kpi: 'on_time_ship_rate', op: '>=', value: 0.95 },
      { kpi: 'pick_accuracy', op: '>=', value: 0.98 },
    ],
  });
  w.kpi.dueOrders = 20;
  w.kpi.onTimeOrders = 10;
  w.kpi.picks = 20;
  w.kpi.correctPicks = 20;
  incident(w, {
    id: 'inc0',
    kind: 'courier_delay',
    start: TEN - 600,
    end: TEN + 1800,
    courier: 'swift',
  });
  incident(w, { id: 'inc1', kind: 'bad_review_storm', start: TEN, end: TEN + 600, sku: 'tee' });
  for (let i = 0; i < 8; i++) {
    const id = `o${i + 1}`;
    w.orders[id] = { paidAt: 60 * i } as World['orders'][string];
    at(w, TEN + 30 + i * 60, { type: 'ship_late', role: 'warehouse', order: id, sku: 'tee' });
  }
  at(w, TEN + 5400, { type: 'ship_late', role: 'warehouse', order: 'o9', sku: 'tee' });
  at(w, TEN + 5500, { type: 'ship_late', role: 'warehouse', order: 'o10', sku: 'mug' });
  violation(w, {
    t: TEN + 100,
    sop: 'order-exceptions',
    rule: 'verify-pack',
    role: 'warehouse',
    seat: 'bot-warehouse',
    command: 'pack_orders',
    ref: 'o3',
  });
  violation(w, {
    t: TEN + 200,
    sop: 'order-exceptions',
    rule: 'verify-pack',
    role: 'warehouse',
    seat: 'bot-warehouse',
    command: 'pack_orders',
    ref: 'o4',
  });
  return w;
}

describe('generateReview', () => {
  it('names the window, the count and the incident behind missed on-time shipping', () => {
    const w = lateWorld();
    const doc = generateReview(w, scoreRun(w), STAGED);
    const late = doc.causes.find((c) => c.kind === 'ship_late');
    expect(late).toBeDefined();
    expect(late).toMatchObject({
      target: 0,
      kpi: 'on_time_ship_rate',
      count: 10,
      window: { from: TEN, to: TEN + 600 },
      ownerRole: 'warehouse',
    });
    expect(late?.text.params).toMatchObject({
      count: 10,
      when: {
        msg: { key: 'when.peak.cases', params: { peak: 8, window: { from: TEN, to: TEN + 600 } } },
      },
    });
    expect(late?.incidents.map((i) => [i.id, i.kind])).toContainEqual(['inc0', 'courier_delay']);
    expect(late?.incidents.some((i) => i.kind === 'bad_review_storm')).toBe(false);
    // Packing without the verify scan is faster, not slower: that violation is not a cause of
    // late parcels (it stays in the SOP section).
    expect(late?.sops).toEqual([]);
    expect(late?.refs).toEqual(['o1', 'o2', 'o3']);
    expect(late?.evidence.map((e) => e.key)).toEqual(
      expect.arrayContaining(['evidence.paid_window', 'evidence.incident']),
    );
  });

  it('follows the four steps: goals, results, causes, lessons, actions', () => {
    const w = lateWorld();
    const doc = generateReview(w, scoreRun(w), STAGED);
    expect(doc.goals).toEqual([
      { kpi: 'on_time_ship_rate', op: '>=', value: 0.95, ownerRole: 'warehouse' },
      { kpi: 'pick_accuracy', op: '>=', value: 0.98, ownerRole: 'warehouse' },
    ]);
    // Half the targets met beside a far miss (on time 50% against 95%) is one star, not two.
    expect(doc.results).toMatchObject({ stars: 1, metCount: 1, total: 2, violations: 2 });
    expect(doc.results.targets[0]).toMatchObject({ met: false, actual: 0.5, value: 0.95 });
    expect(doc.results.roleViolations.warehouse).toBe(2);
    // pick accuracy was met (no picks): a lesson to keep; on-time missed: one to improve.
    expect(doc.lessons.keep.map((l) => l.key)).toContain('lesson.keep_target');
    // No support command was issued: an SOP nobody exercised is not praised (issue 12).
    expect(doc.lessons.keep.map((l) => l.key)).not.toContain('lesson.keep_sop');
    expect(doc.lessons.improve).toContainEqual({
      key: 'lesson.sop_unexercised',
      params: {
        sop: { type: 'sop', sop: 'first-response' },
        role: { type: 'role', role: 'support' },
      },
    });
    expect(doc.lessons.improve[0]).toMatchObject({
      key: 'lesson.improve_target',
      params: { cause: { type: 'msg', msg: { key: 'label.ship_late' } } },
    });
    expect(doc.causes.at(-1)).toMatchObject({
      kind: 'sop_violations',
      id: 'sop:order-exceptions:verify-pack',
    });
  });

  it('turns causes into owned action items tied to an SOP card', () => {
    const w = lateWorld();
    const doc = generateReview(w, scoreRun(w), STAGED);
    expect(doc.actions.length).toBeGreaterThan(0);
    for (const a of doc.actions) {
      expect(ROLES).toContain(a.ownerRole);
      expect(a).toMatchObject({ done: false, note: '' });
      expect(a.causes.length).toBeGreaterThan(0);
    }
    const late = doc.actions.find((a) => a.causes.includes('0:ship_late'));
    // The card in play checks packing, not the pick queue: no card rather than a wrong one.
    expect(late).toMatchObject({ ownerRole: 'warehouse' });
    expect(late?.sopRef).toBeUndefined();
    const retrain = doc.actions.find((a) => a.textKey === 'fix.sop_retrain');
    expect(retrain).toMatchObject({ ownerRole: 'warehouse', sopRef: 'order-exceptions' });
    expect(new Set(doc.actions.map((a) => a.id)).size).toBe(doc.actions.length);
  });

  it('picks the SOP card of the owning role when no violation names one', () => {
    const w = stagedWorld({ targets: [{ kpi: 'first_response_avg_s', op: '<=', value: 60 }] });
    at(w, TEN, { type: 'ticket_opened', role: 'customer', ticket: 't1', detail: 'urge' });
    at(w, TEN + 300, { type: 'ticket_first_reply', role: 'support', ticket: 't1', value: 300 });
    w.kpi.firstResponses = [300];
    const doc = generateReview(w, scoreRun(w), STAGED);
    const slow = doc.causes.find((c) => c.kind === 'slow_first_reply');
    expect(slow?.text.params).toMatchObject({
      count: 1,
      ticket: 't1',
      longest: { type: 'duration', seconds: 300 },
    });
    expect(doc.actions[0]).toMatchObject({ ownerRole: 'support', sopRef: 'first-response' });
  });

  it('adds the expert yardstick when given', () => {
    const w = lateWorld();
    const kpis = { ...computeKpis(w), on_time_ship_rate: 0.99, pick_accuracy: 0.99 };
    const doc = generateReview(w, scoreRun(w), { ...STAGED, expert: { kpis, stars: 3 } });
    expect(doc.results.expert).toEqual({ stars: 3 });
    expect(doc.results.targets[0]).toMatchObject({ expert: 0.99, expertMet: true });
    // The missed target's expert figure is in the results table: not said again as a lesson.
    expect(doc.lessons.improve.map((l) => l.key)).not.toContain('lesson.improve_expert');
  });

  it('says an expert yardstick stopped too early is not scored, rather than showing 0 stars', () => {
    const w = lateWorld();
    const kpis = computeKpis(w);
    const doc = generateReview(w, scoreRun(w), {
      ...STAGED,
      expert: { kpis, stars: 0, scored: false },
    });
    expect(doc.results.expert).toEqual({ stars: 0, scored: false });
    const md = reviewMarkdown(doc, 'en', w);
    expect(md).toContain('Expert bots on the same scenario and seed: not scored either');
    expect(md).not.toContain('Expert bots on the same scenario and seed: ☆☆☆');
    expect(reviewMarkdown(doc, 'zh-CN', w)).toContain('专家机器人在相同场景和种子下：同样不评星');
  });

  it('gives a generic cause when the log explains nothing', () => {
    const w = stagedWorld({ targets: [{ kpi: 'csat', op: '>=', value: 4.5 }] });
    const doc = generateReview(w, scoreRun(w), STAGED);
    expect(doc.causes).toHaveLength(1);
    expect(doc.causes[0]).toMatchObject({ id: '0:generic', kind: 'generic', ownerRole: 'support' });
    expect(doc.actions[0]).toMatchObject({ textKey: 'fix.generic', sopRef: 'first-response' });
  });

  it('tells a comfortable hit from a narrow one', () => {
    const w = stagedWorld({
      targets: [
        { kpi: 'resolution_rate', op: '>=', value: 0.85 },
        { kpi: 'csat', op: '>=', value: 4.5 },
        { kpi: 'first_response_avg_s', op: '<=', value: 120 },
      ],
    });
    Object.assign(w.kpi, { ticketsTotal: 40, ticketsResolvedClean: 37 });
    w.kpi.ratings = { sum: 4.55 * 20, n: 20 };
    w.kpi.firstResponses = [60, 100];
    const keys = generateReview(w, scoreRun(w), STAGED).lessons.keep.map((l) => l.key);
    expect(keys.slice(0, 3)).toEqual([
      'lesson.keep_target',
      'lesson.keep_tight',
      'lesson.keep_target',
    ]);
  });

  it('is deterministic', () => {
    const a = generateReview(lateWorld(), scoreRun(lateWorld()), STAGED);
    const b = generateReview(lateWorld(), scoreRun(lateWorld()), STAGED);
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
  });
});

describe('SOP lessons of a person beside a bot colleague', () => {
  it("praises an SOP only for what the person did, never for the colleague's work or violations", () => {
    const w = lateWorld();
    w.seats = {
      me: { id: 'me', role: 'support' },
      c1: { id: 'c1', role: 'support', bot: 'expert', colleagueOf: 'me' },
    };
    const card = 'first-response';
    w.commandLog.push({
      t: TEN,
      command: { seat: 'c1', role: 'support', type: 'reply_ticket', payload: {} },
    });
    w.violations = [
      {
        t: TEN,
        sop: 'order-exceptions',
        rule: 'verify-pack',
        role: 'warehouse',
        seat: 'bot-warehouse',
      },
    ];
    const keys = (doc: ReturnType<typeof generateReview>) =>
      [...doc.lessons.keep, ...doc.lessons.improve].map((l) => l.key);
    const idle = generateReview(w, scoreRun(w), STAGED);
    expect(keys(idle)).not.toContain('lesson.keep_sop');
    expect(idle.lessons.improve).toContainEqual({
      key: 'lesson.sop_unexercised',
      params: { sop: { type: 'sop', sop: card }, role: { type: 'role', role: 'support' } },
    });
    // The warehouse bot's violations are the team's: not the support learner's lesson.
    expect(keys(idle)).not.toContain('lesson.improve_sop');
    w.commandLog.push({
      t: TEN + 5,
      command: { seat: 'me', role: 'support', type: 'reply_ticket', payload: {} },
    });
    const played = generateReview(w, scoreRun(w), STAGED);
    expect(keys(played)).not.toContain('lesson.sop_unexercised');
  });
});
