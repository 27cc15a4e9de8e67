import { describe, expect, it } from 'vitest';
import { loadScenarioFile } from '../../../src/scenario/load-file';
import { advance } from '../../../src/sim/engine/advance';
import { createWorld } from '../../../src/sim/engine/create-world';
import { computeKpis, kpiHasData } from '../../../src/sim/kpi/compute';

describe('kpiHasData', () => {
  it('says a satisfaction score has nothing to measure until a customer rates, then has', () => {
    const world = createWorld(loadScenarioFile('scenarios/support-first-response.yaml'));
    expect(kpiHasData(world, 'csat')).toBe(false);
    expect(computeKpis(world).csat).toBe(0);
    expect(kpiHasData(world, 'first_response_p90_s')).toBe(false);
    expect(kpiHasData(world, 'gmv')).toBe(true);
    while (world.kpi.ratings.n === 0 && !world.finished) advance(world, 60);
    expect(kpiHasData(world, 'csat')).toBe(true);
    expect(kpiHasData(world, 'first_response_p90_s')).toBe(true);
    expect(computeKpis(world).csat).toBeGreaterThan(0);
  });
});
