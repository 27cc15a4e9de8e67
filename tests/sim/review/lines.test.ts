import { describe, expect, it } from 'vitest';
import { generateReview } from '../../../src/sim/review/generate';
import { reviewMarkdown } from '../../../src/sim/review/markdown';
import { tightenHan } from '../../../src/sim/review/render';
import { scoreRun } from '../../../src/sim/scoring/score';
import { selectTimeline } from '../../../src/ui/debrief/timeline-model';
import { at, stagedWorld, STAGED, unverifiedPack, violation } from './fixture';

const TEN = 3600;

/** The 复盘's wrong lines of session 15, each pinned by a run that used to produce it. */
describe('the 复盘 does not', () => {
  it('cite a look-up rule as a cause of slow first replies (skipping a look-up is faster)', () => {
    const w = stagedWorld({ targets: [{ kpi: 'first_response_p90_s', op: '<=', value: 60 }] });
    for (let i = 0; i < 10; i++) {
      at(w, TEN + i * 60, { type: 'ticket_opened', ticket: `t${i}`, detail: 'logistics' });
      at(w, TEN + i * 60 + 300, { type: 'ticket_first_reply', ticket: `t${i}`, value: 300 });
      w.kpi.firstResponses.push(300);
      violation(w, {
        t: TEN + i * 60 + 300,
        sop: 'first-response',
        rule: 'lookup-first',
        role: 'support',
        seat: 'bot-support',
        command: 'reply_ticket',
        ref: `t${i}`,
      });
    }
    const doc = generateReview(w, scoreRun(w), STAGED);
    const slow = doc.causes.find((c) => c.kind === 'slow_first_reply');
    expect(slow).toBeDefined();
    expect(slow?.sops).toEqual([]);
    expect(slow?.evidence.map((e) => e.key)).not.toContain('evidence.sop');
    // The rule is still the learner's to fix: listed once, under SOP violations.
    expect(doc.causes.filter((c) => c.kind === 'sop_violations')).toHaveLength(1);
  });

  it('count a pick retried against an empty shelf more than once per order', () => {
    const w = stagedWorld({ targets: [{ kpi: 'on_time_ship_rate', op: '>=', value: 0.95 }] });
    w.kpi.dueOrders = 10;
    w.kpi.onTimeOrders = 5;
    for (let turn = 0; turn < 40; turn++)
      for (const order of ['o1', 'o2'])
        at(w, TEN + turn * 30, { type: 'stockout', role: 'warehouse', order, sku: 'mug' });
    const doc = generateReview(w, scoreRun(w), STAGED);
    const held = doc.causes.find((c) => c.kind === 'stockout_hold');
    expect(held?.count).toBe(2);
    expect(reviewMarkdown(doc, 'zh-CN', w)).toContain('2 个订单拣货时遇到空货位');
    expect(reviewMarkdown(doc, 'zh-CN', w)).not.toContain('80');
  });

  it('show one rule with two different counts', () => {
    const w = stagedWorld({ targets: [{ kpi: 'pick_accuracy', op: '>=', value: 0.99 }] });
    w.kpi.picks = 100;
    w.kpi.correctPicks = 90;
    for (let i = 0; i < 10; i++)
      at(w, TEN + i * 30, { type: 'mispick', role: 'warehouse', order: `o${i}`, sku: 'tee' });
    // Five unverified packs near the mispicks, five hours later: one rule, ten breaches.
    for (const t of [
      TEN,
      TEN + 60,
      TEN + 120,
      TEN + 180,
      TEN + 240,
      5 * TEN,
      5 * TEN + 60,
      5 * TEN + 120,
      5 * TEN + 180,
      5 * TEN + 240,
    ])
      unverifiedPack(w, t);
    const doc = generateReview(w, scoreRun(w), STAGED);
    const counts = doc.causes.flatMap((c) =>
      c.sops.filter((s) => s.rule === 'verify-pack').map((s) => s.count),
    );
    expect(counts.length).toBeGreaterThan(1);
    expect(new Set(counts)).toEqual(new Set([10]));
  });

  it('leave a space between two Han characters in Chinese', () => {
    expect(tightenHan('首响P90可从 270 秒 降至 18 秒')).toBe('首响P90可从 270 秒降至 18 秒');
    expect(tightenHan('控制在 3 分钟 以内')).toBe('控制在 3 分钟以内');
    expect(tightenHan('SOP“出库作业” 72% 升至')).toBe('SOP“出库作业” 72% 升至');
  });

  it('start "replay from here" after the moment it could have been prevented', () => {
    const w = stagedWorld({ targets: [{ kpi: 'first_response_avg_s', op: '<=', value: 45 }] });
    w.kpi.ticketsTotal = 1;
    w.kpi.firstResponses.push(600);
    at(w, TEN, { type: 'ticket_opened', ticket: 't1', detail: 'presale' });
    at(w, TEN + 600, { type: 'ticket_abandoned', role: 'customer', ticket: 't1', value: 600 });
    const doc = generateReview(w, scoreRun(w), STAGED);
    // The customer left at 10:10; the chat could have been answered from 10:00, when it opened.
    expect(doc.causes.find((c) => c.kind === 'abandoned')?.began).toBe(TEN);
  });

  it('leave unanswered customers off the timeline', () => {
    const w = stagedWorld();
    for (let i = 0; i < 55; i++)
      at(w, TEN + i * 20, { type: 'ticket_abandoned', role: 'customer', ticket: `t${i}` });
    const items = selectTimeline(w).filter((i) => i.kind === 'abandoned');
    expect(items.reduce((n, i) => n + i.count, 0)).toBe(55);
    expect(items[0]?.refs[0]).toBe('t0');
  });
});
