import { describe, expect, it } from 'vitest';
import { outsideTypical, typicalRanges } from '../../../src/sim/kpi/typical';
import { tinyScenario } from '../helpers';

const why = { 'zh-CN': '大促当天转化更高', en: 'A sale day converts better' };

describe('typical KPI levels', () => {
  it('flags an ordinary shop converting at 8% and leaves a 3% one alone', () => {
    const s = tinyScenario();
    expect(outsideTypical(s, { conversion_rate: 0.08 })).toEqual([
      { kpi: 'conversion_rate', value: 0.08, min: 0.01, max: 0.05 },
    ]);
    expect(outsideTypical(s, { conversion_rate: 0.03 })).toEqual([]);
  });

  it('judges refunds by what the shop sells: 10% is low for apparel, high for fresh food', () => {
    const apparel = tinyScenario({ category: 'apparel' });
    const fresh = tinyScenario({ category: 'fresh' });
    expect(outsideTypical(apparel, { refund_rate: 0.1 }).map((o) => o.kpi)).toEqual([
      'refund_rate',
    ]);
    expect(outsideTypical(fresh, { refund_rate: 0.1 }).map((o) => o.kpi)).toEqual(['refund_rate']);
    expect(outsideTypical(apparel, { refund_rate: 0.3 })).toEqual([]);
    expect(outsideTypical(fresh, { refund_rate: 0.03 })).toEqual([]);
  });

  it("takes a scenario's own range, with its reason, over the usual one", () => {
    const sale = tinyScenario({
      typicalRanges: { conversion_rate: { min: 0.03, max: 0.1, why } },
    });
    expect(typicalRanges(sale).conversion_rate).toEqual({ min: 0.03, max: 0.1, why });
    expect(outsideTypical(sale, { conversion_rate: 0.08 })).toEqual([]);
    expect(outsideTypical(sale, { conversion_rate: 0.12 })[0]).toMatchObject({ max: 0.1, why });
  });

  it('does not call a KPI with no data atypical', () => {
    expect(outsideTypical(tinyScenario(), { roas: null, conversion_rate: null })).toEqual([]);
  });

  it('DSR outside 4.6–4.9 is flagged on either side', () => {
    const s = tinyScenario();
    expect(outsideTypical(s, { dsr_logistics: 4.4, dsr_service: 4.95 }).map((o) => o.kpi)).toEqual([
      'dsr_service',
      'dsr_logistics',
    ]);
  });
});
