import { describe, expect, it } from 'vitest';
import {
  attainment,
  baselineOf,
  evaluateTarget,
  resolveThreshold,
  targetMet,
  targetRole,
} from '../../../src/sim/scoring/score';
import { stagedWorld } from '../review/fixture';

describe('a target against its threshold', () => {
  it('is met on the threshold and missed just past it, either way', () => {
    expect(targetMet('>=', 0.95, 0.95)).toBe(true);
    expect(targetMet('>=', 0.9499, 0.95)).toBe(false);
    expect(targetMet('<=', 120, 120)).toBe(true);
    expect(targetMet('<=', 120.01, 120)).toBe(false);
    expect(targetMet('<=', 90, 120)).toBe(true);
    expect(targetMet('>=', 90, 120)).toBe(false);
  });

  it('has no data, and is not met, when its KPI measured nothing', () => {
    const w = stagedWorld();
    const r = evaluateTarget(w, { kpi: 'csat', op: '<=', value: 5 });
    expect(r).toMatchObject({ kpi: 'csat', met: false, noData: true, role: 'support' });
    w.kpi.ratings = { sum: 4, n: 1 };
    const rated = evaluateTarget(w, { kpi: 'csat', op: '<=', value: 5 });
    expect(rated.met).toBe(true);
    expect(rated).not.toHaveProperty('noData');
    expect(rated).not.toHaveProperty('sku');
    expect(rated).not.toHaveProperty('baseline');
  });

  it("reads a SKU target from the SKU's own figures, never as 'no data'", () => {
    const w = stagedWorld();
    w.kpi.skuUv = { mug: 50 };
    w.kpi.skuPaid = { mug: 2 };
    const r = evaluateTarget(w, { kpi: 'conversion_rate', op: '>=', value: 0.05, sku: 'mug' });
    expect(r).toMatchObject({ sku: 'mug', actual: 0.04, met: false });
    expect(r).not.toHaveProperty('noData');
  });

  it('scores the role the scenario names, else the owner of the KPI', () => {
    expect(targetRole({ kpi: 'on_time_ship_rate' })).toBe('warehouse');
    expect(targetRole({ kpi: 'conversion_rate' })).toBe('ops');
    expect(targetRole({ kpi: 'csat' })).toBe('support');
    expect(targetRole({ kpi: 'on_time_ship_rate', role: 'support' })).toBe('support');
  });
});

describe('relative targets', () => {
  it('take the baseline as it is without a factor', () => {
    const r = resolveThreshold({ kpi: 'gmv', op: '>=' }, { gmv: 800 });
    expect(r).toEqual({ value: 800, baseline: 800 });
  });

  it('name the KPI and the SKU when the baseline lacks them', () => {
    const sku = { kpi: 'gmv', op: '>=', vsBaseline: 1.1, sku: 'tee' } as const;
    expect(() => resolveThreshold(sku)).toThrow(
      'Target gmv of SKU "tee" is relative to the baseline (vsBaseline 1.1) but no baseline was given',
    );
    expect(() => resolveThreshold(sku, { gmv: 1 })).toThrow(
      'Target gmv of SKU "tee" is relative to the baseline (vsBaseline 1.1) but the baseline has no value for it (build the baseline with baselineOf(), which adds SKU values).',
    );
    expect(() => resolveThreshold({ kpi: 'gmv', op: '>=' }, { uv: 1 })).toThrow(
      /^Target gmv is relative to the baseline \(vsBaseline 1\) but the baseline has no value for it\.$/,
    );
    expect(() => resolveThreshold({ kpi: 'gmv', op: '>=' }, { gmv: Number.NaN })).toThrow(
      /no value/,
    );
  });

  it('carry the baseline and factor into the result', () => {
    const w = stagedWorld();
    w.kpi.gmv = 1000;
    const r = evaluateTarget(w, { kpi: 'gmv', op: '>=', vsBaseline: 1.2 }, { gmv: 800 });
    expect(r).toMatchObject({ value: 960, baseline: 800, vsBaseline: 1.2, met: true });
  });
});

describe('a baseline run', () => {
  it('keeps SKU values only for SKU targets of a KPI measured per SKU', () => {
    const w = stagedWorld({
      targets: [
        { kpi: 'gmv', op: '>=', vsBaseline: 1.1 },
        { kpi: 'gmv', op: '>=', vsBaseline: 1.1, sku: 'tee' },
        { kpi: 'stockouts', op: '<=', vsBaseline: 1, sku: 'mug' },
        { kpi: 'refund_rate', op: '<=', vsBaseline: 1, sku: 'mug' },
      ],
    });
    w.kpi.gmv = 500;
    w.kpi.skuGmv = { tee: 300 };
    w.kpi.skuStockouts = { mug: 2 };
    const base = baselineOf(w);
    expect(base.gmv).toBe(500);
    expect(base.bySku).toEqual({ tee: { gmv: 300 }, mug: { stockouts: 2 } });
  });

  it('has no SKU values when no target names a SKU', () => {
    expect(baselineOf(stagedWorld()).bySku).toBeUndefined();
  });
});

describe('attainment of a missed target', () => {
  it('is 0 with no data, and for a lower-is-better KPI at 0 or a higher-is-better threshold of 0', () => {
    expect(attainment({ op: '>=', value: 0.9, actual: 1, met: false, noData: true })).toBe(0);
    expect(attainment({ op: '<=', value: 0, actual: 0, met: false })).toBe(0);
    expect(attainment({ op: '<=', value: 60, actual: -5, met: false })).toBe(0);
    expect(attainment({ op: '<=', value: 60, actual: 80, met: false })).toBe(0.75);
  });
});
