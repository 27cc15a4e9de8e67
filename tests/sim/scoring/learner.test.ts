import { describe, expect, it } from 'vitest';
import { generateReview } from '../../../src/sim/review/generate';
import { reviewMarkdown } from '../../../src/sim/review/markdown';
import { loadScenarioFile } from '../../../src/scenario/load-file';
import { expertRun } from '../../../src/sim/engine/play';
import { expertScore, learnerViolations, scoreRun } from '../../../src/sim/scoring/score';
import { scoreLines, verdictText } from '../../../src/sim/scoring/text';
import type { World } from '../../../src/sim/world';
import { stagedWorld, violation } from '../review/fixture';
import { playAs } from './fixture';

describe('an idle learner', () => {
  it('gets no star and is told why, though bot colleagues met targets', () => {
    const w = playAs('tutorial-one-order', 'support');
    const s = scoreRun(w);
    expect(s).toMatchObject({ stars: 0, verdict: 'idle', roles: ['support'] });
    expect(verdictText(s, 'en', w)).toContain('you issued no command as Support');
    expect(verdictText(s, 'zh-CN', w)).toContain('挂机不得分');
  });

  it('gets no star in the warehouse drill either, where the routine crew ships the backlog', () => {
    const w = playAs('flash-sale-shipping', 'warehouse');
    const s = scoreRun(w);
    expect(s).toMatchObject({ stars: 0, verdict: 'idle' });
    expect(s.own.map((t) => t.kpi)).toEqual(['on_time_ship_rate', 'pick_accuracy']);
    // A whole flash-sale day and its aftermath with thousands of orders left unshipped: slow on
    // a loaded machine, so a timeout no busy machine can hit.
  }, 600_000);
});

describe('targets belong to roles', () => {
  it('scores a buyer in the tutorial on their guided steps, not on the bot-played targets', () => {
    const w = playAs('tutorial-one-order', 'buyer', { level: 'expert' });
    const s = scoreRun(w);
    // The team (bots in support and warehouse) met all three targets…
    expect(s.team.metCount).toBe(3);
    expect(s.team.total).toBe(3);
    // …none of which is the buyer's: their steps score them, and one was left undone.
    expect(s.own).toEqual([]);
    expect(s.steps?.done).toBeLessThan(s.steps?.total ?? 0);
    expect(s.stars).toBeLessThan(3);
    expect(s.stars).toBeGreaterThan(0);
    const lines = scoreLines(s, 'zh-CN', w);
    expect(lines[0]).toMatch(/你的成绩（买家）.*按引导步骤计/);
    expect(lines.at(-1)).toContain('团队成绩（所有席位，含机器人）：3 个目标中达成 3 个');
  });

  it('gives a buyer or ops learner who quits after 6 minutes with steps undone no stars', () => {
    const buyer = scoreRun(playAs('tutorial-one-order', 'buyer', { level: 'expert', minutes: 6 }));
    expect(buyer).toMatchObject({ stars: 0, verdict: 'too_short' });
    expect(buyer.team.metCount).toBe(3);
  });

  it('measures a buyer against the expert team, not against guided steps bots never follow', () => {
    const expert = expertRun(loadScenarioFile('scenarios/tutorial-one-order.yaml'), 1);
    const yardstick = expertScore(expert, undefined, ['buyer']);
    expect(yardstick).toMatchObject({ stars: 3, metCount: 3, total: 3 });
    // A role with targets is measured on those, as its learner is.
    expect(expertScore(expert, undefined, ['warehouse'])).toMatchObject({ total: 1, stars: 3 });
  });

  it('scores a support learner on the support targets only', () => {
    const s = scoreRun(playAs('tutorial-one-order', 'support', { level: 'expert' }));
    expect(s.own.map((t) => [t.kpi, t.role])).toEqual([
      ['first_response_avg_s', 'support'],
      ['csat', 'support'],
    ]);
    expect(s).toMatchObject({ stars: 3, verdict: 'scored', metCount: 2, total: 2 });
  });

  it('lets a scenario name the role a target scores', () => {
    const w = stagedWorld({
      targets: [{ kpi: 'on_time_ship_rate', op: '>=', value: 0.5, role: 'support' }],
    });
    w.kpi.dueOrders = 10;
    w.kpi.onTimeOrders = 6;
    asLearner(w, 'support');
    expect(scoreRun(w)).toMatchObject({ stars: 3, metCount: 1, total: 1 });
    asLearner(w, 'warehouse');
    expect(scoreRun(w)).toMatchObject({ verdict: 'no_targets', stars: 0, total: 0 });
  });
});

