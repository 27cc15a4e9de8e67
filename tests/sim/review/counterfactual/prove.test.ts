import { describe, expect, it } from 'vitest';
import type { KpiId } from '../../../../src/sim/ids';
import { computeKpis } from '../../../../src/sim/kpi/compute';
import { gapShare } from '../../../../src/sim/review/counterfactual/proof';
import type { Intervention } from '../../../../src/sim/review/counterfactual/intervention';
import type { Counterfactual } from '../../../../src/sim/review/counterfactual/replay';
import { generateReview } from '../../../../src/sim/review/generate';
import { reviewMarkdown } from '../../../../src/sim/review/markdown';
import { scoreRun, type TargetResult } from '../../../../src/sim/scoring/score';
import type { World } from '../../../../src/sim/world';
import { at, incident, stagedWorld, STAGED } from '../fixture';
import { richWorld } from '../rich';

const TEN = 3600;

/** On-time shipping 50% against 95%: ten late orders while a courier delay ran. */
function lateWorld(): World {
  const w = stagedWorld({ targets: [{ kpi: 'on_time_ship_rate', op: '>=', value: 0.95 }] });
  w.kpi.dueOrders = 20;
  w.kpi.onTimeOrders = 10;
  incident(w, { id: 'inc0', kind: 'courier_delay', start: TEN, end: TEN + 1800, courier: 'swift' });
  for (let i = 0; i < 10; i++) {
    const id = `o${i + 1}`;
    w.orders[id] = { paidAt: 60 * i } as World['orders'][string];
    at(w, TEN + 30 + i * 60, { type: 'ship_late', role: 'warehouse', order: id, sku: 'tee' });
  }
  return w;
}

/** A hand-made replay result: the run's own KPIs with one changed. */
function replay(w: World, iv: Intervention, key: string, kpi: KpiId, value: number) {
  const cf: Counterfactual = {
    key,
    intervention: iv,
    kpis: { ...computeKpis(w), [kpi]: value },
    noData: [],
    bySku: {},
    refused: 0,
  };
  return { [key]: cf };
}

const target = (op: '>=' | '<=', value: number, actual: number) =>
  ({ kpi: 'on_time_ship_rate', op, value, actual, met: false }) as TargetResult;

describe('the share of the gap a replay closes', () => {
  it('is the improvement over the distance to the target, clamped to 0..1', () => {
    // 50% → 90% against 95%: 40 of the 45 points of the gap.
    expect(gapShare(target('>=', 0.95, 0.5), 0.9)).toBeCloseTo(40 / 45, 10);
    // A p90 of 300 s against ≤ 60 s, replayed at 120 s: 180 of the 240 seconds.
    expect(gapShare(target('<=', 60, 300), 120)).toBeCloseTo(0.75, 10);
    expect(gapShare(target('>=', 0.95, 0.5), 0.4)).toBe(0);
    expect(gapShare(target('>=', 0.95, 0.5), 1)).toBe(1);
  });
});

describe('proven causes', () => {
  const expert: Intervention = { kind: 'expert', role: 'warehouse' };
  const noDelay: Intervention = { kind: 'incident', id: 'inc0', card: 'courier_delay' };

  it('cites a cause with the replay figure and its share, and drops an incident that did not move the KPI', () => {
    const w = lateWorld();
    const cfs = {
      ...replay(w, expert, 'expert:warehouse', 'on_time_ship_rate', 0.9),
      ...replay(w, noDelay, 'incident:inc0', 'on_time_ship_rate', 0.52),
    };
    const doc = generateReview(w, scoreRun(w), { counterfactuals: cfs });
    const late = doc.causes.find((c) => c.kind === 'ship_late');
    expect(late?.proof).toMatchObject({ key: 'expert:warehouse', from: 0.5, to: 0.9 });
    expect(late?.proof?.share).toBeCloseTo(40 / 45, 10);
    expect(late?.proof?.text.params.share).toBe(89);
    // Without the delay the rate moves 2 of 45 points: under a tenth, so not cited.
    expect(late?.incidents).toEqual([]);
    const md = reviewMarkdown(doc, 'zh-CN', w);
    expect(md).toContain('发货及时率可从 50.0% 升至 90.0%');
    expect(md).not.toContain('若没有快递延误');
    expect(doc.story.map((m) => m.key)).toContain('story.incident');
  });

  it('does not claim a replay cleared an incident that was not replayed', () => {
    const w = lateWorld();
    const cfs = replay(w, expert, 'expert:warehouse', 'on_time_ship_rate', 0.9);
    const doc = generateReview(w, scoreRun(w), { counterfactuals: cfs });
    expect(doc.story.map((m) => m.key)).toContain('story.incident_untested');
    expect(reviewMarkdown(doc, 'zh-CN', w)).toContain('本次未单独重放检验');
  });

  it('does not cite a cause when no replay moves the KPI, and says so', () => {
    const w = lateWorld();
    const cfs = {
      ...replay(w, expert, 'expert:warehouse', 'on_time_ship_rate', 0.51),
      ...replay(w, noDelay, 'incident:inc0', 'on_time_ship_rate', 0.5),
    };
    const doc = generateReview(w, scoreRun(w), { counterfactuals: cfs });
    expect(doc.causes.map((c) => c.kind)).toEqual(['unexplained']);
    expect(doc.replays).toBe(2);
  });
});

describe('the 复盘 text', () => {
  it('has no cause or evidence line twice, in either language', () => {
    const w = richWorld();
    const doc = generateReview(w, scoreRun(w), STAGED);
    for (const lang of ['zh-CN', 'en'] as const) {
      const md = reviewMarkdown(doc, lang, w);
      const start = md.indexOf('\n## ', md.indexOf(lang === 'en' ? 'Analyse' : '分析原因') - 4);
      const causes = md.slice(start, md.indexOf('\n## ', start + 4));
      const lines = causes.split('\n').filter((l) => /^\s*- /.test(l));
      expect(lines.length).toBeGreaterThan(10);
      expect(lines.filter((l, i) => lines.indexOf(l) !== i)).toEqual([]);
    }
  });
});
