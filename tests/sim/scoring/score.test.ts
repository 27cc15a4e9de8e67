import { describe, expect, it } from 'vitest';
import { computeKpis } from '../../../src/sim/kpi/compute';
import {
  attainment,
  baselineOf,
  resolveThreshold,
  scoreRun,
  starsFor,
  targetMet,
} from '../../../src/sim/scoring/score';
import type { World } from '../../../src/sim/world';
import { stagedWorld, violation } from '../review/fixture';

/** A world whose KPIs read: on-time 0.5, pick accuracy 1, first response 240 s, conversion 0.05. */
function world(overrides: Parameters<typeof stagedWorld>[0] = {}): World {
  const w = stagedWorld(overrides);
  w.kpi.dueOrders = 10;
  w.kpi.onTimeOrders = 5;
  w.kpi.firstResponses = [120, 360];
  w.kpi.uv = 200;
  w.kpi.payingBuyers = 10;
  return w;
}

const v = (role: 'support' | 'ops' | 'warehouse' | 'buyer' | 'trainer', t = 100) => ({
  t,
  sop: 'order-exceptions',
  rule: 'verify-pack',
  role,
  seat: `bot-${role}`,
});

const results = (met: number, total: number, missAttainment = 0) =>
  Array.from({ length: total }, (_, i) =>
    i < met ? { met: true, attainment: 1 } : { met: false, attainment: missAttainment },
  );

describe('stars', () => {
  it('gives 3 stars when every target is met within the violation allowance', () => {
    expect(starsFor(results(4, 4), 3, 3)).toBe(3);
    expect(starsFor(results(1, 1), 0, 0)).toBe(3);
  });
  it('drops to 2 stars when all targets are met but there are too many violations', () => {
    expect(starsFor(results(4, 4), 4, 3)).toBe(2);
  });
  it('gives 2 stars for at least half the targets met when every miss is a near miss', () => {
    expect(starsFor(results(2, 4, 0.85), 0, 3)).toBe(2);
    expect(starsFor(results(2, 3, 0.8), 0, 3)).toBe(2);
    // 0% on time beside a met pick accuracy is not a two-star run.
    expect(starsFor(results(1, 2, 0), 0, 3)).toBe(1);
    expect(starsFor(results(2, 4, 0.5), 0, 3)).toBe(1);
    // Nor is half met while breaking the SOP far beyond the allowance.
    expect(starsFor(results(1, 2, 0.9), 4, 3)).toBe(1);
  });
  it('gives 1 star only when at least one target is met, else none', () => {
    expect(starsFor(results(1, 4), 0, 3)).toBe(1);
    expect(starsFor(results(1, 3), 0, 3)).toBe(1);
    expect(starsFor(results(0, 1), 0, 3)).toBe(0);
    expect(starsFor(results(0, 3, 0.9), 0, 3)).toBe(0);
    expect(starsFor([], 0, 3)).toBe(0);
  });
  it('scores a world end to end', () => {
    const w = world({
      targets: [
        { kpi: 'on_time_ship_rate', op: '>=', value: 0.5 },
        { kpi: 'conversion_rate', op: '>=', value: 0.05 },
      ],
      maxViolations: 1,
    });
    expect(scoreRun(w).stars).toBe(3);
    violation(w, v('warehouse'));
    violation(w, v('warehouse', 200));
    const s = scoreRun(w);
    expect(s).toMatchObject({ stars: 2, violations: 2, metCount: 2 });
    w.kpi.onTimeOrders = 4;
    // Half met with a near miss, but twice the violations allowed: no longer two stars.
    expect(scoreRun(w).stars).toBe(1);
    w.violations.pop();
    expect(scoreRun(w).stars).toBe(2);
    w.kpi.payingBuyers = 9;
    expect(scoreRun(w)).toMatchObject({ stars: 0, metCount: 0 });
  });
});