/** Makes the seat of `role` a person's (`me`) who issued one command. */
function asLearner(w: World, role: 'support' | 'warehouse'): void {
  // The seat played before (if any) goes back to a bot.
  if (w.seats.me)
    w.seats[`bot-${w.seats.me.role}`] = {
      ...w.seats.me,
      id: `bot-${w.seats.me.role}`,
      bot: 'competent',
    };
  delete w.seats.me;
  delete w.seats[`bot-${role}`];
  w.seats.me = { id: 'me', role };
  w.commandLog = [
    {
      t: 60,
      command: {
        seat: 'me',
        role,
        type: role === 'support' ? 'pick_up_ticket' : 'cycle_count',
        payload: {},
      },
    },
  ];
}

describe('violations are charged to the seat that committed them', () => {
  function staged(): World {
    const w = stagedWorld({ maxViolations: 3 });
    w.kpi.dueOrders = 10;
    w.kpi.onTimeOrders = 10;
    asLearner(w, 'warehouse');
    // 20 by the support bot, 1 by the learner.
    for (let i = 0; i < 20; i++)
      violation(w, {
        t: 100 + i,
        sop: 'first-response',
        rule: 'lookup-first',
        role: 'support',
        seat: 'bot-support',
      });
    violation(w, {
      t: 500,
      sop: 'order-exceptions',
      rule: 'verify-pack',
      role: 'warehouse',
      seat: 'me',
    });
    return w;
  }

  it("keeps the bots' violations out of the learner's stars and shows them as the team's", () => {
    const w = staged();
    expect(learnerViolations(w).map((v) => v.seat)).toEqual(['me']);
    const s = scoreRun(w);
    expect(s).toMatchObject({ stars: 3, violations: 1 });
    expect(s.team.violations).toBe(21);
    expect(scoreLines(s, 'en', w).at(-1)).toContain('SOP violations: 21 (3 allowed)');
  });

  it("never puts a bot's violations in the learner's checklist", () => {
    const w = staged();
    const doc = generateReview(w, scoreRun(w));
    const retrain = doc.actions.filter((a) => a.textKey === 'fix.sop_retrain');
    expect(retrain.map((a) => a.sopRef)).toEqual(['order-exceptions']);
    expect(reviewMarkdown(doc, 'en', w)).not.toContain('Re-train SOP "First response"');
  });
});

describe('a run ended before its targets could be judged', () => {
  it('says "not enough played" when the drill stopped before the first ship-by deadline', () => {
    // 13:00 of a 24-hour flash-sale day: more than half played, but no 14-hour promise fell due.
    const w = playAs('flash-sale-shipping', 'warehouse', { level: 'expert', minutes: 13 * 60 });
    const s = scoreRun(w);
    expect(s).toMatchObject({ stars: 0, verdict: 'before_deadline' });
    expect(s.judgement?.kpis).toEqual(['on_time_ship_rate']);
    expect(verdictText(s, 'en', w)).toMatch(
      /^Not enough played to score: the drill ended at 13:00, before the first deadline that On-time shipping rate depends on \(14:\d\d\)\.$/,
    );
    expect(verdictText(s, 'zh-CN', w)).toContain('演练时长不足，无法评分');
  });

  it('says so for a drill stopped at 09:28, before half of it was played', () => {
    const w = playAs('flash-sale-shipping', 'warehouse', { level: 'expert', minutes: 9 * 60 + 28 });
    const s = scoreRun(w);
    expect(s).toMatchObject({ stars: 0, verdict: 'too_short' });
    expect(verdictText(s, 'en', w)).toContain('the drill ran 9.5 h of 24 h');
  });

  it('judges a drill played to its end, though its 24-hour promises fall due in the aftermath', () => {
    // 大促全链路: a 12-hour day whose orders promise shipping within 24 hours.
    const full = playAs('full-chain-day', 'warehouse', { level: 'expert' });
    expect(scoreRun(full)).toMatchObject({ verdict: 'scored', stars: 3 });
    const early = playAs('full-chain-day', 'warehouse', { level: 'expert', minutes: 10 * 60 });
    expect(scoreRun(early)).toMatchObject({ verdict: 'before_deadline', stars: 0 });
  });

  it('scores the same learner who plays the whole drill: three stars, whatever the bots broke', () => {
    const w = playAs('flash-sale-shipping', 'warehouse', { level: 'expert' });
    const s = scoreRun(w);
    expect(s).toMatchObject({ stars: 3, verdict: 'scored', violations: 0 });
    expect(s.team.violations).toBeGreaterThan(w.scenario.maxViolations);
  });
});
