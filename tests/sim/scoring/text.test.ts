import { describe, expect, it } from 'vitest';
import { scoreRun } from '../../../src/sim/scoring/score';
import { learnerLine, scoreLines, teamLine, verdictText } from '../../../src/sim/scoring/text';
import type { World } from '../../../src/sim/world';
import { stagedWorld, violation } from '../review/fixture';
import { promised, seatPeople, stoppedAt } from './staged';

/** The review shop (09:00–13:00) with people in the warehouse and support seats. */
function drill(): World {
  const w = stagedWorld({
    maxViolations: 2,
    targets: [
      { kpi: 'on_time_ship_rate', op: '>=', value: 0.9 },
      { kpi: 'pick_accuracy', op: '>=', value: 0.99 },
    ],
  });
  w.kpi.dueOrders = 10;
  w.kpi.onTimeOrders = 9;
  w.kpi.picks = 100;
  w.kpi.correctPicks = 98;
  seatPeople(w, { me: 'warehouse', you: 'support' });
  violation(w, { t: 100, sop: 'x', rule: 'y', role: 'warehouse', seat: 'me' });
  violation(w, { t: 110, sop: 'x', rule: 'y', role: 'ops', seat: 'bot-ops' });
  return w;
}

describe('the score lines of the 复盘 and the CLI', () => {
  it("state the learner's stars, targets met and violations, then the team's", () => {
    const w = drill();
    const s = scoreRun(w);
    // Pick accuracy 98% against 99% is a near miss: half met, the rest near, two stars.
    expect(scoreLines(s, 'en', w)).toEqual([
      'Your result (Support, Warehouse): ★★☆ 2 of 3 stars. Your targets met: 1 of 2; your SOP violations: 1 (2 allowed).',
      'Team result (every seat, bots included): 1 of 2 targets met; SOP violations: 2 (2 allowed).',
    ]);
    expect(learnerLine(s, 'en', w, false)).toContain('(Support, Warehouse): 2 of 3 stars.');
    expect(verdictText(s, 'en', w)).toBeUndefined();
  });

  it('leave out the team line when the summary has no team (an old saved report)', () => {
    const w = drill();
    const { stars, metCount, total, violations, verdict, roles } = scoreRun(w);
    const saved = { stars, metCount, total, violations, verdict, roles };
    expect(scoreLines(saved, 'en', w)).toHaveLength(1);
    expect(teamLine(scoreRun(w).team, 'zh-CN', w)).toContain('2 个目标中达成 1 个');
  });

  it('say why an idle learner has no stars', () => {
    const w = drill();
    w.commandLog = [];
    const s = scoreRun(w);
    const lines = scoreLines(s, 'en', w);
    expect(lines[0]).toBe('Your result (Support, Warehouse): no stars.');
    expect(lines[1]).toBe(
      'During the drill you issued no command as Support, Warehouse — an idle run earns nothing.',
    );
  });

  it('say how much was played of a drill stopped too soon', () => {
    const w = drill();
    stoppedAt(w, 1500);
    expect(verdictText(scoreRun(w), 'en', w)).toBe(
      'Not enough played to score: the drill ran 25 min of 4 h (at least half is needed).',
    );
  });

  it('say when the drill ended and which deadline it did not reach', () => {
    const w = drill();
    promised(w, 'o1', 100, 9000);
    stoppedAt(w, 8000);
    expect(verdictText(scoreRun(w), 'en', w)).toBe(
      'Not enough played to score: the drill ended at 11:13, before the first deadline that On-time shipping rate depends on (11:30).',
    );
  });

  it('name each KPI with nothing to measure once', () => {
    const w = drill();
    w.kpi.picks = 0;
    w.kpi.correctPicks = 0;
    w.kpi.dueOrders = 0;
    stoppedAt(w, 9000);
    const text = verdictText(scoreRun(w), 'en', w);
    expect(text).toMatch(/^Not enough played to score: nothing to measure yet for .+\.$/);
    expect(text).toContain('On-time shipping rate');
    expect(text).toContain(', ');
    const zh = verdictText(scoreRun(w), 'zh-CN', w);
    expect(zh).toContain('发货及时率');
  });
});