describe('thresholds', () => {
  it('treats a value exactly on the threshold as met, despite float noise', () => {
    expect(targetMet('>=', 0.1 + 0.2, 0.3)).toBe(true);
    expect(targetMet('<=', 0.3, 0.1 + 0.2)).toBe(true);
    expect(targetMet('>=', 0.29, 0.3)).toBe(false);
  });
  it('resolves vsBaseline: baseline × factor for >=, baseline ÷ factor for <=', () => {
    const base = { conversion_rate: 0.02, first_response_avg_s: 120 };
    const up = resolveThreshold({ kpi: 'conversion_rate', op: '>=', vsBaseline: 1.1 }, base);
    expect(up.value).toBeCloseTo(0.022);
    expect(up.baseline).toBe(0.02);
    const down = resolveThreshold({ kpi: 'first_response_avg_s', op: '<=', vsBaseline: 1.2 }, base);
    expect(down.value).toBeCloseTo(100);
  });
  it('throws a clear error for a relative target without a baseline', () => {
    const w = world({ targets: [{ kpi: 'conversion_rate', op: '>=', vsBaseline: 1.05 }] });
    expect(() => scoreRun(w)).toThrow(/conversion_rate.*baseline/);
    expect(() => scoreRun(w, { gmv: 1 })).toThrow(/no value/);
  });
  it('scores vsBaseline targets against the given baseline and reports it', () => {
    const w = world({ targets: [{ kpi: 'conversion_rate', op: '>=', vsBaseline: 1.25 }] });
    const s = scoreRun(w, { ...computeKpis(w), conversion_rate: 0.04 });
    expect(s.targets[0]).toMatchObject({ kpi: 'conversion_rate', met: true, baseline: 0.04 });
    expect(s.targets[0]?.value).toBeCloseTo(0.05);
    expect(scoreRun(w, { conversion_rate: 0.041 }).targets[0]?.met).toBe(false);
  });
});

describe('SKU targets', () => {
  it('measures conversion, GMV and stock-outs of one SKU', () => {
    const w = world({
      targets: [
        { kpi: 'conversion_rate', op: '>=', value: 0.04, sku: 'tee' },
        { kpi: 'gmv', op: '>=', value: 500, sku: 'mug' },
        { kpi: 'stockouts', op: '<=', value: 0, sku: 'tee' },
      ],
    });
    w.kpi.skuUv = { tee: 100, mug: 50 };
    w.kpi.skuPaid = { tee: 5, mug: 1 };
    w.kpi.skuGmv = { tee: 295, mug: 35 };
    w.kpi.skuStockouts = { mug: 2 };
    const s = scoreRun(w);
    expect(s.targets.map((t) => [t.sku, t.actual, t.met])).toEqual([
      ['tee', 0.05, true],
      ['mug', 35, false],
      ['tee', 0, true],
    ]);
  });
  it('needs SKU baselines for relative SKU targets, which baselineOf provides', () => {
    const w = world({ targets: [{ kpi: 'gmv', op: '>=', vsBaseline: 1.1, sku: 'tee' }] });
    w.kpi.skuGmv = { tee: 110 };
    expect(() => scoreRun(w, computeKpis(w))).toThrow(/baselineOf/);
    const base = world({ targets: [{ kpi: 'gmv', op: '>=', vsBaseline: 1.1, sku: 'tee' }] });
    base.kpi.skuGmv = { tee: 100 };
    const baseline = baselineOf(base);
    expect(baseline.bySku?.tee?.gmv).toBe(100);
    const t = scoreRun(w, baseline).targets[0];
    expect(t?.value).toBeCloseTo(110);
    expect(t?.met).toBe(true);
  });
});

describe('attainment', () => {
  it('is 1 when met, the ratio when missed, capped at 0.9 and floored at 0', () => {
    expect(attainment({ op: '>=', value: 0.95, actual: 0.99, met: true })).toBe(1);
    expect(attainment({ op: '>=', value: 1, actual: 0.5, met: false })).toBe(0.5);
    expect(attainment({ op: '>=', value: 0.95, actual: 0.94, met: false })).toBe(0.9);
    expect(attainment({ op: '<=', value: 120, actual: 240, met: false })).toBe(0.5);
    expect(attainment({ op: '>=', value: 0.2, actual: -0.1, met: false })).toBe(0);
    expect(attainment({ op: '>=', value: 0, actual: -1, met: false })).toBe(0);
  });
});
